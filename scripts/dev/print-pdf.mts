/**
 * Print pages of a built site to A4 PDF with headless Chromium, as an advocate would from the
 * browser: `tsx scripts/dev/print-pdf.ts <dist> <out-dir> /uk/campaigns/x/ /uk/stories/y/ …`
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { serveDist } from '../../tests/browser/server.ts';

const [dist = 'dist', out = '.tmp/print', ...pages] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveDist(path.resolve(dist));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const p of pages) {
    await page.goto(new URL(p, server.url).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const file = path.join(out, p.replace(/^\/|\/$/g, '').replace(/\//g, '_') + '.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
