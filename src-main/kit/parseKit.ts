import { kitSchema, SwitchoverError, type Kit } from '../contract';

export const kitLinkPrefix = 'switchover://kit/';

/** Any key that smells like a secret, at any depth: such a kit is refused outright. */
const secretKey = /pass(word|wd)?|secret|token|credential/i;

function findSecretPath(value: unknown, path: string[] = []): string | undefined {
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
  const payload = text.slice(kitLinkPrefix.length).split(/[?#]/)[0] ?? '';
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload)) {
    throw new SwitchoverError('kit.invalid', 'This switchover link is damaged.');
  }
  return Buffer.from(payload, 'base64url').toString('utf8');
}

/** Reads a kit from a .switchover file's text or a switchover://kit/<base64url> link. */
export function parseKit(input: string): Kit {
  const text = input.trim();
  const json = text.toLowerCase().startsWith(kitLinkPrefix) ? decodeLink(text) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new SwitchoverError('kit.invalid', 'This is not a switchover kit.');
  }
  const secret = findSecretPath(raw);
  if (secret) {
    throw new SwitchoverError('kit.invalid', 'A switchover kit must never contain a password.', {
      field: secret,
    });
  }
  const parsed = kitSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SwitchoverError('kit.invalid', 'This switchover kit is not in the expected form.', {
      issues: parsed.error.issues.slice(0, 10).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

/** The link form of a kit, for sending in a message. */
export function kitLink(kit: Kit): string {
  return `${kitLinkPrefix}${Buffer.from(JSON.stringify(kitSchema.parse(kit))).toString('base64url')}`;
}
