// Where a terminal command gets a password, in the order issue 4 promises: the environment
// variable, else the keychain (where the desktop app keeps it), else a hidden prompt when a person
// is at a terminal. Never an argument, never a file. The vault (a native module) is loaded only
// when the environment has nothing, so a scripted run starts as fast as before.

import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import type { Secret } from '../oauth';
import type { SecretStore } from '../vault';
import { StringDecoder } from 'node:string_decoder';

/** One login whose password a command needs. */
export interface PasswordRequest {
  /** Environment variables tried in order; the first non-empty one wins. */
  variables: readonly string[];
  /** The login as the app files it in the keychain (`username@host`). */
  username: string;
  host: string;
  /** Named in the prompt and errors (default: the username, or user@host if it has no @). */
  label?: string;
}

/** What a hidden prompt needs of stdin: process.stdin fits, and so does a fake in tests. */
export interface PromptInput {
  readonly isTTY?: boolean;
  readonly isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export interface PromptOutput {
  write(text: string): unknown;
}

export interface PasswordSourceDeps {
  env?: NodeJS.ProcessEnv;
  /** The saved passwords (default: the OS keychain via src-main/vault, loaded on first need). */
  keychain?: () => Promise<Pick<SecretStore, 'read'>>;
  /** A keychain that does not answer in this long counts as empty (a locked or absent bus). */
  keychainTimeoutMs?: number;
  input?: PromptInput;
  output?: PromptOutput;
  /** Ctrl-C at the prompt ends the command with 130, as the shell would. */
  exit?: (code: number) => never;
}

/**
 * What one login signs in with: for an `auth=oauth2` address the account's tokens (from
 * `switchover login`), else its password (cliPassword).
 */
export async function cliSecret(
  settings: ServerSettings,
  request: PasswordRequest,
  deps: PasswordSourceDeps = {},
): Promise<Secret> {
  if (settings.auth === 'oauth2') {
    const { cliOAuthAccess } = await import('./oauthSecret');
    return cliOAuthAccess(settings, deps.env);
  }
  return cliPassword(request, deps);
}

/** The password for one login: environment, keychain, hidden prompt; else auth.password-missing. */
export async function cliPassword(
  request: PasswordRequest,
  deps: PasswordSourceDeps = {},
): Promise<string> {
  const env = deps.env ?? process.env;
  for (const variable of request.variables) {
    const value = env[variable];
    if (value) return value;
  }
  const saved = await fromKeychain(request, deps);
  if (saved) return saved;
  const label =
    request.label ??
    (request.username.includes('@') ? request.username : `${request.username}@${request.host}`);
  const input = deps.input ?? process.stdin;
  if (input.isTTY && typeof input.setRawMode === 'function') {
    const typed = await promptHidden(`Password for ${label}: `, {
      input,
      output: deps.output ?? process.stderr,
      exit: deps.exit ?? ((code: number) => process.exit(code)),
    });
    if (typed) return typed;
  }
  throw new SwitchoverError(
    'auth.password-missing',
    `No password for ${label}: set ${request.variables.join(' or ')}, sign in with the ` +
      'Switchover app on this computer (it keeps the password in the keychain), or run this ' +
      'at a terminal to type it.',
    { variables: [...request.variables], account: label },
  );
}

async function fromKeychain(
  request: PasswordRequest,
  deps: PasswordSourceDeps,
): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const { vaultAccount, keychainStore } = await import('../vault');
    const store = deps.keychain ? await deps.keychain() : keychainStore();
    // The same name the app saves under, so its password is found for the same login.
    const lookup = store.read(vaultAccount(request.username, request.host));
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), deps.keychainTimeoutMs ?? 10_000);
    });
    return await Promise.race([lookup, timeout]);
  } catch {
    // No keychain here (no native module, no Secret Service): the next source is tried.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a line from a terminal without echoing it (raw mode): Backspace removes the last
 * character, Enter ends, Ctrl-C exits with 130. The input is paused afterwards so the process
 * can end.
 */
export function promptHidden(
  question: string,
  io: { input: PromptInput; output: PromptOutput; exit: (code: number) => never },
): Promise<string> {
  const { input, output } = io;
  const wasRaw = input.isRaw === true;
  return new Promise((resolve) => {
    const chars: string[] = [];
    // A character may arrive split over two reads (é, €): decoded across them, never garbled.
    const decoder = new StringDecoder('utf8');
    const finish = () => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.setRawMode?.(wasRaw);
      input.pause();
      output.write('\n');
    };
    const onEnd = () => {
      finish();
      resolve('');
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of typeof chunk === 'string' ? chunk : decoder.write(chunk)) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(chars.join(''));
          return;
        }
        if (ch === '\u0003') {
          finish();
          io.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') chars.pop();
        // An escape sequence (arrow keys and the like) arrives as one chunk: none of it is typed.
        else if (ch === '\u001b') break;
        else if (ch >= ' ') chars.push(ch);
      }
    };
    output.write(question);
    input.setRawMode?.(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
