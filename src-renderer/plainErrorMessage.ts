import type { TFunction } from 'i18next';
import type { SwitchoverError } from '../src-main/contract';

/**
 * The sentence a person sees for an error. Codes the renderer knows get a translated sentence;
 * any other keeps the plain message the main side wrote for it.
 */
export function plainErrorMessage(error: SwitchoverError, t: TFunction): string {
  switch (error.code) {
    case 'bridge.disconnected':
      return t('errors.disconnected');
    case 'bridge.unauthorized':
      return t('errors.unauthorized');
    case 'internal':
      return t('errors.internal');
    case 'files.write-failed':
      return t('errors.filesWriteFailed');
    case 'backup.cancelled':
      return t('errors.backupCancelled');
    case 'auth.password-missing':
      return t('errors.passwordMissing');
    default:
      return error.message;
  }
}
