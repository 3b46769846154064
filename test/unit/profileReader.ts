// Reading back what the phone set-up produces, for the unit and e2e tests: an Apple profile as plain
// values, and a QR code's modules computed independently of the app's own code.

import QRCode from 'qrcode';
import { parseXml } from '../../src-main/accounts';

type XmlElement = ReturnType<typeof parseXml>;
export type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

const doctype =
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

/** A plist element as a value (only what profiles use: dict, array, string, integer, bools). */
function plistValue(element: XmlElement): Plist {
  switch (element.name) {
    case 'dict': {
      const dict: Record<string, Plist> = {};
      for (let i = 0; i < element.children.length; i += 2) {
        const key = element.children[i];
        const value = element.children[i + 1];
        if (key?.name !== 'key' || !value) throw new Error('malformed dict');
        dict[key.text] = plistValue(value);
      }
      return dict;
    }
    case 'array':
      return element.children.map(plistValue);
    case 'string':
      return element.text;
    case 'integer':
      return Number(element.text);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected <${element.name}>`);
  }
}

/**
 * A .mobileconfig's top dictionary. The app's XML reader refuses DOCTYPEs (no entity tricks): the
 * fixed Apple one must be there, and is cut before parsing.
 */
export function readProfile(xml: string): Record<string, Plist> {
  if (!xml.includes(doctype)) throw new Error('not an Apple plist: its DOCTYPE is missing');
  const root = parseXml(xml.replace(doctype, ''));
  if (root.name !== 'plist' || root.attributes.version !== '1.0') {
    throw new Error(`not a plist 1.0: <${root.name}>`);
  }
  const [top] = root.children;
  if (!top) throw new Error('empty plist');
  return plistValue(top) as Record<string, Plist>;
}

/** The QR code of `text` as rows of '0'/'1', straight from the qrcode package. */
export function qrRowsOf(text: string): string[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? '1' : '0')).join(''),
  );
}
