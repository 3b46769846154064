import { describe, expect, it } from 'vitest';
import type {
  AccountSummary,
  BackupState,
  CopyJobView,
  SendTestState,
  SwitchCheckState,
} from '../../src-main/contract';
import { SwitchoverError } from '../../src-main/contract';
import {
  helperReport,
  redactReport,
  reportFileName,
  type ReportSources,
} from '../../src-main/helperReport';
import { needlesFor, scanText } from '../e2e/secretsScan';

const oldPassword = 'Old-Secret-4711!';
const newPassword = 'n3w:p@ss w0rd/ä';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function summary(role: 'old' | 'new', email: string, host: string): AccountSummary {
  return {
    role,
    email,
    imap: { host: `imap.${host}`, port: 993, security: 'tls', username: email },
    smtp: { host: `smtp.${host}`, port: 587, security: 'starttls', username: email },
    passwordStorage: 'keychain',
    source: role === 'new' ? 'kit' : 'ispdb',
  };
}

const oldAccount = summary('old', 'ida@old.example', 'old.example');
const newAccount = summary('new', 'ida@new.example', 'new.example');

/** A password smuggled into every field that could carry text. */
const copyJob: CopyJobView = {
  jobId: 'job-1',
  status: 'finished',
  startedAt: '2026-11-25T10:00:00.000Z',
  finishedAt: '2026-11-25T10:05:00.000Z',
  from: oldAccount.email,
  to: newAccount.email,
  folders: 'all',
  progress: {
    jobId: 'job-1',
    phase: 'done',
    folder: '',
    messagesDone: 12,
    messagesTotal: 13,
    bytesDone: 1000,
    bytesTotal: 1200,
    rate: 0,
    etaSeconds: null,
  },
  report: {
    status: 'incomplete',
    copied: 10,
    skipped: 1,
    failed: 1,
    alreadyThere: 1,
    deletedLeftBehind: 0,
    bytes: 1000,
    seconds: 4,
    verified: false,
    folders: [
      {
        source: 'INBOX.Family',
        target: 'Family',
        sourceMessages: 13,
        alreadyThere: 1,
        copied: 10,
        deletedLeftBehind: 0,
        skipped: [{ uid: 7, size: 52_000_000, reason: 'message.too-big' }],
        failed: [
          {
            uid: 9,
            size: 100,
            reason: 'message.rejected',
            serverText: `NO [ALERT] bad password ${oldPassword}`,
          },
        ],
        verified: false,
        missingAfterVerify: 1,
      },
    ],
  },
};

const sendTest: SendTestState = {
  probeId: 'probe-1',
  phase: 'failed',
  startedAt: '2026-11-25T10:10:00.000Z',
  elapsedMs: 3000,
  timeoutMs: 60_000,
  address: newAccount.email,
  outcome: {
    ok: false,
    error: { code: 'smtp.auth-failed', message: `535 rejected ${newPassword}` },
    usedPort: 587,
    notices: [],
    transcript: [
      'S: 220 smtp.new.example ESMTP',
      'S: 250-AUTH PLAIN LOGIN',
      `C: AUTH PLAIN ${b64(`\0${newAccount.email}\0${newPassword}`)}`,
      'C: AUTH LOGIN',
      'S: 334 VXNlcm5hbWU6',
      `C: ${b64(newAccount.email)}`,
      'S: 334 UGFzc3dvcmQ6',
      `C: ${b64(newPassword)}`,
      `** password was ${b64(`x${newPassword}`)} (hex ${Buffer.from(newPassword).toString('hex').toUpperCase()})`,
      `** url ${encodeURIComponent(newPassword)}`,
      'S: 535 5.7.8 Error: authentication failed',
    ],
  },
};

const switchState: SwitchCheckState = {
  mode: 'same-address',
  address: newAccount.email,
  newAddress: newAccount.email,
  mx: {
    domain: 'new.example',
    state: 'mixed',
    resolver: { hosts: [{ exchange: 'mx.new.example', priority: 10, ttl: 300, provider: 'new' }] },
    authoritative: [],
    cached: false,
    expectedMx: ['mx.new.example'],
    estimate: { seconds: 3600, hours: 1, basis: 'record-ttl' },
    checkedAt: '2026-11-25T10:20:00.000Z',
  },
  probes: null,
  stragglers: {
    watching: true,
    since: '2026-11-25T10:00:00.000Z',
    lastCheckAt: null,
    copied: [],
    lastArrivalAt: null,
    error: { code: 'auth.failed', message: `a1 LOGIN ida ${oldPassword}` },
  },
  completion: { complete: false, waitingFor: ['mx'], quietUntil: null, keepOldAccountUntil: null },
  watch: { active: true, intervalSeconds: 300 },
  oldProviderLinks: [],
};

const backup: BackupState = {
  phase: 'failed',
  messagesDone: 3,
  messagesTotal: 13,
  bytesDone: 30,
  bytesTotal: 130,
  etaSeconds: null,
  folders: [{ path: 'INBOX', file: 'INBOX.mbox', messages: 3, bytes: 30 }],
  error: { code: 'files.write-failed', message: `disk full near ${oldPassword.toLowerCase()}` },
};

