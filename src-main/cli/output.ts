import { SwitchoverError } from '../errors';

/** A count with its noun in English: "1 message", "2 messages" (`many` for irregular plurals). */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `--json` output: one JSON object per line, so a reader can act on each as it arrives. */
export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Reports a failed command the same way everywhere (stable code first) and gives exit code 1. */
export function reportCommandError(error: unknown, json: boolean): number {
  const e = SwitchoverError.from(error);
  if (json) printJsonLine({ type: 'error', error: e.toWire() });
  else process.stderr.write(`${e.code}: ${e.message}\n`);
  return 1;
}
