/** A password the app holds, and the user names it goes with (for SASL PLAIN's form of it). */
export interface ReportSecret {
  password: string;
  usernames: readonly string[];
}

const mark = '[redacted]';

/** Too short to say anything: a few characters turn up anywhere in a report. */
const minimumSecret = 3;

/**
 * The forms a password takes in logs: itself, URL-encoded, hex, SASL PLAIN's base64 of
 * `\0user\0password`, and base64 at each of the three alignments it can have inside a longer
 * base64 text.
 */
function literalForms({ password, usernames }: ReportSecret): string[] {
  const bytes = Buffer.from(password, 'utf8');
  const forms = [password, encodeURIComponent(password), bytes.toString('hex')];
  for (let k = 0; k < 3; k += 1) {
    const rest = bytes.subarray(k);
    const whole = Math.floor(rest.length / 3) * 4;
    if (whole >= 8) forms.push(rest.toString('base64').slice(0, whole));
  }
  for (const user of usernames) {
    forms.push(Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64'));
  }
  return [...new Set(forms)].filter((form) => form.length >= minimumSecret);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A run of base64 that decodes (at any start within its first four characters) to a secret. */
function hidesSecret(run: string, secrets: readonly Buffer[]): boolean {
  for (let start = 0; start < 4 && run.length - start >= 8; start += 1) {
    const decoded = Buffer.from(run.slice(start), 'base64');
    if (secrets.some((secret) => decoded.includes(secret))) return true;
  }
  return false;
}

/**
 * The report's one redaction pass: every password the app holds in every form above (hex in
 * either case), any base64 run that decodes to one, the rest of every "AUTH <mechanism>",
 * "AUTHENTICATE <mechanism>" and LOGIN command line, and the client's answer to an SMTP "334"
 * challenge (AUTH LOGIN sends the user name and the password there, one line each).
 */
export function redactReport(text: string, secrets: readonly ReportSecret[]): string {
  let out = text;
  const usable = secrets.filter((secret) => secret.password.length >= minimumSecret);
  const forms = usable.flatMap(literalForms).sort((a, b) => b.length - a.length);
  for (const form of forms) {
    out = out.replace(new RegExp(escapeRegExp(form), 'gi'), mark);
  }
  const raw = usable.map((secret) => Buffer.from(secret.password, 'utf8'));
  if (raw.length > 0) {
    out = out.replace(/[A-Za-z0-9+/_-]{8,}={0,2}/g, (run) => (hidesSecret(run, raw) ? mark : run));
  }
  const lines = out.split('\n');
  return lines
    .map((line, index) => {
      const previous = index > 0 ? (lines[index - 1] ?? '') : '';
      if (/^\s*S:\s*334(\s|$)/.test(previous) && /^\s*C:/.test(line)) {
        return line.replace(/^(\s*C:).*$/, `$1 ${mark}`);
      }
      // Protocol verbs are upper case; a server's "Invalid login: 535 …" stays readable.
      return line.replace(
        /^(\s*(?:[CS]:\s*)?(?:\S+\s+)?(?:(?:AUTHENTICATE|AUTH)\s+[A-Z0-9_-]+|LOGIN)\s).*$/,
        `$1${mark}`,
      );
    })
    .join('\n');
}
