// What makes Dovecot look like Gmail through the proxy. Commands: FETCH items X-GM-MSGID,
// X-GM-THRID and X-GM-LABELS become items Dovecot knows. Responses: X-GM-EXT-1 in every
// capability list; label keywords out of every flag list; X-GM-* items made from what came back.
//
// FETCH responses carry no tag, and Dovecot may run pipelined commands side by side, so a response
// must say by itself what its command asked for. The items asked for in place of X-GM-* do that:
//   X-GUID      ⇒ answer X-GM-MSGID (from the GUID: the same message has it in every folder)
//   X-REAL-UID  ⇒ answer X-GM-THRID too
//   X-MAILBOX   ⇒ answer X-GM-LABELS (from FLAGS)
//   X-SAVEDATE  ⇒ FLAGS was asked only for the labels: leave it out
// Clients of a Gmail account never ask for these Dovecot items themselves.

import crypto from 'node:crypto';
import { flagList, formatFetchResponse, parseFetchResponse } from './fetchItems';
import type { FetchItem } from './fetchItems';
import type { Segment } from './imapStream';
import { isLabelKeyword, starredLabel, systemLabelKeywords } from './labels';
import type { LabelTable } from './labels';
import { encodeModifiedUtf7 } from './modifiedUtf7';

/** Splits at spaces outside brackets, parentheses and quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '\\') current += text[(i += 1)] ?? '';
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '(') depth += 1;
    else if (c === ']' || c === ')') depth -= 1;
    else if (c === ' ' && depth === 0) {
      if (current !== '') parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (current !== '') parts.push(current);
  return parts;
}

const flagsAsked = /^(FLAGS|ALL|FAST|FULL)$/i;

/** The command line with X-GM-* items replaced, or undefined if it is no FETCH that asks for any. */
export function rewriteFetchCommand(line: string): string | undefined {
  const match = /^(\S+ (?:UID )?FETCH \S+ )(.*?)(\r?\n)$/i.exec(line);
  if (match === null) return undefined;
  const [, start = '', rest = '', end = ''] = match;
  const [first = '', ...modifiers] = splitTopLevel(rest);
  const listed = first.startsWith('(');
  const asked = listed ? splitTopLevel(first.slice(1, -1)) : [first];
  if (!asked.some((item) => /^X-GM-/i.test(item))) return undefined;
  const items: string[] = [];
  const add = (...names: string[]) => {
    for (const name of names) {
      if (!items.some((have) => have.toUpperCase() === name.toUpperCase())) items.push(name);
    }
  };
  for (const item of asked) {
    const upper = item.toUpperCase();
    if (upper === 'X-GM-MSGID') add('X-GUID');
    else if (upper === 'X-GM-THRID') add('X-GUID', 'X-REAL-UID');
    else if (upper === 'X-GM-LABELS') add('FLAGS', 'X-MAILBOX');
    else add(item);
  }
  if (asked.some((i) => /^X-GM-LABELS$/i.test(i)) && !asked.some((i) => flagsAsked.test(i))) {
    add('X-SAVEDATE');
  }
  return `${start}(${items.join(' ')})${modifiers.map((m) => ` ${m}`).join('')}${end}`;
}

/** A stable 64-bit id from Dovecot's message GUID, in Gmail's range (19 decimal digits). */
export function gmailMessageId(guid: string): string {
  const hash = crypto.createHash('sha256').update(guid.toLowerCase()).digest();
  const low60 = hash.readBigUInt64BE(0) >> 4n;
  return (1_000_000_000_000_000_000n + low60).toString();
}

function astring(name: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(name) ? name : `"${name.replace(/[\\"]/g, '\\$&')}"`;
}

const keywordToSystemLabel = new Map<string, string>(
  Object.entries(systemLabelKeywords).map(([label, keyword]) => [keyword, label]),
);

