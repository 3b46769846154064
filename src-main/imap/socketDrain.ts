import type net from 'node:net';

/**
 * Resolves when a socket that refused more data (write returned false) has drained; rejects if
 * it closes first, so a writer never waits on a dead connection.
 */
export function waitDrain(socket: net.Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    // Closed already: no 'close' event will come to end the wait.
    if (socket.destroyed) {
      reject(new Error('connection closed while writing'));
      return;
    }
    const done = () => {
      socket.off('drain', done);
      socket.off('close', closed);
      resolve();
    };
    const closed = () => {
      socket.off('drain', done);
      reject(new Error('connection closed while writing'));
    };
    socket.once('drain', done);
    socket.once('close', closed);
  });
}
