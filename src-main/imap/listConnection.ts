import type { ServerSettings } from '../contract';
import { folderInfo, specialUseOf } from './folderTree';
import type { FolderTree, ListedFolder } from './folderTree';
import { classifyImapError } from './imapErrors';
import { decodeModifiedUtf7 } from './modifiedUtf7';
import { RawImapConnection } from './rawConnection';
import type { RawConnectionOptions } from './rawConnection';
import { ReadOnlyViolation } from './session';
import type { Secret } from '../oauth';

/**
 * The folder tree with counts, in one round trip after login (NAMESPACE and LIST-STATUS written
 * together), without imapflow: what a re-run with nothing new needs to prove nothing changed.
 * It sends only NAMESPACE, LIST and LOGOUT after login, so it may face the old account.
 */

const allowed = /^(CAPABILITY|STARTTLS|AUTHENTICATE |NAMESPACE$|LIST |LOGOUT$)/;

export class ListConnection extends RawImapConnection {
  #lines: string[] = [];

  static async open(
    settings: ServerSettings,
    secret: Secret,
    options: RawConnectionOptions = {},
  ): Promise<ListConnection> {
    return RawImapConnection.connect(
      settings,
      secret,
      options,
      (socket) => new ListConnection(socket, options),
    );
  }

  protected override send(text: string): Promise<string> {
    if (!allowed.test(text)) return Promise.reject(new ReadOnlyViolation(text.split(' ')[0] ?? ''));
    return super.send(text);
  }

  protected override onUntagged = (line: string): void => {
    this.#lines.push(line);
  };

  /** Undefined when the server cannot list with counts (no LIST-STATUS): ask imapflow then. */
  async listTree(): Promise<FolderTree | undefined> {
    if (!this.capabilities.has('LIST-STATUS')) return undefined;
    const items = ['MESSAGES', 'UIDVALIDITY', 'UIDNEXT'];
    if (this.capabilities.has('CONDSTORE')) items.push('HIGHESTMODSEQ');
    this.#lines = [];
    const namespace = this.send('NAMESPACE');
    // With RETURN options servers may report only what was asked for: special use included.
    const extra = this.capabilities.has('SPECIAL-USE') ? ' SPECIAL-USE' : '';
    const list = this.send(`LIST "" "*" RETURN (STATUS (${items.join(' ')})${extra})`);
    namespace.catch(() => undefined);
    for (const line of [await namespace, await list]) {
      const status = /^\S+ (OK|NO|BAD) ?(.*)$/i.exec(line);
      if (status?.[1]?.toUpperCase() !== 'OK') {
        throw classifyImapError({ responseText: status?.[2] ?? line, responseStatus: status?.[1] });
      }
    }
    return parseListing(this.#lines);
  }
}

/** A mailbox name as the server wrote it: quoted string, atom, or (folded) literal. */
function readString(text: string): { value: string; rest: string } | undefined {
  if (text.startsWith('"')) {
    let value = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') value += text[++i] ?? '';
      else if (c === '"') return { value, rest: text.slice(i + 1) };
      else value += c;
    }
    return undefined;
  }
  const literal = /^\{(\d+)\+?\}/.exec(text);
  if (literal?.[1]) {
    const start = literal[0].length;
    const end = start + Number(literal[1]);
    return { value: text.slice(start, end), rest: text.slice(end) };
  }
  const atom = /^[^\s()]+/.exec(text);
  return atom ? { value: atom[0], rest: text.slice(atom[0].length) } : undefined;
}

/**
 * The FolderTree that imapflow would build from the same untagged responses, in the server's
 * order (imapflow sorts by special use; callers match folders by path).
 */
export function parseListing(lines: readonly string[]): FolderTree | undefined {
  let prefix = '';
  let nsDelimiter = '/';
  const boxes: ListedFolder[] = [];
  const statuses = new Map<string, Record<string, string>>();
  for (const line of lines) {
    const ns = /^\* NAMESPACE \(\((.*)$/i.exec(line);
    if (ns?.[1]) {
      const p = readString(ns[1]);
      const d = p ? readString(p.rest.trimStart()) : undefined;
      if (!p) return undefined;
      prefix = p.value;
      if (d && d.value.toUpperCase() !== 'NIL') nsDelimiter = d.value;
      continue;
    }
    const list = /^\* LIST \(([^)]*)\) (.*)$/i.exec(line);
    if (list) {
      const flags = (list[1] ?? '').split(/\s+/).filter(Boolean);
      const rest = list[2] ?? '';
      let delimiter = '';
      let after: string;
      if (/^NIL /i.test(rest)) after = rest.slice(4);
      else {
        const d = readString(rest);
        if (!d) return undefined;
        delimiter = d.value;
        after = d.rest.trimStart();
      }
      const name = readString(after);
      if (!name) return undefined;
      const path = /^INBOX$/i.test(name.value) ? 'INBOX' : decodeModifiedUtf7(name.value);
      const special = flags.map(specialUseOf).find((use) => use !== undefined);
      const box: ListedFolder = { path, delimiter, flags: new Set(flags) };
      if (special) {
        box.specialUse = special;
        box.specialUseSource = 'extension';
      }
      boxes.push(box);
      continue;
    }
    const status = /^\* STATUS (.*)$/i.exec(line);
    if (status?.[1]) {
      const name = readString(status[1]);
      const items = name ? /\(([^)]*)\)/.exec(name.rest)?.[1] : undefined;
      if (!name || items === undefined) return undefined;
      const path = /^INBOX$/i.test(name.value) ? 'INBOX' : decodeModifiedUtf7(name.value);
      const words = items.trim().split(/\s+/);
      const values: Record<string, string> = {};
      for (let i = 0; i + 1 < words.length; i += 2) {
        values[(words[i] ?? '').toUpperCase()] = words[i + 1] ?? '';
      }
      statuses.set(path, values);
    }
  }
  const namespace = { prefix, delimiter: nsDelimiter };
  return {
    namespace,
    folders: boxes.map((box) => {
      const s = statuses.get(box.path);
      if (s?.MESSAGES !== undefined && s.UIDNEXT !== undefined && s.UIDVALIDITY !== undefined) {
        box.status = {
          messages: Number(s.MESSAGES),
          uidNext: Number(s.UIDNEXT),
          uidValidity: BigInt(s.UIDVALIDITY),
        };
        if (s.HIGHESTMODSEQ !== undefined) box.status.highestModseq = BigInt(s.HIGHESTMODSEQ);
      }
      return folderInfo(box, namespace);
    }),
  };
}
