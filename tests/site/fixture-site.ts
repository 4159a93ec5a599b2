/**
 * Helpers for tests that build the site from other content: copy the real content into a temp
 * folder, change one file, and run Astro on it with CONTENT_DIR / DIST_DIR pointing there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');

export interface FixtureSite {
  dir: string;
  content: string;
  dist: string;
  /** Path of a content file, relative to the fixture's content folder. */
  file(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  remove(): void;
}

export function fixtureSite(name: string): FixtureSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), `site-${name}-`));
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const file = (rel: string) => path.join(content, rel);
  return {
    dir,
    content,
    dist: path.join(dir, 'dist'),
    file,
    read: (rel) => readFileSync(file(rel), 'utf8'),
    write: (rel, text) => writeFileSync(file(rel), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs an Astro command (sync, build) on the fixture, with Node 22 from node_modules. */
export function runAstro(site: FixtureSite, command: 'sync' | 'build'): RunResult {
  const result = spawnSync(path.join(BIN, 'astro'), [command], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${BIN}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: site.content,
      DIST_DIR: site.dist,
      ASTRO_CACHE_DIR: path.join(site.dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
