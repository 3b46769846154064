import { SwitchoverError } from '../../src-main/contract';

/**
 * Runs something the person asked for (save, check, start…): busy while it runs, the last refusal
 * cleared first and the new one kept for the screen to say. Resolves whether it worked.
 */
export async function runAction(
  work: () => Promise<void>,
  setBusy: (busy: boolean) => void,
  setError: (error: SwitchoverError | undefined) => void,
): Promise<boolean> {
  setBusy(true);
  setError(undefined);
  try {
    await work();
    return true;
  } catch (caught) {
    setError(SwitchoverError.from(caught));
    return false;
  } finally {
    setBusy(false);
  }
}
