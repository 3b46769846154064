import type { FolderInfo, FolderTree, SpecialUse } from '../imap';

/**
 * Folder roles: which folder of an account is its Sent, Trash, Junk…, by the server's
 * special-use flag first, else by a name well-known clients use. The plan pairs folders of the
 * same role across the two accounts whatever their names.
 */

export type FolderRole = 'inbox' | 'sent' | 'trash' | 'junk' | 'drafts' | 'archive';

const roleOfSpecialUse: Partial<Record<SpecialUse, FolderRole>> = {
  '\\Sent': 'sent',
  '\\Trash': 'trash',
  '\\Junk': 'junk',
  '\\Drafts': 'drafts',
  '\\Archive': 'archive',
};

/** Names well-known clients and providers use, for servers without SPECIAL-USE (lower case). */
const wellKnownNames: Record<Exclude<FolderRole, 'inbox'>, string[]> = {
  sent: [
    'sent',
    'sent items',
    'sent messages',
    'sent mail',
    'sent-mail',
    'gesendet',
    'gesendete objekte',
    'envoyés',
    'enviados',
  ],
  trash: [
    'trash',
    'deleted items',
    'deleted messages',
    'bin',
    'papierkorb',
    'corbeille',
    'papelera',
  ],
  junk: ['junk', 'junk e-mail', 'junk email', 'spam', 'bulk mail', 'spamverdacht', 'indésirables'],
  drafts: ['drafts', 'draft', 'entwürfe', 'brouillons', 'borradores'],
  archive: ['archive', 'archives', 'archiv'],
};

export const gmailRoots = new Set(['[gmail]', '[google mail]']);

function roleByName(folder: FolderInfo): FolderRole | undefined {
  let segments = folder.segments;
  if (segments.length === 2 && gmailRoots.has((segments[0] ?? '').toLowerCase())) {
    segments = segments.slice(1);
  }
  if (segments.length !== 1) return undefined;
  const name = (segments[0] ?? '').toLowerCase();
  for (const [role, names] of Object.entries(wellKnownNames)) {
    if (names.includes(name)) return role as FolderRole;
  }
  return undefined;
}

function isInbox(folder: FolderInfo): boolean {
  return folder.segments.length === 1 && (folder.segments[0] ?? '').toUpperCase() === 'INBOX';
}

/** Roles of a tree: SPECIAL-USE first, then well-known names for roles still unclaimed. */
export function assignRoles(tree: FolderTree): Map<string, FolderRole> {
  const roles = new Map<string, FolderRole>();
  const taken = new Set<FolderRole>();
  for (const folder of tree.folders) {
    if (isInbox(folder)) {
      roles.set(folder.path, 'inbox');
      taken.add('inbox');
    }
    const role = folder.specialUse ? roleOfSpecialUse[folder.specialUse] : undefined;
    if (role && !taken.has(role)) {
      roles.set(folder.path, role);
      taken.add(role);
    }
  }
  for (const folder of tree.folders) {
    if (roles.has(folder.path) || folder.noselect) continue;
    const role = roleByName(folder);
    if (role && !taken.has(role)) {
      roles.set(folder.path, role);
      taken.add(role);
    }
  }
  return roles;
}
