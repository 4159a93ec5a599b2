/**
 * The publication gate as an Astro integration, so that even a bare `astro build` cannot skip it:
 * every content file is checked (scripts/verify/content.ts) before Astro renders anything. A
 * personal piece without a stamp, edited after its review, or with an identifier in it stops the
 * build with the file, the line and what to do. There is no switch to turn it off: the only way to
 * publish a flagged phrase is a reviewed `anonymization.allow` entry in that file, and each one
 * applied is printed here. Verdicts are cached per file (Astro's cache dir) under a key of the file's
 * bytes and the gate's own version, so a cached verdict is the verdict a re-check would give.
 *
 * In a build the gate runs in two halves. The stamps are checked at once, before Astro reads any
 * content: an unstamped or edited piece stops the build there (after the detectors, so the report
 * is complete). The detectors then run on a worker thread while Astro syncs content and bundles,
 * and their verdict is awaited before the first page is rendered (a Vite `buildApp` hook that runs
 * before Astro's own page generation). If it fails, the bundles made meanwhile are deleted; and
 * `astro:build:done` checks that the verdict really was awaited before rendering, and empties the
 * output folder if it was not.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  contentRoot,
  formatContentReport,
  startContentGate,
  verifyContentFast,
  type ContentReport,
} from '../../scripts/verify/content.ts';

export default function publicationGate(): AstroIntegration {
  /** Settles when the whole verdict is in; rejects if the gate refuses the content. */
  let verdict: Promise<void> | undefined;
  let awaitedBeforeRendering = false;
  let outDir = '';

  return {
    name: 'publication-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        const opts = { root: contentRoot(), repo: fileURLToPath(config.root), cacheDir: fileURLToPath(config.cacheDir) };
        outDir = fileURLToPath(config.outDir);
        if (command !== 'build') {
          // In the dev server a facilitator is still editing: warn, do not stop the preview.
          const report = await verifyContentFast(opts);
          for (const line of formatContentReport(report).split('\n')) (report.problems.length ? logger.warn : logger.info).call(logger, line);
          return;
        }
        const run = startContentGate(opts);
        if (run.early.problems.length) refuse(await run.complete, logger);
        verdict = run.complete.then((report) => refuse(report, logger));
        verdict.catch(() => {}); // reported where it is awaited
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'publication-gate:before-rendering',
                // Post-order buildApp hooks run after the bundles are built, in plugin order, and
                // this plugin comes before Astro's page generation (astro:build-generate).
                buildApp: {
                  order: 'post',
                  async handler() {
                    try {
                      await verdict;
                    } catch (error) {
                      removeBundles();
                      throw error;
                    }
                    awaitedBeforeRendering = true;
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (verdict && !awaitedBeforeRendering) {
          rmSync(outDir, { recursive: true, force: true });
          throw new Error(
            `The publication gate's verdict was not awaited before Astro rendered the pages (has Astro changed its build order?). ` +
              `${outDir} was deleted; nothing was published. Check src/integrations/publication-gate.ts.`,
          );
        }
      },
    },
  };

  /**
   * The compiled pages (which hold the content) of a build the gate stopped: Astro bundles them in
   * <outDir>/.prerender, or in <cwd>/.astro/.prerender when the output folder is outside the working
   * folder, and deletes them only after rendering.
   */
  function removeBundles(): void {
    for (const dir of [path.join(outDir, '.prerender'), path.join(process.cwd(), '.astro', '.prerender')]) rmSync(dir, { recursive: true, force: true });
  }
}

/** Logs a clean report; throws the report of one with problems. */
function refuse(report: ContentReport, logger: AstroIntegrationLogger): void {
  const text = formatContentReport(report);
  if (report.problems.length === 0) {
    for (const line of text.split('\n')) logger.info(line);
    return;
  }
  const error = new Error(`${text}\n\nFix the files above, then build again.`);
  error.name = 'PublicationGateError';
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}
