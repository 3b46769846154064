import type { ErrorCode } from './errorCodes';

/** The only shape in which an error crosses the IPC or bridge boundary (checked by wireErrorSchema). */
export interface WireError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

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
