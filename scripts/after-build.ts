/**
 * What `npm run build` does after `astro build`: index dist/ for search (scripts/search/index.ts)
 * and scan it for leaks (scripts/verify/dist.ts), at the same time. Pagefind indexes in its own
 * process, so the leak scan reads and scans the pages meanwhile, and scans the search index and
 * anything else the indexing wrote or changed once it is done: every published file is scanned,
 * as before. Fails (exit 1) if either step fails; nothing is called published before both are done.
 *
 * Usage: tsx scripts/after-build.ts   (DIST_DIR, CONTENT_DIR, WITHDRAWN_FINGERPRINTS as for verify:dist)
 */
import { buildSearchIndex } from './search/index.ts';
import { reportDistScan, scanDist } from './verify/dist.ts';

const started = Date.now();
const dist = process.env.DIST_DIR ?? 'dist';
const indexing = buildSearchIndex(dist).then((summary) => console.log(summary));
try {
  const findings = await scanDist({ dist, publicDir: 'public', indexing });
  if (!reportDistScan(findings, dist, started)) process.exit(1);
} catch (error) {
  const failedIndex = await indexing.then(() => false, () => true);
  console.error(`${failedIndex ? 'search index' : 'leak scan'} failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
