import fs from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import { describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import { caOf } from './mailClients';

const stack = useMailStack();

function get(url: string, servername: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { ca: caOf(stack().endpoints), servername }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('autoconfig web server', () => {
  it('serves webroot files over HTTPS with the test CA', async () => {
    const { autoconfig } = stack().endpoints;
    const file = path.join(autoconfig.webroot, 'mail', 'config-v1.1.xml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const xml = '<?xml version="1.0"?><clientConfig version="1.1"/>\n';
    fs.writeFileSync(file, xml);
    const base = `https://${autoconfig.host}:${autoconfig.httpsPort}`;
    const found = await get(`${base}/mail/config-v1.1.xml`, 'autoconfig.family.test');
    expect(found).toEqual({ status: 200, body: xml });
    const missing = await get(`${base}/nothing-here.xml`, 'autoconfig.family.test');
    expect(missing.status).toBe(404);
  });

  it('prefers a per-host file', async () => {
    const { autoconfig } = stack().endpoints;
    const file = path.join(autoconfig.webroot, 'autoconfig.new.test', 'mail', 'config-v1.1.xml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'new.test only\n');
    const base = `https://${autoconfig.host}:${autoconfig.httpsPort}`;
    const response = await get(`${base}/mail/config-v1.1.xml`, 'autoconfig.new.test');
    // node:https sends Host from the URL, so ask again with the right Host header.
    expect(response.status).toBe(200);
    const hosted = await new Promise<string>((resolve, reject) => {
      const request = https.get(
        `${base}/mail/config-v1.1.xml`,
        {
          ca: caOf(stack().endpoints),
          servername: 'autoconfig.new.test',
          headers: { host: 'autoconfig.new.test' },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve(body));
        },
      );
      request.on('error', reject);
    });
    expect(hosted).toBe('new.test only\n');
  });
});
