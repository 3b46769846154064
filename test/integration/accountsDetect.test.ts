import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDetector, type Detector } from '../../src-main/accounts';
import type { Kit } from '../../src-main/contract';
import { useMailStack } from '../mailstack/forTests';
import { caOf } from './mailClients';
import { createNetwork } from '../../src-main/net';

const stack = useMailStack();
const run = Date.now().toString(36);
const written: string[] = [];

/** A config-v1.1.xml naming `host` for IMAP (tagged with `label` in its display name). */
function configXml(label: string, host: string, imapPort = 993): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="${label}">
    <domain>%EMAILDOMAIN%</domain>
    <displayName>${label}</displayName>
    <incomingServer type="imap">
      <hostname>${host}</hostname><port>${imapPort}</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>${host.replace(/^imap\./, 'smtp.')}</hostname><port>587</port>
      <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>
    </outgoingServer>
    <enable visiturl="https://help.example/imap"><instruction>Turn IMAP on (${label})</instruction></enable>
  </emailProvider>
</clientConfig>
`;
}

/** Serves a file from the stack's autoconfig server for one host name only. */
function serve(host: string, urlPath: string, body: string): void {
  const file = path.join(stack().endpoints.autoconfig.webroot, host, urlPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  written.push(file);
}

afterEach(() => {
  for (const file of written.splice(0)) fs.rmSync(file, { force: true });
});

const ispdbHost = 'autoconfig.family.test';
const ispdbPath = `/ispdb-${run}/`;

function detector(): Detector {
  const e = stack().endpoints;
  const network = createNetwork({
    dnsServers: [`${e.dns.host}:${e.dns.port}`],
    ca: caOf(e),
    portMap:
      e.portMode === 'standard'
        ? {}
        : {
            443: e.autoconfig.httpsPort,
            80: e.autoconfig.httpPort,
            993: e.providers.old.imaps,
            143: e.providers.old.imap,
            465: e.providers.old.submissions,
            587: e.providers.old.submission,
          },
  });
  return createDetector({ network, ispdbUrl: `https://${ispdbHost}${ispdbPath}` });
}

const timings: Record<string, number> = {};

