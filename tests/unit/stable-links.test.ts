/** Stable links: a published URL may not disappear without a redirect (formerSlugs) or a withdrawal. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks, readPieces, readRegistry, recordUrls, redirectsOf } from '../../scripts/urls/registry';

const ROOT = resolve(__dirname, '../..');

function story(key: string, formerSlugs: string[] = []) {
  return `---\ntitle: "T"\nlang: uk\ntranslationKey: ${key}\n${formerSlugs.length ? `formerSlugs: [${formerSlugs.join(', ')}]\n` : ''}---\nText\n`;
}

let dir: string;
let content: string;
let registry: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'links-'));
  content = join(dir, 'content');
  registry = join(dir, 'published-urls.json');
  mkdirSync(join(content, 'stories', 'uk'), { recursive: true });
  writeFileSync(join(content, 'stories', 'uk', 'oblava-na-rynku.mdx'), story('raid-at-the-market'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(script: string, extra: Record<string, string> = {}) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/urls', script)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, PUBLISHED_URLS_FILE: registry, WITHDRAWN_FILE: join(dir, 'withdrawn.json'), ...extra },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('stable links', { timeout: 60_000 }, () => {
  it('fails when a story is renamed without formerSlugs, naming the old URL and the fix', () => {
    expect(cli('record.ts').code).toBe(0);
    expect(JSON.parse(readFileSync(registry, 'utf8')).urls).toEqual({ '/uk/stories/oblava-na-rynku/': 'raid-at-the-market' });
    renameSync(join(content, 'stories/uk/oblava-na-rynku.mdx'), join(content, 'stories/uk/oblava-bilia-rynku.mdx'));
    const r = cli('check.ts');
    expect(r.code).toBe(1);
    expect(r.out).toContain('/uk/stories/oblava-na-rynku/ was published');
    expect(r.out).toContain('formerSlugs: [oblava-na-rynku]');
    expect(r.out).toContain('oblava-bilia-rynku.mdx');
    // urls:record refuses to paper over it.
    expect(cli('record.ts').code).toBe(1);
  });

  it('passes once the old slug is listed in formerSlugs, and redirects it', () => {
    cli('record.ts');
    rmSync(join(content, 'stories/uk/oblava-na-rynku.mdx'));
    writeFileSync(join(content, 'stories/uk/oblava-bilia-rynku.mdx'), story('raid-at-the-market', ['oblava-na-rynku']));
    expect(cli('check.ts').code).toBe(0);
    const pieces = readPieces(content);
    expect(redirectsOf(pieces).get('/uk/stories/oblava-na-rynku/')).toBe('/uk/stories/oblava-bilia-rynku/');
    const next = recordUrls(pieces, readRegistry(registry));
    expect(Object.keys(next.registry.urls).sort()).toEqual(['/uk/stories/oblava-bilia-rynku/', '/uk/stories/oblava-na-rynku/']);
  });

  it('passes when the story was withdrawn', () => {
    cli('record.ts');
    rmSync(join(content, 'stories/uk/oblava-na-rynku.mdx'));
    writeFileSync(join(dir, 'withdrawn.json'), JSON.stringify([{ key: 'raid-at-the-market', slugs: { uk: ['oblava-na-rynku'] }, date: '2026-11' }]));
    expect(cli('check.ts').code).toBe(0);
  });

  it('refuses a former slug that is also a current one', () => {
    writeFileSync(join(content, 'stories/uk/insha.mdx'), story('other', ['oblava-na-rynku']));
    const problems = checkLinks(readPieces(content), { version: 1, urls: {} }, []);
    expect(problems[0]?.message).toMatch(/formerSlugs lists "oblava-na-rynku"/);
  });
});
