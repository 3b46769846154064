import { z } from 'zod';
import { wireErrorSchema } from './errors';

/**
 * A call's result as it crosses a transport. Electron's ipcMain.handle would flatten a thrown
 * error into a string, so results travel as data instead.
 */
export const resultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: wireErrorSchema }),
]);

export type ResultEnvelope = z.infer<typeof resultEnvelopeSchema>;

/** What the preload exposes on window and the bridge client imitates. */
export interface SwitchoverTransport {
  invoke(name: string, input: unknown): Promise<ResultEnvelope>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
