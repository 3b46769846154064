/**
 * Removes credentials from technical text before it is shown under "Details" or logged: the
 * password wherever it appears (also base64-encoded, as in AUTH PLAIN), and every AUTH/LOGIN
 * command line whole.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 3) continue;
    for (const form of [secret, Buffer.from(secret).toString('base64')]) {
      out = out.split(form).join('[redacted]');
    }
  }
  return (
    out
      // Protocol commands are upper case; "Invalid login: 535 …" from a server stays readable.
      .replace(/^(\s*(?:\S+\s+)?(?:LOGIN|AUTHENTICATE|AUTH)\s).*$/gm, '$1[redacted]')
      .slice(0, 2000)
  );
}
