import fs from 'node:fs';
import path from 'node:path';

/** A login whose password must never be written down anywhere but the keychain. */
export interface Login {
  user: string;
  password: string;
}

/** One byte pattern to look for, and what it stands for (never the secret itself). */
export interface Needle {
  label: string;
  bytes: Buffer;
}

export interface ScanResult {
  files: number;
  bytes: number;
  /** "where: what" for every needle found; empty when clean. */
  hits: string[];
}

/**
 * The forms a password takes when it leaks: itself (UTF-8), hex, base64 at each of the three
 * alignments it can have inside a longer base64 text (the whole groups of password.slice(k) for
 * k = 0, 1, 2), and SASL PLAIN's base64 of `\0user\0password`.
 */
export function needlesFor(logins: readonly Login[]): Needle[] {
  const needles: Needle[] = [];
  logins.forEach(({ user, password }, index) => {
    const name = `password ${index + 1}`;
    const plain = Buffer.from(password, 'utf8');
    needles.push({ label: `${name} (UTF-8)`, bytes: plain });
    needles.push({ label: `${name} (hex)`, bytes: Buffer.from(plain.toString('hex')) });
    for (let k = 0; k < 3; k += 1) {
      const rest = plain.subarray(k);
      const whole = Math.floor(rest.length / 3) * 4;
      // Too short to say anything: a few base64 characters turn up anywhere.
      if (whole < 12) continue;
      needles.push({
        label: `${name} (base64, offset ${k})`,
        bytes: Buffer.from(rest.toString('base64').slice(0, whole)),
      });
    }
    const saslPlain = Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64');
    needles.push({ label: `${name} (AUTH PLAIN)`, bytes: Buffer.from(saslPlain) });
  });
  return needles;
}

function hitsIn(where: string, data: Buffer, needles: readonly Needle[]): string[] {
  return needles
    .filter((needle) => data.includes(needle.bytes))
    .map((needle) => `${where}: ${needle.label}`);
}

/** Every regular file under `dir`, binary or not, read whole and searched as raw bytes. */
export function scanFolder(dir: string, needles: readonly Needle[]): ScanResult {
  const result: ScanResult = { files: 0, bytes: 0, hits: [] };
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const data = fs.readFileSync(full);
        result.files += 1;
        result.bytes += data.length;
        result.hits.push(...hitsIn(path.relative(dir, full), data, needles));
      } else if (entry.isSymbolicLink()) {
        // A link could point at the secret elsewhere: its target's path is what it holds here.
        result.hits.push(...hitsIn(full, Buffer.from(fs.readlinkSync(full)), needles));
      }
    }
  };
  walk(dir);
  return result;
}

/** One text (a log, a page's storage dump) searched the same way. */
export function scanText(where: string, text: string, needles: readonly Needle[]): ScanResult {
  const data = Buffer.from(text, 'utf8');
  return { files: 1, bytes: data.length, hits: hitsIn(where, data, needles) };
}

/** The folder's files as "relative/path (bytes)", for the test's printed figures. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return `${path.relative(dir, full)} (${fs.statSync(full).size})`;
    });
}

/**
 * The forms an OAuth2 token takes when it leaks: itself, and the base64 of the XOAUTH2 and
 * OAUTHBEARER initial responses that carry it.
 */
export function needlesForTokens(tokens: readonly { user: string; token: string }[]): Needle[] {
  return tokens.flatMap(({ user, token }, index) => {
    const name = `token ${index + 1}`;
    const xoauth2 = `user=${user}\x01auth=Bearer ${token}\x01\x01`;
    const oauthbearer = `n,a=${user},\x01auth=Bearer ${token}\x01\x01`;
    return [
      { label: `${name} (as is)`, bytes: Buffer.from(token) },
      { label: `${name} (XOAUTH2)`, bytes: Buffer.from(Buffer.from(xoauth2).toString('base64')) },
      {
        label: `${name} (OAUTHBEARER)`,
        bytes: Buffer.from(Buffer.from(oauthbearer).toString('base64')),
      },
    ];
  });
}
