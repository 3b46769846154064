/**
 * Modified UTF-7 for mailbox names (RFC 3501 §5.1.3). imapflow converts names for its own
 * commands; the append pipeline talks to the server directly and needs the same encoding.
 */

function isDirect(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

function encodeRun(run: string): string {
  const bytes = Buffer.alloc(run.length * 2);
  for (let i = 0; i < run.length; i++) bytes.writeUInt16BE(run.charCodeAt(i), i * 2);
  return `&${bytes.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
}

/**
 * `direct` says which characters stay as they are (printable ASCII for mailbox names); every
 * other run goes base64 between `&` and `-`, and `&` itself is `&-`.
 */
export function encodeModifiedUtf7(
  name: string,
  direct: (code: number) => boolean = isDirect,
): string {
  let out = '';
  let run = '';
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (direct(code)) {
      if (run) {
        out += encodeRun(run);
        run = '';
      }
      out += char === '&' ? '&-' : char;
    } else {
      run += char;
    }
  }
  return run ? out + encodeRun(run) : out;
}

export function decodeModifiedUtf7(name: string): string {
  return name.replace(/&([^-]*)-/g, (_match, encoded: string) => {
    if (encoded === '') return '&';
    const bytes = Buffer.from(encoded.replace(/,/g, '/'), 'base64');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  });
}
