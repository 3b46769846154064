// Seeding the old provider fast: one IMAP connection, MULTIAPPEND batches with LITERAL+ literals
// written back to back (no round trip per message), the corpus generated as it is sent. The
// seeded mail directory is then kept in test-results/bench/corpus-cache/, keyed by the corpus
// options and the code that makes them, and copied into the next run's fresh user instead.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import type { Endpoints } from '../mailstack';
import { repoRoot, stackLayout } from '../mailstack/layout';
import { corpusFolders, corpusMessages } from './corpus';
import type { CorpusOptions } from './corpus';

/** Per APPEND command: few enough to report a refusal near its message, many enough to stream. */
const batchMessages = 500;
const batchBytes = 32 * 1024 * 1024;
/** Line waits on a local server: a stuck one fails the seeding instead of hanging the bench. */
const answerTimeoutMs = 300_000;

export interface Seeded {
  messages: number;
  bytes: number;
  seconds: number;
  /** Restored from the cache (seconds is then the copy's time). */
  cached: boolean;
}

/** RFC 3501 modified UTF-7 for mailbox names (Café → Caf&AOk-). */
export function mutf7(name: string): string {
  return name.replace(/&|[^\x20-\x7e]+/g, (run) => {
    if (run === '&') return '&-';
    const utf16 = Buffer.from(run, 'utf16le').swap16();
    return `&${utf16.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
  });
}

function imapDate(d: Date): string {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${p(d.getUTCDate())}-${months[d.getUTCMonth()] ?? 'Jan'}-${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}

/** A bare IMAP connection: commands out, tagged answers back (the server sends no literals here). */
class RawImap {
  readonly socket: tls.TLSSocket;
  #buffer = '';
  #next = 1;
  readonly #waiting = new Map<
    string,
    { resolve: (l: string) => void; reject: (e: Error) => void }
  >();
  #greeting: ((line: string) => void) | undefined;

  constructor(endpoints: Endpoints) {
    const p = endpoints.providers.old;
    this.socket = tls.connect({
      host: p.host,
      port: p.imaps,
      servername: p.hostname,
      ca: fs.readFileSync(endpoints.caCertPath),
    });
    this.socket.on('data', (d: Buffer) => this.#read(d.toString('latin1')));
    this.socket.on('error', (e) => this.#failAll(e));
    this.socket.on('close', () => this.#failAll(new Error('seed: connection closed')));
  }

  greeting(): Promise<string> {
    return new Promise((resolve) => (this.#greeting = resolve));
  }

  #read(text: string): void {
    this.#buffer += text;
    let nl: number;
    while ((nl = this.#buffer.indexOf('\r\n')) >= 0) {
      const line = this.#buffer.slice(0, nl);
      this.#buffer = this.#buffer.slice(nl + 2);
      if (this.#greeting) {
        this.#greeting(line);
        this.#greeting = undefined;
        continue;
      }
      const tag = line.split(' ')[0] ?? '';
      const w = this.#waiting.get(tag);
      if (w === undefined) continue;
      this.#waiting.delete(tag);
      if (/^\S+ OK/i.test(line)) w.resolve(line);
      else w.reject(new Error(`seed: ${line}`));
    }
  }

  #failAll(error: Error): void {
    for (const w of this.#waiting.values()) w.reject(error);
    this.#waiting.clear();
  }

  /**
   * Writes `parts` as one command; resolves once written, with its answer to wait for (wrapped:
   * a promise resolving with a promise would wait for the answer too).
   */
  async send(parts: (string | Buffer)[]): Promise<{ answer: Promise<string> }> {
    const tag = `s${this.#next++}`;
    const answer = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`seed: no answer to ${tag}`)),
        answerTimeoutMs,
      );
      this.#waiting.set(tag, {
        resolve: (l) => (clearTimeout(timer), resolve(l)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
    answer.catch(() => undefined);
    for (const [i, part] of [`${tag} `, ...parts, '\r\n'].entries()) {
      // Back-pressure: generation never runs far ahead of what the server takes.
      if (!this.socket.write(part) && i > 0) await new Promise((r) => this.socket.once('drain', r));
    }
    return { answer };
  }
}

