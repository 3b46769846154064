/**
 * The XML reader for autoconfig documents (config-v1.1.xml), on fast-xml-parser: a DOCTYPE is
 * refused outright, well-formedness is checked first (XMLValidator), and the parser expands no
 * entities at all (processEntities off), so no DTD trick (billion laughs, external entities) can
 * reach it. The five XML entities and character references are decoded here, strictly: any other
 * entity is an error, as it is in XML without a DTD.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** fast-xml-parser's ordered form: { name: content, ':@': attributes } or { '#text': text }. */
type OrderedNode = { [key: string]: OrderedNode[] | string | Record<string, string> };

const textOf = (node: OrderedNode) => String(node['#text'] ?? '');
const cdataOf = (node: OrderedNode) => (node['#cdata'] as OrderedNode[]).map(textOf).join('');

function elementOf(node: OrderedNode): XmlElement {
  const name = Object.keys(node).find((key) => key !== ':@') ?? '';
  const attributes: Record<string, string> = {};
  for (const [key, raw] of Object.entries((node[':@'] ?? {}) as Record<string, string>)) {
    if (raw.includes('<')) throw new Error(`< in the value of attribute ${key}`);
    attributes[key] = decodeEntities(raw);
  }
  const element: XmlElement = { name, attributes, children: [], text: '' };
  for (const child of node[name] as OrderedNode[]) {
    if ('#text' in child) element.text += decodeEntities(textOf(child));
    else if ('#cdata' in child) element.text += cdataOf(child);
    else element.children.push(elementOf(child));
  }
  return element;
}

export function parseXml(source: string, maxLength = 1_000_000): XmlElement {
  if (source.length > maxLength) throw new Error('document too large');
  const xml = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE and other declarations are not accepted');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const top = parser.parse(xml) as OrderedNode[];
  if (top.some((node) => '#cdata' in node || ('#text' in node && textOf(node).trim() !== ''))) {
    throw new Error('text outside the root element');
  }
  const roots = top.filter((node) => !('#text' in node));
  if (roots.length > 1) throw new Error('more than one root element');
  const [root] = roots;
  if (root === undefined) throw new Error('no root element');
  return elementOf(root);
}

/** The direct children with this name (autoconfig element names are case-sensitive). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  const child = element.children.find((c) => c.name === name);
  return child?.text.trim();
}
