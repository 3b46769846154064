export { parseKit, kitLink, kitLinkPrefix } from './parseKit';
export { createKitSession } from './kitSession';
export type { KitSession } from './kitSession';
export { findKitArgument } from './kitArgument';
