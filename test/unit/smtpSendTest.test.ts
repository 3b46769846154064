import type { ListResponse } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend/index';
import type { ServerSettings } from '../../src-main/contract';
import { classifyRefusal, classifySendFailure, SmtpTranscript } from '../../src-main/smtp';
import { parseAccountUrls, parseSmtpUrl } from '../../src-main/serverUrls';
import { createSettingsStore } from '../../src-main/store';
import { junkFolderOf, probeHeader, probeMessage, probeSubject } from '../../src-main/sendTest';

const server: ServerSettings = {
  host: 'smtp.example.org',
  port: 587,
  security: 'starttls',
  username: 'max@example.org',
};

/** Shaped like nodemailer's smtp-connection errors (_formatError). */
function smtpError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? 'failed')), fields);
}

describe('classifySendFailure (nodemailer errors → stable codes)', () => {
  it('maps a refused RCPT to smtp.rejected, quoting the server', () => {
    const error = smtpError({
      code: 'EENVELOPE',
      command: 'RCPT TO',
      response: '550 5.1.1 <max@example.org>: Recipient address rejected: User unknown',
      responseCode: 550,
      rejectedErrors: [
        smtpError({
          code: 'EENVELOPE',
          command: 'RCPT TO',
          recipient: 'max@example.org',
          response: '550 5.1.1 <max@example.org>: Recipient address rejected: User unknown',
        }),
      ],
    });
    const e = classifySendFailure(error, server, 'pw');
    expect(e.code).toBe('smtp.rejected');
    expect(e.message).toContain('550 5.1.1 <max@example.org>: Recipient address rejected');
    expect(e.details).toMatchObject({
      command: 'RCPT TO',
      responseCode: 550,
      temporary: false,
      recipient: 'max@example.org',
      host: 'smtp.example.org',
    });
  });

  it('tells relay denied and sender refusals apart, whichever step they come at', () => {
    expect(classifyRefusal('554 5.7.1 <a@b.test>: Relay access denied', 'RCPT TO', []).code).toBe(
      'smtp.relay-denied',
    );
    expect(classifyRefusal('550 5.7.1 Relaying denied', 'RCPT TO', []).code).toBe(
      'smtp.relay-denied',
    );
    expect(
      classifyRefusal(
        '553 5.7.1 <a@b.test>: Sender address rejected: not owned by user c@b.test',
        'RCPT TO',
        [],
      ).code,
    ).toBe('smtp.sender-rejected');
    expect(classifyRefusal('550 5.1.0 Not allowed', 'MAIL FROM', []).code).toBe(
      'smtp.sender-rejected',
    );
    expect(classifyRefusal('554 5.6.0 Message content rejected', 'DATA', []).code).toBe(
      'smtp.rejected',
    );
    const temporary = classifyRefusal('450 4.2.0 Greylisted, try later', 'RCPT TO', []);
    expect(temporary.code).toBe('smtp.rejected');
    expect(temporary.details).toMatchObject({ responseCode: 450, temporary: true });
  });

  it('keeps the password out of quoted server text', () => {
    const e = classifyRefusal('550 no such user pw-Secret-123', 'RCPT TO', ['pw-Secret-123']);
    expect(e.message).not.toContain('pw-Secret-123');
    expect(JSON.stringify(e.details)).not.toContain('pw-Secret-123');
  });

  it('leaves connection, certificate and login failures to the sign-in classifier', () => {
    const auth = smtpError({
      code: 'EAUTH',
      command: 'AUTH PLAIN',
      response: '535 5.7.8 Error: authentication failed',
      responseCode: 535,
    });
    expect(classifySendFailure(auth, server, 'pw').code).toBe('smtp.auth-failed');
    const cert = smtpError({ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(classifySendFailure(cert, server, 'pw').code).toBe('tls.untrusted');
    const refused = smtpError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' });
    expect(classifySendFailure(refused, server, 'pw').code).toBe('net.unreachable');
    const timeout = smtpError({ code: 'ETIMEDOUT' });
    expect(classifySendFailure(timeout, server, 'pw').code).toBe('net.timeout');
  });
});

describe('account addresses for `switchover send-test`', () => {
  it('parses smtp:// with percent-encoded users, port defaults and tls modes', () => {
    expect(parseSmtpUrl('smtp://max%40new.test@smtp.new.test')).toEqual({
      host: 'smtp.new.test',
      port: 587,
      security: 'starttls',
      username: 'max@new.test',
    });
    expect(parseSmtpUrl('smtp://u@h.test:465')).toMatchObject({ port: 465, security: 'tls' });
    expect(parseSmtpUrl('smtps://u@h.test')).toMatchObject({ port: 465, security: 'tls' });
    expect(parseSmtpUrl('smtp://u@127.0.0.3:25?tls=none')).toMatchObject({ security: 'plain' });
    expect(() => parseSmtpUrl('smtp://u@mail.example.org?tls=none')).toThrow(/loopback/);
    expect(() => parseSmtpUrl('smtp://u:secret@h.test')).toThrow(/SWITCHOVER_PASSWORD/);
    expect(() => parseSmtpUrl('smtp://u@h.test?tls=maybe')).toThrow(/Unknown tls/);
    expect(() => parseSmtpUrl('http://u@h.test')).toThrow(/smtp/);
  });

  it('takes both addresses in one argument or two, the email from the user name', () => {
    const one = parseAccountUrls([
      'smtp://max%40new.test@127.0.0.3:587?tls=starttls imap://max%40new.test@127.0.0.3:993',
    ]);
    expect(one.email).toBe('max@new.test');
    expect(one.imap).toEqual({
      host: '127.0.0.3',
      port: 993,
      security: 'tls',
      username: 'max@new.test',
    });
    const two = parseAccountUrls(['imap://max@h.test', 'smtp://max@h.test'], 'max@new.test');
    expect(two.email).toBe('max@new.test');
    expect(() => parseAccountUrls(['smtp://max@h.test'])).toThrow(/one smtp:\/\/ and one imap/);
    expect(() => parseAccountUrls(['smtp://max@h.test imap://max@h.test'])).toThrow(/--email/);
  });
});

describe('the probe message and its transcript', () => {
  it('is tagged uniquely, from and to the new address, in the app’s language', () => {
    const a = probeMessage('max@new.test', 'de');
    const b = probeMessage('max@new.test', 'fr', 'oma@family.test');
    expect(a.token).not.toBe(b.token);
    expect(a.headers[probeHeader]).toBe(a.token);
    expect(a.messageId).toBe(`<switchover-probe-${a.token}@new.test>`);
    expect(a.subject).toBe(probeSubject);
    expect(a.from).toBe('max@new.test');
    expect(a.to).toEqual(['max@new.test']);
    expect(a.text).toMatch(/Testnachricht/);
    expect(b.to).toEqual(['max@new.test', 'oma@family.test']);
    expect(b.text).toMatch(/message de test/);
    expect(probeMessage('max@new.test', 'en', 'MAX@new.test').to).toEqual(['max@new.test']);
  });

  it('keeps the SMTP conversation with credentials and the message itself removed', () => {
    const password = 'Sup3r-Secret';
    const t = new SmtpTranscript([password]);
    t.logger.debug({ tnx: 'server' }, '220 mail.new.test ESMTP');
    t.logger.debug({ tnx: 'client' }, 'AUTH PLAIN AG1heEBuZXcudGVzdAAvKiBzZWNyZXQgKi8=');
    t.logger.debug({ tnx: 'client' }, `AUTH LOGIN ${Buffer.from(password).toString('base64')}`);
    t.logger.debug({ tnx: 'message' }, 'Subject: private words');
    t.logger.info({ tnx: 'smtp' }, 'User %s said %s', '"max"', password);
    t.note('trying port 465');
    expect(t.lines).toEqual([
      'S: 220 mail.new.test ESMTP',
      'C: AUTH [redacted]',
      'C: AUTH [redacted]',
      '** User "max" said [redacted]',
      '** trying port 465',
    ]);
  });

  it('finds Junk by SPECIAL-USE first, then by well-known names', () => {
    const box = (path: string, specialUse?: string) =>
      ({ path, delimiter: '/', flags: new Set<string>(), specialUse }) as unknown as ListResponse;
    expect(junkFolderOf([box('INBOX'), box('Spam'), box('Unwanted', '\\Junk')])).toBe('Unwanted');
    expect(junkFolderOf([box('INBOX'), box('INBOX/Spam')])).toBe('INBOX/Spam');
    expect(junkFolderOf([box('INBOX'), box('Junk E-mail')])).toBe('Junk E-mail');
    expect(junkFolderOf([box('INBOX'), box('Archive')])).toBeUndefined();
  });
});

describe('sendTest calls in the contract', () => {
  const backend = () =>
    createBackend({
      name: 'Switchover',
      version: '1.0.0',
      platform: 'linux',
      runtime: 'browser',
      systemLocale: 'en',
      settings: createSettingsStore({ store: {} }),
      secretStores: [],
    });

  it('has no test before the first click, and needs a signed-in new account', async () => {
    const { dispatcher } = backend();
    expect(await dispatcher.dispatch('sendTest.status', {})).toEqual({
      ok: true,
      value: { current: null },
    });
    expect(await dispatcher.dispatch('sendTest.start', {})).toMatchObject({
      ok: false,
      error: { code: 'account.missing' },
    });
    expect(
      await dispatcher.dispatch('sendTest.confirmExtra', { probeId: 'nope', arrived: true }),
    ).toMatchObject({ ok: false, error: { code: 'ipc.invalid-input' } });
  });

  it('refuses malformed input before any work', async () => {
    const { dispatcher } = backend();
    for (const input of [
      { to: 'not an address' },
      { timeoutSeconds: 1 },
      { timeoutSeconds: 10_000 },
      { password: 'x' },
    ]) {
      expect(await dispatcher.dispatch('sendTest.start', input)).toMatchObject({
        ok: false,
        error: { code: 'ipc.invalid-input' },
      });
    }
  });
});
