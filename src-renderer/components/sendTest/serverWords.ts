import type { SwitchoverError } from '../../../src-main/contract';
import { errorDetail } from '../../errors/errorDetail';

/** The server's own words for a refusal (details.serverText), when it gave any. */
export function serverWords(error: SwitchoverError): string | undefined {
  const text = errorDetail(error, 'serverText');
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}
