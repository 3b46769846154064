import type { TFunction } from 'i18next';
import type { FolderNode, FolderRole } from '../../../src-main/contract';

/** Icons for the everyday folders (decorative: the name beside them says the same). */
const roleIcons: Record<FolderRole, string> = {
  inbox: '📥',
  sent: '📤',
  drafts: '📝',
  trash: '🗑️',
  junk: '🚫',
  archive: '🗄️',
};

export function folderIcon(role: FolderRole | undefined): string {
  return role ? roleIcons[role] : '📁';
}

/** Inbox, Sent, Drafts… in the person's language whatever the server calls them. */
export function folderName(folder: Pick<FolderNode, 'name' | 'role'>, t: TFunction): string {
  return folder.role ? t(`copy.roles.${folder.role}`) : folder.name;
}

/** A whole path in everyday words: "Archive › 2019". */
export function folderPathName(
  path: string,
  folders: ReadonlyMap<string, FolderNode>,
  t: TFunction,
): string {
  const names: string[] = [];
  let node = folders.get(path);
  while (node) {
    names.unshift(folderName(node, t));
    node = node.parent !== undefined ? folders.get(node.parent) : undefined;
  }
  return names.length > 0 ? names.join(' › ') : path;
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "12 MB", "340 KB": one unit, no decimals below 10. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
