// A small mboxrd reader for the tests (the app only writes mbox): every line starting "From " is
// a separator, one ">" comes off each ">…>From " line, and the blank line after each message
// is not part of it.

export interface MboxMessage {
  separator: string;
  /** The message's bytes as written (LF line ends). */
  body: Buffer;
}

export function readMboxrd(file: Buffer): MboxMessage[] {
  if (file.length === 0) return [];
  // latin1 maps bytes to characters one to one, so the bytes survive the round trip.
  const lines = file.toString('latin1').split('\n');
  if (lines.at(-1) !== '') throw new Error('mbox does not end with a line end');
  lines.pop();
  const messages: { separator: string; lines: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('From ')) messages.push({ separator: line, lines: [] });
    else {
      const current = messages.at(-1);
      if (!current) throw new Error('mbox does not start with a From line');
      current.lines.push(line.replace(/^>(>*From )/, '$1'));
    }
  }
  return messages.map((m) => {
    if (m.lines.at(-1) !== '') throw new Error(`no blank line after message "${m.separator}"`);
    const body = m.lines.slice(0, -1);
    return {
      separator: m.separator,
      body: Buffer.from(body.length ? `${body.join('\n')}\n` : '', 'latin1'),
    };
  });
}
