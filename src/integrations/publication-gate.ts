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
 * is complete). The detectors then run on a worker thread while Astro syncs its content layer (into
 * its cache folder; nothing is published), and
 * their verdict is awaited in `astro:build:start`, before Astro bundles or renders anything or
 * empties the output folder. (Awaiting it later, during bundling, saved no time on a busy two-core
 * machine and kept the worker's dictionaries in memory through Vite's peak.) `astro:build:done`
 * checks that the verdict really was awaited, and empties the output folder if it was not.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { stopBuild } from './stop-build.ts';
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
  let awaitedBeforeBuilding = false;
  let outDir = '';

  return {
    name: 'publication-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
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
      },
      'astro:build:start': async ({ logger }) => {
        const waiting = performance.now();
        await verdict;
        awaitedBeforeBuilding = true;
        const waited = (performance.now() - waiting) / 1000;
        if (waited >= 0.1) logger.info(`waited ${waited.toFixed(1)} s for the detectors (they ran while Astro synced the content)`);
      },
      'astro:build:done': () => {
        if (verdict && !awaitedBeforeBuilding) {
          rmSync(outDir, { recursive: true, force: true });
          throw new Error(
            `The publication gate's verdict was not awaited before Astro built the pages (has Astro changed its build hooks?). ` +
              `${outDir} was deleted; nothing was published. Check src/integrations/publication-gate.ts.`,
          );
        }
      },
    },
  };
}

/** Logs a clean report; throws the report of one with problems. */
function refuse(report: ContentReport, logger: AstroIntegrationLogger): void {
  const text = formatContentReport(report);
  if (report.problems.length === 0) {
    for (const line of text.split('\n')) logger.info(line);
    return;
  }
  stopBuild('PublicationGateError', text);
}
