import type { TFunction } from 'i18next';
import type { ErrorCode, SwitchoverError } from '../../../src-main/contract';
import type { en } from '../../i18n/messages/en';
import { plainErrorMessage } from '../../plainErrorMessage';

type CopyErrorKey = keyof (typeof en)['copy']['errors'];

/** The copy failures this screen explains itself, by their key under copy.errors. */
const copyErrorKeys: Partial<Record<ErrorCode, CopyErrorKey>> = {
  'copy.busy': 'busy',
  'copy.cancelled': 'cancelled',
  'copy.no-job': 'noJob',
  'quota.exceeded': 'quotaExceeded',
  'message.too-big': 'messageTooBig',
  'imap.connection-lost': 'connectionLost',
  'imap.too-many-connections': 'tooManyConnections',
  'auth.failed': 'authFailed',
  'account.missing': 'accountMissing',
};

/**
 * One plain, translated sentence for a copy failure (never the main side's English message for
 * the codes a copy meets); other codes fall back to the app's general wording.
 */
export function copyErrorText(error: SwitchoverError, t: TFunction): string {
  const key: CopyErrorKey | undefined = error.code.startsWith('net.')
    ? 'network'
    : copyErrorKeys[error.code];
  return key ? t(`copy.errors.${key}`) : plainErrorMessage(error, t);
}

/** Failures only a new sign-in mends (a changed password, an account signed out). */
export function needsSignIn(error: SwitchoverError): boolean {
  return error.code === 'auth.failed' || error.code === 'account.missing';
}
