import type net from 'node:net';

/**
 * One read buffer for the life of a connection (the socket's `onread`): a socket otherwise makes
 * a new buffer for every piece it reads, and at tens of megabytes a second those pieces are
 * garbage that V8 lets pile up (it collects after ~64 MB more external memory). A piece is a
 * view of this buffer, valid only during the call that hands it over: the reader copies what it
 * keeps (InputQueue.settle). Pieces read before a reader is set are copied and kept for it.
 */
export class ReusedReads {
  readonly onread: net.OnReadOpts;
  #deliver: ((piece: Buffer, borrowed: boolean) => void) | undefined;
  #early: Buffer[] = [];

  constructor(size = 64 * 1024) {
    this.onread = {
      buffer: Buffer.allocUnsafeSlow(size),
      callback: (bytes: number, buffer: Uint8Array) => {
        const piece = Buffer.from(buffer.buffer, buffer.byteOffset, bytes);
        if (this.#deliver) this.#deliver(piece, true);
        else this.#early.push(Buffer.from(piece));
        return true;
      },
    };
  }

  /** From now on, every piece read goes to `deliver` (`borrowed`: a view of the reused buffer). */
  deliverTo(deliver: (piece: Buffer, borrowed: boolean) => void): void {
    this.#deliver = deliver;
    const early = this.#early;
    this.#early = [];
    for (const piece of early) deliver(piece, false);
  }
}
