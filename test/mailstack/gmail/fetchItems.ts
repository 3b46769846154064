// Reading a FETCH response's attribute list ("* 5 FETCH (UID 7 FLAGS (\Seen) BODY[] {120}…)") into
// name/value pairs, literals included, so the proxy can drop, rename or add items and write the
// rest back byte for byte.

import type { Segment } from './imapStream';

export interface FetchItem {
  /** As sent, e.g. "UID", "BODY[HEADER.FIELDS (MESSAGE-ID)]", "BODY[]<0>". */
  name: string;
  value: Segment[];
}

export interface FetchResponse {
  /** "* 5 FETCH (" */
  head: string;
  items: FetchItem[];
  /** ")\r\n" */
  tail: string;
}

class Cursor {
  #segment = 0;
  #offset = 0;

  constructor(readonly segments: readonly Segment[]) {}

  /** The next char of text, or undefined at a literal or the end. */
  peek(): string | undefined {
    const s = this.segments[this.#segment];
    if (typeof s !== 'string') return undefined;
    if (this.#offset >= s.length) {
      const next = this.segments[this.#segment + 1];
      if (typeof next !== 'string') return undefined;
      this.#segment += 1;
      this.#offset = 0;
      return this.peek();
    }
    return s[this.#offset];
  }

  next(): string {
    const c = this.peek();
    if (c === undefined) throw new Error('FETCH response: text expected');
    this.#offset += 1;
    return c;
  }

  /** The literal's bytes, after its "{n}\r\n" was read. */
  literal(): Buffer {
    const s = this.segments[this.#segment];
    if (typeof s !== 'string' || this.#offset !== s.length) {
      throw new Error('FETCH response: literal expected at a line end');
    }
    const data = this.segments[this.#segment + 1];
    if (!Buffer.isBuffer(data)) throw new Error('FETCH response: literal missing');
    this.#segment += 2;
    this.#offset = 0;
    return data;
  }

  rest(): string {
    const s = this.segments[this.#segment];
    const tail = typeof s === 'string' ? s.slice(this.#offset) : '';
    if (this.#segment < this.segments.length - 1 && tail.length === 0) {
      throw new Error('FETCH response: unread data after the item list');
    }
    return tail;
  }
}

function readQuoted(cursor: Cursor): string {
  let text = cursor.next();
  for (let c = cursor.next(); ; c = cursor.next()) {
    text += c;
    if (c === '\\') text += cursor.next();
    else if (c === '"') return text;
  }
}

/** A value: atom, number, NIL, quoted string, literal, or a parenthesised list of those. */
function readValue(cursor: Cursor): Segment[] {
  const c = cursor.peek();
  if (c === '"') return [readQuoted(cursor)];
  if (c === '(') {
    const parts: Segment[] = [cursor.next()];
    for (let d = cursor.peek(); d !== ')'; d = cursor.peek()) {
      if (d === ' ') parts.push(cursor.next());
      else parts.push(...readValue(cursor));
    }
    parts.push(cursor.next());
    return parts;
  }
  if (c === '{' || c === '~') {
    let head = '';
    for (let d = cursor.next(); ; d = cursor.next()) {
      head += d;
      if (d === '\n') break;
    }
    return [head, cursor.literal()];
  }
  let atom = '';
  for (let d = cursor.peek(); d !== undefined && d !== ' ' && d !== ')'; d = cursor.peek()) {
    atom += cursor.next();
  }
  if (atom === '') throw new Error('FETCH response: value expected');
  return [atom];
}

/** An item name: up to a space outside brackets (BODY[HEADER.FIELDS (A B)]<0>). */
function readName(cursor: Cursor): string {
  let name = '';
  let depth = 0;
  for (let c = cursor.peek(); c !== undefined && (depth > 0 || c !== ' '); c = cursor.peek()) {
    if (c === '[') depth += 1;
    if (c === ']') depth -= 1;
    name += cursor.next();
  }
  return name;
}

/** The parsed response, or undefined if `segments` is not an untagged FETCH. */
export function parseFetchResponse(segments: readonly Segment[]): FetchResponse | undefined {
  const first = segments[0];
  const head = typeof first === 'string' ? /^\* \d+ FETCH \(/i.exec(first)?.[0] : undefined;
  if (head === undefined) return undefined;
  const cursor = new Cursor(segments);
  for (let i = 0; i < head.length; i += 1) cursor.next();
  const items: FetchItem[] = [];
  for (let c = cursor.peek(); c !== ')'; c = cursor.peek()) {
    if (c === ' ') {
      cursor.next();
      continue;
    }
    const name = readName(cursor);
    if (cursor.next() !== ' ') throw new Error(`FETCH response: no value after ${name}`);
    items.push({ name, value: readValue(cursor) });
  }
  return { head, items, tail: cursor.rest() };
}

export function formatFetchResponse(response: FetchResponse): Segment[] {
  const out: Segment[] = [response.head];
  response.items.forEach((item, i) => {
    out.push(`${i > 0 ? ' ' : ''}${item.name} `, ...item.value);
  });
  out.push(response.tail);
  return out;
}

/** The atoms of a flag list value "(\Seen $Label1)". */
export function flagList(value: readonly Segment[]): string[] {
  const text = value.filter((v): v is string => typeof v === 'string').join('');
  return text
    .replace(/^\(|\)$/g, '')
    .split(' ')
    .filter((flag) => flag !== '');
}
