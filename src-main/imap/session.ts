import type {
  FetchMessageObject,
  FetchQueryObject,
  ImapFlow,
  ListResponse,
  SearchObject,
  StatusObject,
} from 'imapflow';
import type { ServerSettings } from '../contract';
import type { SwitchoverError } from '../errors';
import { classifyImapError, isBadResponseError, isRefusedLogin } from './imapErrors';
import { imapflowConnection } from './connectProvider';
import { sessionLimits } from './responseLimits';
import type { CaOption, NetworkPath } from '../net';
import { withSecret } from '../oauth';
import type { Secret } from '../oauth';

/** imapflow's logger shape; each call gets one structured entry. */
export interface ImapLogger {
  debug(entry: object): void;
  info(entry: object): void;
  warn(entry: object): void;
  error(entry: object): void;
}

export interface ImapSessionOptions {
  readOnly: boolean;
  /**
   * The app's network (the accounts' Network): host names resolved through its DNS, its port map
   * and CA. Without it the system resolver is used.
   */
  network?: NetworkPath;
  /** Extra trusted CA (tests); else the network's, else the system store + NODE_EXTRA_CA_CERTS. */
  ca?: CaOption;
  logger?: ImapLogger;
  /** Socket inactivity limit; a stalled server becomes net.timeout instead of a hang. */
  socketTimeoutMs?: number;
  /** No literal past this is read (default maxLiteralBytes): what this session may fetch. */
  maxLiteralBytes?: number;
}

export interface Namespace {
  prefix: string;
  delimiter: string;
}

/** Commands a read-only session may send: nothing that can change the mailbox. */
const readOnlyCommands = new Set([
  'CAPABILITY',
  'NOOP',
  'LOGIN',
  'AUTHENTICATE',
  'ID',
  'ENABLE',
  'NAMESPACE',
  'LIST',
  'LSUB',
  'XLIST',
  'STATUS',
  'EXAMINE',
  'FETCH',
  'UID FETCH',
  'SEARCH',
  'UID SEARCH',
  'IDLE',
  'LOGOUT',
  'COMPRESS',
  'STARTTLS',
  'UNSELECT',
  // CLOSE never expunges a mailbox opened with EXAMINE (RFC 3501 6.4.2), and SELECT is refused.
  'CLOSE',
  'GETQUOTAROOT',
  'GETQUOTA',
]);

/** Only what may be asked of an old-account message: bodies always come via BODY.PEEK. */
export type ReadOnlyFetchQuery = Pick<
  FetchQueryObject,
  'uid' | 'flags' | 'size' | 'internalDate' | 'envelope' | 'headers' | 'source' | 'labels'
>;

function flowOptions(
  settings: ServerSettings,
  credential: { password: string } | { accessToken: string },
  options: ImapSessionOptions,
): ConstructorParameters<typeof ImapFlow>[0] {
  return {
    ...imapflowConnection(settings, { network: options.network, ca: options.ca }),
    // With a token imapflow prefers OAUTHBEARER where offered, else XOAUTH2.
    auth:
      'password' in credential
        ? { user: settings.username, pass: credential.password }
        : { user: settings.username, accessToken: credential.accessToken },
    logger: options.logger ?? false,
    disableAutoIdle: true,
    connectionTimeout: 30_000,
    greetingTimeout: 20_000,
    socketTimeout: options.socketTimeoutMs ?? 120_000,
    clientInfo: { name: 'Switchover' },
    ...sessionLimits(options.maxLiteralBytes),
  } as ConstructorParameters<typeof ImapFlow>[0];
}

abstract class BaseSession {
  protected readonly client: ImapFlow;
  #closed = false;
  readonly #closeListeners = new Set<() => void>();
  /** What imapflow reported when it gave up on the connection (its 'error' event). */
  #fatal: unknown;

