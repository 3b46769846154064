import type { SwitchoverError } from '../errors';
import { AppendConnection, bodyAllowance, openImapSession, SpoolFetchConnection } from '../imap';
import type { ReadOnlyImapSession, WritableImapSession } from '../imap';
import type { Settings } from './copySettings';
import type { JobControl } from './jobControl';

/**
 * Gmail allows 15 simultaneous connections an account, and the person's phone and other mail
 * programs hold some: a copy from Gmail uses at most 10, its control session included.
 */
export const gmailConnectionLimit = 10;

/**
 * Append connections to a server without LITERAL+ (each message waits a round trip for "+"):
 * enough to hide the wait, within what providers allow one account (Gmail: see above).
 */
const syncLiteralConnections = 8;

function isGmailHost(host: string): boolean {
  return /(^|\.)(gmail|googlemail)\.com\.?$/i.test(host);
}

/** Connections opened once per attempt, beside the two control sessions. */
export interface Pool {
  readers: ReadOnlyImapSession[];
  indexers: WritableImapSession[];
  appenders: AppendConnection[];
  /** Raw connections to the old account that fetch for the readers, one each (may be none). */
  spoolers: SpoolFetchConnection[];
}

/**
 * Every connection of one copy: the two control sessions (they plan, index and verify) kept
 * across attempts while they live, and a pool per attempt. Each is closed by the job's cancel.
 * A server that says "too many connections" gets fewer: at once when some opened, and one
 * fewer on each side for every attempt after a reconnect (`fewer`).
 */
export class ConnectionPool {
  readonly #o: Settings;
  readonly #control: JobControl;
  #src: ReadOnlyImapSession | undefined;
  #dst: WritableImapSession | undefined;
  /** The new server's APPENDLIMIT, once its control session is open. */
  appendLimit: number | undefined;
  #sourceConnections: number;
  #targetConnections: number;
  /** Connections to the old account at most, the control session included. */
  #sourceLimit = Infinity;
  #srcOpening: Promise<ReadOnlyImapSession> | undefined;
  #dstOpening: Promise<WritableImapSession> | undefined;
  #targetSized = false;
  /** Extra sessions on the new account that index; none once it said "too many". */
  #indexConnections: number;

  constructor(options: Settings, control: JobControl) {
    this.#o = options;
    this.#control = control;
    if (isGmailHost(options.source.settings.host)) this.#sourceLimit = gmailConnectionLimit;
    this.#sourceConnections = Math.max(1, options.sourceConnections);
    this.#targetConnections = Math.max(1, options.targetConnections);
    this.#indexConnections = Math.max(0, options.targetIndexConnections);
  }

