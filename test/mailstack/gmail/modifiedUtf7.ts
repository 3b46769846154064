// IMAP's modified UTF-7 (RFC 3501 5.1.3) for mailbox names: what Gmail puts on the wire for a
// label like "Übersee" (&ANw-bersee), and what Dovecot's LAYOUT=fs names its directories.
// Its own copy, not src-main's: the stack must run from a checkout that holds only test/mailstack.

function isPlain(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

export function encodeModifiedUtf7(name: string): string {
  let out = '';
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const bytes = Buffer.alloc(pending.length * 2);
    pending.forEach((unit, i) => bytes.writeUInt16BE(unit, i * 2));
    out += `&${bytes.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
    pending = [];
  };
  for (let i = 0; i < name.length; i += 1) {
    const unit = name.charCodeAt(i);
    if (isPlain(unit)) {
      flush();
      out += unit === 0x26 ? '&-' : name[i];
    } else {
      pending.push(unit);
    }
  }
  flush();
  return out;
}

export function decodeModifiedUtf7(wire: string): string {
  return wire.replace(/&([^-]*)-/g, (_, run: string) => {
    if (run === '') return '&';
    const bytes = Buffer.from(run.replace(/,/g, '/'), 'base64');
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2)
      text += String.fromCharCode(bytes.readUInt16BE(i));
    return text;
  });
}
