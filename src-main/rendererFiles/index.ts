export { resolveRendererFile } from './resolveRendererFile';
export type { RendererFile } from './resolveRendererFile';
