import fsp from 'node:fs/promises';
import { SwitchoverError } from '../errors';
import { bodyAllowance, isBadResponseError, requestedWaitMs, responseTooLarge } from '../imap';
import type { ReadOnlyImapSession, SpoolFetchConnection } from '../imap';
import type { BatchFeed, Batch } from './batches';
import { BodyBuffers } from './bodyBuffers';
import { ByteBudget } from './byteBudget';
import type { Pool } from './connectionPool';
import type { Settings } from './copySettings';
import type { FolderPlanEntry } from './folderMapping';
import type { FolderWork } from './indexing';
import { cancelledError } from './jobControl';
import type { JobControl } from './jobControl';
import type { IndexedMessage } from './mailboxIndex';
import type { Outcomes } from './outcomes';
import type { Progress } from './progress';
import type { ProviderHold } from './providerHold';
import { spoolForCopy } from './spooling';

/** Thrown when the whole pass must be redone after reconnecting. */
export class RestartNeeded extends Error {
  constructor(readonly reason: SwitchoverError) {
    super(reason.message);
  }
}

/** What the transfer works with, besides its batches and connections. */
export interface TransferJob {
  o: Settings;
  control: JobControl;
  outcomes: Outcomes;
  progress: Progress;
  /** The new account's "wait N ms" (provider.throttled): every append connection waits for it. */
  hold: ProviderHold;
}

/** Times one message may be throttled before it counts as not copied (provider.throttled). */
const maxThrottles = 20;

/** One fetched message on its way to the new account; `done` frees its share of the budget. */
interface Outgoing {
  m: IndexedMessage;
  content: Buffer | { file: string };
  size: number;
  done: () => void;
}

/** Memory a big message holds while streamed: the spool's write, then read, buffers. */
const spoolMemoryBytes = 1024 * 1024;

/**
 * Moves the batches from the old account to the new: each reader fetches a batch (small ones
 * into memory, a big one into a spool file) once the byte budget has room for it, and hands it
 * to the least busy append connection in groups, so appending overlaps the rest of the fetch.
 * Throws RestartNeeded when a connection failed (the caller reconnects and goes again).
 */
