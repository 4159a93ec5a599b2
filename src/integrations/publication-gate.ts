/**
 * The publication gate as an Astro integration, so that even a bare `astro build` cannot skip it:
 * before Astro renders anything, every content file is checked (scripts/verify/content.ts). A
 * personal piece without a stamp, edited after its review, or with an identifier in it stops the
 * build with the file, the line and what to do. There is no switch to turn it off: the only way to
 * publish a flagged phrase is a reviewed `anonymization.allow` entry in that file, and each one
 * applied is printed here. Verdicts are cached per file (Astro's cache dir) under a key of the file's
 * bytes and the gate's own version, so a cached verdict is the verdict a re-check would give.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot, formatContentReport, verifyContentFast } from '../../scripts/verify/content.ts';

export default function publicationGate(): AstroIntegration {
  return {
    name: 'publication-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // A verdict cache keyed by file bytes + gate version: the same verdicts, faster on a rebuild.
        const report = await verifyContentFast({
          root: contentRoot(),
          repo: fileURLToPath(config.root),
          cacheDir: fileURLToPath(config.cacheDir),
        });
        const text = formatContentReport(report);
        if (report.problems.length === 0) {
          for (const line of text.split('\n')) logger.info(line);
          return;
        }
        // In the dev server a facilitator is still editing: warn, do not stop the preview.
        if (command === 'dev' || command === 'sync') {
          for (const line of text.split('\n')) logger.warn(line);
          return;
        }
        const error = new Error(`${text}\n\nFix the files above, then build again.`);
        error.name = 'PublicationGateError';
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
