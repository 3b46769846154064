import {
  SwitchoverError,
  type SendTestNotice,
  type ServerSettings,
  type WireError,
} from '../contract';
import { classifyRefusal, classifySendFailure, createSmtpTransport } from '../smtp';
import type { ProbeMessage } from './probeMessage';
import type { SmtpTranscript } from '../smtp';
import { resolveProvider, type Network } from '../net';
import { withSecret } from '../oauth';
import type { Secret } from '../oauth';

export interface SendProbeOptions {
  server: ServerSettings;
  /** A password, or the account's OAuth2 tokens (a refused token is renewed once). */
  password: Secret;
  network: Network;
  transcript: SmtpTranscript;
  /** Connect, greeting and each reply; generous by default. */
  timeoutMs?: number;
  /** The pause before the one more try a "421 … try again later" earns (default 20 s). */
  tryAgainPauseMs?: number;
}

/** A server's "421 4.7.0 … Try again later": busy or rate-limiting, not a refusal. */
export function isTryAgainLater(error: unknown): boolean {
  const e = (error !== null && typeof error === 'object' ? error : {}) as {
    responseCode?: unknown;
    response?: unknown;
  };
  const response = typeof e.response === 'string' ? e.response : '';
  return e.responseCode === 421 || /^421[ -]/.test(response);
}

export interface SentProbe {
  /** The port that took the message (465 when 587 was blocked). */
  usedPort: number;
  notices: SendTestNotice[];
  /** The server's "queued as …" answer. */
  response: string;
  /** Recipients the server refused while it took the message for the others. */
  refused: { address: string; error: WireError }[];
}

function sendOnce(
  server: ServerSettings,
  address: string,
  message: ProbeMessage,
  options: SendProbeOptions,
) {
  return withSecret(
    options.password,
    async (credential) => {
      const transport = createSmtpTransport(server, address, {
        network: options.network,
        credential,
        timeoutMs: options.timeoutMs ?? 30_000,
        logger: options.transcript.logger,
      });
      try {
        return await transport.sendMail({
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: message.messageId,
          headers: message.headers,
        });
      } finally {
        transport.close();
      }
    },
    (error) => classifySendFailure(error, server, '').code === 'smtp.auth-failed',
  );
}

/**
 * Sends the probe through the account's SMTP server. When the submission port seems blocked (no
 * connection at all), tries implicit TLS on 465 at the same host and says so in a notice.
 */
export async function sendProbe(
  message: ProbeMessage,
  options: SendProbeOptions,
): Promise<SentProbe> {
  const { server, transcript } = options;
  // Redaction hides a password; a token never reaches the error's words (nodemailer hides AUTH).
  const password = typeof options.password === 'string' ? options.password : '';
  const address = await resolveProvider(options.network, server, 'smtp', password);
  const attempt = async (settings: ServerSettings, notices: SendTestNotice[]) => {
    transcript.note(`connecting to ${settings.host}:${settings.port} (${settings.security})`);
    const info = await sendOnce(settings, address, message, options);
    const rejectedErrors = (info.rejectedErrors ?? []) as {
      recipient?: string;
      response?: string;
      command?: string;
    }[];
    return {
      usedPort: settings.port,
      notices,
      response: typeof info.response === 'string' ? info.response : '',
      refused: rejectedErrors.map((e) => ({
        address: e.recipient ?? '',
        error: classifyRefusal(
          e.response ?? '',
          e.command ?? 'RCPT TO',
          [password],
          e.recipient,
        ).toWire(),
      })),
    };
  };
  // One more try, after a pause, when the server says "try again later" (421).
  const patient = async (settings: ServerSettings, notices: SendTestNotice[]) => {
    try {
      return await attempt(settings, notices);
    } catch (error) {
      if (!isTryAgainLater(error)) throw error;
      const pauseMs = options.tryAgainPauseMs ?? 20_000;
      transcript.note(
        `the server said to try again later (421): trying once more in ${pauseMs} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      return attempt(settings, notices);
    }
  };
  try {
    return await patient(server, []);
  } catch (error) {
    const failure = classifySendFailure(error, server, password);
    const blocked = failure.code === 'net.unreachable' || failure.code === 'net.timeout';
    if (!blocked || server.port === 465) throw failure;
    transcript.note(`port ${server.port} could not be reached (${failure.code}); trying port 465`);
    const fallback: ServerSettings = { ...server, port: 465, security: 'tls' };
    const notice: SendTestNotice = {
      code: 'smtp.port-blocked',
      message: `Port ${server.port} seems blocked on this network; Switchover used port 465 instead.`,
    };
    try {
      return await attempt(fallback, [notice]);
    } catch (second) {
      const again = classifySendFailure(second, fallback, password);
      if (again.code === 'net.unreachable' || again.code === 'net.timeout') {
        throw new SwitchoverError(
          'smtp.port-blocked',
          `Neither port ${server.port} nor 465 of ${server.host} could be reached.`,
          { first: failure.details, fallback: again.details },
        );
      }
      throw again;
    }
  }
}
