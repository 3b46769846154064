import { SwitchoverError } from '../errors';

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