/** The X-GM-LABELS list of a message with these flags: system labels first, as Gmail. */
export function labelsOf(flags: readonly string[], table: LabelTable): string[] {
  const system: string[] = [];
  const user: string[] = [];
  for (const flag of flags) {
    const keyword = flag.toLowerCase();
    const systemLabel = keywordToSystemLabel.get(keyword);
    if (systemLabel !== undefined) system.push(systemLabel);
    else if (flag === '\\Flagged') system.push(starredLabel);
    else if (isLabelKeyword(flag)) user.push(table[keyword] ?? flag);
  }
  return [...system, ...user.sort()];
}

function formatLabels(labels: readonly string[]): string {
  return `(${labels.map((label) => astring(encodeModifiedUtf7(label))).join(' ')})`;
}

function visibleFlags(flags: readonly string[]): string {
  return `(${flags.filter((flag) => !isLabelKeyword(flag)).join(' ')})`;
}

function rewriteFetch(items: FetchItem[], table: () => LabelTable): FetchItem[] {
  const named = (name: string) => items.find((item) => item.name.toUpperCase() === name);
  const flags = named('FLAGS');
  const thread = named('X-REAL-UID') !== undefined;
  const labels = named('X-MAILBOX') !== undefined;
  const flagsOnlyForLabels = named('X-SAVEDATE') !== undefined;
  const out: FetchItem[] = [];
  for (const item of items) {
    const name = item.name.toUpperCase();
    if (name === 'FLAGS') {
      if (!flagsOnlyForLabels) out.push({ name: item.name, value: [visibleFlags(flagList(item.value))] }); // prettier-ignore
    } else if (name === 'X-GUID') {
      const id = gmailMessageId(flagList(item.value).join(''));
      out.push({ name: 'X-GM-MSGID', value: [id] });
      // Every message is a thread of its own here (no threading from References).
      if (thread) out.push({ name: 'X-GM-THRID', value: [id] });
    } else if (name === 'X-MAILBOX') {
      if (labels && flags !== undefined) {
        out.push({ name: 'X-GM-LABELS', value: [formatLabels(labelsOf(flagList(flags.value), table()))] }); // prettier-ignore
      }
    } else if (name !== 'X-REAL-UID' && name !== 'X-SAVEDATE') {
      out.push(item);
    }
  }
  return out;
}

function withGmailCapability(list: string): string {
  const caps = list
    .trim()
    .split(/\s+/)
    .filter((cap) => !/^(STARTTLS|LOGINDISABLED|X-GM-EXT-1)$/i.test(cap));
  return [...caps, 'X-GM-EXT-1'].join(' ');
}

function rewriteLine(line: string): string {
  return line
    .replace(/^(\* CAPABILITY )(.*?)(\r?\n)$/i, (_, a: string, caps: string, e: string) => `${a}${withGmailCapability(caps)}${e}`) // prettier-ignore
    .replace(/\[CAPABILITY ([^\]]*)\]/i, (_, caps: string) => `[CAPABILITY ${withGmailCapability(caps)}]`) // prettier-ignore
    .replace(/^(\* FLAGS )(\([^)]*\))/i, (_, a: string, list: string) => `${a}${visibleFlags(flagList([list]))}`) // prettier-ignore
    .replace(/\[PERMANENTFLAGS (\([^)]*\))\]/i, (_, list: string) => `[PERMANENTFLAGS ${visibleFlags(flagList([list]))}]`); // prettier-ignore
}

/** One whole server response, as the client of a Gmail account would get it. */
export function rewriteResponse(segments: Segment[], table: () => LabelTable): Segment[] {
  const fetch = parseFetchResponse(segments);
  if (fetch !== undefined) {
    return formatFetchResponse({ ...fetch, items: rewriteFetch(fetch.items, table) });
  }
  const [first] = segments;
  if (segments.length === 1 && typeof first === 'string') return [rewriteLine(first)];
  return segments;
}
