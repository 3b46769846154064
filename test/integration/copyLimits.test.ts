import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import { useMailStack } from '../mailstack/forTests';
import { limitedDomains } from '../mailstack/dovecot';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot } from './copyFixtures';

const stack = useMailStack();
const password = 'limits test password';
const id = run();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-limits-'));
const oldLocal = `limits-${id}`;

describe('limits on the new side are reported, not fatal', () => {
  let before: MailboxSnapshot;
  const source = () => endpointOf(stack().endpoints, 'old', `${oldLocal}@old.test`, password);

  beforeAll(async () => {
    await stack().createUser('old', oldLocal, 'old.test', password);
    const messages = Array.from({ length: 8 }, (_, i) => ({
      raw: makeMessage({ seed: `limit-${i}-${id}`, bodyBytes: i === 2 ? 300 * 1024 : 200 * 1024 }),
      flags: [],
      internalDate: new Date(Date.UTC(2021, 0, i + 1)),
    }));
    await stack().seedMessages('old', `${oldLocal}@old.test`, 'INBOX', messages);
    before = await snapshotMailbox(source(), caOf(stack().endpoints));
  });

  afterAll(async () => {
    expect(await snapshotMailbox(source(), caOf(stack().endpoints))).toEqual(before);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('skips a message over APPENDLIMIT with message.too-big and copies the rest', async () => {
    const [local, domain] = [`small-${id}`, limitedDomains.quotaSmall];
    await stack().createUser('new', local, domain, password);
    const target = endpointOf(stack().endpoints, 'new', `${local}@${domain}`, password);
    const report = await startCopy({
      source: source(),
      target,
      ca: caOf(stack().endpoints),
      dataDir,
    }).done;
    expect(report.copied).toBe(7);
    expect(report.skipped).toBe(1);
    const skipped = report.folders[0]?.skipped[0];
    expect(skipped?.reason).toBe('message.too-big');
    expect(skipped?.size).toBeGreaterThan(256 * 1024);
    expect(report.status).toBe('complete');
  });

  it('stops cleanly at quota.exceeded, lists what is left, and stays resumable', async () => {
    const [local, domain] = [`full-${id}`, limitedDomains.quotaFull];
    await stack().createUser('new', local, domain, password);
    const target = endpointOf(stack().endpoints, 'new', `${local}@${domain}`, password);
    const options = {
      source: source(),
      target,
      ca: caOf(stack().endpoints),
      dataDir,
      targetConnections: 1,
    };
    const first = await startCopy(options).done;
    expect(first.status).toBe('stopped');
    expect(first.stopReason?.code).toBe('quota.exceeded');
    expect(first.verified).toBe(false);
    expect(first.copied).toBeGreaterThan(0);
    expect(first.copied + first.failed).toBe(8);
    expect(first.folders[0]?.failed.every((f) => f.reason === 'quota.exceeded')).toBe(true);
    const second = await startCopy(options).done;
    expect(second.stopReason?.code).toBe('quota.exceeded');
    expect(second.copied).toBe(0);
    expect(second.alreadyThere).toBe(first.copied);
    const snap = await snapshotMailbox(target, caOf(stack().endpoints));
    expect(snap.INBOX?.messages.length).toBe(first.copied);
  });
});
