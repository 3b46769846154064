// A home link for the bench proxy: one rate shared by every connection of a direction (a DSL or
// cable line is one pipe, however many connections a tool opens), plus the one-way delay.
//
// SharedLink is a virtual clock: it serializes chunks one after another at its rate and hands
// each to its lane with the time its last byte would leave the line (+ the propagation delay).
// Lanes wanting bandwidth take turns in round robin, a quantum each, so connections share fairly;
// a lane's own chunks keep their order. A lane pauses its reading socket while its backlog is
// above a bound, so nothing buffers without limit: the sender feels the link as back-pressure.

import type net from 'node:net';

/** Bytes a lane holds before it pauses its reading socket (resumed below half of it). */
const highWater = 64 * 1024;
/** Granted per turn: small enough to interleave connections, large enough to spare timers. */
const quantum = 8 * 1024;
/** How far ahead of now the link's clock may run before the pump waits for a timer. */
const horizonMs = 4;
/** Bound on one pump's loop (each turn grants ≥ 1 byte or drops a lane, so it never needs it). */
const maxTurns = 100_000;

export class SharedLink {
  readonly mbitPerS: number;
  readonly #bytesPerMs: number;
  /** When the line is idle again (performance.now() time). */
  #free = 0;
  readonly #ring: Lane[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** Bytes this link has carried. */
  bytes = 0;

  constructor(mbitPerS: number) {
    if (!(mbitPerS > 0)) throw new Error(`link rate must be > 0 Mbit/s (got ${mbitPerS})`);
    this.mbitPerS = mbitPerS;
    this.#bytesPerMs = (mbitPerS * 1e6) / 8 / 1000;
  }

  want(lane: Lane): void {
    if (!this.#ring.includes(lane)) this.#ring.push(lane);
    if (this.#timer === undefined) this.#pump();
  }

  #pump(): void {
    const now = performance.now();
    // An idle line earns no credit: a real link cannot send faster later for having waited.
    if (this.#free < now) this.#free = now;
    for (let turn = 0; turn < maxTurns && this.#ring.length > 0; turn++) {
      if (this.#free > now + horizonMs) break;
      const lane = this.#ring.shift() as Lane;
      const chunk = lane.take(quantum);
      if (chunk === undefined) continue;
      this.#free += chunk.length / this.#bytesPerMs;
      this.bytes += chunk.length;
      lane.deliver(chunk, this.#free + lane.oneWayMs);
      if (lane.wanting) this.#ring.push(lane);
    }
    if (this.#ring.length > 0) {
      this.#timer = setTimeout(
        () => {
          this.#timer = undefined;
          this.#pump();
        },
        Math.max(1, this.#free - horizonMs - now),
      );
    }
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#ring.length = 0;
  }
}

export interface LaneOptions {
  link?: SharedLink | undefined;
  oneWayMs: number;
  /** Sees (and may rewrite) each chunk as it arrives, before it is queued. */
  transform?: ((chunk: Buffer) => Buffer) | undefined;
  /** Called with each chunk as it arrives (counting). */
  onData?: ((chunk: Buffer) => void) | undefined;
}

/** One direction of one proxied connection: from → (rate) → (delay) → to, bytes in order. */
export class Lane {
  readonly oneWayMs: number;
  readonly #from: net.Socket;
  readonly #to: net.Socket;
  readonly #link: SharedLink | undefined;
  /** Arrived, waiting for the link. */
  readonly #queue: Buffer[] = [];
  #queued = 0;
  /** Sent on the line, waiting for their arrival time. */
  readonly #out: { at: number; chunk: Buffer }[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** The destination said stop (write returned false) and has not drained yet. */
  #blocked = false;
  #ended = false;

  constructor(from: net.Socket, to: net.Socket, options: LaneOptions) {
    this.#from = from;
    this.#to = to;
    this.#link = options.link;
    this.oneWayMs = options.oneWayMs;
    const transform = options.transform;
    from.on('data', (chunk: Buffer) => {
      options.onData?.(chunk);
      const data = transform ? transform(chunk) : chunk;
      if (data.length > 0) this.#push(data);
    });
    to.on('drain', () => {
      this.#blocked = false;
      if (this.#queued < highWater / 2) from.resume();
      if (this.wanting) this.#link?.want(this);
    });
    from.on('end', () => {
      this.#ended = true;
      this.#finishIfDone();
    });
  }

  get wanting(): boolean {
    return this.#queued > 0 && !this.#blocked && !this.#to.destroyed;
  }

  #push(chunk: Buffer): void {
    if (this.#link === undefined) {
      this.deliver(chunk, performance.now() + this.oneWayMs);
      return;
    }
    this.#queue.push(chunk);
    this.#queued += chunk.length;
    if (this.#queued >= highWater) this.#from.pause();
    if (this.wanting) this.#link.want(this);
  }

  /** Up to `max` bytes off the front of the queue (the link's turn), or undefined. */
  take(max: number): Buffer | undefined {
    if (!this.wanting) return undefined;
    const head = this.#queue[0] as Buffer;
    let chunk: Buffer;
    if (head.length <= max) {
      chunk = head;
      this.#queue.shift();
    } else {
      chunk = head.subarray(0, max);
      this.#queue[0] = head.subarray(max);
    }
    this.#queued -= chunk.length;
    if (this.#queued < highWater / 2 && !this.#blocked) this.#from.resume();
    return chunk;
  }

  /** Hands `chunk` to the destination at time `at` (never before an earlier chunk). */
  deliver(chunk: Buffer, at: number): void {
    if (this.#to.destroyed) return;
    if (this.#out.length === 0 && at <= performance.now()) {
      this.#write(chunk);
      return;
    }
    this.#out.push({ at, chunk });
    if (this.#out.length === 1) this.#schedule();
  }

  #schedule(): void {
    const head = this.#out[0];
    if (head === undefined || this.#timer !== undefined) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#flush();
      },
      Math.max(0, head.at - performance.now()),
    );
  }

  #flush(): void {
    const now = performance.now() + 0.5;
    while (this.#out.length > 0 && (this.#out[0]?.at ?? Infinity) <= now) {
      const { chunk } = this.#out.shift() as { chunk: Buffer };
      if (this.#to.destroyed) {
        this.#out.length = 0;
        return;
      }
      this.#write(chunk);
    }
    this.#schedule();
    this.#finishIfDone();
  }

  #write(chunk: Buffer): void {
    if (!this.#to.write(chunk)) {
      // Without a link the reading socket itself waits; with one, the lane stops taking turns.
      if (this.#link === undefined) this.#from.pause();
      else this.#blocked = true;
    }
  }

  #finishIfDone(): void {
    if (this.#ended && this.#queued === 0 && this.#out.length === 0 && !this.#to.destroyed)
      this.#to.end();
  }

  /** Drops whatever is waiting (the connection is gone). */
  drop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue.length = 0;
    this.#queued = 0;
    this.#out.length = 0;
  }

  /** True once everything that arrived was handed on. */
  get idle(): boolean {
    return this.#queued === 0 && this.#out.length === 0;
  }
}

/** "10/50" → 10 Mbit/s up, 50 Mbit/s down. */
export function parseLink(text: string): { upMbit: number; downMbit: number } {
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (m === null) throw new Error(`--link wants UP/DOWN in Mbit/s, e.g. 10/50 (got "${text}")`);
  return { upMbit: Number(m[1]), downMbit: Number(m[2]) };
}
