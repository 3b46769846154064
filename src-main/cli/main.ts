import module from 'node:module';
import { commands } from './commands/index';

// Compiled code of the command chunks is cached on disk (Node's own cache in the temp folder):
// a terminal command starts in a few milliseconds less each time after the first.
module.enableCompileCache?.();

/** `switchover <command> [...]`: for helpers at a terminal and for benchmarks. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const names = Object.keys(commands).sort();
    console.error(
      `Usage: switchover <command> [options]\nCommands: ${names.join(', ') || '(none)'}`,
    );
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  const command = await load();
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
// Done: whatever still holds the event loop (a keychain lookup that gave up waiting for an
// unlock prompt, say) must not keep the terminal waiting. Unref'd, so a normal end is not delayed.
setTimeout(() => process.exit(), 2000).unref();
