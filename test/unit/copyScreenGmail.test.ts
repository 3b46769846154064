import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type {
  CopyJobView,
  CopyPlan,
  CopyReportView,
  FolderNode,
  Language,
  PlanEntry,
} from '../../src-main/contract';
import { allMailSentence } from '../../src-main/copy/allMailReport';
import { CopyReportPanel } from '../../src-renderer/components/copy/CopyReportPanel';
import { formatNumber } from '../../src-renderer/components/copy/folderLabels';
import {
  gmailFolderName,
  gmailMessageCount,
  labelsInOrder,
  needsFoldersMode,
} from '../../src-renderer/components/copy/gmailPlan';
import { PlanList } from '../../src-renderer/components/copy/PlanList';
import { reportSentences } from '../../src-renderer/components/copy/reportSentences';
import { renderIn, translator } from './i18nForTests';

// The copy screen for a Gmail account (an All Mail folder): labels by the names the person knew,
// All Mail as the mail without a label going to Archive, the labels' order with its controls,
// the choice of how labels are kept, and the report counted as Gmail counts its mail.

/** Spaces of any kind as one plain space, so the checks read as the person sees them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const node = (path: string, extra: Partial<FolderNode> = {}): FolderNode => {
  const segments = path.split('/');
  return {
    path,
    name: segments.at(-1) ?? path,
    depth: segments.length - 1,
    ...(segments.length > 1 ? { parent: segments.slice(0, -1).join('/') } : {}),
    noselect: false,
    ...extra,
  };
};

const oldFolders: FolderNode[] = [
  node('INBOX', { role: 'inbox', messages: 40 }),
  node('Family', { messages: 12 }),
  node('Family/Photos', { messages: 5 }),
  node('Receipts 2020', { messages: 7 }),
  node('[Gmail]', { noselect: true }),
  node('[Gmail]/All Mail', { messages: 120 }),
  node('[Gmail]/Drafts', { role: 'drafts', messages: 2 }),
  node('[Gmail]/Important', { messages: 30 }),
  node('[Gmail]/Sent Mail', { role: 'sent', messages: 25 }),
  node('[Gmail]/Spam', { role: 'junk', messages: 3 }),
  node('[Gmail]/Trash', { role: 'trash', messages: 4 }),
];

const entry = (source: string, target: string, extra: Partial<PlanEntry> = {}): PlanEntry => ({
  source,
  target,
  action: 'copy',
  matchedBy: 'name',
  targetExists: false,
  escaped: false,
  containerOnly: false,
  sourceMessages: oldFolders.find((f) => f.path === source)?.messages ?? 0,
  ...extra,
});

/** The engine's plan for that account: Inbox, Drafts, Sent first, then labels by name. */
const entries: PlanEntry[] = [
  entry('INBOX', 'INBOX', { role: 'inbox', matchedBy: 'inbox', fromAllMail: 'label', rank: 0 }),
  entry('Family', 'Family', { fromAllMail: 'label', rank: 3 }),
  entry('Family/Photos', 'Family/Photos', { fromAllMail: 'label', rank: 4 }),
  entry('Receipts 2020', 'Receipts 2020', { fromAllMail: 'label', rank: 5 }),
  entry('[Gmail]', '[Gmail]', { action: 'skip', skipReason: 'no-messages', containerOnly: true }),
  entry('[Gmail]/All Mail', 'Archive', { role: 'archive', fromAllMail: 'unlabelled' }),
  entry('[Gmail]/Drafts', 'Drafts', { role: 'drafts', fromAllMail: 'label', rank: 1 }),
  entry('[Gmail]/Important', 'Important', { action: 'skip', skipReason: 'gmail-important' }),
  entry('[Gmail]/Sent Mail', 'Sent', { role: 'sent', fromAllMail: 'label', rank: 2 }),
  entry('[Gmail]/Spam', 'Junk', { role: 'junk' }),
  entry('[Gmail]/Trash', 'Trash', { role: 'trash' }),
];

const allMail = (change: Partial<NonNullable<CopyPlan['allMail']>> = {}) => ({
  source: '[Gmail]/All Mail',
  labels: 'keywords' as const,
  keywordsAllowed: true,
  ...change,
});

const byPath = new Map(oldFolders.map((f) => [f.path, f]));

function planList(language: Language, gmail = allMail(), list = entries): string {
  const t = translator(language);
  return renderIn(
    language,
    createElement(PlanList, {
      entries: list,
      allMail: gmail,
      sourceName: (path: string) => gmailFolderName(path, gmail, byPath, t),
      onChange: () => undefined,
      onToggle: () => undefined,
      onRank: () => undefined,
      onLabels: () => Promise.resolve(),
    }),
  );
}

