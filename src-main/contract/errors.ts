import { z } from 'zod';

/**
 * Stable error codes. The renderer maps each to a plain sentence and a next step, so a code is
 * never renamed once shipped; a new failure mode gets a new code.
 */
export const errorCodes = [
  // the app and its transports
  'internal',
  'ipc.unknown-call',
  'ipc.invalid-input',
  'ipc.invalid-output',
  'ipc.invalid-message',
  'ipc.forbidden-sender',
  'bridge.unauthorized',
  'bridge.disconnected',
  'settings.unavailable',
  // signing in (accounts, vault, kit)
  'settings.not-found',
  'auth.failed',
  'auth.app-password-required',
  'auth.oauth-only',
  'imap.disabled',
  'net.dns-not-found',
  'net.unreachable',
  'net.timeout',
  'tls.untrusted',
  'tls.required',
  'smtp.auth-failed',
  'smtp.port-blocked',
  'account.missing',
  'vault.unavailable',
  'kit.invalid',
  // copying
  'imap.connection-lost',
  'imap.too-many-connections',
  'imap.command-failed',
  'folder.not-found',
  'quota.exceeded',
  'message.too-big',
  'message.rejected',
  'copy.cancelled',
  'copy.verify-failed',
  'copy.busy',
  'copy.no-job',
  // send test and switch checks
  'smtp.rejected',
  'smtp.relay-denied',
  'smtp.sender-rejected',
  'probe.not-arrived',
  'probe.in-junk',
  'dns.not-switched',
  'old-provider.delivers-internally',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** The only shape in which an error crosses the IPC or bridge boundary. */
export const wireErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});

export type WireError = z.infer<typeof wireErrorSchema>;

export class SwitchoverError extends Error {
  override readonly name = 'SwitchoverError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toWire(): WireError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromWire(wire: WireError): SwitchoverError {
    return new SwitchoverError(wire.code, wire.message, wire.details);
  }

  /** Anything thrown becomes a SwitchoverError; unknown failures never leak stack traces. */
  static from(error: unknown): SwitchoverError {
    if (error instanceof SwitchoverError) return error;
    return new SwitchoverError('internal', 'Something went wrong inside Switchover.');
  }
}
