import type { TFunction } from 'i18next';
import type { FolderNode } from '../../../src-main/contract';

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

/**
 * "0 bytes", "1 byte", "340 kB", "1.2 MB": under a kilobyte a translated plural (Intl's own
 * "byte" unit does not make a plural in every language), above it Intl's short unit in the
 * person's language, one decimal below 10.
 */
export function formatBytes(bytes: number, language: string, t: TFunction): string {
  if (bytes < 1000) {
    return t('copy.size.bytes', { count: bytes, n: formatNumber(bytes, language) });
  }
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
