// Entry of the Gmail-like proxy process (started detached by proxyProcess.ts with one JSON
// argument, under tsx). Ends on SIGTERM, dropping open connections as a server restart would.

import type net from 'node:net';
import { startImapProxy } from './imapProxy';
import type { ImapProxyOptions } from './imapProxy';

const options = JSON.parse(process.argv[2] ?? '{}') as ImapProxyOptions;
const server = startImapProxy(options);
const sockets = new Set<net.Socket>();
server.on('secureConnection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
const stop = (): void => {
  server.close();
  for (const socket of sockets) socket.destroy();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