  constructor(client: ImapFlow) {
    this.client = client;
    client.on('close', () => {
      this.#closed = true;
      for (const listener of this.#closeListeners) listener();
    });
    // imapflow also emits 'error'; without a listener a late socket error would crash the process.
    // A response past its bounds arrives only here; the commands it ends fail as NoConnection.
    client.on('error', (error: unknown) => {
      this.#fatal ??= error;
    });
  }

  /** A failure as a SwitchoverError, named for what ended the connection when one did. */
  protected classify(error: unknown): SwitchoverError {
    const fatal = this.#fatal === undefined ? undefined : classifyImapError(this.#fatal);
    return fatal && isBadResponseError(fatal) ? fatal : classifyImapError(error);
  }

  get closed(): boolean {
    return this.#closed;
  }

  onClose(listener: () => void): () => void {
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  /** Post-login capabilities; APPENDLIMIT maps to its number. */
  get capabilities(): ReadonlyMap<string, boolean | number> {
    return this.client.capabilities as Map<string, boolean | number>;
  }

  get namespace(): Namespace {
    const ns = this.client.namespace as { prefix?: string; delimiter?: string } | undefined;
    return { prefix: ns?.prefix ?? '', delimiter: ns?.delimiter ?? '/' };
  }

  /** With status: LIST-STATUS where offered (one round trip for the whole tree). */
  async list(withStatus = false): Promise<ListResponse[]> {
    const statusQuery = {
      messages: true,
      uidValidity: true,
      uidNext: true,
      ...(this.client.capabilities.has('CONDSTORE') ? { highestModseq: true } : {}),
    };
    try {
      return await this.client.list(withStatus ? { statusQuery } : {});
    } catch (error) {
      throw this.classify(error);
    }
  }

  async status(path: string): Promise<StatusObject> {
    try {
      const status = await this.client.status(path, {
        messages: true,
        uidValidity: true,
        uidNext: true,
      });
      if (status === false) throw new Error('STATUS failed');
      return status;
    } catch (error) {
      throw this.classify(error);
    }
  }

  /** Opens a folder read-only (EXAMINE) on either side; returns its UIDVALIDITY and size. */
  async examine(path: string): Promise<{ uidValidity: bigint; exists: number; uidNext: number }> {
    try {
      const box = await this.client.mailboxOpen(path, { readOnly: true });
      return { uidValidity: BigInt(box.uidValidity), exists: box.exists, uidNext: box.uidNext };
    } catch (error) {
      throw this.classify(error);
    }
  }

  /** Streams FETCH results of the open folder; UIDs in `range`. */
  async *fetch(range: string, query: ReadOnlyFetchQuery): AsyncGenerator<FetchMessageObject> {
    try {
      for await (const message of this.client.fetch(
        range,
        { ...query, uid: true },
        { uid: true },
      )) {
        yield message;
      }
    } catch (error) {
      throw this.classify(error);
    }
  }

  /** UIDs in the open folder matching the query (SEARCH only reads). */
  async search(query: SearchObject): Promise<number[]> {
    try {
      const found = await this.client.search(query, { uid: true });
      return found || [];
    } catch (error) {
      throw this.classify(error);
    }
  }

  /**
   * Waits in IDLE until news or the next command (which breaks it first). Never rejects: a
   * broken connection shows through the next command and onClose.
   */
  idle(): void {
    void this.client.idle().catch(() => undefined);
  }

  /** Called when the open folder reports a new message count (IDLE or any response). */
  onExists(listener: () => void): () => void {
    this.client.on('exists', listener);
    return () => {
      this.client.off('exists', listener);
    };
  }

  /** Brings the selected folder's view up to date (a STATUS of it may answer from that view). */
  async noop(): Promise<void> {
    try {
      await this.client.noop();
    } catch (error) {
      throw this.classify(error);
    }
  }

  async logout(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.client.logout();
    } catch {
      this.client.close();
    }
  }

  /** Drops the connection at once (cancel, or a stalled server). */
  close(): void {
    this.client.close();
  }
}

/**
 * A session on the old account. It exposes only reads, and every command imapflow sends through
 * it is checked against an allow-list, so no code path can STORE, EXPUNGE, MOVE, COPY, DELETE,
 * APPEND, CREATE or even SELECT (which would let a fetch set \Seen) on the old account.
 */
export class ReadOnlyImapSession extends BaseSession {
  readonly readOnly = true;

