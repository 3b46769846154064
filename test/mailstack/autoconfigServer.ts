// Static file server for autoconfig/autodiscover files, run as its own detached process so the
// stack outlives the CLI that started it. Started by autoconfig.ts with one JSON argument.
// Deliberately imports nothing relative: it runs under plain `node` (type stripping) or tsx.
//
// A request for http(s)://HOST/PATH is answered from <webroot>/HOST/PATH if that file exists,
// else from <webroot>/PATH — so a test can give each domain its own config-v1.1.xml.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

interface ServerOptions {
  host: string;
  httpPort: number;
  httpsPort: number;
  webroot: string;
  certPath: string;
  keyPath: string;
  logPath: string;
}

const contentTypes: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.mobileconfig': 'application/x-apple-aspen-config',
};

function inside(root: string, relative: string): string | undefined {
  const full = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return full === root || full.startsWith(`${root}${path.sep}`) ? full : undefined;
}

async function findFile(
  webroot: string,
  hostHeader: string,
  urlPath: string,
): Promise<string | undefined> {
  const hostname = hostHeader.replace(/:\d+$/, '').toLowerCase();
  const candidates = [
    /^[a-z0-9.-]+$/.test(hostname) ? inside(webroot, `${hostname}${urlPath}`) : undefined,
    inside(webroot, urlPath),
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const stat = await fsp.stat(candidate).catch(() => undefined);
    if (stat?.isFile()) return candidate;
  }
  return undefined;
}

function handler(options: ServerOptions, scheme: string): http.RequestListener {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const host = request.headers.host ?? '';
    void findFile(options.webroot, host, decodeURIComponent(url.pathname)).then(
      async (file) => {
        const status = file === undefined ? 404 : 200;
        fs.appendFileSync(
          options.logPath,
          `${new Date().toISOString()} ${scheme} ${request.method ?? '?'} ${host}${url.pathname}${url.search} ${status}\n`,
        );
        if (file === undefined) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
          return;
        }
        const body = await fsp.readFile(file);
        const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
      },
      (error: unknown) => {
        response.writeHead(500).end(String(error));
      },
    );
  };
}

function main(): void {
  const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
  const tls = { cert: fs.readFileSync(options.certPath), key: fs.readFileSync(options.keyPath) };
  const plain = http.createServer(handler(options, 'http'));
  const secure = https.createServer(tls, handler(options, 'https'));
  plain.listen(options.httpPort, options.host);
  secure.listen(options.httpsPort, options.host);
  const stop = (): void => {
    plain.close();
    secure.close();
    plain.closeAllConnections();
    secure.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