function sources(overrides: Partial<ReportSources> = {}): ReportSources {
  return {
    app: () => ({
      name: 'Switchover',
      version: '0.1.0',
      platform: 'linux',
      runtime: 'browser',
      language: 'de',
    }),
    accounts: async () => ({ old: oldAccount, new: newAccount }),
    secrets: async () => [
      { password: oldPassword, usernames: [oldAccount.email] },
      { password: newPassword, usernames: [newAccount.email] },
    ],
    kit: () => ({
      kind: 'switchover-kit',
      version: 1,
      helper: { name: 'Tom', contact: `tom@example.org ${newPassword}` },
      newAccount: {
        imap: { host: 'imap.new.example', port: 993, security: 'tls' },
        smtp: { host: 'smtp.new.example', port: 587, security: 'starttls' },
      },
    }),
    copy: () => copyJob,
    sendTest: () => sendTest,
    switchover: async () => switchState,
    health: async () => ({
      domain: 'new.example',
      checks: [
        { check: 'spf', verdict: 'good', code: 'spfOk', data: { record: `v=spf1 ${newPassword}` } },
      ],
    }),
    backup: () => backup,
    now: () => new Date(2026, 10, 25, 9, 7),
    ...overrides,
  };
}

const needles = needlesFor([
  { user: oldAccount.email, password: oldPassword },
  { user: newAccount.email, password: newPassword },
]);

describe('the report for the helper', () => {
  it('says what happened, readably, and holds no password in any form', async () => {
    const { name, text } = await helperReport(sources());
    expect(name).toBe('Switchover report 2026-11-25 090700.txt');
    expect(scanText('report', text, needles).hits).toEqual([]);
    expect(text).not.toContain(b64(newAccount.email)); // AUTH LOGIN's user name line
    // What the helper needs is still there.
    for (const expected of [
      'Switchover 0.1.0, browser mode, language de',
      'Old account: ida@old.example',
      'Incoming (IMAP): imap.old.example port 993, SSL/TLS, user name ida@old.example',
      'Outgoing (SMTP): smtp.new.example port 587, STARTTLS, user name ida@new.example',
      'Settings came from: the Thunderbird ISPDB',
      "Settings came from: the helper's kit",
      'From Tom',
      'Result: incomplete',
      'INBOX.Family → Family: 13 / 11 (copied 10, already there 1)',
      'skipped: UID 7, 52000000 bytes, message.too-big',
      'failed: UID 9, 100 bytes, message.rejected',
      'Outcome: failed, smtp.auth-failed',
      'S: 250-AUTH PLAIN LOGIN',
      'C: AUTH PLAIN [redacted]',
      'S: 535 5.7.8 Error: authentication failed',
      'MX of new.example: mixed',
      'Complete: no, waiting for mx',
      'spf: good (spfOk)',
      'failed: 3 of 13 messages',
      'INBOX → INBOX.mbox: 3 messages',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('[redacted]');
  });

  it('writes down what could not be read instead of failing', async () => {
    const { text } = await helperReport(
      sources({
        switchover: async () => {
          throw new SwitchoverError('account.missing', 'The old account is not signed in.');
        },
        health: () => new Promise(() => undefined),
        healthTimeoutMs: 50,
        copy: () => null,
        backup: () => null,
      }),
    );
    expect(text).toContain('Could not be read: account.missing: The old account is not signed in.');
    expect(text).toContain('Could not be read: no answer within 50 ms');
    expect(text).toContain('No copy has run.');
    expect(text).toContain('No backup has run.');
  });
});

describe('redactReport', () => {
  const secrets = [{ password: 'hunter2-xyz', usernames: ['max@example.org'] }];
  const scan = needlesFor([{ user: 'max@example.org', password: 'hunter2-xyz' }]);

  it.each([
    ['plain', 'the password is hunter2-xyz.'],
    ['upper case', 'HUNTER2-XYZ'],
    ['AUTH PLAIN', `C: AUTH PLAIN ${b64('\0max@example.org\0hunter2-xyz')}`],
    ['SASL PLAIN alone', `  ${b64('\0max@example.org\0hunter2-xyz')}`],
    ['base64 inside other base64, offset 1', `data:${b64('xuser=hunter2-xyz;')}`],
    ['base64 inside other base64, offset 2', `data:${b64('xyuser=hunter2-xyz;')}`],
    ['base64 glued to a word', `token=abc${b64('hunter2-xyz')}`],
    ['hex', Buffer.from('hunter2-xyz').toString('hex')],
    ['url-encoded', encodeURIComponent('pw=hunter2-xyz')],
    ['IMAP LOGIN', 'C: a1 LOGIN max@example.org "hunter2-xyz"'],
  ])('removes the password: %s', (_label, line) => {
    const out = redactReport(line, secrets);
    expect(scanText('line', out, scan).hits).toEqual([]);
    expect(out).toContain('[redacted]');
  });

  it('removes AUTH lines and 334 answers even without knowing the password', () => {
    const out = redactReport(
      ['C: AUTH PLAIN AGEAYg==', 'S: 334 UGFzc3dvcmQ6', 'C: c2VjcmV0', 'S: 235 ok'].join('\n'),
      [],
    );
    expect(out).toBe(
      ['C: AUTH PLAIN [redacted]', 'S: 334 UGFzc3dvcmQ6', 'C: [redacted]', 'S: 235 ok'].join('\n'),
    );
  });

  it('leaves ordinary text alone', () => {
    const text =
      'S: 535 5.7.8 Error: authentication failed\nS: 250-AUTH PLAIN LOGIN\nmail.example.org';
    expect(redactReport(text, secrets)).toBe(text);
  });

  it('names the file by local date and time, to the second', () => {
    expect(reportFileName(new Date(2026, 0, 2, 3, 4, 5))).toBe(
      'Switchover report 2026-01-02 030405.txt',
    );
    // Two reports a few seconds apart in the same minute: two names.
    expect(reportFileName(new Date(2026, 0, 2, 3, 4, 59))).not.toBe(
      reportFileName(new Date(2026, 0, 2, 3, 4, 5)),
    );
  });
});
