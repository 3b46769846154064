import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The resume journal: one JSON line per appended message, in the data directory. Written as
 * answers arrive and fsync'd at most every quarter second (and on close), so a crash loses at
 * most the last moment's lines; those messages are then found by the destination index, which
 * is the truth — the journal only says which of several look-alike source messages went first.
 */

export interface JournalEntry {
  folder: string;
  uidValidity: string;
  uid: number;
  key: string;
  target: string;
  targetUid?: number;
  /** Gmail's X-GM-MSGID: the message's identity whichever label folder it was copied for. */
  msgId?: string;
  at: string;
}

export function journalPath(dataDir: string, sourceId: string, targetId: string): string {
  const id = crypto
    .createHash('sha256')
    .update(`${sourceId}\n${targetId}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(dataDir, 'copy-journals', `${id}.jsonl`);
}

export class Journal {
  #fd: number;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;

  private constructor(fd: number) {
    this.#fd = fd;
  }

  static open(file: string): Journal {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    return new Journal(fs.openSync(file, 'a', 0o600));
  }

  /** Everything recorded so far (a torn last line from a crash is ignored). */
  static read(file: string): JournalEntry[] {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        // torn write
      }
    }
    return entries;
  }

  record(entry: JournalEntry): void {
    fs.writeSync(this.#fd, `${JSON.stringify(entry)}\n`);
    this.#dirty = true;
    this.#timer ??= setTimeout(() => this.flush(), 250);
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#dirty) return;
    this.#dirty = false;
    fs.fsyncSync(this.#fd);
  }

  close(): void {
    this.flush();
    fs.closeSync(this.#fd);
  }
}

/**
 * Which source UIDs the journal holds, per folder generation (UIDVALIDITY) and target (All
 * Mail's messages may go to several folders): all a copy needs of it in memory. Entries
 * themselves are not kept (a hundred thousand of them were ~20 MB of the heap).
 */
export class JournaledUids {
  readonly #sets = new Map<string, Set<number>>();

  static of(entries: readonly JournalEntry[]): JournaledUids {
    const all = new JournaledUids();
    for (const e of entries) all.add(e.folder, e.uidValidity, e.target, e.uid);
    return all;
  }

  add(folder: string, uidValidity: string, target: string, uid: number): void {
    const key = `${folder}\n${uidValidity}\n${target}`;
    let set = this.#sets.get(key);
    if (!set) this.#sets.set(key, (set = new Set()));
    set.add(uid);
  }

  /** Source UIDs journaled for one folder generation, copied into `target`. */
  uids(folder: string, uidValidity: string, target: string): ReadonlySet<number> {
    return this.#sets.get(`${folder}\n${uidValidity}\n${target}`) ?? new Set();
  }
}
