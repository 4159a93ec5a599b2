/**
 * npm run urls:record — add every URL the site now publishes to src/data/published-urls.json.
 * Run it after publishing (and commit the file with the story). It refuses while a recorded URL is
 * missing: record the redirect (formerSlugs) or the withdrawal first.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, formatProblems, readPieces, readRegistry, recordUrls, registryFile, serialiseRegistry } from './registry.ts';

const file = registryFile();
const shown = path.relative(process.cwd(), file);
const pieces = readPieces();
const registry = readRegistry(file);
const problems = checkLinks(pieces, registry);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nNothing was recorded. Fix the above, then run npm run urls:record again.`);
  process.exit(1);
}
const { registry: next, added } = recordUrls(pieces, registry);
writeFileSync(file, serialiseRegistry(next));
console.log(added.length ? `Recorded ${added.length} new URL(s) in ${shown}:\n${added.map((u) => `  ${u}`).join('\n')}` : `${shown}: nothing new; ${Object.keys(next.urls).length} URLs recorded.`);
console.log(`Commit it with the content:  git add ${shown}`);
