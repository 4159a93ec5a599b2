/**
 * A share-card renderer thread (see share-card-pool.ts). Cards are cached on disk under a key made
 * of the card's own text, language and kind and of the renderer's version (the sources that draw
 * a card and the versions of resvg, the font reader and the font), so a changed title, summary or
 * renderer always draws a new card and an unchanged one is never drawn twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderShareCard } = await import('./share-card.ts');

const require = createRequire(import.meta.url);
const version = createHash('sha256');
for (const source of ['./share-card.ts', '../data/site.ts', './share-card-worker.mjs']) {
  version.update(readFileSync(fileURLToPath(new URL(source, import.meta.url))));
}
for (const pkg of ['@resvg/resvg-js', 'fontkitten', '@fontsource/pt-serif']) {
  version.update(`${pkg}@${packageVersion(pkg)}\n`);
}

/** The installed version of a package (some do not export their package.json). */
function packageVersion(pkg) {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (json.name === pkg) return json.version;
  }
  throw new Error(`share cards: cannot find the version of ${pkg}`);
}
const RENDERER = version.digest('hex');
const cacheDir = workerData?.cacheDir;
if (cacheDir) mkdirSync(cacheDir, { recursive: true });

parentPort.on('message', async ({ id, card }) => {
  try {
    const key = createHash('sha256').update(RENDERER).update(JSON.stringify([card.lang, card.kind, card.title, card.summary])).digest('hex');
    if (!cacheDir) {
      const bytes = new Uint8Array(await renderShareCard(card));
      parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
      return;
    }
    const file = `${cacheDir}/${key}.png`;
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.${id}.tmp`;
      writeFileSync(tmp, await renderShareCard(card));
      renameSync(tmp, file);
    }
    // The build reads the card from the cache when its route comes up: cards drawn ahead of their
    // route do not wait in the main thread's memory.
    parentPort.postMessage({ id, file });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
