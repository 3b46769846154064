// A userland TCP proxy for the bench and the fault test: adds a one-way delay (half the wanted
// round trip) to every chunk in each direction, optionally caps each direction at a rate shared
// with other proxies' connections (link.ts: a home link), counts round trips and bytes, and can
// cut every connection on demand. TLS passes through untouched, unless `tls` is given: then the
// proxy terminates it on both sides to see (and rewrite) the IMAP in between (imapCaps.ts).

import net from 'node:net';
import tls from 'node:tls';
import { ImapStream, rewriteCapabilityLine } from './imapCaps';
import { Lane } from './link';
import type { SharedLink } from './link';

export interface ProxyOptions {
  listenHost: string;
  targetHost: string;
  targetPort: number;
  /** Round-trip time to add, in ms (0: none). */
  rttMs?: number;
  /** Rate shared by the client→server direction of every connection using this link. */
  up?: SharedLink | undefined;
  /** Rate shared by the server→client direction. */
  down?: SharedLink | undefined;
  /** Terminate TLS and hide the server's extensions from CAPABILITY (--minimal-caps). */
  minimalCaps?: { cert: Buffer; key: Buffer; ca: Buffer; servername: string } | undefined;
}

export class TcpProxy {
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();
  readonly #lanes = new Set<Lane>();
  readonly #oneWay: number;
  /** Times a client sent again after the server had answered: round trips it waited for. */
  turns = 0;
  connections = 0;
  cuts = 0;
  /** Bytes that arrived from clients / from the server (on the wire, TLS included). */
  bytesUp = 0;
  bytesDown = 0;
  /** --minimal-caps: literals the clients announced, and how many did not wait for `+`. */
  clientLiterals = 0;
  clientNonSyncLiterals = 0;

  private constructor(server: net.Server, options: ProxyOptions) {
    this.#server = server;
    this.#oneWay = (options.rttMs ?? 0) / 2;
  }

  static async start(options: ProxyOptions): Promise<TcpProxy> {
    const caps = options.minimalCaps;
    const server = caps ? tls.createServer({ cert: caps.cert, key: caps.key }) : net.createServer();
    const proxy = new TcpProxy(server, options);
    server.on(caps ? 'secureConnection' : 'connection', (client: net.Socket) =>
      proxy.#pipe(client, options),
    );
    // A client giving up mid-handshake is its own business, not the bench's.
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, options.listenHost, () => resolve());
    });
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as net.AddressInfo).port;
  }

  get host(): string {
    return (this.#server.address() as net.AddressInfo).address;
  }

  get openConnections(): number {
    return this.#sockets.size / 2;
  }

  #pipe(client: net.Socket, options: ProxyOptions): void {
    this.connections += 1;
    const caps = options.minimalCaps;
    const upstream = caps
      ? tls.connect({
          host: options.targetHost,
          port: options.targetPort,
          ca: caps.ca,
          servername: caps.servername,
        })
      : net.connect({ host: options.targetHost, port: options.targetPort });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.#sockets.add(client);
    this.#sockets.add(upstream);
    let last: 'client' | 'server' = 'server';
    const fromClient = caps ? new ImapStream() : undefined;
    const fromServer = caps ? new ImapStream(rewriteCapabilityLine) : undefined;
    const up = new Lane(client, upstream, {
      link: options.up,
      oneWayMs: this.#oneWay,
      transform: fromClient
        ? (chunk) => {
            const out = fromClient.transform(chunk);
            this.clientLiterals = fromClient.literals;
            this.clientNonSyncLiterals = fromClient.nonSyncLiterals;
            return out;
          }
        : undefined,
      onData: (chunk) => {
        if (last === 'server') this.turns += 1;
        last = 'client';
        this.bytesUp += chunk.length;
      },
    });
    const down = new Lane(upstream, client, {
      link: options.down,
      oneWayMs: this.#oneWay,
      transform: fromServer ? (chunk) => fromServer.transform(chunk) : undefined,
      onData: (chunk) => {
        last = 'server';
        this.bytesDown += chunk.length;
      },
    });
    this.#lanes.add(up);
    this.#lanes.add(down);
    const wire = (from: net.Socket, to: net.Socket, lane: Lane) => {
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.#sockets.delete(from);
        this.#lanes.delete(lane);
        // An orderly end is passed on by the lane once its data is through; an abrupt one
        // reaches the other side after the one-way delay, like a reset on the wire.
        if (!lane.idle && !from.readableEnded) lane.drop();
        if (!from.readableEnded || lane.idle) setTimeout(() => to.destroy(), this.#oneWay);
      });
    };
    wire(client, upstream, up);
    wire(upstream, client, down);
  }

  /** Drops every open connection at once (a network failure, as the client sees it). */
  cutAll(): number {
    const open = this.#sockets.size;
    if (open > 0) this.cuts += 1;
    for (const lane of this.#lanes) lane.drop();
    for (const socket of this.#sockets) {
      // A TLS socket (--minimal-caps) has no TCP handle of its own to reset.
      if (socket instanceof tls.TLSSocket) socket.destroy();
      else socket.resetAndDestroy();
    }
    this.#sockets.clear();
    return open;
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
