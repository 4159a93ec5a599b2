/**
 * Stops `astro build` when a URL recorded in src/data/published-urls.json would disappear without a
 * redirect (formerSlugs) or a withdrawal. See scripts/urls/registry.ts.
 */
import type { AstroIntegration } from 'astro';
import { checkLinks, formatProblems, readPieces, registryForBuild } from '../../scripts/urls/registry.ts';
import { stopBuild } from './stop-build.ts';

export default function stableLinks(): AstroIntegration {
  return {
    name: 'stable-links',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkLinks(readPieces(), registryForBuild());
        if (problems.length === 0) return;
        const text = formatProblems(problems);
        if (command === 'dev' || command === 'sync') {
          for (const line of text.split('\n')) logger.warn(line);
          return;
        }
        stopBuild('StableLinksError', text);
      },
    },
  };
}
