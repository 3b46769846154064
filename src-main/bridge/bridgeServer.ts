import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  bridgePath,
  clientMessageSchema,
  SwitchoverError,
  tokenParameter,
  unauthorizedCloseCode,
  type Dispatcher,
  type EventHub,
  type ServerMessage,
} from '../contract';
import { resolveRendererFile } from '../rendererFiles';
import { securityHeaders } from '../security';

export interface BridgeOptions {
  dispatcher: Dispatcher;
  hub: EventHub;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Loopback only; defaults to 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a random free port. */
  port?: number;
  /** Defaults to 32 random bytes. */
  token?: string;
}

export interface BridgeServer {
  /** The page to open, with the token in the fragment (never sent over HTTP). */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const maxMessageBytes = 1024 * 1024;

function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

function tokensMatch(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

/**
 * The contract over a WebSocket on loopback, plus the built renderer over HTTP: this is how the
 * UI runs in a browser (tests, and `npm start` where Electron cannot be fetched).
 */
export async function startBridge(options: BridgeOptions): Promise<BridgeServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`The bridge only listens on loopback, not ${host}`);
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  let origin = '';
  // Names the page may be reached by; anything else in Host is a DNS-rebinding attempt.
  let allowedHosts: string[] = [];

  // Any web page the person visits can send requests here: whatever arrives, the answer is an
  // HTTP status and the bridge keeps running (Host and Origin are checked before anything else).
  server.on('request', (request, response) => {
    const headers = securityHeaders({ bridgeOrigin: origin });
    try {
      if (!allowedHosts.includes(request.headers.host ?? '')) {
        response.writeHead(421, headers).end('Misdirected request');
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
        return;
      }
      const file = resolveRendererFile(options.rendererDir, request.url ?? '/');
      if (!file) {
        response.writeHead(404, headers).end('Not found');
        return;
      }
      response.writeHead(200, { ...headers, 'Content-Type': file.contentType });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      fs.createReadStream(file.filePath)
        .on('error', () => response.destroy())
        .pipe(response);
    } catch {
      if (!response.headersSent) response.writeHead(400, headers);
      response.end();
    }
  });

  server.on('upgrade', (request, socket, head) => {
    const refuse = () => socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
    socket.on('error', () => socket.destroy());
    try {
      const requestOrigin = request.headers.origin;
      const hostOk = allowedHosts.includes(request.headers.host ?? '');
      // Browsers always send Origin; another site's page must never reach the contract.
      const originOk =
        requestOrigin === undefined || allowedHosts.some((h) => requestOrigin === `http://${h}`);
      if (!hostOk || !originOk) return refuse();
      const url = URL.parse(request.url ?? '/', origin);
      if (url?.pathname !== bridgePath) return refuse();
      sockets.handleUpgrade(request, socket, head, (ws) => {
        if (!tokensMatch(url.searchParams.get(tokenParameter), token)) {
          // Accepted only to tell the page why: nothing from this socket is ever dispatched.
          ws.close(unauthorizedCloseCode, 'unauthorized');
          return;
        }
        sockets.emit('connection', ws, request);
      });
    } catch {
      socket.destroy();
    }
  });
  // Malformed HTTP (bad request lines, oversized headers): answered 400 by Node, never thrown.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  sockets.on('connection', (ws: WebSocket) => {
    const unsubscribe = options.hub.subscribe((event, payload) => send(ws, { event, payload }));
    ws.on('close', unsubscribe);
    // Oversized or malformed frames surface here; ws closes the socket itself, and an
    // unhandled 'error' would take the whole process down with it.
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      void (async () => {
        let message: unknown;
        try {
          message = isBinary ? undefined : JSON.parse(data.toString());
        } catch {
          message = undefined;
        }
        const parsed = clientMessageSchema.safeParse(message);
        if (!parsed.success) {
          const error = new SwitchoverError('ipc.invalid-message', 'The request was not readable.');
          send(ws, { id: null, ok: false, error: error.toWire() });
          return;
        }
        const result = await options.dispatcher.dispatch(parsed.data.call, parsed.data.input);
        send(ws, { id: parsed.data.id, ...result });
      })();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  allowedHosts = [`${host}:${port}`, ...(host === '127.0.0.1' ? [`localhost:${port}`] : [])];

  return {
    url: `${origin}/#${tokenParameter}=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
