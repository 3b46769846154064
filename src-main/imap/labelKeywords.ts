import { decodeModifiedUtf7, encodeModifiedUtf7 } from './modifiedUtf7';

/**
 * Gmail labels kept as IMAP keywords on the one copy of a message. A label whose name is an atom
 * (RFC 3501 flag-keyword) is the keyword of the same name. Any other name — a space, a
 * parenthesis, a non-ASCII letter — is written the way IMAP writes mailbox names (modified UTF-7,
 * RFC 3501 §5.1.3), with the characters an atom cannot hold (space ( ) { % * " \ ]) also in the
 * base64 runs: "Receipts 2020" → "Receipts&ACA-2020", "Übersee" → "&ANw-bersee". Any modified
 * UTF-7 decoder reads such a keyword back (keywordLabel).
 */

const atomChar = (code: number): boolean =>
  code > 0x20 && code < 0x7f && !'(){%*"\\]'.includes(String.fromCharCode(code));

/** An atom that is not a system flag: usable as a keyword as it is. */
export function isKeywordAtom(name: string): boolean {
  if (name === '' || name.startsWith('\\')) return false;
  for (const char of name) if (!atomChar(char.codePointAt(0) ?? 0)) return false;
  return true;
}

export function labelKeyword(label: string): string {
  if (isKeywordAtom(label)) return label;
  // `&` opens a base64 run, so it is written `&-`; a leading `\` would make a system flag.
  const encoded = encodeModifiedUtf7(label, (code) => atomChar(code) && code !== 0x5c);
  return encoded;
}

/** The label a keyword stands for: its base64 runs decoded (an atom label comes back as is). */
export function keywordLabel(keyword: string): string {
  const decoded = decodeModifiedUtf7(keyword);
  return labelKeyword(decoded) === keyword ? decoded : keyword;
}