  constructor(client: ImapFlow) {
    super(client);
    guardCommands(client);
  }
}

/** A session on the new account: reads plus creating folders (appends go through the pipeline). */
export class WritableImapSession extends BaseSession {
  readonly readOnly = false;

  async createFolder(path: string): Promise<void> {
    try {
      await this.client.mailboxCreate(path);
    } catch (error) {
      const e = error as { serverResponseCode?: string };
      if (e.serverResponseCode === 'ALREADYEXISTS') return;
      throw this.classify(error);
    }
  }

  /**
   * Opens a folder with SELECT: only a read-write open tells which flags the folder keeps
   * (PERMANENTFLAGS; EXAMINE answers with none). Selecting on the new account is harmless.
   */
  async select(path: string): Promise<{
    uidValidity: bigint;
    exists: number;
    uidNext: number;
    permanentFlags: Set<string>;
  }> {
    try {
      const box = await this.client.mailboxOpen(path);
      return {
        uidValidity: BigInt(box.uidValidity),
        exists: box.exists,
        uidNext: box.uidNext,
        permanentFlags: new Set(box.permanentFlags ?? []),
      };
    } catch (error) {
      throw this.classify(error);
    }
  }

  /** One APPEND through imapflow (used for small jobs and tests; bulk copies use the pipeline). */
  async append(path: string, content: Buffer, flags: string[], internalDate?: Date): Promise<void> {
    try {
      const result = await this.client.append(path, content, flags, internalDate);
      if (result === false) throw new Error('APPEND refused');
    } catch (error) {
      throw this.classify(error);
    }
  }

  /** The underlying imapflow client, for callers that need more than this wrapper offers. */
  get imapflow(): ImapFlow {
    return this.client;
  }
}

export class ReadOnlyViolation extends Error {
  constructor(command: string) {
    super(`Read-only session: "${command}" is not allowed on the old account`);
  }
}

function guardCommands(client: ImapFlow): void {
  const target = client as unknown as {
    exec: (command: string, ...rest: unknown[]) => Promise<unknown>;
  };
  const exec = target.exec.bind(client);
  target.exec = (command: string, ...rest: unknown[]) => {
    if (!readOnlyCommands.has(String(command).toUpperCase())) {
      return Promise.reject(new ReadOnlyViolation(String(command)));
    }
    return exec(command, ...rest);
  };
}

export async function openImapSession(
  settings: ServerSettings,
  secret: Secret,
  options: ImapSessionOptions & { readOnly: true },
): Promise<ReadOnlyImapSession>;
export async function openImapSession(
  settings: ServerSettings,
  secret: Secret,
  options: ImapSessionOptions & { readOnly: false },
): Promise<WritableImapSession>;
/**
 * Connects and logs in (TLS verified, always). Failures arrive as SwitchoverError
 * (net.unreachable, net.timeout, tls.untrusted, tls.required, auth.failed,
 * imap.too-many-connections, imap.connection-lost).
 */
export async function openImapSession(
  settings: ServerSettings,
  secret: Secret,
  options: ImapSessionOptions,
): Promise<ReadOnlyImapSession | WritableImapSession> {
  // Loaded on first use: a re-run that finds nothing new never needs it (it is slow to load).
  const { ImapFlow } = await import('imapflow');
  return withSecret(
    secret,
    async (credential) => {
      const client = new ImapFlow(flowOptions(settings, credential, options));
      const session = options.readOnly
        ? new ReadOnlyImapSession(client)
        : new WritableImapSession(client);
      try {
        await client.connect();
      } catch (error) {
        client.close();
        throw classifyImapError(error);
      }
      return session;
    },
    isRefusedLogin,
  );
}
