import type { ListResponse } from 'imapflow';
import type { Namespace } from './session';

/** The special-use flags a folder can carry (RFC 6154; \Important from RFC 8457). */
export const specialUseFlags = [
  '\\Sent',
  '\\Trash',
  '\\Junk',
  '\\Drafts',
  '\\Archive',
  '\\All',
  '\\Important',
  '\\Flagged',
] as const;

export type SpecialUse = (typeof specialUseFlags)[number];

const specialUses = new Set<string>(specialUseFlags);
const byLowerCase = new Map(specialUseFlags.map((flag) => [flag.toLowerCase(), flag]));

/** The special use a LIST flag names, spelled as above (flags are case-insensitive). */
export function specialUseOf(flag: string): SpecialUse | undefined {
  return byLowerCase.get(flag.toLowerCase());
}

/** One folder as the plan sees it: names decoded, the namespace prefix split off. */
export interface FolderInfo {
  /** The path to use in commands (decoded from modified UTF-7). */
  path: string;
  delimiter: string;
  /** Path below the personal namespace prefix, split on the delimiter; INBOX is ['INBOX']. */
  segments: string[];
  /** Only what the server itself says (RFC 6154); names are judged by the mapping. */
  specialUse?: SpecialUse;
  noselect: boolean;
  messages?: number;
  /** When listed with counts: what proves a folder unchanged since it was last compared. */
  status?: FolderStatus;
}

export interface FolderStatus {
  messages: number;
  uidNext: number;
  uidValidity: string;
  /** CONDSTORE servers: changes to flags show here too. */
  highestModseq?: string;
}

export interface FolderTree {
  namespace: Namespace;
  folders: FolderInfo[];
}

/** What folderInfo reads of one LIST entry (imapflow's ListResponse has all of it). */
export interface ListedFolder {
  path: string;
  delimiter: string;
  flags: Set<string>;
  specialUse?: string;
  specialUseSource?: string;
  status?: { messages?: number; uidNext?: number; uidValidity?: bigint; highestModseq?: bigint };
}

export function folderInfo(box: ListedFolder, namespace: Namespace): FolderInfo {
  const delimiter = box.delimiter || namespace.delimiter || '/';
  let relative = box.path;
  if (box.path.toUpperCase() === 'INBOX') relative = 'INBOX';
  else if (namespace.prefix && box.path.startsWith(namespace.prefix)) {
    relative = box.path.slice(namespace.prefix.length);
  }
  const flags = new Set([...(box.flags ?? [])].map((f) => f.toLowerCase()));
  const special =
    box.specialUseSource === 'extension' && box.specialUse && specialUses.has(box.specialUse)
      ? (box.specialUse as SpecialUse)
      : undefined;
  const info: FolderInfo = {
    path: box.path,
    delimiter,
    segments: relative === 'INBOX' ? ['INBOX'] : relative.split(delimiter),
    noselect: flags.has('\\noselect') || flags.has('\\nonexistent'),
  };
  if (special) info.specialUse = special;
  if (box.status?.messages !== undefined) info.messages = box.status.messages;
  const st = box.status;
  if (st?.messages !== undefined && st.uidNext !== undefined && st.uidValidity !== undefined) {
    info.status = {
      messages: st.messages,
      uidNext: st.uidNext,
      uidValidity: st.uidValidity.toString(),
    };
    if (st.highestModseq !== undefined) info.status.highestModseq = st.highestModseq.toString();
  }
  return info;
}

/** Lists a whole account as a FolderTree (with message counts when asked). */
export async function listFolderTree(
  session: { list(withStatus?: boolean): Promise<ListResponse[]>; namespace: Namespace },
  withCounts = true,
): Promise<FolderTree> {
  const namespace = session.namespace;
  const boxes = await session.list(withCounts);
  return { namespace, folders: boxes.map((box) => folderInfo(box, namespace)) };
}