/** The rows of the labels' list as the person reads them, tags stripped. */
function labelRows(html: string): string[] {
  const list = /<(ol|ul)[^>]*data-testid="label-order"[^>]*>(.*?)<\/\1>/s.exec(html)?.[2] ?? '';
  return [
    ...list.matchAll(/<span class="plan-mapping">(.*?)<\/span><span class="plan-actions">/g),
  ].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('a Gmail account’s folders in the words the person knew', () => {
  const t = translator('en');
  const name = (path: string) => gmailFolderName(path, allMail(), byPath, t);

  it('names labels as Gmail does, and All Mail as the mail without a label', () => {
    expect(name('INBOX')).toBe('Inbox');
    expect(name('[Gmail]/Sent Mail')).toBe('Sent');
    expect(name('[Gmail]/Drafts')).toBe('Drafts');
    expect(name('Family/Photos')).toBe('Family/Photos');
    expect(name('Receipts 2020')).toBe('Receipts 2020');
    expect(name('[Gmail]/Important')).toBe('Important');
    expect(name('[Gmail]/All Mail')).toBe('Mail without a label');
    expect(gmailFolderName('[Gmail]/All Mail', allMail(), byPath, translator('de'))).toBe(
      'Nachrichten ohne Label',
    );
  });

  it('puts the labels in the engine’s order, and counts All Mail once with Spam and Trash', () => {
    expect(labelsInOrder(entries).map((e) => e.source)).toEqual([
      'INBOX',
      '[Gmail]/Drafts',
      '[Gmail]/Sent Mail',
      'Family',
      'Family/Photos',
      'Receipts 2020',
    ]);
    // 120 in All Mail (labelled ones included) + 3 Spam + 4 Trash; labels are not added again.
    expect(gmailMessageCount(entries)).toBe(127);
    // Spam left out: "Copy everything" copies 3 fewer; the account itself still holds them.
    const noSpam = entries.map((e) =>
      e.role === 'junk' ? { ...e, action: 'skip' as const, skipReason: 'dropped' as const } : e,
    );
    expect(gmailMessageCount(noSpam)).toBe(124);
    expect(gmailMessageCount(noSpam, false)).toBe(127);
  });

  it('chooses a copy per label for the person only where tags would be lost, and only once', () => {
    const untouched = { changed: false };
    expect(needsFoldersMode({ ...untouched, allMail: allMail({ keywordsAllowed: false }) })).toBe(
      true,
    );
    expect(needsFoldersMode({ ...untouched, allMail: allMail() })).toBe(false);
    expect(
      needsFoldersMode({
        ...untouched,
        allMail: allMail({ keywordsAllowed: false, labels: 'folders' }),
      }),
    ).toBe(false);
    // The person changed the plan (perhaps chose tags again): their choice stands.
    expect(needsFoldersMode({ changed: true, allMail: allMail({ keywordsAllowed: false }) })).toBe(
      false,
    );
    expect(needsFoldersMode(untouched)).toBe(false);
  });

  it.each([
    ['en', ['1st', '2nd', '3rd', '4th', '11th', '21st', '22nd']],
    ['de', ['1.', '2.', '3.', '4.', '11.', '21.', '22.']],
    ['fr', ['1er', '2e', '3e', '4e', '11e', '21e', '22e']],
    ['es', ['1.º', '2.º', '3.º', '4.º', '11.º', '21.º', '22.º']],
  ] as const)('%s: places are ordinals', (language, expected) => {
    const place = translator(language);
    expect(
      [1, 2, 3, 4, 11, 21, 22].map((count) => place('copy.labels.place', { count, ordinal: true })),
    ).toEqual(expected);
  });
});

describe('“Where each folder goes” for a Gmail account', () => {
  it('shows the mail without a label going to Archive, and the labels first to last', () => {
    const html = planList('en');
    expect(html).toContain(
      'Mail without a label goes to Archive<span class="folder-facts"> — the mail you archived</span>',
    );
    expect(labelRows(html)).toEqual([
      '1stInbox goes to Inbox',
      '2ndDrafts goes to Drafts',
      '3rdSent goes to Sent',
      '4thFamily goes to Family',
      '5thFamily/Photos goes to Family/Photos',
      '6thReceipts 2020 goes to Receipts 2020',
    ]);
    expect(html).toMatch(
      /<ol class="plan-list label-order" data-testid="label-order" aria-labelledby="[^"]+">/,
    );
    // The other folders after the labels: Spam and Trash as plain folders, Gmail's own skipped.
    expect(html).toContain('Important: not copied');
    expect(html).toContain('Junk goes to Junk');
    // Gmail's own container is not a name the person knows (it is only in data attributes).
    expect(html.replace(/<[^>]+>/g, ' ')).not.toContain('[Gmail]');
  });

  it('has a named Move up and Put first for each label, inert on the first one', () => {
    const html = planList('en');
    expect(html).toContain('aria-label="Move Family/Photos up"');
    expect(html).toContain('aria-label="Put Family/Photos first"');
    expect(html).toMatch(
      /data-testid="plan-move-up" aria-label="Move Inbox up" aria-disabled="true"/,
    );
    expect(html).toMatch(
      /data-testid="plan-put-first" aria-label="Put Inbox first" aria-disabled="true"/,
    );
    expect(html).not.toMatch(/aria-label="Move Sent up" aria-disabled/);
    // Mail without a label has no place in the order: it goes to Archive whatever its order.
    expect(html.match(/data-testid="plan-move-up"/g)).toHaveLength(6);
  });

  it('offers the two ways to keep labels, tags recommended and chosen', () => {
    const html = planList('en');
    expect(html).toContain('How should your labels be kept?');
    expect(html).toContain('Keep labels as tags, each message once (recommended)');
    expect(html).toContain('A copy in every label’s folder');
    expect(html).not.toContain('A copy in every label’s folder (recommended)');
    expect(html).toMatch(/<input[^>]*data-testid="label-mode-keywords"[^>]*checked=""/);
    expect(html).not.toMatch(/<input[^>]*data-testid="label-mode-folders"[^>]*checked=""/);
    expect(html).not.toContain('label-mode-no-tags');
  });

  it('says so when the new account keeps no tags, and recommends a copy per label', () => {
    const html = planList('en', allMail({ keywordsAllowed: false, labels: 'folders' }));
    expect(html).toContain(
      'Your new account cannot keep tags. So that no label is lost, each label’s folder gets its own copy of the message.',
    );
    expect(html).toContain('A copy in every label’s folder (recommended)');
    expect(html).toContain('its other labels are lost.');
    expect(html).toMatch(/<input[^>]*data-testid="label-mode-folders"[^>]*checked=""/);
    // The warning is the fieldset's description, read out with the question.
    const described = /<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(described).toBeDefined();
    expect(html).toContain(`id="${described}" class="notice-warning"`);
  });

  it('with a copy per label, the order does not matter and is not shown', () => {
    const html = planList('en', allMail({ labels: 'folders' }));
    expect(html).not.toContain('plan-rank');
    expect(html).not.toContain('plan-move-up');
    expect(html).toContain('Your labels: each one becomes a folder.');
    expect(labelRows(html)).toContain('Family/Photos goes to Family/Photos');
  });

  it.each(['de', 'fr', 'es'] as const)('%s: the same, translated', (language) => {
    const html = planList(language, allMail({ keywordsAllowed: false }));
    const t = translator(language);
    for (const key of [
      'copy.labels.unlabelled',
      'copy.labels.question',
      'copy.labels.noTags',
    ] as const)
      expect(html).toContain(t(key));
    expect(html).not.toContain('Mail without a label');
  });

  it('shows a plan without All Mail as before: no labels, no choice', () => {
    const plain = entries.map(({ fromAllMail: _f, rank: _r, ...rest }) => rest);
    const html = renderIn(
      'en',
      createElement(PlanList, {
        entries: plain,
        sourceName: (path: string) => path,
        onChange: () => undefined,
        onToggle: () => undefined,
        onRank: () => undefined,
        onLabels: () => Promise.resolve(),
      }),
    );
    expect(html).not.toContain('label-mode');
    expect(html).not.toContain('label-order');
    expect(html).toContain('INBOX goes to Inbox');
  });
});

