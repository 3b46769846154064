import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { bindIpc, invokeChannel } from '../../src-main/app/ipc';
import { startBridge, type BridgeServer } from '../../src-main/bridge';
import {
  serverMessageSchema,
  wireErrorSchema,
  type ErrorCode,
  type ResultEnvelope,
  type ServerMessage,
} from '../../src-main/contract';
import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';
import {
  prng,
  pollutionJson,
  deepValue,
  dispatchKinds,
  type Random,
  type FuzzCase,
} from './ipcFuzzCases';

// 1,000 deterministic malformed requests against each transport: the Electron IPC binding (with a
// stand-in ipcMain) and the loopback WebSocket bridge. Every one must come back as a
// SwitchoverError envelope (or, for a frame over the size limit, a protocol close), nothing may
// leak onto Object.prototype, and a valid call must still be answered afterwards.
// No generated request is ever valid, so no handler with side effects runs: each carries at least
// one violation its schema refuses (wrong type, unknown key, or a bad field).

const seed = 0x5117c4;
const caseCount = 1000;
const bridgeFrameLimit = 1024 * 1024; // bridgeServer's maxPayload

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
