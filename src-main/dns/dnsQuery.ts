// One question to one server: UDP first, TCP when the answer was truncated.

import crypto from 'node:crypto';
import dgram from 'node:dgram';
import net from 'node:net';
import { decodeAnswer, encodeQuery, isTruncated, type DnsAnswer, type RecordType } from './dnsWire';

export interface DnsServer {
  host: string;
  port: number;
}

/** "127.0.0.4:53", "10.0.0.1", "[::1]:5353" → host and port. */
export function parseServer(text: string, defaultPort = 53): DnsServer {
  const v6 = /^\[(.+)\](?::(\d+))?$/.exec(text);
  if (v6) return { host: v6[1] ?? '', port: v6[2] ? Number(v6[2]) : defaultPort };
  if (net.isIPv6(text)) return { host: text, port: defaultPort };
  const [host = '', port] = text.split(':');
  return { host, port: port ? Number(port) : defaultPort };
}

export class DnsTimeoutError extends Error {
  readonly code = 'ETIMEOUT';
}

function overUdp(server: DnsServer, query: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(net.isIPv6(server.host) ? 'udp6' : 'udp4');
    const id = query.readUInt16BE(0);
    const timer = setTimeout(() => {
      socket.close();
      reject(new DnsTimeoutError(`no DNS answer from ${server.host}:${server.port}`));
    }, timeoutMs);
    socket.on('error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
    socket.on('message', (message) => {
      // Anything but the answer to our question (same id) is ignored.
      if (message.length < 12 || message.readUInt16BE(0) !== id) return;
      clearTimeout(timer);
      socket.close();
      resolve(message);
    });
    socket.send(query, server.port, server.host);
  });
}

function overTcp(server: DnsServer, query: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: server.host, port: server.port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new DnsTimeoutError(`no DNS answer from ${server.host}:${server.port} (TCP)`));
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      if (all.length >= 2 && all.length >= 2 + all.readUInt16BE(0)) {
        socket.end();
        resolve(all.subarray(2, 2 + all.readUInt16BE(0)));
      }
    });
  });
}

export interface QueryOptions {
  timeoutMs?: number;
  /** UDP tries before giving up (each waits timeoutMs). */
  tries?: number;
}

export async function queryDns(
  server: DnsServer,
  name: string,
  type: RecordType,
  options: QueryOptions = {},
): Promise<DnsAnswer> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const tries = options.tries ?? 2;
  let lastError: unknown;
  for (let attempt = 0; attempt < tries; attempt++) {
    const query = encodeQuery(crypto.randomInt(0, 0x10000), name, type);
    try {
      const udp = await overUdp(server, query, timeoutMs);
      if (!isTruncated(udp)) return decodeAnswer(udp);
      return decodeAnswer(await overTcp(server, query, timeoutMs));
    } catch (error) {
      lastError = error;
      if (!(error instanceof DnsTimeoutError)) break;
    }
  }
  throw lastError;
}
