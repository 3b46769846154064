import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  filePath: string;
  contentType: string;
}

/**
 * Maps a request path onto the built renderer folder, refusing anything that would escape it.
 * Paths without a file extension get index.html (the app has one page).
 */
export function resolveRendererFile(rendererDir: string, requestPath: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const wanted = path.extname(decoded) === '' ? '/index.html' : decoded;
  const filePath = path.resolve(root, `.${path.posix.normalize(`/${wanted}`)}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return null;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const contentType = contentTypes[path.extname(filePath).toLowerCase()];
  return contentType ? { filePath, contentType } : null;
}
