// Entry of the identity provider process (started detached by idpProcess.ts with one JSON
// argument, under tsx, on Node ≥ 22 as oidc-provider wants). The issuer listens on HTTPS; the
// same provider also answers on an internal plain-HTTP port, for Dovecot's introspection (no TLS
// trust to set up in Dovecot) and the admin routes.

import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { handleAdmin } from './adminApi';
import type { AdminState } from './adminApi';
import { createIdentityProvider } from './identityProvider';
import { TokenStore } from './tokenStore';

export interface IdpProcessOptions {
  issuer: string;
  host: string;
  httpsPort: number;
  internalHttpPort: number;
  certPath: string;
  keyPath: string;
  introspectionSecret: string;
  accessTokenTtl: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as IdpProcessOptions;
const state: AdminState = {
  accessTokenTtl: options.accessTokenTtl,
  defaultAccessTokenTtl: options.accessTokenTtl,
  store: new TokenStore(),
};
const provider = createIdentityProvider({
  issuer: options.issuer,
  introspectionSecret: options.introspectionSecret,
  store: state.store,
  accessTokenTtl: () => state.accessTokenTtl,
});
provider.on('server_error', (_ctx, error) => {
  process.stderr.write(`${new Date().toISOString()} server_error ${String(error)}\n`);
});
const serve = provider.callback();
const secure = https.createServer(
  { cert: fs.readFileSync(options.certPath), key: fs.readFileSync(options.keyPath) },
  serve,
);
const internal = http.createServer((request, response) => {
  if (!handleAdmin(state, request, response)) void serve(request, response);
});
secure.listen(options.httpsPort, options.host);
internal.listen(options.internalHttpPort, options.host);
process.stdout.write(`${new Date().toISOString()} issuer ${options.issuer} on ${options.host}\n`);

const stop = (): void => {
  for (const server of [secure, internal]) {
    server.close();
    server.closeAllConnections();
  }
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