describe('settings found from the address', () => {
  it('kit: the opened kit wins over everything else for the new account', async () => {
    serve('autoconfig.new.test', '/mail/config-v1.1.xml', configXml('provider', 'imap.new.test'));
    const kit: Kit = {
      kind: 'switchover-kit',
      version: 1,
      helper: { name: 'Sam' },
      newAccount: {
        email: `kim-${run}@new.test`,
        imap: { host: 'mail.new.test', port: 143, security: 'starttls' },
        smtp: { host: 'mail.new.test', port: 587, security: 'starttls', username: '{localpart}' },
      },
    };
    const found = await detector().detect({ email: `kim-${run}@new.test`, kit });
    expect(found.settings.source).toBe('kit');
    expect(found.settings.imap).toEqual({
      host: 'mail.new.test',
      port: 143,
      security: 'starttls',
      username: `kim-${run}@new.test`,
    });
    expect(found.settings.smtp?.username).toBe(`kim-${run}`);
  });

  it('provider: autoconfig.DOMAIN over https wins over ISPDB, SRV and guessing', async () => {
    serve(
      'autoconfig.new.test',
      '/mail/config-v1.1.xml',
      configXml('from-provider', 'imap.new.test'),
    );
    serve(ispdbHost, `${ispdbPath}new.test`, configXml('from-ispdb', 'mail.new.test'));
    const started = performance.now();
    const found = await detector().detect({ email: `ann-${run}@new.test` });
    timings.provider = performance.now() - started;
    expect(found.settings).toMatchObject({
      source: 'provider',
      trusted: true,
      displayName: 'from-provider',
      imap: { host: 'imap.new.test', port: 993, security: 'tls', username: `ann-${run}` },
      smtp: {
        host: 'smtp.new.test',
        port: 587,
        security: 'starttls',
        username: `ann-${run}@new.test`,
      },
      instructions: [{ text: 'Turn IMAP on (from-provider)', url: 'https://help.example/imap' }],
    });
    expect(found.attempts.find((a) => a.source === 'ispdb')?.outcome).not.toBe('none');
  });

  it('ispdb: the configured ISPDB answers when the provider has no file', async () => {
    serve(ispdbHost, `${ispdbPath}old.test`, configXml('from-ispdb', 'imap.old.test'));
    const started = performance.now();
    const found = await detector().detect({ email: `bea-${run}@old.test` });
    timings.ispdb = performance.now() - started;
    expect(found.settings.source).toBe('ispdb');
    expect(found.settings.displayName).toBe('from-ispdb');
    // Guessing would have found imap.old.test too, but ranks below.
    expect(['found', 'cancelled']).toContain(
      found.attempts.find((a) => a.source === 'guess')?.outcome,
    );
  });

  it('mx: family.test (MX at mail.old.test) gets the settings of its MX base domain', async () => {
    serve('autoconfig.old.test', '/mail/config-v1.1.xml', configXml('old-by-mx', 'imap.old.test'));
    const found = await detector().detect({ email: `cy-${run}@family.test` });
    expect(found.settings.source).toBe('mx');
    expect(found.settings.displayName).toBe('old-by-mx');
    expect(found.settings.imap.username).toBe(`cy-${run}`);
    // The MX answer named another domain: not enough to send a password there unasked.
    expect(found.settings.trusted).toBe(false);
  });

  it('priorities: the provider file of family.test beats its MX-based answer', async () => {
    serve('autoconfig.old.test', '/mail/config-v1.1.xml', configXml('old-by-mx', 'imap.old.test'));
    serve(
      'autoconfig.family.test',
      '/mail/config-v1.1.xml',
      configXml('family-own', 'imap.new.test'),
    );
    const found = await detector().detect({ email: `cy-${run}@family.test` });
    expect(found.settings.source).toBe('provider');
    expect(found.settings.displayName).toBe('family-own');
  });

  it('srv: new.test SRV records (RFC 6186/8314) answer when no file exists; implicit TLS preferred', async () => {
    const started = performance.now();
    const found = await detector().detect({ email: `dan-${run}@new.test` });
    timings.srv = performance.now() - started;
    expect(found.settings.source).toBe('srv');
    // SRV is unauthenticated DNS, but both hosts are new.test's own.
    expect(found.settings.trusted).toBe(true);
    expect(found.settings.imap).toEqual({
      host: 'imap.new.test',
      port: 993,
      security: 'tls',
      username: `dan-${run}@new.test`,
    });
    expect(found.settings.smtp).toEqual({
      host: 'smtp.new.test',
      port: 465,
      security: 'tls',
      username: `dan-${run}@new.test`,
    });
  });

  it('guess: old.test has no files and no SRV, so common host names with valid certificates are probed', async () => {
    const started = performance.now();
    const found = await detector().detect({ email: `eve-${run}@old.test` });
    timings.guess = performance.now() - started;
    expect(found.settings.source).toBe('guess');
    expect(found.settings.imap).toEqual({
      host: 'imap.old.test',
      port: 993,
      security: 'tls',
      username: `eve-${run}@old.test`,
    });
    expect(found.settings.smtp).toEqual({
      host: 'smtp.old.test',
      port: 465,
      security: 'tls',
      username: `eve-${run}@old.test`,
    });
  });

  it('a domain nobody knows fails with settings.not-found, quickly', async () => {
    const started = performance.now();
    await expect(detector().detect({ email: `x@nowhere-${run}.test` })).rejects.toMatchObject({
      code: 'settings.not-found',
    });
    expect(performance.now() - started).toBeLessThan(12_000);
  });

  it('gmail.com: the card and built-in settings come without any network (offline test world)', async () => {
    const started = performance.now();
    const found = await detector().detect({ email: 'someone@gmail.com' });
    timings.gmailOffline = performance.now() - started;
    expect(found.settings.card?.id).toBe('gmail');
    expect(found.settings.imap.host).toBe('imap.gmail.com');
    expect(timings.gmailOffline).toBeLessThan(3000);
  });

  it('switchover detect <email> --json prints the source and settings (CLI, test DNS and CA)', () => {
    const e = stack().endpoints;
    const result = spawnSync(
      process.execPath,
      ['bin/switchover.js', 'detect', `fay-${run}@new.test`, '--json'],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, ...e.env, SWITCHOVER_ISPDB_URL: `https://${ispdbHost}${ispdbPath}` },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      source: string;
      trusted: boolean;
      imap: { host: string };
    };
    expect(printed.source).toBe('srv');
    expect(printed.imap.host).toBe('imap.new.test');
    expect(printed.trusted).toBe(true);
    serve('autoconfig.old.test', '/mail/config-v1.1.xml', configXml('old-by-mx', 'imap.old.test'));
    const byMx = spawnSync(
      process.execPath,
      ['bin/switchover.js', 'detect', `gus-${run}@family.test`, '--json'],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, ...e.env, SWITCHOVER_ISPDB_URL: `https://${ispdbHost}${ispdbPath}` },
      },
    );
    expect(byMx.status, byMx.stderr).toBe(0);
    expect(JSON.parse(byMx.stdout)).toMatchObject({ source: 'mx', trusted: false });
    const plain = spawnSync(process.execPath, ['bin/switchover.js', 'detect', 'who@gmail.com'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, ...e.env },
    });
    expect(plain.stdout).toContain('provider card: gmail');
  });

  afterAll(() => {
    // Measured time to settings, reported in the test output.
    console.log(
      `time to settings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`,
    );
    for (const a of timings.provider !== undefined
      ? [timings.provider, timings.ispdb, timings.srv]
      : []) {
      if (a !== undefined) expect(a).toBeLessThan(3000);
    }
  });
});
