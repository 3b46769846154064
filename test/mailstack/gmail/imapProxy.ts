// The Gmail-like IMAP proxy: TLS from the client, cleartext to Dovecot on loopback. Bytes flow
// through as they come (literals untouched, pipelining and IDLE just work); only command lines
// and whole responses go through gmailRewrite.ts. Backpressure both ways: a side that cannot
// take more pauses the other.

import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { rewriteFetchCommand, rewriteResponse } from './gmailRewrite';
import { ClientStreamSplitter, ResponseSplitter, segmentsToBuffer } from './imapStream';
import type { LabelTable } from './labels';

export interface ImapProxyOptions {
  host: string;
  port: number;
  certPath: string;
  keyPath: string;
  upstreamPort: number;
  labelsFile: string;
}

/** The label table, re-read when seeding changed the file. */
function labelTableReader(file: string): () => LabelTable {
  let cached: { mtimeMs: number; size: number; table: LabelTable } | undefined;
  return () => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) return {};
    if (cached?.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) {
      cached = {
        mtimeMs: stat.mtimeMs,
        size: stat.size,
        table: JSON.parse(fs.readFileSync(file, 'utf8')) as LabelTable,
      };
    }
    return cached.table;
  };
}

function send(from: net.Socket, to: net.Socket, data: Buffer): void {
  if (!to.write(data)) {
    from.pause();
    to.once('drain', () => from.resume());
  }
}

function proxyConnection(
  client: tls.TLSSocket,
  options: ImapProxyOptions,
  table: () => LabelTable,
): void {
  // From the provider's own address: Dovecot trusts it (login_trusted_networks) on cleartext.
  const server = net.connect({ host: options.host, port: options.upstreamPort, localAddress: options.host }); // prettier-ignore
  const commands = new ClientStreamSplitter();
  const responses = new ResponseSplitter();
  const fail = (error: Error): void => {
    process.stdout.write(`${new Date().toISOString()} connection failed: ${error.message}\n`);
    client.destroy();
    server.destroy();
  };
  client.on('data', (chunk: Buffer) => {
    try {
      for (const piece of commands.push(chunk)) {
        if (piece.kind === 'literal') send(client, server, piece.data);
        else {
          const line = (piece.commandStart ? rewriteFetchCommand(piece.text) : undefined) ?? piece.text; // prettier-ignore
          send(client, server, Buffer.from(line, 'latin1'));
        }
      }
    } catch (error) {
      fail(error as Error);
    }
  });
  server.on('data', (chunk: Buffer) => {
    try {
      for (const response of responses.push(chunk)) {
        send(server, client, segmentsToBuffer(rewriteResponse(response, table)));
      }
    } catch (error) {
      fail(error as Error);
    }
  });
  client.on('error', () => server.destroy());
  server.on('error', () => client.destroy());
  client.on('close', () => server.end());
  server.on('close', () => client.end());
}

export function startImapProxy(options: ImapProxyOptions): tls.Server {
  const table = labelTableReader(options.labelsFile);
  const server = tls.createServer(
    { cert: fs.readFileSync(options.certPath), key: fs.readFileSync(options.keyPath) },
    (client) => proxyConnection(client, options, table),
  );
  server.on('tlsClientError', () => undefined);
  server.listen(options.port, options.host);
  return server;
}
