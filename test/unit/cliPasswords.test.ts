// Where `switchover copy|verify|backup|send-test|confirm` get a password: the environment, else
// the keychain (under the name the desktop app saves it), else a hidden prompt on a terminal;
// with none of these, auth.password-missing.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cliPassword, type PromptInput } from '../../src-main/cli/passwordSources';
import { SwitchoverError } from '../../src-main/errors';
import { sessionStore, vaultAccount, type SecretStore } from '../../src-main/vault';

/** A terminal stdin: emits what the test "types", remembers raw mode and pause. */
class FakeTty extends EventEmitter implements PromptInput {
  constructor(readonly isTTY = true) {
    super();
  }
  isRaw = false;
  rawModes: boolean[] = [];
  paused = true;
  setRawMode(mode: boolean) {
    this.isRaw = mode;
    this.rawModes.push(mode);
    return this;
  }
  resume() {
    this.paused = false;
    return this;
  }
  pause() {
    this.paused = true;
    return this;
  }
  type(text: string) {
    this.emit('data', Buffer.from(text, 'utf8'));
  }
}

class FakeOutput {
  text = '';
  write(text: string) {
    this.text += text;
    return true;
  }
}

const request = {
  variables: ['SWITCHOVER_FROM_PASSWORD'],
  username: 'alice@old.test',
  host: 'IMAP.old.test',
};

const neverExit = (code: number): never => {
  throw new Error(`exit ${code}`);
};

/** A keychain holding one password under the app's name for the login; counts its opens. */
async function keychainWith(secret: string | null) {
  const store = sessionStore();
  if (secret !== null) await store.store(vaultAccount('alice@old.test', 'imap.old.test'), secret);
  const opened = { count: 0 };
  const keychain = async (): Promise<SecretStore> => {
    opened.count++;
    return store;
  };
  return { keychain, opened };
}

/** Lets the prompt attach its listener (it starts after the keychain lookup, a few ticks in). */
async function untilListening(tty: FakeTty) {
  const deadline = Date.now() + 2000;
  while (tty.listenerCount('data') === 0) {
    if (Date.now() > deadline) throw new Error('the prompt never started');
    await new Promise((r) => setImmediate(r));
  }
}

