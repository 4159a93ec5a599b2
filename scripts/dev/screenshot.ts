/**
 * Takes screenshots of pages of a running site, for looking at what readers see.
 * Usage: tsx scripts/dev/screenshot.ts <base-url> <out-dir> <path>... [--width 360] [--dark] [--full]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/chromium.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--w'));
const [base, outDir, ...paths] = positional;
if (!base || !outDir || paths.length === 0) {
  console.error('usage: tsx scripts/dev/screenshot.ts <base-url> <out-dir> <path>... [--width 360] [--dark] [--full]');
  process.exit(2);
}
const width = Number(option('--width', '360'));
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width, height: width < 600 ? 780 : 900 },
  colorScheme: flag('--dark') ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
const page = await context.newPage();
for (const p of paths) {
  await page.goto(new URL(p, base).href, { waitUntil: 'load' });
  const file = path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}${flag('--dark') ? '-dark' : ''}.png`);
  await page.screenshot({ path: file, fullPage: flag('--full') });
  console.log(file);
}
await browser.close();
