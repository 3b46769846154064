// Renders assets/icon.svg into every icon the installers need: a Linux PNG set, a Windows .ico and
// a macOS .icns, under assets/icons/. The outputs are committed; they are rebuilt only when the
// SVG changes (its hash is kept beside them), so packaging machines need no Chromium.
// Usage: tsx scripts/buildIcons.ts [--force]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { icnsEntries, icoSizes, linuxSizes, writeIcns, writeIco } from './iconContainers';

const svgPath = 'assets/icon.svg';
const outDir = 'assets/icons';
const pngDir = path.join(outDir, 'png');
const hashFile = path.join(outDir, 'source.sha256');

const allSizes = [...new Set([...linuxSizes, ...icoSizes, ...icnsEntries.map((e) => e.size)])].sort(
  (a, b) => a - b,
);

function iconOutputs(): string[] {
  return [
    ...linuxSizes.map((size) => path.join(pngDir, `${size}x${size}.png`)),
    path.join(outDir, 'icon.ico'),
    path.join(outDir, 'icon.icns'),
  ];
}

function svgHash(): string {
  return crypto.createHash('sha256').update(fs.readFileSync(svgPath)).digest('hex');
}

function upToDate(): boolean {
  if (!fs.existsSync(hashFile)) return false;
  if (fs.readFileSync(hashFile, 'utf8').trim() !== svgHash()) return false;
  return iconOutputs().every((file) => fs.existsSync(file));
}

async function render(): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const svg = fs.readFileSync(svgPath).toString('base64');
    const pngs = new Map<number, Buffer>();
    for (const size of allSizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      pngs.set(
        size,
        await page.screenshot({
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        }),
      );
      await page.close();
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--force') && upToDate()) {
    console.log('Icons are up to date with assets/icon.svg.');
    return;
  }
  const pngs = await render();
  const png = (size: number): Buffer => {
    const data = pngs.get(size);
    if (!data) throw new Error(`no ${size}px rendering`);
    return data;
  };
  fs.mkdirSync(pngDir, { recursive: true });
  for (const size of linuxSizes)
    fs.writeFileSync(path.join(pngDir, `${size}x${size}.png`), png(size));
  fs.writeFileSync(path.join(outDir, 'icon.ico'), writeIco(icoSizes.map((size) => png(size))));
  fs.writeFileSync(
    path.join(outDir, 'icon.icns'),
    writeIcns(icnsEntries.map((entry) => ({ type: entry.type, png: png(entry.size) }))),
  );
  fs.writeFileSync(hashFile, `${svgHash()}\n`);
  console.log(`Rendered ${allSizes.length} sizes into ${outDir}/ (PNG set, icon.ico, icon.icns).`);
}

await main();
