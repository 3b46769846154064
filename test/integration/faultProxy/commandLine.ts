// Reading a client command's first line: tag, command name, the account a LOGIN or AUTHENTICATE
// tries, and a log text without secrets (test logs end up in CI output).

export interface CommandHead {
  tag: string;
  /** Upper case; "UID FETCH" for UID commands. */
  name: string;
  /** The line after the tag, without CRLF. */
  rest: string;
}

export function parseCommandHead(line: string): CommandHead | undefined {
  const text = line.replace(/\r?\n$/, '');
  const match = /^(\S+) ([A-Za-z]+)(?: ([A-Za-z]+))?/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const first = match[2].toUpperCase();
  const name = first === 'UID' && match[3] !== undefined ? `UID ${match[3].toUpperCase()}` : first;
  return { tag: match[1], name, rest: text.slice(match[1].length + 1) };
}

/** "FETCH" matches FETCH and UID FETCH; "UID FETCH" only itself. */
export function nameMatches(name: string, wanted: string): boolean {
  const w = wanted.toUpperCase();
  return name === w || name === `UID ${w}`;
}

/** Mechanisms where the client speaks first: the proxy can read the user from the first response. */
export const clientFirstMechanisms = new Set(['PLAIN', 'XOAUTH2', 'OAUTHBEARER']);

/** The LOGIN user when it is an atom or a quoted string (a literal user is not read). */
export function loginUser(rest: string): string | undefined {
  const args = rest.replace(/^LOGIN /i, '');
  if (args.startsWith('"')) {
    let user = '';
    for (let i = 1; i < args.length; i += 1) {
      const c = args[i];
      if (c === '\\') user += args[(i += 1)] ?? '';
      else if (c === '"') return user;
      else user += c;
    }
    return undefined;
  }
  if (args.startsWith('{')) return undefined;
  return /^[^\s]+/.exec(args)?.[0];
}

/** AUTHENTICATE's mechanism and initial response (SASL-IR), if any. */
export function authenticateArgs(rest: string): { mechanism: string; initial?: string } {
  const [, mechanism = '', initial] = rest.split(' ');
  return { mechanism: mechanism.toUpperCase(), ...(initial !== undefined ? { initial } : {}) };
}

/** The user in a client-first SASL response (base64, "=" for empty). */
export function saslUser(mechanism: string, base64: string): string | undefined {
  const text = Buffer.from(base64.trim() === '=' ? '' : base64.trim(), 'base64').toString('utf8');
  switch (mechanism) {
    case 'PLAIN': {
      // authzid NUL authcid NUL password: the authcid is who logs in.
      const [authzid, authcid] = text.split('\0');
      return authcid || authzid || undefined;
    }
    case 'XOAUTH2':
      // user=<address> ^A auth=Bearer <token> ^A ^A
      return text.startsWith('user=') ? text.slice(5).split('\u0001')[0] : undefined;
    case 'OAUTHBEARER': {
      const user = /^n,a=([^,]*),/.exec(text)?.[1];
      return user?.replace(/=2C/g, ',').replace(/=3D/g, '=');
    }
    default:
      return undefined;
  }
}

/** The line for the log: no LOGIN password, no SASL data. */
export function redacted(head: CommandHead): string {
  if (head.name === 'LOGIN') {
    const user = loginUser(head.rest);
    return user === undefined ? 'LOGIN ***' : `LOGIN ${JSON.stringify(user)} ***`;
  }
  if (head.name === 'AUTHENTICATE') {
    const { mechanism, initial } = authenticateArgs(head.rest);
    return initial === undefined ? `AUTHENTICATE ${mechanism}` : `AUTHENTICATE ${mechanism} ***`;
  }
  return head.rest;
}
