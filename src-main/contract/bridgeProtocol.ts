import { z } from 'zod';
import { wireErrorSchema } from './errors';

/**
 * The bridge's wire format, shared by the server and the renderer's client (browser-safe: zod only).
 * The page is served at http://127.0.0.1:PORT/#token=TOKEN; the client reads the token from the
 * fragment (never sent in HTTP requests) and opens ws://127.0.0.1:PORT/bridge?token=TOKEN.
 */
export const bridgePath = '/bridge';
export const tokenParameter = 'token';

export const clientMessageSchema = z
  .object({
    id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    call: z.string().max(200),
    input: z.unknown(),
  })
  .strict();
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const serverMessageSchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number().nullable(), ok: z.literal(false), error: wireErrorSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Close code sent when the token is missing or wrong (4000–4999 are application codes). */
export const unauthorizedCloseCode = 4401;
