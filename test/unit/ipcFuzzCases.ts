// The malformed requests of the IPC fuzz test: a seeded generator (the same cases on every
// machine) and the kinds of violation both transports must refuse.

import { calls, type ErrorCode } from '../../src-main/contract';

/** mulberry32: small, fast and the same on every machine. */
export function prng(start: number) {
  let state = start >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const text = (length: number) =>
    Array.from({ length }, () => String.fromCharCode(int(0x20, 0x7e))).join('');
  return { next, int, pick, text };
}
export type Random = ReturnType<typeof prng>;

const callNames = Object.keys(calls);
/** Calls without side effects: only these get otherwise-valid fields beside the bad part. */
const harmlessValid: Record<string, Record<string, unknown>> = {
  'app.info': {},
  'app.setLanguage': { language: 'en' },
  'accounts.list': {},
  'kit.current': {},
};
export const pollutionJson = [
  '"__proto__":{"polluted":"yes","isAdmin":true}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
  '"__proto__":{"__proto__":{"polluted":"yes"}}',
  '"__defineGetter__":"polluted"',
  '"hasOwnProperty":"polluted"',
];
const specialNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineSetter__',
  'app.info ',
  ' app.info',
  'APP.INFO',
  'app.info\u0000',
  'app..info',
  'app',
  '',
  'app.info/../kit.open',
  'constructor.prototype',
  '__proto__.polluted',
];

export function deepValue(random: Random): unknown {
  const depth = random.int(200, 3000);
  const asArray = random.next() < 0.5;
  let value: unknown = random.pick([1, 'x', null, true]);
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

function hugeString(random: Random): string {
  // Mostly moderate, sometimes near the bridge's frame limit.
  // Near-limit strings are ASCII so that their bytes stay under the bridge's frame limit.
  if (random.next() < 0.1) return 'x'.repeat(random.int(300_000, 900_000));
  const length = random.int(10_000, 80_000);
  return random.pick(['x', '\u00e9', '\ud83d\udce7', '%00']).repeat(length).slice(0, length);
}

/** Values that are never a contract input (all are refused by an object schema). */
function wrongType(random: Random): unknown {
  return random.pick<() => unknown>([
    () => random.int(-1e9, 1e9),
    () => random.next() * 1e308,
    () => Number.NaN,
    () => random.text(random.int(0, 40)),
    () => null,
    () => random.next() < 0.5,
    () => [],
    () => [random.int(0, 9), random.text(3)],
    () => hugeString(random),
  ])();
}

/** An object that breaks the schema: unknown, wrongly typed or oversized fields. */
function badObject(random: Random, call: string): Record<string, unknown> {
  const base = { ...harmlessValid[call] };
  return random.pick<() => Record<string, unknown>>([
    () => ({ ...base, [random.text(random.int(1, 12))]: wrongType(random) }),
    () => ({ ...base, [`x${random.text(random.int(0, 8))}`]: hugeString(random) }),
    () => ({ ...base, a: deepValue(random) }),
    () => ({ language: random.pick([7, null, {}, [], 'xx', hugeString(random)]) }),
    () => ({ role: random.pick(['both', 'OLD', '', 3, null]), email: random.text(10) }),
    () => ({ text: random.pick([7, null, '', 'k'.repeat(65_537 + random.int(0, 100_000))]) }),
    () => ({ ...base, password: random.text(8), zzz: 1 }),
  ])();
}

/** Parses with JSON so that `__proto__` becomes an own key, as it would arrive from a page. */
function pollutedObject(random: Random, call: string): Record<string, unknown> {
  const base = JSON.stringify(harmlessValid[call] ?? {}).slice(1, -1);
  const extra = random.pick(pollutionJson);
  return JSON.parse(`{${base}${base ? ',' : ''}${extra}}`) as Record<string, unknown>;
}

export interface FuzzCase {
  kind: string;
  name: unknown;
  input: unknown;
  expected: ErrorCode;
}

const unknownNameCase = (random: Random): FuzzCase => ({
  kind: 'unknown call name',
  name: random.pick<() => string>([
    () => random.pick(specialNames),
    () => random.text(random.int(1, 60)),
    () => `${random.pick(callNames)}${random.text(1)}`,
    () => hugeString(random),
  ])(),
  input: random.pick([{}, undefined, null, { language: 'en' }]),
  expected: 'ipc.unknown-call',
});

/** The kinds both transports share: what reaches the dispatcher. */
export const dispatchKinds: ((random: Random) => FuzzCase)[] = [
  unknownNameCase,
  (random) => {
    const name = random.pick(callNames);
    return {
      kind: 'wrong input type',
      name,
      input: wrongType(random),
      expected: 'ipc.invalid-input',
    };
  },
  (random) => {
    const name = random.pick([...Object.keys(harmlessValid), ...callNames]);
    const input = pollutedObject(random, name);
    return { kind: 'prototype-pollution keys', name, input, expected: 'ipc.invalid-input' };
  },
  (random) => {
    const name = random.pick(callNames);
    const input = badObject(random, name);
    return { kind: 'bad or oversized fields', name, input, expected: 'ipc.invalid-input' };
  },
  (random) => {
    const name = random.pick(callNames);
    return { kind: 'deep nesting', name, input: deepValue(random), expected: 'ipc.invalid-input' };
  },
];
