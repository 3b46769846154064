// The one option parser of the `switchover` commands.

import { describe, expect, it } from 'vitest';
import { argsOrExit, parseOptions, timeoutOption, UsageError } from '../../src-main/cli/options';

const spec = {
  values: ['--from', '--timeout'],
  lists: ['--folder', '--account'],
  urlContinues: ['--account'],
  flags: ['--json'],
};

describe('parseOptions', () => {
  it('reads values, repeated lists and flags', () => {
    const o = parseOptions(
      [
        '--from',
        'imap://a@h',
        '--folder',
        'A',
        '--json',
        '--folder',
        'B/C',
        '--from',
        'imap://b@h',
      ],
      spec,
    );
    expect(o.values.get('--from')).toBe('imap://b@h');
    expect(o.lists.get('--folder')).toEqual(['A', 'B/C']);
    expect(o.lists.get('--account')).toEqual([]);
    expect(o.flags.has('--json')).toBe(true);
  });

  it('lets a URL word follow only the list options that take two URLs', () => {
    const o = parseOptions(['--account', 'smtp://u@h', 'imap://u@h'], spec);
    expect(o.lists.get('--account')).toEqual(['smtp://u@h', 'imap://u@h']);
    expect(() => parseOptions(['--folder', 'A', 'imap://u@h'], spec)).toThrow(
      'Unknown option imap://u@h',
    );
  });

  it('refuses what it does not know, and a missing value; --help asks for the usage alone', () => {
    expect(() => parseOptions(['--frm', 'x'], spec)).toThrow(UsageError);
    expect(() => parseOptions(['--from'], spec)).toThrow('--from needs a value');
    const help = (() => {
      try {
        parseOptions(['--json', '-h'], spec);
      } catch (error) {
        return error;
      }
    })();
    expect(help).toBeInstanceOf(UsageError);
    expect((help as Error).message).toBe('');
  });

  it('takes a value after "=" as well as the next word; a flag takes none', () => {
    const o = parseOptions(['--from=imap://a@h?tls=none', '--folder=A=B', '--folder', 'C'], spec);
    expect(o.values.get('--from')).toBe('imap://a@h?tls=none');
    expect(o.lists.get('--folder')).toEqual(['A=B', 'C']);
    expect(parseOptions(['--from='], spec).values.get('--from')).toBe('');
    expect(() => parseOptions(['--json=yes'], spec)).toThrow('--json takes no value');
    expect(() => parseOptions(['--frm=x'], spec)).toThrow('Unknown option --frm');
  });

  it('takes a timeout in seconds within bounds', () => {
    expect(timeoutOption(undefined, 120_000)).toBe(120_000);
    expect(timeoutOption('2.5', 1)).toBe(2500);
    expect(() => timeoutOption('0', 1)).toThrow('--timeout takes seconds (1 to 3600)');
    expect(() => timeoutOption('soon', 1)).toThrow(UsageError);
  });
});

describe('argsOrExit', () => {
  it('gives the arguments, 2 with the reason and usage for a wrong line, 0 for --help', () => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      expect(argsOrExit(() => parseOptions(['--json'], spec), 'USAGE')).toMatchObject({
        flags: new Set(['--json']),
      });
      expect(argsOrExit(() => parseOptions(['--nope'], spec), 'USAGE')).toBe(2);
      expect(argsOrExit(() => parseOptions(['--help'], spec), 'USAGE')).toBe(0);
    } finally {
      process.stderr.write = write;
    }
    expect(written).toEqual(['Unknown option --nope\nUSAGE\n', 'USAGE\n']);
  });
});
