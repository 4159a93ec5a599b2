/** npm run urls:check — fails if a published URL disappeared without a redirect or a withdrawal. */
import { checkLinks, formatProblems, readPieces, registryForBuild } from './registry.ts';

const problems = checkLinks(readPieces(), registryForBuild());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Stable links: every published URL still works.');