async function seedOverImap(
  endpoints: Endpoints,
  user: string,
  password: string,
  corpus: CorpusOptions,
): Promise<{ messages: number; bytes: number }> {
  const imap = new RawImap(endpoints);
  const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  try {
    const greeting = await imap.greeting();
    // Dovecot says so in its greeting; without it every literal would wait for a `+`.
    if (!/LITERAL\+/i.test(greeting)) throw new Error(`seed: no LITERAL+ in ${greeting}`);
    await (
      await imap.send([`LOGIN ${quoted(user)} ${quoted(password)}`])
    ).answer;
    const folders = (corpus.folders ?? corpusFolders).map(([f]) => f);
    const created = new Set<string>(['INBOX']);
    let messages = 0;
    let bytes = 0;
    const inFlight: Promise<string>[] = [];
    let batch: (string | Buffer)[] = [];
    let batchFolder = '';
    let batchCount = 0;
    let batchSize = 0;
    const flush = async () => {
      if (batchCount === 0) return;
      inFlight.push((await imap.send([`APPEND ${quoted(mutf7(batchFolder))}`, ...batch])).answer);
      batch = [];
      batchCount = 0;
      batchSize = 0;
      // Two commands in flight: the server stores one while the next is generated and sent.
      if (inFlight.length >= 2) await inFlight.shift();
    };
    for (const m of corpusMessages(corpus)) {
      if (m.folder !== batchFolder || batchCount >= batchMessages || batchSize >= batchBytes) {
        await flush();
        batchFolder = m.folder;
      }
      if (!created.has(m.folder)) {
        // Parents first: the corpus lists them before their children.
        const parents = folders.filter((f) => m.folder.startsWith(`${f}.`));
        for (const f of [...parents, m.folder]) {
          if (created.has(f)) continue;
          await Promise.all(inFlight.splice(0));
          await (
            await imap.send([`CREATE ${quoted(mutf7(f))}`])
          ).answer;
          created.add(f);
        }
      }
      batch.push(
        ` (${m.flags.join(' ')}) ${quoted(imapDate(m.internalDate))} {${m.raw.length}+}\r\n`,
        m.raw,
      );
      batchCount += 1;
      batchSize += m.raw.length;
      messages += 1;
      bytes += m.raw.length;
    }
    await flush();
    await Promise.all(inFlight);
    await (
      await imap.send(['LOGOUT'])
    ).answer;
    return { messages, bytes };
  } finally {
    imap.socket.destroy();
  }
}

function cacheKey(corpus: CorpusOptions): string {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const hash = crypto.createHash('sha256').update(JSON.stringify(corpus));
  for (const f of ['corpus.ts', 'seed.ts']) hash.update(fs.readFileSync(path.join(here, f)));
  hash.update(execFileSync('dovecot', ['--version'], { encoding: 'utf8' }));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Seeds `corpus` into the (fresh, never logged-in) old-provider user `local@domain`, from the
 * cache when an identical corpus was seeded before.
 */
export async function seedCorpus(options: {
  endpoints: Endpoints;
  local: string;
  domain: string;
  password: string;
  name: string;
  corpus: CorpusOptions;
  useCache: boolean;
}): Promise<Seeded> {
  const { endpoints, local, domain, corpus } = options;
  const layout = stackLayout(endpoints.dir).providers.old;
  const domainDir = path.join(layout.mailRoot, domain);
  const home = path.join(domainDir, local);
  const cacheDir = path.join(
    repoRoot,
    'test-results',
    'bench',
    'corpus-cache',
    `${options.name}-${cacheKey(corpus)}`,
  );
  const meta = path.join(cacheDir, 'meta.json');
  const started = performance.now();
  if (options.useCache && fs.existsSync(meta)) {
    const { messages, bytes } = JSON.parse(fs.readFileSync(meta, 'utf8')) as Seeded;
    if (!fs.existsSync(domainDir)) {
      fs.mkdirSync(domainDir, { recursive: true });
      // Dovecot creates the other users' homes here, as its own user.
      execFileSync('chown', ['--reference', layout.mailRoot, domainDir]);
    }
    // -a keeps Dovecot's ownership of every file (the bench runs as root, like the stack).
    execFileSync('cp', ['-a', path.join(cacheDir, 'home'), home]);
    return { messages, bytes, seconds: (performance.now() - started) / 1000, cached: true };
  }
  const { messages, bytes } = await seedOverImap(
    endpoints,
    `${local}@${domain}`,
    options.password,
    corpus,
  );
  const seconds = (performance.now() - started) / 1000;
  if (options.useCache && process.getuid?.() === 0) {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true });
    execFileSync('cp', ['-a', home, path.join(cacheDir, 'home')]);
    // Written last: a cache without it is an interrupted copy and is seeded again.
    fs.writeFileSync(meta, JSON.stringify({ messages, bytes }));
  }
  return { messages, bytes, seconds, cached: false };
}
