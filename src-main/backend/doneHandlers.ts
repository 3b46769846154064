import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  languageFromLocale,
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type Handlers,
  type SavedFile,
  type SavedFileKind,
} from '../contract';
import type { AccountService } from '../accounts';
import type { BackupService } from '../backup';
import type { CopyJobService } from '../copyJobs';
import { helperReport, type ReportSecret, type ReportSources } from '../helperReport';
import type { KitSession } from '../kit';
import { writeFileAtomic } from '../files';
import { mobileconfigXml, phoneAccount, phoneSetupFor, profileFileName } from '../phoneSetup';
import type { SwitchCheckService } from '../switchCheck';
import type { AppHandlerDeps } from './appHandlers';
import type { SendTestService } from '../sendTest';

export interface DoneHandlerDeps extends Omit<AppHandlerDeps, 'hub'> {
  accounts: AccountService;
  kits: KitSession;
  copyJobs: CopyJobService;
  sendTests: SendTestService;
  switchCheck: SwitchCheckService;
  /** The backup's status (its `saved` is what "Show in folder" shows for a backup). */
  backups: BackupService;
  /** The visible folder files are saved into (SWITCHOVER_SAVE_DIR, else Documents/Switchover). */
  saveDirectory(): string;
  /** Shows a file in the system's file manager; only the desktop app has one to offer. */
  reveal?: (file: string) => Promise<boolean>;
}

async function newAccount(accounts: AccountService): Promise<AccountSummary> {
  const account = (await accounts.list()).new;
  if (!account) throw new SwitchoverError('account.missing', 'The new account is not signed in.');
  return account;
}

/** Every password the app holds, with the user names it signs in as. */
async function heldSecrets(accounts: AccountService): Promise<ReportSecret[]> {
  const roles: AccountRole[] = ['old', 'new'];
  const found = await Promise.all(
    roles.map((role) =>
      accounts.credentials(role).then(
        ({ account, password }): ReportSecret[] =>
          // A signed-in-with-provider account holds no password; its tokens never reach a report.
          typeof password !== 'string'
            ? []
            : [
                {
                  password,
                  usernames: [
                    ...new Set([
                      account.email,
                      account.imap.username,
                      account.smtp?.username ?? '',
                    ]),
                  ].filter(Boolean),
                },
              ],
        (): ReportSecret[] => [],
      ),
    ),
  );
  return found.flat();
}

function reportSources(deps: DoneHandlerDeps): ReportSources {
  return {
    app: () => ({
      name: deps.name,
      version: deps.version,
      platform: deps.platform,
      runtime: deps.runtime,
      language: deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
    }),
    accounts: () => deps.accounts.list(),
    secrets: () => heldSecrets(deps.accounts),
    kit: () => deps.kits.current(),
    copy: () => deps.copyJobs.status(),
    sendTest: () => deps.sendTests.status(),
    switchover: () => deps.switchCheck.status(),
    health: () => deps.switchCheck.health(),
    backup: () => deps.backups.status(),
  };
}

/** Written whole (files/): a half-written file never carries the real name. */
async function saveFile(
  directory: () => string,
  kind: SavedFileKind,
  name: string,
  content: string,
): Promise<SavedFile> {
  let dir: string | undefined;
  try {
    // Inside the try: finding (and creating) the folder can fail as well.
    dir = directory();
    const file = path.join(dir, name);
    await writeFileAtomic(file, content);
    return { kind, path: file, name, bytes: Buffer.byteLength(content, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SwitchoverError('files.write-failed', `Switchover could not save "${name}".`, {
      ...(dir ? { folder: dir } : {}),
      ...(typeof code === 'string' ? { reason: code } : {}),
    });
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export function createDoneHandlers(
  deps: DoneHandlerDeps,
): Pick<Handlers, 'phone.setup' | 'phone.saveProfile' | 'report.save' | 'files.reveal'> {
  // The last file saved of each kind this session, for "Show in folder".
  const saved = new Map<SavedFileKind, SavedFile>();
  const remember = (file: SavedFile) => {
    saved.set(file.kind, file);
    return file;
  };

  return {
    'phone.setup': async () => phoneSetupFor(await newAccount(deps.accounts)),
    'phone.saveProfile': async () => {
      const account = await newAccount(deps.accounts);
      const xml = mobileconfigXml(phoneAccount(account));
      return remember(
        await saveFile(() => deps.saveDirectory(), 'profile', profileFileName(account.email), xml),
      );
    },
    'report.save': async () => {
      const { name, text } = await helperReport(reportSources(deps));
      // Never over an earlier report (two saves in the same second): "… (2).txt" instead.
      const freeName = async (dir: string) => {
        const stem = name.replace(/\.txt$/, '');
        for (let n = 1; n < 1000; n++) {
          const candidate = n === 1 ? name : `${stem} (${n}).txt`;
          if (!(await exists(path.join(dir, candidate)))) return candidate;
        }
        return name;
      };
      let dir: string | undefined;
      const directory = () => (dir ??= deps.saveDirectory());
      let chosen = name;
      try {
        chosen = await freeName(directory());
      } catch {
        // The save itself reports a folder it cannot use.
      }
      return remember(await saveFile(directory, 'report', chosen, text));
    },
    'files.reveal': async ({ kind }) => {
      const file = kind === 'backup' ? deps.backups.status().saved : saved.get(kind);
      if (!deps.reveal || !file || !(await exists(file.path))) return { shown: false };
      return { shown: await deps.reveal(file.path) };
    },
  };
}
