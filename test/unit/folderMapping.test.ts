import { describe, expect, it } from 'vitest';
import { planFolders } from '../../src-main/copy';
import type { FolderInfo, FolderTree } from '../../src-main/imap';

function tree(
  prefix: string,
  delimiter: string,
  folders: [string, string?, boolean?][],
): FolderTree {
  return {
    namespace: { prefix, delimiter },
    folders: folders.map(([path, specialUse, noselect]) => {
      const relative =
        path.toUpperCase() === 'INBOX'
          ? 'INBOX'
          : path.startsWith(prefix)
            ? path.slice(prefix.length)
            : path;
      const info: FolderInfo = {
        path,
        delimiter,
        segments: relative === 'INBOX' ? ['INBOX'] : relative.split(delimiter),
        noselect: noselect ?? false,
      };
      if (specialUse) info.specialUse = specialUse as FolderInfo['specialUse'];
      return info;
    }),
  };
}

const modern = tree('', '/', [
  ['INBOX'],
  ['Sent', '\\Sent'],
  ['Trash', '\\Trash'],
  ['Junk', '\\Junk'],
  ['Drafts', '\\Drafts'],
  ['Archive', '\\Archive'],
]);

const targets = (plan: ReturnType<typeof planFolders>) =>
  Object.fromEntries(
    plan.entries.map((e) => [e.source, e.action === 'skip' ? `skip:${e.skipReason}` : e.target]),
  );