  /** The control session to the old account; one login shared by whoever asks at once. */
  #controlSource(): Promise<ReadOnlyImapSession> {
    if (this.#src && !this.#src.closed) return Promise.resolve(this.#src);
    this.#srcOpening ??= (async () => {
      const src = await this.#reader();
      this.#src = src;
      // Gmail by what it speaks, whatever its host is called (a Workspace alias, a proxy).
      if (src.capabilities.has('X-GM-EXT-1'))
        this.#sourceLimit = Math.min(this.#sourceLimit, gmailConnectionLimit);
      this.#control.addCloser(() => src.close());
      return src;
    })().finally(() => {
      this.#srcOpening = undefined;
    });
    return this.#srcOpening;
  }

  /** The control session to the new account; one login shared by whoever asks at once. */
  #controlTarget(): Promise<WritableImapSession> {
    if (this.#dst && !this.#dst.closed) return Promise.resolve(this.#dst);
    this.#dstOpening ??= (async () => {
      const dst = await this.#writer();
      this.#dst = dst;
      this.#control.addCloser(() => dst.close());
      const limit = dst.capabilities.get('APPENDLIMIT');
      this.appendLimit = typeof limit === 'number' && limit > 0 ? limit : undefined;
      // Once, on the first login (later ones must not undo "fewer" after a refusal): without
      // LITERAL+ every APPEND waits a round trip for "+", and more connections hide it.
      if (!this.#targetSized) {
        this.#targetSized = true;
        if (!dst.capabilities.has('LITERAL+'))
          this.#targetConnections = Math.max(this.#targetConnections, syncLiteralConnections);
        if (dst.capabilities.has('X-GM-EXT-1'))
          this.#targetConnections = Math.min(this.#targetConnections, gmailConnectionLimit - 1);
      }
      return dst;
    })().finally(() => {
      this.#dstOpening = undefined;
    });
    return this.#dstOpening;
  }

  /**
   * The new account's control session, signed in again if it was closed meanwhile: one that sat
   * idle through a transfer longer than sessionIdleTimeoutMs has been closed by then.
   */
  targetControl(): Promise<WritableImapSession> {
    return this.#controlTarget();
  }

  /** Both control sessions, logged in side by side (each login costs several round trips). */
  async controlSessions(): Promise<{ src: ReadOnlyImapSession; dst: WritableImapSession }> {
    const openSrc = () => this.#controlSource();
    const openDst = () => this.#controlTarget();
    const [src, dst] = await Promise.allSettled([openSrc(), openDst()]);
    if (src.status === 'rejected') throw src.reason;
    if (dst.status === 'rejected') throw dst.reason;
    return { src: src.value, dst: dst.value };
  }

  /** Drops the control sessions before a reconnect (the next attempt logs in again). */
  closeControl(): void {
    this.#src?.close();
    this.#dst?.close();
  }

  /** After "too many connections": one fewer on each side from the next attempt on. */
  fewer(): void {
    this.#sourceConnections = Math.max(1, this.#sourceConnections - 1);
    this.#targetConnections = Math.max(1, this.#targetConnections - 1);
    // Helpers that only speed up indexing go first, so the appends keep their connections.
    this.#indexConnections = 0;
  }

  /** Readers, indexers and appenders, opened all at once (each login costs round trips). */
  async openPool(): Promise<Pool> {
    const via = { ca: this.#o.ca, network: this.#o.network };
    // The old side's connections wait for the control session's login, which tells whether the
    // old provider is Gmail and so how many it allows (they are not needed before the plan,
    // which waits for that login too); the new side's log in meanwhile.
    const sourceCounts = this.#controlSource().then(() => {
      const allowed = this.#sourceLimit - 1;
      const readerCount = Math.max(1, Math.min(this.#sourceConnections, allowed));
      const spoolCount = Math.max(
        0,
        Math.min(this.#o.spoolConnections, readerCount, allowed - readerCount),
      );
      return { readerCount, spoolCount };
    });
    const settled = await Promise.allSettled([
      sourceCounts.then(({ readerCount }) => this.#openReaders(readerCount)),
      this.#openSome(this.#indexConnections, () => this.#writer()).catch(
        () => [] as WritableImapSession[],
      ),
      // After the control login: it tells how many the new provider wants (LITERAL+, Gmail).
      this.#controlTarget().then(() => this.#openAppenders()),
      // Without them big messages are fetched in pieces through the readers: slower, still right.
      sourceCounts
        .then(({ spoolCount }) =>
          this.#openSome(spoolCount, () =>
            SpoolFetchConnection.open(this.#o.source.settings, this.#o.source.password, via),
          ),
        )
        .catch(() => [] as SpoolFetchConnection[]),
    ]);
    const [readers, indexers, appenders, spoolers] = settled;
    if (
      readers.status === 'rejected' ||
      indexers.status === 'rejected' ||
      appenders.status === 'rejected' ||
      spoolers.status === 'rejected'
    ) {
      // What did open is closed now, not at the end of the job: a provider that counts
      // connections (Gmail's cap) must not see them while the next attempt logs in.
      closePool({
        readers: readers.status === 'fulfilled' ? readers.value : [],
        indexers: indexers.status === 'fulfilled' ? indexers.value : [],
        appenders: appenders.status === 'fulfilled' ? appenders.value : [],
        spoolers: spoolers.status === 'fulfilled' ? spoolers.value : [],
      });
      const failed = settled.find((s) => s.status === 'rejected');
      throw failed?.reason;
    }
    return {
      readers: readers.value,
      indexers: indexers.value,
      appenders: appenders.value,
      spoolers: spoolers.value,
    };
  }

  /**
   * A read-only session to the old account. It fetches headers, small messages whole and big
   * ones in pieces of largeMessageBytes: no literal it is sent may be larger than that allows.
   */
  #reader(): Promise<ReadOnlyImapSession> {
    const { settings, password } = this.#o.source;
    const maxLiteralBytes = bodyAllowance(this.#o.largeMessageBytes);
    return openImapSession(settings, password, {
      readOnly: true,
      maxLiteralBytes,
      socketTimeoutMs: this.#o.sessionIdleTimeoutMs,
      ...this.#login(),
    });
  }

  /** A session to the new account (it indexes, creates folders, verifies). */
  #writer(): Promise<WritableImapSession> {
    const { settings, password } = this.#o.target;
    return openImapSession(settings, password, {
      readOnly: false,
      socketTimeoutMs: this.#o.sessionIdleTimeoutMs,
      ...this.#login(),
    });
  }

  #login() {
    return { ca: this.#o.ca, network: this.#o.network, logger: this.#o.logger };
  }

  /** Opens up to `count` connections at once; fewer when the server says there are too many. */
  async #openSome<T extends { close(): void }>(
    count: number,
    open: () => Promise<T>,
  ): Promise<T[]> {
    const results = await Promise.allSettled(Array.from({ length: count }, () => open()));
    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const c of opened) this.#control.addCloser(() => c.close());
    const failure = results.find((r) => r.status === 'rejected');
    if (
      failure &&
      (opened.length === 0 ||
        (failure.reason as SwitchoverError).code !== 'imap.too-many-connections')
    ) {
      for (const c of opened) c.close();
      throw failure.reason;
    }
    return opened;
  }

  async #openReaders(count: number): Promise<ReadOnlyImapSession[]> {
    const readers = await this.#openSome(count, () => this.#reader());
    this.#sourceConnections = readers.length;
    return readers;
  }

  async #openAppenders(): Promise<AppendConnection[]> {
    const appenders = await this.#openSome(this.#targetConnections, () =>
      AppendConnection.open(this.#o.target.settings, this.#o.target.password, {
        ca: this.#o.ca,
        network: this.#o.network,
      }),
    );
    this.#targetConnections = appenders.length;
    return appenders;
  }
}

export function closePool(pool: Pool): void {
  for (const r of pool.readers) void r.logout();
  for (const i of pool.indexers) void i.logout();
  for (const a of pool.appenders) a.close();
  for (const s of pool.spoolers) void s.logout();
}

/** New folders, parents first, in one pipelined flight on an append connection. */
export async function createFolders(
  paths: readonly string[],
  pool: Pool,
  dst: WritableImapSession,
): Promise<void> {
  if (paths.length === 0) return;
  const appender = pool.appenders.find((a) => !a.closed);
  if (appender) {
    await appender.createFolders(paths, { subscribe: true });
    return;
  }
  for (const folder of paths) await dst.createFolder(folder);
}