describe('CLI password sources', () => {
  it('the environment wins: the keychain is not even opened', async () => {
    const { keychain, opened } = await keychainWith('from-keychain');
    const tty = new FakeTty();
    const got = await cliPassword(request, {
      env: { SWITCHOVER_FROM_PASSWORD: 'from-env' },
      keychain,
      input: tty,
      output: new FakeOutput(),
      exit: neverExit,
    });
    expect(got).toBe('from-env');
    expect(opened.count).toBe(0);
    expect(tty.rawModes).toEqual([]);
  });

  it('later variables count too, in order (confirm: SWITCHOVER_OLD_PASSWORD, then SWITCHOVER_PASSWORD)', async () => {
    const { keychain } = await keychainWith(null);
    const variables = ['SWITCHOVER_OLD_PASSWORD', 'SWITCHOVER_PASSWORD'];
    const deps = { keychain, input: new FakeTty(), output: new FakeOutput(), exit: neverExit };
    expect(
      await cliPassword(
        { ...request, variables },
        { ...deps, env: { SWITCHOVER_PASSWORD: 'both', SWITCHOVER_OLD_PASSWORD: 'old-only' } },
      ),
    ).toBe('old-only');
    expect(
      await cliPassword(
        { ...request, variables },
        { ...deps, env: { SWITCHOVER_OLD_PASSWORD: '', SWITCHOVER_PASSWORD: 'both' } },
      ),
    ).toBe('both');
  });

  it('no variable: the keychain entry the app saved for user@host (host in any case) is used', async () => {
    const { keychain, opened } = await keychainWith('from-keychain');
    const tty = new FakeTty();
    const got = await cliPassword(request, {
      env: {},
      keychain,
      input: tty,
      output: new FakeOutput(),
      exit: neverExit,
    });
    expect(got).toBe('from-keychain');
    expect(opened.count).toBe(1);
    expect(tty.rawModes).toEqual([]);
  });

  it('a keychain entry for another login is not used', async () => {
    const { keychain } = await keychainWith('from-keychain');
    const error = await cliPassword(
      { ...request, username: 'bob@old.test' },
      { env: {}, keychain, input: new FakeTty(false), exit: neverExit },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchoverError);
    expect((error as SwitchoverError).code).toBe('auth.password-missing');
  });

  it('a keychain that fails or never answers counts as empty', async () => {
    const failing = async (): Promise<Pick<SecretStore, 'read'>> => ({
      read: () => Promise.reject(new Error('no Secret Service')),
    });
    const silent = async (): Promise<Pick<SecretStore, 'read'>> => ({
      read: () => new Promise<never>(() => undefined),
    });
    for (const keychain of [failing, silent]) {
      const tty = new FakeTty();
      const pending = cliPassword(request, {
        env: {},
        keychain,
        keychainTimeoutMs: 50,
        input: tty,
        output: new FakeOutput(),
        exit: neverExit,
      });
      await untilListening(tty);
      tty.type('typed\r');
      expect(await pending).toBe('typed');
    }
  });

  it('at a terminal: a hidden prompt on stderr; backspace edits, Enter ends, nothing echoed', async () => {
    const { keychain } = await keychainWith(null);
    const tty = new FakeTty();
    const out = new FakeOutput();
    const pending = cliPassword(request, {
      env: {},
      keychain,
      input: tty,
      output: out,
      exit: neverExit,
    });
    await untilListening(tty);
    expect(out.text).toBe('Password for alice@old.test: ');
    expect(tty.isRaw).toBe(true);
    tty.type('s3');
    tty.type('x\u007f'); // typed x, then Backspace
    tty.type('cr\bcrét'); // ^H is a backspace too; non-ASCII is kept
    tty.type('\u001b[D'); // an arrow key: ignored
    // A character split over two reads (the euro sign is three bytes) arrives whole.
    const euro = Buffer.from('€', 'utf8');
    tty.emit('data', euro.subarray(0, 1));
    tty.emit('data', euro.subarray(1));
    tty.type('!\r');
    expect(await pending).toBe('s3ccrét€!');
    expect(out.text).toBe('Password for alice@old.test: \n');
    expect(out.text).not.toContain('s3');
    expect(tty.rawModes).toEqual([true, false]);
    expect(tty.paused).toBe(true);
    expect(tty.listenerCount('data')).toBe(0);
  });

  it('a login without @ is named user@host in the prompt', async () => {
    const { keychain } = await keychainWith(null);
    const tty = new FakeTty();
    const out = new FakeOutput();
    const pending = cliPassword(
      { ...request, username: 'alice' },
      { env: {}, keychain, input: tty, output: out, exit: neverExit },
    );
    await untilListening(tty);
    tty.type('pw\n');
    expect(await pending).toBe('pw');
    expect(out.text).toBe('Password for alice@IMAP.old.test: \n');
  });

  it('Ctrl-C at the prompt exits with 130 after restoring the terminal', async () => {
    const { keychain } = await keychainWith(null);
    const tty = new FakeTty();
    const exits: number[] = [];
    const exit = (code: number): never => {
      exits.push(code);
      throw new Error('exited');
    };
    void cliPassword(request, { env: {}, keychain, input: tty, output: new FakeOutput(), exit });
    await untilListening(tty);
    expect(() => tty.type('abc\u0003')).toThrow('exited');
    expect(exits).toEqual([130]);
    expect(tty.rawModes).toEqual([true, false]);
    expect(tty.listenerCount('data')).toBe(0);
  });

  it('an empty entry, or stdin ending, is no password: auth.password-missing', async () => {
    const { keychain } = await keychainWith(null);
    for (const finish of [(t: FakeTty) => t.type('\r'), (t: FakeTty) => t.emit('end')]) {
      const tty = new FakeTty();
      const pending = cliPassword(request, {
        env: {},
        keychain,
        input: tty,
        output: new FakeOutput(),
        exit: neverExit,
      }).catch((e: unknown) => e);
      await untilListening(tty);
      finish(tty);
      const error = await pending;
      expect((error as SwitchoverError).code).toBe('auth.password-missing');
    }
  });

  it('no terminal and nothing found: auth.password-missing naming the variables, never a prompt', async () => {
    const { keychain } = await keychainWith(null);
    const out = new FakeOutput();
    const notTty = new FakeTty(false);
    const error = await cliPassword(
      { ...request, variables: ['SWITCHOVER_OLD_PASSWORD', 'SWITCHOVER_PASSWORD'] },
      { env: {}, keychain, input: notTty, output: out, exit: neverExit },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchoverError);
    const e = error as SwitchoverError;
    expect(e.code).toBe('auth.password-missing');
    expect(e.message).toContain('SWITCHOVER_OLD_PASSWORD or SWITCHOVER_PASSWORD');
    expect(e.message).toContain('alice@old.test');
    expect(out.text).toBe('');
    expect(notTty.rawModes).toEqual([]);
  });
});
