import fs from 'node:fs/promises';
import { resolveRendererFile } from '../rendererFiles';
import { appHost, securityHeaders } from '../security';

/**
 * The answer to one app:// request: the built file, or 404; always with the strict CSP and the
 * other security headers. Kept apart from the protocol registration so it runs without Electron.
 */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const headers = securityHeaders();
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
  const file = url.host === appHost ? resolveRendererFile(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers });
  const body = await fs.readFile(file.filePath);
  return new Response(body, { headers: { ...headers, 'Content-Type': file.contentType } });
}
