import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-main/contract';
import {
  mobileconfigXml,
  phoneAccount,
  phoneSettingsText,
  phoneSetupFor,
  profileFileName,
} from '../../src-main/phoneSetup';
import { qrRowsOf, readProfile, type Plist } from './profileReader';

const account: AccountSummary = {
  role: 'new',
  email: 'ida@family.example',
  imap: { host: 'imap.family.example', port: 993, security: 'tls', username: 'ida@family.example' },
  smtp: {
    host: 'smtp.family.example',
    port: 587,
    security: 'starttls',
    username: 'ida@family.example',
  },
  passwordStorage: 'keychain',
  source: 'kit',
};

describe('phone setup', () => {
  it('gives the new account’s servers and a QR code of exactly the settings text', () => {
    const setup = phoneSetupFor(account);
    expect(setup.address).toBe('ida@family.example');
    expect(setup.incoming).toEqual(account.imap);
    expect(setup.outgoing).toEqual(account.smtp);
    const text = phoneSettingsText(setup);
    expect(text).toBe(
      [
        'Email: ida@family.example',
        'Incoming (IMAP): imap.family.example, port 993, SSL/TLS',
        'Outgoing (SMTP): smtp.family.example, port 587, STARTTLS',
        'User name: ida@family.example',
        'Password: the one of your new email',
      ].join('\n'),
    );
    expect(setup.qr.rows).toEqual(qrRowsOf(text));
    expect(setup.qr.rows).toHaveLength(setup.qr.size);
    for (const row of setup.qr.rows) expect(row).toMatch(new RegExp(`^[01]{${setup.qr.size}}$`));
    // The finder pattern: a QR code, not noise (7 dark modules across the top-left corner).
    expect(setup.qr.rows[0]?.slice(0, 7)).toBe('1111111');
    // A different text makes a different code.
    expect(qrRowsOf(`${text} `)).not.toEqual(setup.qr.rows);
  });

  it('names both user names when they differ', () => {
    const text = phoneSettingsText(
      phoneAccount({ ...account, smtp: { ...account.imap, port: 465, username: 'ida' } }),
    );
    expect(text).toContain('User name (incoming): ida@family.example');
    expect(text).toContain('User name (outgoing): ida');
  });

  it('refuses an account without an outgoing server', () => {
    expect(() => phoneSetupFor({ ...account, smtp: undefined })).toThrow(
      expect.objectContaining({ code: 'settings.not-found' }),
    );
  });
});

describe('.mobileconfig', () => {
  it('is an Apple mail profile with the servers and no password', () => {
    const xml = mobileconfigXml(phoneAccount(account));
    const profile = readProfile(xml);
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadVersion).toBe(1);
    expect(profile.PayloadIdentifier).toBe('org.switchover.desktop.profile.ida-family-example');
    const content = profile.PayloadContent as Record<string, Plist>[];
    expect(content).toHaveLength(1);
    const mail = content[0] ?? {};
    expect(mail).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      PayloadIdentifier: 'org.switchover.desktop.mail.ida-family-example',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: 'ida@family.example',
      IncomingMailServerHostName: 'imap.family.example',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerUsername: 'ida@family.example',
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerHostName: 'smtp.family.example',
      OutgoingMailServerPortNumber: 587,
      // STARTTLS: no implicit TLS; Mail negotiates STARTTLS on 587 itself.
      OutgoingMailServerUseSSL: false,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    expect(Object.keys(mail).filter((key) => /password/i.test(key))).toEqual([
      'OutgoingPasswordSameAsIncomingPassword',
    ]);
    for (const uuid of [profile.PayloadUUID, mail.PayloadUUID]) {
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    }
    expect(profile.PayloadUUID).not.toBe(mail.PayloadUUID);
  });

  it('keeps identifiers stable and makes fresh UUIDs each time', () => {
    const first = readProfile(mobileconfigXml(phoneAccount(account)));
    const second = readProfile(mobileconfigXml(phoneAccount(account)));
    expect(second.PayloadIdentifier).toBe(first.PayloadIdentifier);
    expect(second.PayloadUUID).not.toBe(first.PayloadUUID);
  });

  it('escapes what XML would read as markup', () => {
    const tricky = `o'neil&<b>"x"</b>`;
    const xml = mobileconfigXml(
      phoneAccount({
        ...account,
        email: "o'neil&co@family.example",
        imap: { ...account.imap, username: tricky },
      }),
      { displayName: 'Ida </string><key>IncomingPassword</key><string>x' },
    );
    expect(xml).not.toContain('<b>');
    const mail = (readProfile(xml).PayloadContent as Record<string, Plist>[])[0] ?? {};
    expect(mail.IncomingMailServerUsername).toBe(tricky);
    expect(mail.EmailAddress).toBe("o'neil&co@family.example");
    expect(mail.EmailAccountName).toBe('Ida </string><key>IncomingPassword</key><string>x');
    expect(mail.IncomingPassword).toBeUndefined();
  });

  it('keeps names beyond ASCII as they are, in the UTF-8 the profile declares', () => {
    const name = 'Jürgen Müller «Ω» 日本 😀';
    const xml = mobileconfigXml(
      phoneAccount({ ...account, imap: { ...account.imap, username: 'jürgen@bücher.example' } }),
      { displayName: name },
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain(`<string>${name}</string>`);
    const mail = (readProfile(xml).PayloadContent as Record<string, Plist>[])[0] ?? {};
    expect(mail.EmailAccountName).toBe(name);
    expect(mail.IncomingMailServerUsername).toBe('jürgen@bücher.example');
  });

  it('is saved under a name every file system takes', () => {
    expect(profileFileName('ida@family.example')).toBe('ida@family.example on iPhone.mobileconfig');
    expect(profileFileName('a/b\\c:d*e?f"g<h>i|j\u0001@x.test')).toBe(
      'a-b-c-d-e-f-g-h-i-j-@x.test on iPhone.mobileconfig',
    );
  });
});
