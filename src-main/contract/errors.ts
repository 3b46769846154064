import { z } from 'zod';
import { errorCodes, type WireError } from '../errors';

export { errorCodes, SwitchoverError } from '../errors';
export type { ErrorCode, WireError } from '../errors';

export const errorCodeSchema = z.enum(errorCodes);

/** The only shape in which an error crosses the IPC or bridge boundary. */
export const wireErrorSchema: z.ZodType<WireError> = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
