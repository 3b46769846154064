import { describe, expect, it } from 'vitest';
import { changePlan, planFolders } from '../../src-main/copy';
import type { FolderIndex, FolderPlan, IndexedMessage } from '../../src-main/copy';
import { allMailSentence } from '../../src-main/copy/allMailReport';
import { placeAllMail } from '../../src-main/copy/labelPlacement';
import { applyChanges } from '../../src-main/copyJobs';
import { keywordLabel, labelKeyword } from '../../src-main/imap';
import type { FolderInfo, FolderTree } from '../../src-main/imap';

function tree(folders: [string, string?, boolean?][]): FolderTree {
  return {
    namespace: { prefix: '', delimiter: '/' },
    folders: folders.map(([path, specialUse, noselect]) => {
      const info: FolderInfo = {
        path,
        delimiter: '/',
        segments: path.split('/'),
        noselect: noselect ?? false,
      };
      if (specialUse) info.specialUse = specialUse as FolderInfo['specialUse'];
      return info;
    }),
  };
}

const gmail = tree([
  ['INBOX'],
  ['[Gmail]', undefined, true],
  ['[Gmail]/All Mail', '\\All'],
  ['[Gmail]/Important', '\\Important'],
  ['[Gmail]/Starred', '\\Flagged'],
  ['[Gmail]/Sent Mail', '\\Sent'],
  ['[Gmail]/Spam', '\\Junk'],
  ['[Gmail]/Trash', '\\Trash'],
  ['[Gmail]/Drafts', '\\Drafts'],
  ['Family'],
  ['Family/Photos'],
  ['Receipts 2020'],
  ['Work'],
]);
const fresh = tree([
  ['INBOX'],
  ['Sent', '\\Sent'],
  ['Drafts', '\\Drafts'],
  ['Trash', '\\Trash'],
  ['Junk', '\\Junk'],
  ['Archive', '\\Archive'],
]);

let uid = 0;
function message(labels: string[], extra: Partial<IndexedMessage> = {}): IndexedMessage {
  uid += 1;
  return {
    uid,
    size: 100,
    flags: ['\\Seen'],
    internalDate: 0,
    key: `id:<${uid}@x>`,
    deleted: false,
    labels,
    ...extra,
  };
}

function index(path: string, messages: IndexedMessage[]): FolderIndex {
  return { path, uidValidity: '7', uidNext: 1000, exists: messages.length, messages };
}

/** Target folder → [message uid, keywords] placed there. */
function where(plan: FolderPlan, allMail: IndexedMessage[], targets = new Map()) {
  const placement = placeAllMail(
    plan,
    index('[Gmail]/All Mail', allMail),
    { kind: 'gmail' },
    targets,
  );
  const out: Record<string, [number, string[]][]> = {};
  for (const [entry, messages] of placement.placed) {
    if (messages.length === 0) continue;
    (out[entry.target] ??= []).push(
      ...messages.map((m): [number, string[]] => [m.uid, m.keywords ?? []]),
    );
  }
  return { out, placement };
}

