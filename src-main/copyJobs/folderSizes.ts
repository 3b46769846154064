import type { FolderTree, ReadOnlyImapSession, WritableImapSession } from '../imap';

/**
 * Bytes per folder, from the message sizes (RFC822.SIZE only: no bodies, no flags changed). The
 * session lists nothing but counts, so sizes are summed here; folders without messages cost
 * nothing, and the whole pass stops early when `budgetMs` runs out (sizes are a nicety).
 */
export async function folderSizes(
  session: ReadOnlyImapSession | WritableImapSession,
  tree: FolderTree,
  budgetMs = 20_000,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const deadline = Date.now() + budgetMs;
  for (const folder of tree.folders) {
    if (folder.noselect) continue;
    if (folder.messages === 0) {
      sizes.set(folder.path, 0);
      continue;
    }
    if (Date.now() > deadline) break;
    const box = await session.examine(folder.path);
    let bytes = 0;
    if (box.exists > 0) {
      for await (const m of session.fetch('1:*', { uid: true, size: true })) bytes += m.size ?? 0;
    }
    sizes.set(folder.path, bytes);
  }
  return sizes;
}
