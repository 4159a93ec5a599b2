/** The publication gate's verdict cache: the same verdicts as a fresh check, never a stale one. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyContent, verifyContentFast } from '../../scripts/verify/content';

describe('publication gate cache', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gate-cache-'));
  const root = path.join(tmp, 'content');
  const cacheDir = path.join(tmp, 'cache');
  cpSync(path.resolve('content'), root, { recursive: true });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives the verdicts of a fresh check, cold and warm, and re-checks a file whose text changed', async () => {
    const fresh = verifyContent(root);
    expect(await verifyContentFast({ root, cacheDir })).toEqual(fresh);
    expect(readdirSync(path.join(cacheDir, 'publication-gate')).length).toBe(fresh.checked);
    expect(await verifyContentFast({ root, cacheDir })).toEqual(fresh);

    const dir = path.join(root, 'stories', 'uk');
    const story = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.mdx'))!);
    writeFileSync(story, readFileSync(story, 'utf8') + '\nПодзвоніть мені: +380 67 555 12 34.\n');
    const changed = verifyContent(root);
    expect(changed.problems.length).toBeGreaterThan(fresh.problems.length);
    expect(await verifyContentFast({ root, cacheDir })).toEqual(changed);
  }, 60_000);

  it('gives the same verdicts, problems included, when the files are checked on worker threads', async () => {
    const dir = path.join(root, 'responses', 'uk');
    const response = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.md') || f.endsWith('.mdx'))!);
    writeFileSync(response, readFileSync(response, 'utf8') + '\nМій номер: +380 67 555 12 34, пишіть.\n');
    const fresh = verifyContent(root);
    expect(fresh.problems.some((p) => p.file.endsWith(path.basename(response)))).toBe(true);
    expect(await verifyContentFast({ root, threads: 2 })).toEqual(fresh);
    expect(await verifyContentFast({ root, threads: 1 })).toEqual(fresh);
  }, 120_000);
});
