// A throwaway certificate authority and the server certificates signed by it. Clients trust the CA
// only (NODE_EXTRA_CA_CERTS or an explicit `ca` option) — nothing in the tests disables verification.
// The "bad" set exists so tests can provoke each kind of TLS failure on purpose.

import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { run } from './processes';

export interface CertificatePair {
  certPath: string;
  keyPath: string;
}

export interface CertificateSet {
  caCertPath: string;
  caKeyPath: string;
  servers: Record<string, CertificatePair>;
  bad: {
    /** Right names, but signed by nobody the tests trust. */
    selfSigned: CertificatePair;
    /** Signed by the test CA and with right names, but expired in 2020. */
    expired: CertificatePair;
    /** Signed by the test CA, but only for mail.wrong.test. */
    wrongHost: CertificatePair;
  };
}

const keyArgs = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function subjectAltNames(names: readonly string[]): string {
  return names.map((n) => (/^\d+\.\d+\.\d+\.\d+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
}

function serverExtensions(names: readonly string[]): string {
  return [
    `subjectAltName = ${subjectAltNames(names)}`,
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature',
    'extendedKeyUsage = serverAuth',
    '',
  ].join('\n');
}

async function createRequest(dir: string, base: string, names: readonly string[]): Promise<void> {
  await run('openssl', [
    'req', '-new', ...keyArgs,
    '-keyout', path.join(dir, `${base}.key`),
    '-out', path.join(dir, `${base}.csr`),
    '-subj', `/CN=${names[0] ?? base}`,
  ]); // prettier-ignore
  await fsp.writeFile(path.join(dir, `${base}.ext`), serverExtensions(names));
}

async function signWithCa(dir: string, base: string, names: readonly string[]): Promise<void> {
  await createRequest(dir, base, names);
  await run('openssl', [
    'x509', '-req', '-in', path.join(dir, `${base}.csr`),
    '-CA', path.join(dir, 'ca.pem'), '-CAkey', path.join(dir, 'ca.key'),
    '-set_serial', `0x${crypto.randomBytes(12).toString('hex')}`,
    '-days', '825', '-sha256',
    '-extfile', path.join(dir, `${base}.ext`),
    '-out', path.join(dir, `${base}.pem`),
  ]); // prettier-ignore
}

/** `openssl x509 -req` cannot back-date in OpenSSL 3.0, so the expired one goes through `openssl ca`. */
async function signExpired(dir: string, base: string, names: readonly string[]): Promise<void> {
  await createRequest(dir, base, names);
  const caDir = path.join(dir, 'ca-db');
  await fsp.mkdir(caDir, { recursive: true });
  await fsp.writeFile(path.join(caDir, 'index.txt'), '');
  await fsp.writeFile(path.join(caDir, 'serial'), `${crypto.randomBytes(8).toString('hex')}\n`);
  const config = [
    '[ca]',
    'default_ca = test_ca',
    '[test_ca]',
    `database = ${path.join(caDir, 'index.txt')}`,
    `new_certs_dir = ${caDir}`,
    `serial = ${path.join(caDir, 'serial')}`,
    'default_md = sha256',
    'policy = any_name',
    'unique_subject = no',
    'email_in_dn = no',
    '[any_name]',
    'commonName = supplied',
    '',
  ].join('\n');
  await fsp.writeFile(path.join(caDir, 'ca.cnf'), config);
  await run('openssl', [
    'ca', '-batch', '-notext', '-config', path.join(caDir, 'ca.cnf'),
    '-cert', path.join(dir, 'ca.pem'), '-keyfile', path.join(dir, 'ca.key'),
    '-startdate', '20200101000000Z', '-enddate', '20200201000000Z',
    '-extfile', path.join(dir, `${base}.ext`),
    '-in', path.join(dir, `${base}.csr`), '-out', path.join(dir, `${base}.pem`),
  ]); // prettier-ignore
}

async function selfSigned(dir: string, base: string, names: readonly string[]): Promise<void> {
  await fsp.writeFile(path.join(dir, `${base}.ext`), serverExtensions(names));
  await run('openssl', [
    'req', '-x509', ...keyArgs, '-days', '825', '-sha256',
    '-keyout', path.join(dir, `${base}.key`), '-out', path.join(dir, `${base}.pem`),
    '-subj', `/CN=${names[0] ?? base}`,
    '-addext', `subjectAltName = ${subjectAltNames(names)}`,
    '-addext', 'extendedKeyUsage = serverAuth',
  ]); // prettier-ignore
}

function pair(dir: string, base: string): CertificatePair {
  return { certPath: path.join(dir, `${base}.pem`), keyPath: path.join(dir, `${base}.key`) };
}

/**
 * Creates the CA and one server certificate per entry of `servers` (name → SANs, first SAN is the
 * CN), plus the bad set modelled on `badTemplate` (a provider's names).
 */
export async function createCertificates(
  dir: string,
  servers: Record<string, readonly string[]>,
  badTemplate: readonly string[],
): Promise<CertificateSet> {
  await fsp.mkdir(dir, { recursive: true, mode: 0o755 });
  await run('openssl', [
    'req', '-x509', ...keyArgs, '-days', '3650', '-sha256',
    '-keyout', path.join(dir, 'ca.key'), '-out', path.join(dir, 'ca.pem'),
    '-subj', '/CN=Switchover Test CA',
    '-addext', 'basicConstraints = critical, CA:TRUE',
    '-addext', 'keyUsage = critical, keyCertSign, cRLSign',
  ]); // prettier-ignore
  await Promise.all([
    ...Object.entries(servers).map(([base, names]) => signWithCa(dir, base, names)),
    selfSigned(dir, 'bad-self-signed', badTemplate),
    signExpired(dir, 'bad-expired', badTemplate),
    signWithCa(dir, 'bad-wrong-host', ['mail.wrong.test']),
  ]);
  return {
    caCertPath: path.join(dir, 'ca.pem'),
    caKeyPath: path.join(dir, 'ca.key'),
    servers: Object.fromEntries(Object.keys(servers).map((base) => [base, pair(dir, base)])),
    bad: {
      selfSigned: pair(dir, 'bad-self-signed'),
      expired: pair(dir, 'bad-expired'),
      wrongHost: pair(dir, 'bad-wrong-host'),
    },
  };
}
