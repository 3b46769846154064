// "421 4.7.0 … Try again later" in the send test: one more try after a pause, against a small
// SMTP server on loopback that says so once.

import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../../src-main/net';
import { sendProbe } from '../../src-main/sendTest/sendProbe';
import { probeMessage } from '../../src-main/sendTest/probeMessage';
import { SmtpTranscript } from '../../src-main/smtp';

/** Says 421 at MAIL FROM to the first `busy` sessions, then takes the message. */
function busyServer(busy: number) {
  const sessions: string[][] = [];
  const server = net.createServer((socket) => {
    const said: string[] = [];
    sessions.push(said);
    const refuse = sessions.length <= busy;
    socket.write('220 busy.test ESMTP\r\n');
    let buffer = '';
    let data = false;
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        said.push(line);
        if (data) {
          if (line === '.') {
            data = false;
            socket.write('250 2.0.0 queued as X\r\n');
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-busy.test\r\n250 AUTH PLAIN\r\n');
        else if (verb === 'AUTH') socket.write('235 2.7.0 ok\r\n');
        else if (verb === 'MAIL' && refuse) {
          socket.write('421 4.7.0 busy.test Try again later, closing connection.\r\n');
          socket.end();
        } else if (verb === 'MAIL' || verb === 'RCPT') socket.write('250 2.1.0 ok\r\n');
        else if (verb === 'DATA') {
          data = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, sessions };
}

describe('the send test and a server that says "try again later" (421)', () => {
  const once = busyServer(1);
  const always = busyServer(99);
  const port = (s: net.Server) => (s.address() as AddressInfo).port;
  beforeAll(async () => {
    await new Promise<void>((r) => once.server.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => always.server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    once.server.close();
    always.server.close();
  });

  const send = (p: number, transcript: SmtpTranscript) =>
    sendProbe(probeMessage('ann@busy.test', 'en'), {
      server: { host: '127.0.0.1', port: p, security: 'plain', username: 'ann@busy.test' },
      password: 'secret password',
      network: createNetwork(),
      transcript,
      timeoutMs: 5000,
      tryAgainPauseMs: 300,
    });

  it('tries once more after a pause, and the message goes', async () => {
    const transcript = new SmtpTranscript(['secret password']);
    const started = Date.now();
    const sent = await send(port(once.server), transcript);
    expect(sent.response).toContain('queued as X');
    expect(once.sessions).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('only once: a server still busy is reported as it answered', async () => {
    const transcript = new SmtpTranscript(['secret password']);
    await expect(send(port(always.server), transcript)).rejects.toMatchObject({
      details: expect.objectContaining({ serverText: expect.stringContaining('421') }),
    });
    expect(always.sessions).toHaveLength(2);
  });
});
