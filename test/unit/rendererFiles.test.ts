import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../src-main/rendererFiles';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-renderer-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
fs.writeFileSync(path.join(root, 'assets', 'data.bin'), '');
fs.writeFileSync(path.join(os.tmpdir(), 'outside-secret.txt'), 'secret');

afterAll(() => fs.rmSync(root, { recursive: true }));

describe('renderer files', () => {
  it('serves files with their content type and index.html for app paths', () => {
    expect(resolveRendererFile(root, '/assets/app.js')).toEqual({
      filePath: path.join(root, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveRendererFile(root, '/')?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/copy?x=1')?.filePath).toBe(path.join(root, 'index.html'));
  });

  it.each([
    '/../outside-secret.txt',
    '/assets/../../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/..%2Foutside-secret.txt',
    '/assets/app.js%00.html',
    '/%E0%A4%A',
    '/assets/data.bin',
    '/missing.js',
  ])('refuses %s', (requestPath) => {
    expect(resolveRendererFile(root, requestPath)).toBeNull();
  });
});
