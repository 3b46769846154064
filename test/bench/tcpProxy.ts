// A userland TCP proxy for the bench and the fault test: adds a one-way delay (half the wanted
// round trip) to every chunk in each direction, counts round trips, and can cut every
// connection on demand. TLS passes through untouched.

import net from 'node:net';

export interface ProxyOptions {
  listenHost: string;
  targetHost: string;
  targetPort: number;
  /** Round-trip time to add, in ms (0: none). */
  rttMs?: number;
}

export class TcpProxy {
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();
  readonly #oneWay: number;
  /** Times a client sent again after the server had answered: round trips it waited for. */
  turns = 0;
  connections = 0;
  cuts = 0;

  private constructor(server: net.Server, options: ProxyOptions) {
    this.#server = server;
    this.#oneWay = (options.rttMs ?? 0) / 2;
  }

  static async start(options: ProxyOptions): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(server, options);
    server.on('connection', (client) => proxy.#pipe(client, options));
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
    const upstream = net.connect({ host: options.targetHost, port: options.targetPort });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.#sockets.add(client);
    this.#sockets.add(upstream);
    let last: 'client' | 'server' = 'server';
    const forward = (from: net.Socket, to: net.Socket, side: 'client' | 'server') => {
      from.on('data', (chunk: Buffer) => {
        if (side === 'client' && last === 'server') this.turns += 1;
        last = side;
        if (this.#oneWay <= 0) {
          if (!to.write(chunk)) from.pause();
          return;
        }
        setTimeout(() => {
          if (!to.destroyed && !to.write(chunk)) {
            from.pause();
          }
        }, this.#oneWay);
      });
      to.on('drain', () => from.resume());
      from.on('end', () => setTimeout(() => to.end(), this.#oneWay));
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.#sockets.delete(from);
        setTimeout(() => to.destroy(), this.#oneWay);
      });
    };
    forward(client, upstream, 'client');
    forward(upstream, client, 'server');
  }

  /** Drops every open connection at once (a network failure, as the client sees it). */
  cutAll(): number {
    const open = this.#sockets.size;
    if (open > 0) this.cuts += 1;
    for (const socket of this.#sockets) socket.resetAndDestroy();
    this.#sockets.clear();
    return open;
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
