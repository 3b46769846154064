/** A command line the command cannot take: the message, then the command's usage, exit 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  /** Options taking one value (`--from URL`); given twice, the last wins. */
  values?: readonly string[];
  /** Options that may repeat (`--folder A --folder B`). */
  lists?: readonly string[];
  /** List options a following imap:// or smtp:// word still belongs to ("SMTP-URL IMAP-URL"). */
  urlContinues?: readonly string[];
  flags?: readonly string[];
}

export interface ParsedOptions {
  values: Map<string, string>;
  lists: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * The options of one `switchover` command; `--help`/`-h` asks for the usage alone. An option
 * with a value takes it as the next word or after `=` (`--folder Work`, `--folder=Work`).
 */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const parsed: ParsedOptions = { values: new Map(), lists: new Map(), flags: new Set() };
  for (const name of spec.lists ?? []) parsed.lists.set(name, []);
  let lastList: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const arg = equals > 0 ? word.slice(0, equals) : word;
    const inline = equals > 0 ? word.slice(equals + 1) : undefined;
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (inline !== undefined && spec.flags?.includes(arg))
      throw new UsageError(`${arg} takes no value`);
    const list = parsed.lists.get(arg);
    if (spec.values?.includes(arg)) parsed.values.set(arg, value());
    else if (list) {
      list.push(value());
      lastList = spec.urlContinues?.includes(arg) ? list : undefined;
    } else if (spec.flags?.includes(arg)) parsed.flags.add(arg);
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (lastList && /^(smtps?|imaps?):\/\//i.test(arg)) lastList.push(arg);
    else throw new UsageError(`Unknown option ${arg}`);
  }
  return parsed;
}

/** `--timeout SECONDS` (1 to 3600) in milliseconds, or `fallbackMs` when not given. */
export function timeoutOption(value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
    throw new UsageError('--timeout takes seconds (1 to 3600)');
  }
  return Math.round(seconds * 1000);
}

/**
 * A command's arguments, or the exit code when it cannot run: its usage on stderr, after the
 * reason when the line was wrong (exit 2), alone for --help (exit 0).
 */
export function argsOrExit<A>(parse: () => A, usage: string): A | number {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message ? `${message}\n` : ''}${usage}\n`);
    return message ? 2 : 0;
  }
}
