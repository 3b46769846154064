import { SwitchoverError, type ServerSettings } from '../contract';
import { classifyFailure, redact } from '../net';

/** What nodemailer puts on a failed send (smtp-connection's _formatError). */
interface SendErrorLike {
  code?: unknown;
  command?: unknown;
  response?: unknown;
  responseCode?: unknown;
  recipient?: unknown;
  rejected?: unknown;
  rejectedErrors?: unknown;
}

const relayPattern =
  /relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)|not permitted to relay|unable to relay|relay not/i;
const senderPattern =
  /sender (?:address )?(?:rejected|refused|denied)|not owned by|sender address mismatch|sender verify failed|not authorized to send/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * One refused envelope step (MAIL FROM, RCPT TO, DATA) → a stable code quoting the server.
 * Postfix checks the sender at RCPT time (smtpd_delay_reject), so the words decide, not the step.
 */
export function classifyRefusal(
  response: string,
  command: string,
  secrets: readonly string[],
  recipient?: string,
): SwitchoverError {
  const serverText = redact(response.trim(), secrets);
  const responseCode = Number(/^\d{3}/.exec(serverText)?.[0] ?? 0) || undefined;
  const details = {
    command,
    serverText,
    ...(responseCode ? { responseCode, temporary: responseCode < 500 } : {}),
    ...(recipient ? { recipient } : {}),
  };
  if (relayPattern.test(serverText)) {
    return new SwitchoverError(
      'smtp.relay-denied',
      `The outgoing mail server will not pass the message on${recipient ? ` to ${recipient}` : ''}: "${serverText}"`,
      details,
    );
  }
  if (command === 'MAIL FROM' || senderPattern.test(serverText)) {
    return new SwitchoverError(
      'smtp.sender-rejected',
      `The outgoing mail server does not accept this sender address: "${serverText}"`,
      details,
    );
  }
  return new SwitchoverError(
    'smtp.rejected',
    `The outgoing mail server refused the message: "${serverText}"`,
    details,
  );
}

/**
 * Maps what nodemailer threw. Envelope and message refusals get their own codes; connection, TLS
 * and login failures are classified like the sign-in's live test (tls.untrusted, smtp.auth-failed,
 * net.unreachable, …).
 */
export function classifySendFailure(
  raw: unknown,
  server: ServerSettings,
  password: string,
): SwitchoverError {
  if (raw instanceof SwitchoverError) return raw;
  const error = (raw !== null && typeof raw === 'object' ? raw : {}) as SendErrorLike;
  const code = text(error.code);
  const command = text(error.command);
  const response = text(error.response);
  if ((code === 'EENVELOPE' || code === 'EMESSAGE') && response !== '') {
    // All recipients refused: the reply that decided it is on the error; the first refusal
    // names the recipient.
    const first = Array.isArray(error.rejectedErrors)
      ? (error.rejectedErrors[0] as SendErrorLike | undefined)
      : undefined;
    const recipient = text(first?.recipient) || text(error.recipient) || undefined;
    const refusal = classifyRefusal(
      text(first?.response) || response,
      command || 'DATA',
      [password],
      recipient,
    );
    return new SwitchoverError(refusal.code, refusal.message, {
      ...(refusal.details as object),
      host: server.host,
      port: server.port,
    });
  }
  return classifyFailure(raw, { protocol: 'smtp', server, password });
}
