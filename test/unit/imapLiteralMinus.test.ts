// LITERAL- (RFC 7888, what Gmail offers): literals up to 4,096 bytes go without waiting for "+",
// bigger ones wait for it. Against a tiny in-process IMAP server on loopback that records how
// each APPEND's literal was announced.

import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { AppendConnection } from '../../src-main/imap';

function literalMinusServer() {
  const announced: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let literal: { tag: string; size: number } | undefined;
    socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL- AUTH=PLAIN] ready\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let guard = 0; guard < 1000; guard++) {
        if (literal) {
          if (buffer.length < literal.size + 2) return;
          buffer = buffer.subarray(literal.size + 2);
          socket.write(`${literal.tag} OK [APPENDUID 7 ${announced.length}] done\r\n`);
          literal = undefined;
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.subarray(0, end).toString();
        buffer = buffer.subarray(end + 2);
        const [tag = '*', verb = ''] = line.split(' ');
        if (/^AUTHENTICATE$/i.test(verb)) socket.write(`${tag} OK logged in\r\n`);
        else if (/^CAPABILITY$/i.test(verb))
          socket.write(`* CAPABILITY IMAP4rev1 LITERAL-\r\n${tag} OK\r\n`);
        else if (/^APPEND$/i.test(verb)) {
          const m = /\{(\d+)(\+?)\}$/.exec(line);
          const size = Number(m?.[1]);
          announced.push(m?.[2] === '+' ? `${size}+` : `${size}`);
          literal = { tag, size };
          if (m?.[2] !== '+') socket.write('+ go ahead\r\n');
        } else socket.write(`${tag} OK\r\n`);
      }
    });
  });
  return { server, announced };
}

describe('LITERAL- (Gmail): small literals need no "+"', () => {
  const fake = literalMinusServer();
  afterAll(() => fake.server.close());

  it('sends up to 4,096 bytes at once and waits for "+" above', async () => {
    await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
    const { port } = fake.server.address() as AddressInfo;
    const connection = await AppendConnection.open(
      { host: '127.0.0.1', port, security: 'plain', username: 'ann' },
      'pw',
    );
    const message = (size: number) => ({
      mailbox: 'INBOX',
      flags: [],
      internalDate: new Date(0),
      size,
      content: Buffer.alloc(size, 'x'),
    });
    const outcomes = await Promise.all([
      connection.append(message(100)),
      connection.append(message(4096)),
      connection.append(message(5000)),
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(fake.announced).toEqual(['100+', '4096+', '5000']);
    connection.close();
  });
});
