import { SwitchoverError } from '../contract';
import { classifyImapError } from '../imap';

const fullCodes = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const deniedCodes = new Set(['EACCES', 'EPERM', 'EROFS']);
const otherDiskCodes = new Set([
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'ENOENT',
  'ENAMETOOLONG',
  'EIO',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'EXDEV',
]);

/** The errno of a file-system failure (errors from node:fs carry a syscall); else undefined. */
function diskCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string') return undefined;
  return fullCodes.has(code) || deniedCodes.has(code) || otherDiskCodes.has(code)
    ? code
    : undefined;
}

/** Disk trouble in plain words; everything else as the IMAP classifier names it. */
export function backupError(error: unknown): SwitchoverError {
  if (error instanceof SwitchoverError) return error;
  const code = diskCode(error);
  if (code === undefined) return classifyImapError(error);
  const details = { cause: code };
  if (fullCodes.has(code)) {
    return new SwitchoverError(
      'files.write-failed',
      'The backup could not be saved: the disk is full.',
      details,
    );
  }
  if (deniedCodes.has(code)) {
    return new SwitchoverError(
      'files.write-failed',
      'The backup could not be saved: Switchover may not write in that folder.',
      details,
    );
  }
  return new SwitchoverError(
    'files.write-failed',
    'The backup could not be saved in that folder.',
    details,
  );
}