export async function transfer(
  job: TransferJob,
  queue: BatchFeed,
  workOf: ReadonlyMap<FolderPlanEntry, FolderWork>,
  pool: Pool,
): Promise<void> {
  const { o, control, outcomes, progress, hold } = job;
  const throttled = new Map<Outgoing, number>();
  const { readers, appenders } = pool;
  // A "wait N ms" from the new account holds every command of every append connection.
  for (const appender of appenders) appender.gate = () => hold.ready();
  const budget = new ByteBudget(o.byteBudget);
  const messageBudget = new ByteBudget(o.messagesInFlight);
  // Bodies are laid in reused slabs (charged to the budget), not in a new buffer each.
  const bodies = new BodyBuffers(o.byteBudget);
  const outstanding = new Set<Promise<void>>();
  let restart: SwitchoverError | undefined;
  const stopping = () =>
    restart !== undefined || outcomes.stopReason !== undefined || control.cancelled;

  /** Appends messages of one batch on the least busy connection (MULTIAPPEND when several). */
  const dispatch = (batch: Batch, items: Outgoing[]) => {
    const live = appenders.filter((a) => !a.closed);
    const appender = live.sort((a, b) => a.inFlightBytes - b.inFlightBytes)[0];
    if (!appender) {
      restart ??= new SwitchoverError('imap.connection-lost', 'No connection to the new provider.');
      for (const item of items) item.done();
      return;
    }
    const messages = items.map((item) => ({
      mailbox: batch.entry.target,
      flags: item.m.keywords ? [...item.m.flags, ...item.m.keywords] : item.m.flags,
      internalDate: new Date(item.m.internalDate * 1000),
      size: item.size,
      content: item.content,
    }));
    const flags = workOf.get(batch.entry)?.target.permanentFlags;
    // Nothing goes to the new account while it asked for a wait.
    const sent = hold
      .ready()
      .then(() =>
        messages.length === 1 && messages[0]
          ? appender.append(messages[0], flags).then((one) => [one])
          : o.multiAppend
            ? appender.appendBatch(messages, flags)
            : Promise.all(messages.map((message) => appender.append(message, flags))),
      );
    /** Messages the provider asked to send again later: still held, so not done yet. */
    const again: Outgoing[] = [];
    const p = sent
      .then((results) => {
        const w = workOf.get(batch.entry);
        items.forEach((item, i) => {
          const outcome = results[i];
          if (!outcome) return;
          if (!outcome.ok && outcome.error.code === 'provider.throttled') {
            // The wait holds even when the copy is about to reconnect: the next attempt's
            // logins and commands wait for it too.
            hold.hold(requestedWaitMs(outcome.error));
            control.emit({
              type: 'wait',
              until: hold.until,
              reason: outcome.error.toWire(),
              side: 'new',
            });
            const times = (throttled.get(item) ?? 0) + 1;
            throttled.set(item, times);
            if (times <= maxThrottles && !stopping()) {
              again.push(item);
              return;
            }
          }
          if (outcome.ok && w) {
            if (outcome.uid !== undefined && outcome.uidValidity === w.target.uidValidity)
              w.appendedUids.push(outcome.uid);
            else w.appendedWithoutUid += 1;
          }
          outcomes.record(batch, item.m, item.size, outcome, (e) => (restart ??= e));
        });
      })
      .finally(() => {
        for (const item of items) if (!again.includes(item)) item.done();
        outstanding.delete(p);
        if (again.length > 0) dispatch(batch, again);
      });
    outstanding.add(p);
  };

  const reader = async (session: ReadOnlyImapSession, raw: SpoolFetchConnection | undefined) => {
    let open: string | undefined;
    for (;;) {
      const batch = await queue.next();
      if (!batch || stopping()) return;
      await control.gate();
      // A big message streamed to disk holds only stream buffers in memory; in pieces, a piece.
      // A reader given a raw fetcher never falls back to its session: that one may be
      // indexing another folder meanwhile. A lost fetcher means a reconnect.
      if (raw?.closed) {
        throw new SwitchoverError('imap.connection-lost', 'The connection to the server was lost.');
      }
      const fetcher = raw;
      const streamed = fetcher !== undefined;
      const share = batch.large
        ? streamed
          ? spoolMemoryBytes
          : o.largeMessageBytes
        : streamed
          ? BodyBuffers.held(batch.bytes)
          : batch.bytes;
      const count = batch.large ? 1 : batch.messages.length;
      await messageBudget.acquire(count);
      await budget.acquire(share);
      /**
       * The batch's bodies' slabs (the raw fetcher's; imapflow's bodies are its own): back for
       * reuse once the fetch is over and every body is done.
       */
      const arena = bodies.arena();
      /** The small batch's messages so far: those that came whole, those still awaited. */
      let received: { flush: () => void; awaited: () => IndexedMessage[] } | undefined;
      let released = false;
      const releaseAll = () => {
        if (released) return;
        released = true;
        budget.release(share);
        messageBudget.release(count);
      };
      try {
        if (batch.large) {
          const m = batch.messages[0];
          const spooled = m
            ? await spoolForCopy(o, { session, spooler: fetcher }, batch, m, progress)
            : undefined;
          if (!m || !spooled || stopping()) {
            releaseAll();
            if (spooled) void fsp.rm(spooled.file, { force: true });
            continue;
          }
          // The imapflow path may have opened another folder on this session.
          if (spooled.viaSession) open = batch.mailbox;
          dispatch(batch, [
            {
              m,
              content: { file: spooled.file },
              size: spooled.size,
              done: () => {
                releaseAll();
                void fsp.rm(spooled.file, { force: true });
              },
            },
          ]);
          continue;
        }
        if (!fetcher && open !== batch.mailbox) {
          const box = await session.examine(batch.mailbox);
          open = batch.mailbox;
          if (box.uidValidity.toString() !== batch.uidValidity) {
            throw new SwitchoverError(
              'imap.connection-lost',
              'The old folder changed while copying.',
            );
          }
        }
        progress.folder = batch.entry.source;
        let pendingInBatch = batch.messages.length;
        const wanted = new Map(batch.messages.map((m) => [m.uid, m]));
        const doneOne = () => {
          pendingInBatch -= 1;
          if (pendingInBatch === 0) releaseAll();
        };
        // Groups go out as they fill, so appending overlaps the rest of the fetch.
        let group: Outgoing[] = [];
        let groupBytes = 0;
        const flush = () => {
          if (group.length > 0) dispatch(batch, group);
          group = [];
          groupBytes = 0;
        };
        const take = (uid: number, source: Buffer) => {
          const m = wanted.get(uid);
          if (!m) {
            arena.give();
            return;
          }
          // The raw fetcher refuses such a body before reading it; imapflow only after.
          if (source.length > bodyAllowance(m.size)) {
            throw responseTooLarge('a message body far larger than the size it gave for it', {
              uid,
            });
          }
          wanted.delete(uid);
          if (stopping()) {
            arena.give();
            doneOne();
            return;
          }
          const done = () => {
            arena.give();
            doneOne();
          };
          group.push({ m, content: source, size: source.length, done });
          groupBytes += source.length;
          if (group.length >= o.appendGroupMessages || groupBytes >= o.appendGroupBytes) flush();
        };
        received = { flush, awaited: () => [...wanted.values()] };
        if (fetcher) {
          // One pipelined EXAMINE + UID FETCH; bodies land in buffers of their exact size.
          await fetcher.fetchMessages(batch.mailbox, batch.messages, batch.uidValidity, take, (n) =>
            arena.take(n),
          );
        } else {
          const uids = batch.messages.map((m) => m.uid).join(',');
          for await (const fetched of session.fetch(uids, { uid: true, source: true })) {
            if (fetched.source) take(fetched.uid, fetched.source);
          }
        }
        flush();
        // Expunged on the old side meanwhile: nothing to copy for those.
        for (let i = 0; i < wanted.size; i++) doneOne();
      } catch (error) {
        // Messages that came whole before the failure go on to the new account all the same.
        if (received && !stopping()) received.flush();
        releaseAll();
        blameBadResponse(error, batch, received?.awaited() ?? batch.messages, outcomes);
        throw error;
      } finally {
        arena.seal();
      }
    }
  };

  const readerRuns = readers.map((session, i) =>
    reader(session, pool.spoolers[i]).catch((error: unknown) => {
      const e = error instanceof SwitchoverError ? error : SwitchoverError.from(error);
      if (e.code === 'copy.cancelled') return;
      // The old account's own "wait N ms": shown as a wait of the old provider, not a failure.
      // Not held here (appends to the new account go on); the reconnect waits for it.
      const asked = requestedWaitMs(e);
      if (asked > 0) {
        control.emit({ type: 'wait', until: Date.now() + asked, reason: e.toWire(), side: 'old' });
      }
      restart ??= e;
    }),
  );
  await Promise.all(readerRuns);
  while (outstanding.size > 0) await Promise.all([...outstanding]);
  outcomes.peakBudget = Math.max(outcomes.peakBudget, budget.peak);
  bodies.clear();
  outcomes.flushJournal();
  await Promise.all(appenders.map((a) => a.logout()));
  if (control.cancelled) throw cancelledError();
  if (restart) throw new RestartNeeded(restart);
}

/**
 * After a bad answer from the old server: the message it names (or the only one still awaited)
 * gets a strike (Outcomes.badResponse); when it names none of several, those are fetched one by
 * one from the next attempt on, so that a bad answer names its message again.
 */
function blameBadResponse(
  error: unknown,
  batch: Batch,
  awaited: readonly IndexedMessage[],
  outcomes: Outcomes,
): void {
  if (!(error instanceof SwitchoverError) || !isBadResponseError(error)) return;
  const uid = (error.details as { uid?: unknown } | undefined)?.uid;
  const m =
    typeof uid === 'number'
      ? batch.messages.find((candidate) => candidate.uid === uid)
      : awaited.length === 1
        ? awaited[0]
        : undefined;
  if (m) outcomes.badResponse(batch, m, error.code);
  else outcomes.suspect(batch, awaited);
}
