/**
 * A source file that does not fit the content model stops the build, and the message names the
 * file, the field and the reason, so a facilitator can fix it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, runAstro, type FixtureSite } from './fixture-site';

const sites: FixtureSite[] = [];
afterAll(() => sites.forEach((s) => s.remove()));

function siteWith(name: string, rel: string, edit: (text: string) => string): FixtureSite {
  const site = fixtureSite(name);
  sites.push(site);
  site.write(rel, edit(site.read(rel)));
  return site;
}

const STORY = 'stories/uk/oblava-na-rynku.mdx';

describe('content schema errors', () => {
  it('accepts the sample content as it is', () => {
    const site = fixtureSite('valid');
    sites.push(site);
    const result = runAstro(site, 'sync');
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.status).toBe(0);
  });

  it('names the file and the field when a situation id is unknown', () => {
    const site = siteWith('bad-situation', STORY, (t) => t.replace(/situations: \[[^\]]*\]/, 'situations: [police-raid]'));
    const result = runAstro(site, 'sync');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('uk/oblava-na-rynku');
    expect(result.output).toMatch(/situations/);
    expect(result.output).toMatch(/police-raid|Invalid option|expected one of/i);
  });

  it('refuses an unknown language', () => {
    const site = siteWith('bad-lang', STORY, (t) => t.replace(/^lang: uk$/m, 'lang: ua'));
    const result = runAstro(site, 'sync');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('uk/oblava-na-rynku');
    expect(result.output).toMatch(/lang/);
  });

  it('refuses an exact day where only a month may be published', () => {
    const site = siteWith('exact-day', STORY, (t) => t.replace(/^published: .*$/m, 'published: "2024-05-14"'));
    const result = runAstro(site, 'sync');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/published/);
    expect(result.output).toMatch(/year and month only/);
  });

  it('refuses a story without consent for the site', () => {
    const site = siteWith('no-consent', STORY, (t) => t.replace(/given: true/, 'given: false'));
    const result = runAstro(site, 'sync');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/consent/);
  });

  it('reports broken YAML front matter with the file', () => {
    const site = siteWith('broken-yaml', STORY, (t) => t.replace(/^title: (.*)$/m, 'title: "unterminated\nsummary: [oops'));
    const result = runAstro(site, 'sync');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('oblava-na-rynku.mdx');
  });
});
