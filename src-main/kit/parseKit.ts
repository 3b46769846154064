import { kitSchema, SwitchoverError, type Kit } from '../contract';
import { isLoopbackHost } from '../net';

export const kitLinkPrefix = 'switchover://kit/';

/** A kit is a few hundred bytes; the limit keeps a hostile file or link from costing anything. */
export const kitMaxLength = 65_536;
/** A kit nests four levels deep; anything far deeper is not a kit (and must not exhaust the stack). */
const kitMaxDepth = 8;

/** Any key that smells like a secret, at any depth: such a kit is refused outright. */
const secretKey = /pass(word|wd)?|secret|token|credential/i;

function findSecretPath(value: unknown, path: string[] = []): string | undefined {
  if (path.length > kitMaxDepth) {
    throw new SwitchoverError('kit.invalid', 'This switchover kit is not in the expected form.', {
      reason: 'nested too deeply',
    });
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findSecretPath(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (secretKey.test(key)) return [...path, key].join('.');
      const found = findSecretPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function decodeLink(text: string): string {
  const [payload = '', ...rest] = text.slice(kitLinkPrefix.length).split(/[?#]/);
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload)) {
    throw new SwitchoverError('kit.invalid', 'This switchover link is damaged.');
  }
  // Whatever a mail program appends is ignored, unless it smuggles a password along.
  const extra = rest.join(' ');
  if (secretKey.test(extra) || secretKey.test(decodedLoosely(extra))) throw passwordInKit('link');
  return Buffer.from(payload, 'base64url').toString('utf8');
}

function decodedLoosely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function passwordInKit(field: string): SwitchoverError {
  return new SwitchoverError('kit.invalid', 'A switchover kit must never contain a password.', {
    field,
  });
}

/** Plain text is only for the local machine: a kit must not send the relative's mail unencrypted. */
function plainServer(kit: Kit): string | undefined {
  const { imap, smtp } = kit.newAccount;
  if (imap.security === 'plain' && !isLoopbackHost(imap.host)) return 'newAccount.imap.security';
  if (smtp.security === 'plain' && !isLoopbackHost(smtp.host)) return 'newAccount.smtp.security';
  return undefined;
}

/** Reads a kit from a .switchover file's text or a switchover://kit/<base64url> link. */
export function parseKit(input: string): Kit {
  const text = input.trim();
  if (text.length > kitMaxLength) {
    throw new SwitchoverError('kit.invalid', 'This file is far too large to be a switchover kit.');
  }
  const json = text.toLowerCase().startsWith(kitLinkPrefix) ? decodeLink(text) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new SwitchoverError('kit.invalid', 'This is not a switchover kit.');
  }
  const secret = findSecretPath(raw);
  if (secret) throw passwordInKit(secret);
  const parsed = kitSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SwitchoverError('kit.invalid', 'This switchover kit is not in the expected form.', {
      issues: parsed.error.issues.slice(0, 10).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  const plain = plainServer(parsed.data);
  if (plain) {
    throw new SwitchoverError('kit.invalid', 'A switchover kit must use encrypted connections.', {
      field: plain,
    });
  }
  return parsed.data;
}

/** The link form of a kit, for sending in a message. */
export function kitLink(kit: Kit): string {
  return `${kitLinkPrefix}${Buffer.from(JSON.stringify(kitSchema.parse(kit))).toString('base64url')}`;
}
