// What the `switchover` commands say in English: counts with their plurals right.

import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src-main/cli/commands/copy';

/** What the summary reads of a report: nothing copied, nothing else, unless told otherwise. */
const report = (counts: Partial<Parameters<typeof summaryText>[0]>) => ({
  status: 'complete' as const,
  copied: 0,
  skipped: 0,
  failed: 0,
  alreadyThere: 0,
  deletedLeftBehind: 0,
  ...counts,
});

describe('switchover copy: the summary', () => {
  it('says 1 deleted message, 2 deleted messages, 1 message copied', () => {
    expect(summaryText(report({ copied: 1, deletedLeftBehind: 1 }))).toBe(
      '1 message copied, 1 deleted message left behind. Every message is on the new side.',
    );
    expect(summaryText(report({ copied: 0, alreadyThere: 3, deletedLeftBehind: 2 }))).toBe(
      '0 messages copied, 3 already there, 2 deleted messages left behind. Every message is on the new side.',
    );
  });

  it('ends with what to do when the copy did not finish', () => {
    expect(
      summaryText(
        report({
          status: 'stopped',
          copied: 2,
          failed: 1,
          stopReason: { code: 'quota.exceeded', message: 'full' },
        }),
      ),
    ).toBe(
      '2 messages copied, 1 not copied. The copy stopped (quota.exceeded); run it again to continue.',
    );
    expect(summaryText(report({ status: 'incomplete', skipped: 1 }))).toBe(
      '0 messages copied, 1 too big for the new provider. Some messages are missing on the new side; see the list.',
    );
  });
});
