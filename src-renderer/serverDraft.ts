import {
  serverSettingsSchema,
  type Kit,
  type Security,
  type ServerSettings,
} from '../src-main/contract';

/** Server settings as the "Details" form holds them: the port stays text while it is typed. */
export interface ServerDraft {
  host: string;
  port: string;
  security: Security;
  username: string;
}

export interface DraftProblems {
  host: boolean;
  port: boolean;
  username: boolean;
}

export function toDraft(settings: ServerSettings): ServerDraft {
  return { ...settings, port: String(settings.port) };
}

function parsePort(port: string): number {
  return /^\d{1,5}$/.test(port.trim()) ? Number(port.trim()) : Number.NaN;
}

/** The settings the draft describes, or undefined while any field is not usable yet. */
export function fromDraft(draft: ServerDraft): ServerSettings | undefined {
  const parsed = serverSettingsSchema.safeParse({
    host: draft.host.trim(),
    port: parsePort(draft.port),
    security: draft.security,
    username: draft.username.trim(),
  });
  return parsed.success ? parsed.data : undefined;
}

export function draftProblems(draft: ServerDraft): DraftProblems {
  const shape = serverSettingsSchema.shape;
  return {
    host: !shape.host.safeParse(draft.host.trim()).success,
    port: !shape.port.safeParse(parsePort(draft.port)).success,
    username: !shape.username.safeParse(draft.username.trim()).success,
  };
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function localPartOf(email: string): string {
  return email.slice(0, email.lastIndexOf('@'));
}

/** Fills Thunderbird-style placeholders (and the kit's {localpart}) with parts of an address. */
export function fillAddressPattern(pattern: string, email: string): string {
  return pattern
    .replaceAll('%EMAILADDRESS%', email)
    .replaceAll('%EMAILLOCALPART%', localPartOf(email))
    .replaceAll('%EMAILDOMAIN%', domainOf(email))
    .replaceAll('{localpart}', localPartOf(email))
    .replaceAll('{email}', email)
    .replaceAll('{domain}', domainOf(email));
}

/** A starting point for typing settings by hand when nothing was found. */
export function guessedDrafts(email: string): { imap: ServerDraft; smtp: ServerDraft } {
  const domain = domainOf(email);
  return {
    imap: { host: domain ? `imap.${domain}` : '', port: '993', security: 'tls', username: email },
    smtp: {
      host: domain ? `smtp.${domain}` : '',
      port: '587',
      security: 'starttls',
      username: email,
    },
  };
}

/** The new account's settings straight from a kit, for when the main side cannot answer. */
export function draftsFromKit(kit: Kit, email: string): { imap: ServerDraft; smtp: ServerDraft } {
  const { imap, smtp } = kit.newAccount;
  const draft = (server: typeof imap): ServerDraft => ({
    host: server.host,
    port: String(server.port),
    security: server.security,
    username: fillAddressPattern(server.username ?? email, email),
  });
  return { imap: draft(imap), smtp: draft(smtp) };
}

/** The address a kit prepares: given outright, or made from a pattern and the old address. */
export function emailFromKit(kit: Kit | null, oldEmail: string | undefined): string {
  if (!kit) return '';
  if (kit.newAccount.email) return kit.newAccount.email;
  const pattern = kit.newAccount.emailPattern;
  if (pattern && oldEmail) return fillAddressPattern(pattern, oldEmail);
  return '';
}
