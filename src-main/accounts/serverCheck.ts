import net from 'node:net';
import tls from 'node:tls';
import type { Security } from '../contract';
import type { Network } from '../net';

export interface CandidateServer {
  host: string;
  port: number;
  security: Exclude<Security, 'plain'>;
  protocol: 'imap' | 'smtp';
}

/** What to send for STARTTLS and which reply means "go ahead". */
const starttlsDialogue = {
  imap: { greeting: /^\* OK/m, command: 'A1 STARTTLS\r\n', ready: /^A1 OK/m, hello: undefined },
  smtp: {
    greeting: /^220 /m,
    command: 'STARTTLS\r\n',
    ready: /^220 /m,
    hello: 'EHLO switchover\r\n',
  },
} as const;

/**
 * Is there a server of this kind here with a certificate valid for this host name? Used when
 * guessing settings: nothing is logged in, only the greeting and the TLS handshake are checked.
 */
export async function checkServerAt(
  network: Network,
  target: CandidateServer,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<boolean> {
  const address = await network.lookup(target.host);
  const port = network.port(target.port);
  const secureOptions = { servername: target.host, ca: network.ca };
  return new Promise<boolean>((resolve) => {
    let socket: net.Socket | undefined;
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      socket?.destroy();
      resolve(ok);
    };
    const abort = () => finish(false);
    const timer = setTimeout(abort, options.timeoutMs ?? 4000);
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted) return abort();
    const expectGreeting = (s: net.Socket, pattern: RegExp) => {
      let seen = '';
      s.setEncoding('utf8');
      s.on('data', (chunk: string) => {
        seen += chunk;
        if (pattern.test(seen)) finish(true);
        else if (seen.length > 8192) finish(false);
      });
    };
    if (target.security === 'tls') {
      const secure = tls.connect({ host: address, port, ...secureOptions });
      socket = secure;
      secure.on('error', () => finish(false));
      secure.on('secureConnect', () => {
        if (!secure.authorized) return finish(false);
        expectGreeting(secure, starttlsDialogue[target.protocol].greeting);
      });
      return;
    }
    const dialogue = starttlsDialogue[target.protocol];
    const plain = net.connect({ host: address, port });
    socket = plain;
    plain.on('error', () => finish(false));
    let seen = '';
    let step: 'greeting' | 'hello' | 'starttls' = 'greeting';
    // No setEncoding here: the same socket carries the TLS handshake afterwards.
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (seen.length > 16_384) return finish(false);
      if (step === 'greeting' && dialogue.greeting.test(seen)) {
        seen = '';
        if (dialogue.hello) {
          step = 'hello';
          plain.write(dialogue.hello);
        } else {
          step = 'starttls';
          plain.write(dialogue.command);
        }
      } else if (step === 'hello' && /^250 /m.test(seen)) {
        if (!/^250[ -]STARTTLS\b/im.test(seen)) return finish(false);
        seen = '';
        step = 'starttls';
        plain.write(dialogue.command);
      } else if (step === 'starttls' && dialogue.ready.test(seen)) {
        plain.removeListener('data', onData);
        const secure = tls.connect({ socket: plain, ...secureOptions });
        secure.on('error', () => finish(false));
        secure.on('secureConnect', () => finish(secure.authorized));
      } else if (step === 'starttls' && /^(A1 (NO|BAD)|[45]\d\d )/m.test(seen)) {
        finish(false);
      }
    };
    plain.on('data', onData);
  });
}
