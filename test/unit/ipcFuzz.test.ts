import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { bindIpc, invokeChannel } from '../../src-main/app/ipc';
import { startBridge, type BridgeServer } from '../../src-main/bridge';
import {
  calls,
  serverMessageSchema,
  wireErrorSchema,
  type ErrorCode,
  type ResultEnvelope,
  type ServerMessage,
} from '../../src-main/contract';
import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';

// 1,000 deterministic malformed requests against each transport: the Electron IPC binding (with a
// stand-in ipcMain) and the loopback WebSocket bridge. Every one must come back as a
// SwitchoverError envelope (or, for a frame over the size limit, a protocol close), nothing may
// leak onto Object.prototype, and a valid call must still be answered afterwards.
// No generated request is ever valid, so no handler with side effects runs: each carries at least
// one violation its schema refuses (wrong type, unknown key, or a bad field).

const seed = 0x5117c4;
const caseCount = 1000;
const bridgeFrameLimit = 1024 * 1024; // bridgeServer's maxPayload

/** mulberry32: small, fast and the same on every machine. */
function prng(start: number) {
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
type Random = ReturnType<typeof prng>;

const callNames = Object.keys(calls);
/** Calls without side effects: only these get otherwise-valid fields beside the bad part. */
const harmlessValid: Record<string, Record<string, unknown>> = {
  'app.info': {},
  'app.setLanguage': { language: 'en' },
  'accounts.list': {},
  'kit.current': {},
};
const pollutionJson = [
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

function deepValue(random: Random): unknown {
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

interface FuzzCase {
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
const dispatchKinds: ((random: Random) => FuzzCase)[] = [
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

const snapshotPrototype = () => Object.getOwnPropertyNames(Object.prototype).sort();
const prototypeBefore = snapshotPrototype();

function expectPrototypeClean(): void {
  expect(snapshotPrototype()).toEqual(prototypeBefore);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.prototype.hasOwnProperty).toBe(Object.hasOwnProperty);
}

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function backend() {
  return createBackend({
    name: 'Switchover',
    version: '0.0.1',
    platform: 'linux',
    runtime: 'electron',
    systemLocale: 'en-US',
    settings: createSettingsStore({ store: {} }),
  });
}

// Electron's types are reached through bindIpc's own signature: tests never import electron.
type StandInIpcMain = Parameters<typeof bindIpc>[0];
type IpcMainInvokeEvent = Parameters<Parameters<StandInIpcMain['handle']>[1]>[0];
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function senderEvent(
  url: string | null,
  options: { subframe?: boolean; destroyed?: boolean } = {},
) {
  const frame =
    url === null
      ? null
      : {
          url,
          parent: options.subframe ? {} : null,
          isDestroyed: () => options.destroyed ?? false,
        };
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('IPC fuzz: the Electron binding (ipc.ts with a stand-in ipcMain)', () => {
  it(`rejects ${caseCount} malformed invocations with a SwitchoverError and keeps answering`, async () => {
    const handlers = new Map<string, Handler>();
    const ipcMain = {
      handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
      removeHandler: (channel: string) => void handlers.delete(channel),
    } as unknown as StandInIpcMain;
    bindIpc(ipcMain, backend().dispatcher);
    const handler = handlers.get(invokeChannel);
    if (!handler) throw new Error('bindIpc registered nothing');
    const trusted = senderEvent('app://switchover/index.html');
    const random = prng(seed);

    const kinds: ((random: Random) => FuzzCase & { event?: IpcMainInvokeEvent })[] = [
      ...dispatchKinds,
      (r) => ({
        kind: 'non-string call name',
        name: r.pick<unknown>([
          undefined,
          null,
          r.int(-5, 5),
          true,
          {},
          ['app.info'],
          { toString: 'app.info' },
          new Uint8Array([97, 112, 112]),
          BigInt(r.int(0, 1e6)),
          JSON.parse('{"__proto__":{"polluted":"yes"}}'),
        ]),
        input: {},
        expected: 'ipc.unknown-call',
      }),
      (r) => ({
        kind: 'untrusted sender',
        name: 'app.info',
        input: {},
        event: r.pick([
          senderEvent(`https://${r.text(6).replace(/\W/g, 'a')}.example/`),
          senderEvent('file:///etc/passwd'),
          senderEvent('app://switchover/index.html', { subframe: true }),
          senderEvent('app://switchover/index.html', { destroyed: true }),
          senderEvent('app://evil/index.html'),
          senderEvent('http://127.0.0.1:1/'),
          senderEvent(null),
          senderEvent(''),
        ]),
        expected: 'ipc.forbidden-sender',
      }),
    ];

    const byKind = new Map<string, number>();
    const byCode = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < caseCount; i += 1) {
      const generate = kinds[i % kinds.length];
      if (!generate) throw new Error('no generator');
      const fuzz = generate(random);
      // Extra arguments, as a hostile page could pass, are ignored.
      const result = (await handler(fuzz.event ?? trusted, fuzz.name, fuzz.input, 'extra')) as
        ResultEnvelope | undefined;
      if (!result || result.ok) {
        throw new Error(`case ${i} (${fuzz.kind}) was not rejected: ${JSON.stringify(result)}`);
      }
      expect(wireErrorSchema.safeParse(result.error).success).toBe(true);
      expect({ i, kind: fuzz.kind, code: result.error.code }).toEqual({
        i,
        kind: fuzz.kind,
        code: fuzz.expected,
      });
      tally(byKind, fuzz.kind);
      tally(byCode, result.error.code);
    }
    expectPrototypeClean();
    const after = (await handler(trusted, 'app.info', {})) as ResultEnvelope;
    expect(after).toMatchObject({ ok: true, value: { name: 'Switchover', runtime: 'electron' } });

    console.log(
      `IPC fuzz: ${caseCount} malformed invocations, ${caseCount} rejected as SwitchoverError in ` +
        `${Date.now() - started} ms; by kind ${JSON.stringify(Object.fromEntries(byKind))}; ` +
        `by code ${JSON.stringify(Object.fromEntries(byCode))}; app.info answered afterwards.`,
    );
    expect([...byCode.values()].reduce((a, b) => a + b, 0)).toBe(caseCount);
  }, 60_000);
});

describe('IPC fuzz: the loopback bridge (WebSocket)', () => {
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-fuzz-'));
  let bridge: BridgeServer;

  beforeAll(async () => {
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    bridge = await startBridge({ ...backend(), rendererDir });
  });

  afterAll(async () => {
    await bridge.close();
    fs.rmSync(rendererDir, { recursive: true, force: true });
  });

  function connect() {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/bridge?token=${bridge.token}`, {
      origin: bridge.origin,
    });
    const messages: ServerMessage[] = [];
    ws.on('message', (data) => {
      messages.push(serverMessageSchema.parse(JSON.parse(String(data))));
    });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    const opened = new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const waitFor = async (count: number, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${messages.length}/${count} replies`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    return { ws, messages, closed, opened, waitFor };
  }

  interface Frame {
    kind: string;
    data: string | Buffer;
    binary: boolean;
    /** A call id when the envelope is well formed; null when the server cannot read it. */
    id: number | null;
    expected: ErrorCode | 'close-1009';
  }

  function frames(): Frame[] {
    const random = prng(seed ^ 0xb41d6e);
    const envelope = (id: number, fuzz: FuzzCase): Frame => {
      const data = JSON.stringify({ id, call: fuzz.name, input: fuzz.input ?? null });
      // A call name the envelope itself refuses (over 200 characters) is unreadable as a whole.
      const readable = typeof fuzz.name === 'string' && fuzz.name.length <= 200;
      return readable
        ? { kind: fuzz.kind, data, binary: false, id, expected: fuzz.expected }
        : { kind: fuzz.kind, data, binary: false, id: null, expected: 'ipc.invalid-message' };
    };
    const unreadable = (kind: string, data: string | Buffer, binary = false): Frame => ({
      kind,
      data,
      binary,
      id: null,
      expected: 'ipc.invalid-message',
    });
    const kinds: ((id: number) => Frame)[] = [
      ...dispatchKinds.map((kind) => (id: number) => envelope(id, kind(random))),
      () =>
        unreadable(
          'non-JSON text',
          random.pick<() => string>([
            () => random.text(random.int(1, 200)),
            () =>
              JSON.stringify({ id: 1, call: 'app.info', input: {} }).slice(0, random.int(1, 30)),
            () => random.pick(['null', '1', '"app.info"', '[]', 'true', '{}', '']),
            () => `\ufeff${JSON.stringify({ id: 1, call: 'app.info' })}`,
            () => '['.repeat(random.int(1000, 50_000)),
          ])(),
        ),
      (id) =>
        unreadable(
          'malformed envelope',
          random.pick<() => string>([
            () => JSON.stringify({ call: 'app.info', input: {} }),
            () => JSON.stringify({ id: -id - 1, call: 'app.info', input: {} }),
            () => JSON.stringify({ id: id + 0.5, call: 'app.info', input: {} }),
            () => JSON.stringify({ id: String(id), call: 'app.info', input: {} }),
            () => JSON.stringify({ id: 2 ** 60, call: 'app.info', input: {} }),
            () => JSON.stringify({ id, call: random.int(0, 9), input: {} }),
            () => JSON.stringify({ id, call: { name: 'app.info' }, input: {} }),
            () => JSON.stringify({ id, call: `app.info${'x'.repeat(300)}`, input: {} }),
            () => JSON.stringify({ id, call: 'app.info', input: {}, extra: 1 }),
            () => `{"id":${id},"call":"app.info","input":{},${random.pick(pollutionJson)}}`,
            () => JSON.stringify([id, 'app.info', {}]),
            () => JSON.stringify({ id, call: ['app.info'], input: deepValue(random) }),
          ])(),
        ),
      (id) =>
        unreadable(
          'binary frame',
          random.pick<() => Buffer>([
            () =>
              Buffer.from(Array.from({ length: random.int(1, 4096) }, () => random.int(0, 255))),
            () => Buffer.from(JSON.stringify({ id, call: 'app.info', input: {} })),
            () => Buffer.alloc(0),
          ])(),
          true,
        ),
    ];
    return Array.from({ length: caseCount }, (_, i) => {
      // A few frames over the limit: the server must close the socket (1009), not crash.
      if (i % 100 === 99) {
        const binary = random.next() < 0.5;
        const size = bridgeFrameLimit + random.int(1, 200_000);
        return {
          kind: 'oversized frame',
          data: binary ? Buffer.alloc(size, 7) : 'x'.repeat(size),
          binary,
          id: null,
          expected: 'close-1009' as const,
        };
      }
      const generate = kinds[i % kinds.length];
      if (!generate) throw new Error('no generator');
      return generate(i);
    });
  }

  it(`rejects ${caseCount} malformed frames and keeps answering`, async () => {
    const all = frames();
    const started = Date.now();
    const byKind = new Map<string, number>();
    const byCode = new Map<string, number>();
    let client = connect();
    await client.opened;
    let batch: Frame[] = [];

    // Sends the queued frames on one socket and checks every reply against what was expected.
    const flush = async () => {
      for (const frame of batch) client.ws.send(frame.data, { binary: frame.binary });
      await client.waitFor(batch.length);
      const byId = new Map<number | null, ServerMessage[]>();
      for (const message of client.messages) {
        if (!('id' in message)) continue; // events (none expected) are not replies
        byId.set(message.id, [...(byId.get(message.id) ?? []), message]);
      }
      const unreadable = batch.filter((frame) => frame.id === null);
      const nullReplies = byId.get(null) ?? [];
      expect(nullReplies).toHaveLength(unreadable.length);
      for (const reply of nullReplies) {
        expect(reply).toMatchObject({ ok: false, error: { code: 'ipc.invalid-message' } });
      }
      for (const frame of batch) {
        if (frame.id === null) continue;
        const replies = byId.get(frame.id) ?? [];
        expect(replies).toHaveLength(1);
        const reply = replies[0];
        if (!reply || !('ok' in reply) || reply.ok) {
          throw new Error(
            `frame ${frame.id} (${frame.kind}) not rejected: ${JSON.stringify(reply)}`,
          );
        }
        expect({ id: frame.id, kind: frame.kind, code: reply.error.code }).toEqual({
          id: frame.id,
          kind: frame.kind,
          code: frame.expected,
        });
      }
      for (const frame of batch) {
        tally(byKind, frame.kind);
        tally(byCode, frame.expected);
      }
      client.messages.length = 0;
      batch = [];
    };

    for (const frame of all) {
      if (frame.expected !== 'close-1009') {
        batch.push(frame);
        continue;
      }
      await flush();
      client.ws.send(frame.data, { binary: frame.binary });
      expect(await client.closed).toBe(1009);
      expect(client.messages).toEqual([]);
      tally(byKind, frame.kind);
      tally(byCode, 'close-1009');
      client = connect();
      await client.opened;
    }
    await flush();
    expectPrototypeClean();

    client.ws.send(JSON.stringify({ id: 424242, call: 'app.info', input: {} }));
    await client.waitFor(1);
    expect(client.messages[0]).toMatchObject({
      id: 424242,
      ok: true,
      value: { name: 'Switchover' },
    });
    client.ws.close();

    console.log(
      `Bridge fuzz: ${all.length} malformed frames; rejected ${JSON.stringify(Object.fromEntries(byCode))} ` +
        `in ${Date.now() - started} ms; by kind ${JSON.stringify(Object.fromEntries(byKind))}; ` +
        `app.info answered afterwards.`,
    );
    expect([...byCode.values()].reduce((a, b) => a + b, 0)).toBe(caseCount);
  }, 60_000);
});
