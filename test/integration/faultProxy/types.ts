// The shapes a test hands the fault proxy (rules) and gets back from it (the log). See
// faultProxy/index.ts for how they are used.

/** Which client commands a rule looks at. Every field given must match. */
export interface CommandMatch {
  /**
   * Command names, case-insensitive. "FETCH" matches FETCH and UID FETCH; "UID FETCH" only the
   * latter. Absent: every command.
   */
  command?: string | readonly string[];
  /** Only on connections of this account (the LOGIN/AUTHENTICATE user, case-insensitive). */
  account?: string;
  /** Only on this connection (ids count from 1 per proxy). */
  connection?: number;
  /**
   * For LOGIN/AUTHENTICATE: only when the account already has at least this many other
   * connections logged in or logging in through this proxy ("more than N per account").
   */
  accountConnectionsAtLeast?: number;
  /** Tested against the command's first line after the tag (password redacted), e.g. /^APPEND /. */
  text?: RegExp;
}

export type FaultAction =
  /** Answers `<tag> <response>` itself; the command never reaches the server. */
  | {
      kind: 'answer';
      /** After the tag, e.g. "NO Request is throttled. Suggested Backoff Time: 1500 milliseconds". */
      response: string;
      /** Then `* BYE <text>` and the connection closes (e.g. "Connection closed. 14"). */
      bye?: string;
    }
  /** `* BYE <text>` at once (the command is not forwarded), then the connection closes. */
  | { kind: 'bye'; text: string }
  /**
   * Forwards the command, then cuts the next body literal (BODY[…], BINARY[…], RFC822…) longer
   * than `afterBytes` on this connection: `afterBytes` bytes of it pass, then `* BYE <text>` (if
   * given) and the connection closes. The client sees a truncated literal and end of stream.
   */
  | { kind: 'byeMidBody'; afterBytes: number; text?: string };

export interface CommandRule {
  /** Shown in the log entries it caused. */
  name?: string;
  match?: CommandMatch;
  /** Matching commands let through before the rule acts (the 3rd APPEND: skip 2). */
  skip?: number;
  /** Acts at most this many times (default: no limit). */
  times?: number;
  /** Acts only within this many ms of its first action ("every FETCH for the next 3 s"). */
  forMs?: number;
  /** Acts only from / until these times (Date.now() ms); commands outside are not counted. */
  notBefore?: number;
  notAfter?: number;
  action: FaultAction;
}

/** Drops these capabilities from every CAPABILITY response and [CAPABILITY …] code. */
export interface HideCapabilitiesRule {
  name?: string;
  hideCapabilities: readonly string[];
}

export type FaultRule = CommandRule | HideCapabilitiesRule;

export type CommandOutcome = 'forwarded' | 'answered' | 'bye';

export type FaultLogEntry =
  | { type: 'open'; at: number; connection: number; remote: string }
  | {
      type: 'close';
      at: number;
      connection: number;
      account?: string;
      /** Who ended it first: the client, the server, or the proxy (a rule's BYE). */
      by: 'client' | 'server' | 'proxy';
    }
  | {
      type: 'command';
      /** When its first line arrived (Date.now() ms). */
      at: number;
      connection: number;
      /** The connection's account; for LOGIN/AUTHENTICATE the user it tries. */
      account?: string;
      tag: string;
      /** Upper case, "UID FETCH" for UID commands. */
      name: string;
      /** First line after the tag, without CRLF; LOGIN passwords and SASL data as "***". */
      text: string;
      outcome: CommandOutcome;
      rule?: string;
      /** For answered commands: the line sent (without CRLF) and when it was written. */
      answer?: string;
      answeredAt?: number;
    }
  /** A tagged completion that came from the server. */
  | {
      type: 'completion';
      at: number;
      connection: number;
      account?: string;
      tag: string;
      status: string;
      text: string;
    }
  /** Something a rule did outside a command's answer (a mid-body BYE). */
  | {
      type: 'fault';
      at: number;
      connection: number;
      account?: string;
      rule?: string;
      text: string;
    };

export type CommandLogEntry = Extract<FaultLogEntry, { type: 'command' }>;