describe('folder mapping', () => {
  it('Courier INBOX. on "." → "/" with SPECIAL-USE targets, nesting, UTF-7 names and escaping', () => {
    const courier = tree('INBOX.', '.', [
      ['INBOX'],
      ['INBOX.Sent Items'],
      ['INBOX.Deleted Messages'],
      ['INBOX.Junk E-mail'],
      ['INBOX.Drafts'],
      ['INBOX.Archive'],
      ['INBOX.Archive.2019'],
      ['INBOX.Café'],
      ['INBOX.Kids', undefined, true],
      ['INBOX.Kids.School'],
      ['INBOX.a/b'],
      ['INBOX.Sent Items.2018'],
    ]);
    const plan = planFolders(courier, modern);
    expect(targets(plan)).toEqual({
      INBOX: 'INBOX',
      'INBOX.Sent Items': 'Sent',
      'INBOX.Deleted Messages': 'Trash',
      'INBOX.Junk E-mail': 'Junk',
      'INBOX.Drafts': 'Drafts',
      'INBOX.Archive': 'Archive',
      'INBOX.Archive.2019': 'Archive/2019',
      'INBOX.Café': 'Café',
      'INBOX.Kids': 'Kids',
      'INBOX.Kids.School': 'Kids/School',
      'INBOX.a/b': 'a\u2215b',
      'INBOX.Sent Items.2018': 'Sent/2018',
    });
    expect(plan.entries.find((e) => e.source === 'INBOX.a/b')?.escaped).toBe(true);
    expect(plan.entries.find((e) => e.source === 'INBOX.Kids')?.containerOnly).toBe(true);
    // Parents before children; existing folders are not created again.
    expect([...plan.create].sort()).toEqual(
      ['Archive/2019', 'Café', 'Kids', 'Kids/School', 'Sent/2018', 'a\u2215b'].sort(),
    );
    expect(plan.create.indexOf('Kids')).toBeLessThan(plan.create.indexOf('Kids/School'));
  });

  it('"/" → Courier "." adds the prefix and escapes dots in names', () => {
    const courierTarget = tree('INBOX.', '.', [['INBOX'], ['INBOX.Sent'], ['INBOX.Trash']]);
    const source = tree('', '/', [
      ['INBOX'],
      ['Sent', '\\Sent'],
      ['Work/2024'],
      ['Work'],
      ['Mr. Smith'],
    ]);
    expect(targets(planFolders(source, courierTarget))).toEqual({
      INBOX: 'INBOX',
      Sent: 'INBOX.Sent',
      Work: 'INBOX.Work',
      'Work/2024': 'INBOX.Work.2024',
      'Mr. Smith': 'INBOX.Mr\u2024 Smith',
    });
  });

  it('Gmail: labels lifted out of [Gmail], All Mail read once into Archive, Important / Starred skipped', () => {
    const gmail = tree('', '/', [
      ['INBOX'],
      ['[Gmail]', undefined, true],
      ['[Gmail]/All Mail', '\\All'],
      ['[Gmail]/Important', '\\Important'],
      ['[Gmail]/Starred', '\\Flagged'],
      ['[Gmail]/Sent Mail', '\\Sent'],
      ['[Gmail]/Spam', '\\Junk'],
      ['[Gmail]/Bin', '\\Trash'],
      ['[Gmail]/Drafts', '\\Drafts'],
      ['Family'],
    ]);
    const plan = planFolders(gmail, modern);
    expect(targets(plan)).toEqual({
      INBOX: 'INBOX',
      '[Gmail]': 'skip:no-messages',
      '[Gmail]/All Mail': 'Archive',
      '[Gmail]/Important': 'skip:gmail-important',
      '[Gmail]/Starred': 'skip:gmail-starred',
      '[Gmail]/Sent Mail': 'Sent',
      '[Gmail]/Spam': 'Junk',
      '[Gmail]/Bin': 'Trash',
      '[Gmail]/Drafts': 'Drafts',
      Family: 'Family',
    });
    expect(plan.create).toEqual(['Family']);
    expect(plan.allMail).toEqual({ source: '[Gmail]/All Mail', labels: 'keywords' });
    // The precedence: Inbox, Drafts, Sent, then the labels by name; Spam and Trash are no labels.
    const ranks = Object.fromEntries(
      plan.entries.filter((e) => e.rank !== undefined).map((e) => [e.source, e.rank]),
    );
    expect(ranks).toEqual({ INBOX: 0, '[Gmail]/Drafts': 1, '[Gmail]/Sent Mail': 2, Family: 3 });
    expect(plan.entries.find((e) => e.source === '[Gmail]/All Mail')).toMatchObject({
      fromAllMail: 'unlabelled',
      role: 'archive',
      matchedBy: 'special-use',
    });
  });

  it('Gmail to an account without an Archive: one named for the person, created', () => {
    const gmail = tree('', '/', [
      ['INBOX'],
      ['[Gmail]', undefined, true],
      ['[Gmail]/All Mail', '\\All'],
    ]);
    const bare = tree('', '/', [['INBOX']]);
    const plan = planFolders(gmail, bare, { archiveName: 'Archiv' });
    expect(targets(plan)['[Gmail]/All Mail']).toBe('Archiv');
    expect(plan.create).toEqual(['Archiv']);
    expect(planFolders(gmail, bare, { includeGmailVirtual: true }).allMail).toBeUndefined();
  });

  it('Exchange-style names without SPECIAL-USE; a second "sent" keeps its own name', () => {
    const exchange = tree('', '/', [
      ['INBOX'],
      ['Sent Items'],
      ['Sent Messages'],
      ['Deleted Items'],
      ['Junk Email'],
    ]);
    expect(targets(planFolders(exchange, modern))).toEqual({
      INBOX: 'INBOX',
      'Sent Items': 'Sent',
      'Sent Messages': 'Sent Messages',
      'Deleted Items': 'Trash',
      'Junk Email': 'Junk',
    });
  });

  it('a target without some special folder gets the source name; --folder drops the rest', () => {
    const bare = tree('', '/', [['INBOX']]);
    const source = tree('INBOX.', '.', [['INBOX'], ['INBOX.Sent'], ['INBOX.Other']]);
    const plan = planFolders(source, bare, { only: ['INBOX.Sent'] });
    expect(targets(plan)).toEqual({
      INBOX: 'skip:dropped',
      'INBOX.Sent': 'Sent',
      'INBOX.Other': 'skip:dropped',
    });
    expect(plan.create).toEqual(['Sent']);
  });
});
