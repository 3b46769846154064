/**
 * A small, strict XML reader for autoconfig documents (config-v1.1.xml): elements, attributes,
 * text, comments, CDATA, processing instructions and the five named plus numeric entities. No
 * DOCTYPE (so no entity expansion tricks) and no namespaces; anything malformed throws.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The concatenated text directly inside this element, entities decoded. */
  text: string;
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;\s&]{1,10});/g, (match, name: string) => {
    const named = namedEntities[name];
    if (named !== undefined) return named;
    const numeric = /^#x([0-9a-f]{1,6})$/i.exec(name) ?? /^#([0-9]{1,7})$/.exec(name);
    if (numeric?.[1] !== undefined) {
      const code = Number.parseInt(numeric[1], name.startsWith('#x') ? 16 : 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new Error(`unknown entity ${match}`);
  });
}

const namePattern = /^[A-Za-z_][\w.-]*(?::[\w.-]+)?/;

export function parseXml(source: string, maxLength = 1_000_000): XmlElement {
  if (source.length > maxLength) throw new Error('document too large');
  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}`);
  };
  const skipUntil = (end: string) => {
    const found = source.indexOf(end, at);
    if (found < 0) fail(`missing ${end}`);
    const content = source.slice(at, found);
    at = found + end.length;
    return content;
  };

  while (at < source.length) {
    const next = source.indexOf('<', at);
    const text = source.slice(at, next < 0 ? source.length : next);
    const current = stack.at(-1);
    if (text.length > 0) {
      if (current) current.text += decodeEntities(text);
      else if (text.trim() !== '') fail('text outside the root element');
    }
    if (next < 0) break;
    at = next;
    if (source.startsWith('<!--', at)) {
      at += 4;
      skipUntil('-->');
    } else if (source.startsWith('<![CDATA[', at)) {
      if (!current) fail('CDATA outside the root element');
      at += 9;
      const cdata = skipUntil(']]>');
      if (current) current.text += cdata;
    } else if (source.startsWith('<?', at)) {
      at += 2;
      skipUntil('?>');
    } else if (source.startsWith('<!', at)) {
      fail('DOCTYPE and other declarations are not accepted');
    } else if (source.startsWith('</', at)) {
      at += 2;
      const name = namePattern.exec(source.slice(at, at + 200))?.[0];
      if (name === undefined) fail('bad closing tag');
      at += (name ?? '').length;
      while (/\s/.test(source[at] ?? '')) at += 1;
      if (source[at] !== '>') fail('bad closing tag');
      at += 1;
      const open = stack.pop();
      if (open?.name !== name) fail(`</${name ?? ''}> does not close <${open?.name ?? ''}>`);
    } else {
      at += 1;
      const name = namePattern.exec(source.slice(at, at + 200))?.[0];
      if (name === undefined) fail('bad tag');
      const element: XmlElement = { name: name ?? '', attributes: {}, children: [], text: '' };
      at += element.name.length;
      for (;;) {
        const spaces = /^\s*/.exec(source.slice(at, at + 1000))?.[0].length ?? 0;
        at += spaces;
        if (source.startsWith('/>', at) || source[at] === '>') break;
        if (spaces === 0) fail('attributes must be separated by spaces');
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(
          source.slice(at, at + 10_000),
        );
        if (!attribute?.[1]) fail('bad attribute');
        const [whole = '', key = '', , double, single] = attribute ?? [];
        if (key in element.attributes) fail(`duplicate attribute ${key}`);
        element.attributes[key] = decodeEntities(double ?? single ?? '');
        at += whole.length;
      }
      const selfClosing = source.startsWith('/>', at);
      at += selfClosing ? 2 : 1;
      if (current) current.children.push(element);
      else if (root === undefined) root = element;
      else fail('more than one root element');
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)?.name ?? ''}> is not closed`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The direct children with this name (autoconfig element names are case-sensitive). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  const child = element.children.find((c) => c.name === name);
  return child?.text.trim();
}