describe('the report of a copy that read All Mail once', () => {
  function report(
    allMailPart: Partial<NonNullable<CopyReportView['allMail']>> = {},
  ): CopyReportView {
    const folder = (source: string, target: string, messages: number) => ({
      source,
      target,
      sourceMessages: messages,
      alreadyThere: 0,
      copied: messages,
      deletedLeftBehind: 0,
      skipped: [],
      failed: [],
      verified: true,
      missingAfterVerify: 0,
    });
    return {
      status: 'complete',
      copied: 12_345,
      skipped: 0,
      failed: 0,
      alreadyThere: 0,
      deletedLeftBehind: 0,
      bytes: 0,
      seconds: 1,
      verified: true,
      folders: [
        folder('INBOX', 'INBOX', 9_000),
        folder('Family/Photos', 'Family/Photos', 45),
        folder('[Gmail]/All Mail', 'Archive', 3_000),
      ],
      allMail: {
        folder: '[Gmail]/All Mail',
        labels: 'keywords',
        messages: 12_345,
        allMailMessages: 12_300,
        multiLabel: 2_100,
        labelsAsKeywords: 2_500,
        keywordsRefused: false,
        notChosen: 0,
        ...allMailPart,
      },
    };
  }
  const sentence = (language: Language, r: CopyReportView, partial = false) =>
    plain(
      reportSentences(r, translator(language), (v) => formatNumber(v, language), partial).join(' '),
    );

  it('says in English what the engine says, numbers with separators', () => {
    for (const r of [
      report(),
      report({ labels: 'folders' }),
      report({ notChosen: 345 }),
      report({ multiLabel: 0 }),
    ]) {
      expect(sentence('en', r)).toBe(allMailSentence(r));
    }
    expect(sentence('en', report())).toBe(
      'All 12,345 messages are in your new account. 2,100 had several labels: each is there once, in the folder of its first label, with the other labels kept as tags.',
    );
    expect(sentence('en', report({ notChosen: 345 }))).toBe(
      '12,000 of 12,345 messages are in your new account; you left out the other 345. 2,100 had several labels: each is there once, in the folder of its first label, with the other labels kept as tags.',
    );
  });

  it('says that tags were not kept when the new account refused them', () => {
    expect(sentence('en', report({ keywordsRefused: true }))).toContain(
      'your new account keeps no tags, so their other labels were not kept',
    );
    expect(sentence('en', report({ multiLabel: 1, keywordsRefused: true }))).toContain(
      'One had several labels: it is there once',
    );
  });

  it.each([
    [
      'de',
      'Alle 12.345 Nachrichten sind in Ihrem neuen Konto. 2.100 hatten mehrere Labels: Jede ist einmal dort, im Ordner ihres ersten Labels, die anderen Labels als Schlagwörter.',
    ],
    [
      'fr',
      'Les 12 345 messages sont tous dans votre nouveau compte. 2 100 avaient plusieurs libellés : chacun y est une seule fois, dans le dossier de son premier libellé, avec les autres libellés gardés comme étiquettes.',
    ],
    [
      'es',
      'Los 12.345 mensajes están en su cuenta nueva. 2100 tenían varias etiquetas: cada uno está una sola vez, en la carpeta de su primera etiqueta, con las demás etiquetas conservadas como marcas.',
    ],
  ] as const)('%s: in the person’s language, numbers as they write them', (language, expected) => {
    expect(sentence(language, report())).toBe(expected);
  });

  it('a drag of one label: its own messages, not “you left out” the rest', () => {
    const dragged = report({ notChosen: 12_000 });
    dragged.folders = dragged.folders.filter((f) => f.source === 'Family/Photos');
    dragged.copied = 45;
    expect(sentence('en', dragged, true)).toBe('All 45 messages are in your new account.');
    // Copying everything with labels left out in the plan: the person did leave them out.
    expect(sentence('en', dragged, false)).toContain('you left out the other 12,000.');
  });

  it('does not say “all” when some messages were too big', () => {
    const tooBig = { ...report(), skipped: 1 };
    expect(sentence('en', tooBig)).not.toContain('All 12,345');
  });

  it('names the All Mail row by where it went, and labels as in Gmail', () => {
    const gmail = allMail();
    const t = translator('en');
    const job: CopyJobView = {
      jobId: 'j1',
      status: 'finished',
      startedAt: '2026-01-01T00:00:00.000Z',
      from: 'relative@gmail.test',
      to: 'relative@new.test',
      folders: 'all',
      progress: {
        jobId: 'j1',
        phase: 'done',
        folder: '',
        messagesDone: 0,
        messagesTotal: 0,
        bytesDone: 0,
        bytesTotal: 0,
        rate: 0,
        etaSeconds: 0,
      },
      report: report(),
    };
    const html = renderIn(
      'en',
      createElement(CopyReportPanel, {
        job,
        folderName: (path: string) => gmailFolderName(path, gmail, byPath, t),
        targetName: (path: string) => (path === 'Archive' ? 'Archive' : path),
        takeFocus: false,
        onSignIn: () => undefined,
      }),
    );
    expect(html).toContain('<th scope="row">Archive (mail without a label)</th>');
    expect(html).toContain('<th scope="row">Family/Photos</th>');
    expect(html).toContain('<th scope="row">Inbox</th>');
    expect(html).toContain('All 12,345 messages are in your new account. 2,100 had several labels');
  });
});