describe('All Mail read once: placement by labels', () => {
  const inboxWork = message(['\\Inbox', 'Work', '\\Important']);
  const sentFamily = message(['\\Sent', 'Family/Photos', 'Receipts 2020']);
  const archived = message([]);
  const twoLabels = message(['Work', 'Family']);
  const draft = message(['\\Draft', '\\Sent']);
  const starred = message(['\\Starred', 'Work']);
  const hidden = message(['Hidden label']);
  const trashed = message(['\\Trash']);
  const all = [inboxWork, sentFamily, archived, twoLabels, draft, starred, hidden, trashed];

  it('keywords: each message once, in its first label (Inbox, Drafts, Sent, then by name)', () => {
    const plan = planFolders(gmail, fresh);
    const { out, placement } = where(plan, all);
    expect(out).toEqual({
      INBOX: [[inboxWork.uid, ['Work']]],
      Sent: [[sentFamily.uid, ['Family/Photos', 'Receipts&ACA-2020']]],
      Archive: [
        [archived.uid, []],
        // A label Gmail hides from IMAP has no folder: the message is unlabelled here, tag kept.
        [hidden.uid, ['Hidden&ACA-label']],
      ],
      Family: [[twoLabels.uid, ['Work']]],
      Drafts: [[draft.uid, []]],
      Work: [[starred.uid, []]],
    });
    expect(placement.messages).toBe(7); // the trashed one lives in Trash, not All Mail
    expect(placement.multiLabel).toBe(4);
    expect(placement.labelsAsKeywords).toBe(5);
    expect(placement.notChosen).toBe(0);
    // Starred stays \Flagged.
    const work = [...placement.placed].find(([e]) => e.target === 'Work')?.[1][0];
    expect(work?.flags).toContain('\\Flagged');
  });

  it('folders: a copy in every label folder, archived mail in Archive, no keywords', () => {
    const plan = planFolders(gmail, fresh, { labels: 'folders' });
    const { out, placement } = where(plan, all);
    const uids = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.map((p) => p[0])]));
    expect(uids).toEqual({
      INBOX: [inboxWork.uid],
      Drafts: [draft.uid],
      Sent: [sentFamily.uid, draft.uid],
      Family: [twoLabels.uid],
      'Family/Photos': [sentFamily.uid],
      'Receipts 2020': [sentFamily.uid],
      Work: [inboxWork.uid, twoLabels.uid, starred.uid],
      Archive: [archived.uid, hidden.uid],
    });
    expect(
      Object.values(out)
        .flat()
        .every(([, k]) => k.length === 0),
    ).toBe(true);
    expect(placement.labelsAsKeywords).toBe(0);
  });

  it('a message already on the new side in another label folder stays there (label first)', () => {
    const plan = planFolders(gmail, fresh);
    // "Work" was copied first: the Inbox+Work message is already in Work.
    const targets = new Map([
      ['INBOX', index('INBOX', [])],
      ['Work', index('Work', [{ ...inboxWork, uid: 1, labels: [] }])],
    ]);
    const { out } = where(plan, [inboxWork], targets);
    expect(out).toEqual({ Work: [[inboxWork.uid, []]] });
  });

  it('labels the person left out are no candidates; a message with only those is not chosen', () => {
    let plan = planFolders(gmail, fresh);
    plan = changePlan(plan, { source: 'Work', drop: true }, '/');
    const { out, placement } = where(plan, [inboxWork, starred, archived]);
    expect(out).toEqual({ INBOX: [[inboxWork.uid, ['Work']]], Archive: [[archived.uid, []]] });
    expect(placement.notChosen).toBe(1);
  });

  it('only one label chosen: its messages go there, nothing else is copied', () => {
    const plan = planFolders(gmail, fresh, { only: ['Family'] });
    const { out, placement } = where(plan, all);
    expect(out).toEqual({ Family: [[twoLabels.uid, ['Work']]] });
    expect(placement.notChosen).toBe(6);
  });

  it('the person can change the precedence: Work first', () => {
    const plan = changePlan(planFolders(gmail, fresh), { source: 'Work', rank: 0 }, '/');
    const ranks = plan.entries.filter((e) => e.rank !== undefined).map((e) => [e.source, e.rank]);
    expect(Object.fromEntries(ranks)).toMatchObject({ Work: 0, INBOX: 1, Family: 4 });
    const { out } = where(plan, [inboxWork, twoLabels]);
    expect(out).toEqual({
      Work: [
        [inboxWork.uid, []],
        [twoLabels.uid, ['Family']],
      ],
    });
    expect(plan.allMail).toEqual({ source: '[Gmail]/All Mail', labels: 'keywords' });
  });
});

describe('labels as keywords', () => {
  it('an atom label is its own keyword; others modified UTF-7 with the specials encoded', () => {
    const cases: [string, string][] = [
      ['Work', 'Work'],
      ['Family/Photos', 'Family/Photos'],
      ['R&D', 'R&D'],
      ['Receipts 2020', 'Receipts&ACA-2020'],
      ['Übersee', '&ANw-bersee'],
      ['a (b)', 'a&ACAAKA-b&ACk-'],
      ['\\x', '&AFw-x'],
    ];
    for (const [label, keyword] of cases) {
      expect(labelKeyword(label)).toBe(keyword);
      expect(keywordLabel(keyword)).toBe(label);
    }
  });
});

describe('the report sentence of a copy that read All Mail once', () => {
  const allMail = {
    folder: '[Gmail]/All Mail',
    labels: 'keywords' as const,
    messages: 12345,
    allMailMessages: 12300,
    multiLabel: 2100,
    labelsAsKeywords: 2500,
    keywordsRefused: false,
    notChosen: 0,
  };
  it('says "All N" only when every message is there', () => {
    expect(allMailSentence({ allMail, skipped: 0, failed: 0 })).toBe(
      'All 12,345 messages are in your new account. 2,100 had several labels: each is there once, in the folder of its first label, with the other labels kept as tags.',
    );
    // A message too big for the new provider is not there: no "All".
    expect(allMailSentence({ allMail, skipped: 1, failed: 0 })).toBeUndefined();
  });
});

describe('the copy screen plan: a label put back keeps its place', () => {
  it('restoring a moved label after dragging it keeps the ranks distinct', () => {
    const base = planFolders(gmail, fresh);
    const plan = applyChanges(base, gmail, fresh, [
      { kind: 'rank', source: 'Work', rank: 0 },
      { kind: 'move', drop: { source: 'Work', into: null } },
    ]);
    const ranks = plan.entries.filter((e) => e.rank !== undefined).map((e) => e.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(plan.entries.find((e) => e.source === 'Work')?.rank).toBe(0);
    expect(plan.allMail?.labels).toBe('keywords');
  });
});
