// `npm run mailstack -- start|stop|status|check [--dir DIR] [--ports auto|standard|high]`
// Prints JSON on stdout; the stack started by `start` keeps running after this exits. `check`
// proves the stack delivers mail (the running one, or one started for it and stopped after).

import { isMailStackRunning, readEndpoints, startMailStack, stopMailStack } from './index';
import type { StartOptions } from './index';
import { selfCheck } from './selfCheck';
import { resolveDir } from './stack';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: readonly string[]): Promise<void> {
  const [command] = args;
  const dir = option(args, '--dir');
  switch (command) {
    case 'start': {
      const began = Date.now();
      const ports = option(args, '--ports') as StartOptions['ports'];
      const stack = await startMailStack({ dir, ports });
      process.stderr.write(`mailstack: started in ${Date.now() - began} ms\n`);
      process.stdout.write(`${JSON.stringify(stack.endpoints, null, 2)}\n`);
      return;
    }
    case 'stop':
      await stopMailStack(dir);
      process.stdout.write(`${JSON.stringify({ running: false })}\n`);
      return;
    case 'status': {
      const running = await isMailStackRunning(dir);
      const endpoints = running ? await readEndpoints(dir) : undefined;
      const where = resolveDir(dir);
      process.stdout.write(`${JSON.stringify({ running, dir: where, endpoints }, null, 2)}\n`);
      return;
    }
    case 'check':
      process.stdout.write(`${JSON.stringify(await selfCheck(dir), null, 2)}\n`);
      return;
    default:
      throw new Error(
        'usage: cli.ts start|stop|status|check [--dir DIR] [--ports auto|standard|high]',
      );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
