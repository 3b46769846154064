// Hiding capabilities the way a provider that lacks them would answer: from "* CAPABILITY …"
// and from [CAPABILITY …] response codes (greeting, LOGIN/AUTHENTICATE OK).

function without(list: string, hidden: ReadonlySet<string>): string {
  return list
    .split(' ')
    .filter((cap) => !hidden.has(cap.toUpperCase()))
    .join(' ');
}

/** `line` (a response's first line) without the hidden capabilities; unchanged if none apply. */
export function hideCapabilities(line: string, hidden: ReadonlySet<string>): string {
  if (hidden.size === 0) return line;
  const untagged = /^(\* CAPABILITY )([^\r\n]*)(\r?\n)$/i.exec(line);
  if (untagged) return `${untagged[1]}${without(untagged[2] ?? '', hidden)}${untagged[3]}`;
  return line.replace(
    /\[CAPABILITY ([^\]]*)\]/i,
    (_all, caps: string) => `[CAPABILITY ${without(caps, hidden)}]`,
  );
}
