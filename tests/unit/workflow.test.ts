/**
 * The facilitator's workflow, end to end, in temporary folders (never the real content/ or drafts/):
 * new:story writes a valid draft; publish:story anonymizes, writes, re-scans and stamps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import matter from 'gray-matter';
import { LANGS, SITUATION_IDS } from '../../src/data/site';
import { checkDocument, verifyStamp } from '../../scripts/anonymize/index';
import { stripDraftComments } from '../../scripts/authoring/draft';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** The rules of src/content.config.ts for stories, without the stamp (a draft has none yet). */
const storyRules = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  lang: z.enum(LANGS),
  published: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  situations: z.array(z.enum(SITUATION_IDS)).min(1),
  contentWarning: z
    .object({ type: z.enum(['violence', 'sexual-violence', 'threats-to-children', 'detention', 'self-harm']), note: z.string().optional() })
    .optional(),
  source: z.enum(['written', 'audio', 'video', 'circle']),
  campaigns: z.array(z.string()).default([]),
  translationKey: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  consent: z.object({ given: z.literal(true), scope: z.array(z.enum(['site', 'print', 'campaigns'])).min(1) }),
});
const stamped = storyRules.extend({
  anonymization: z.object({
    pseudonyms: z.array(z.string()),
    stamp: z.object({ hash: z.string().regex(/^sha256:[0-9a-f]{64}$/), version: z.string(), date: z.union([z.string(), z.date()]) }),
  }),
});

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'workflow-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run new:story', { timeout: 60_000 }, () => {
  it('creates a draft in drafts/<lang>/ whose front matter fits the story schema', () => {
    const drafts = join(tmp, 'a', 'drafts');
    const r = run('new-story.ts', ['--lang', 'ru', '--situations', 'police-extortion,blackmail', '--source', 'audio', '--consent', 'site,print', '--warning', 'violence', '--title', 'Ночь на трассе', '--drafts-dir', drafts, '--yes']);
    expect(r.code, r.out).toBe(0);
    const file = join(drafts, 'ru', 'noch-na-trasse.md');
    expect(existsSync(file)).toBe(true);
    expect(r.out).toContain('npm run publish:story --');
    const source = readFileSync(file, 'utf8');
    const data = storyRules.parse(matter(source).data);
    expect(data).toMatchObject({ lang: 'ru', source: 'audio', situations: ['police-extortion', 'blackmail'], contentWarning: { type: 'violence' } });
    expect(data.consent.scope).toEqual(['site', 'print']);
    // The guide is a comment: gone once the draft is prepared for publishing.
    expect(source).toContain('КАК ПИСАТЬ');
    expect(stripDraftComments(source)).not.toContain('КАК ПИСАТЬ');
    expect(stripDraftComments(source)).not.toContain('#');
  });

  it('refuses to overwrite a draft, and never assumes consent', () => {
    const drafts = join(tmp, 'b', 'drafts');
    const args = ['--lang', 'uk', '--situations', 'other', '--title', 'Одна назва', '--drafts-dir', drafts, '--yes'];
    expect(run('new-story.ts', [...args, '--consent', 'site']).code).toBe(0);
    const again = run('new-story.ts', [...args, '--consent', 'site']);
    expect(again.code).toBe(2);
    expect(again.out).toMatch(/already exists/);
    const noConsent = run('new-story.ts', ['--lang', 'uk', '--situations', 'other', '--title', 'Інша назва', '--drafts-dir', drafts, '--yes']);
    expect(noConsent.code).toBe(2);
    expect(noConsent.out).toMatch(/--consent/);
  });
});

describe('npm run publish:story', { timeout: 60_000 }, () => {
  const NAME = 'Оксана';
  const SURNAME = 'Мельник';
  const PHONE = '067 123 45 67';
  const TOWN = "Знам'янкою";
  let draft: string;
  let original: string;
  let content: string;
  let map: string;

  beforeAll(() => {
    const drafts = join(tmp, 'p', 'drafts');
    content = join(tmp, 'p', 'content');
    map = join(tmp, 'p', 'private', 'pseudonym-map.json');
    expect(run('new-story.ts', ['--lang', 'uk', '--situations', 'police-extortion', '--consent', 'site', '--title', 'Вечір на трасі', '--key', 'evening-on-the-highway', '--drafts-dir', drafts, '--yes']).code).toBe(0);
    draft = join(drafts, 'uk', 'vechir-na-trasi.md');
    original = readFileSync(draft, 'utf8')
      .replace(/summary: ".*"/, 'summary: "Патрульні зупиняють жінок на трасі й вимагають гроші."')
      .replace('Тут починається історія.', `${NAME} ${SURNAME} стояла біля заправки під ${TOWN}. Поліцейський сказав: «Дзвони на ${PHONE}, якщо хочеш без протоколу».\n\n${NAME} подзвонила того ж вечора.`);
    writeFileSync(draft, original);
  }, 60_000);

  it('refuses without confirmation when not --yes and stdin is not a terminal', () => {
    const r = run('publish-story.ts', [draft, '--content-dir', content, '--map', map]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/confirmation is needed/);
    expect(existsSync(join(content, 'stories'))).toBe(false);
    expect(readFileSync(draft, 'utf8')).toBe(original);
  });

  it('with --yes writes a stamped story without the originals and leaves the draft untouched', () => {
    const r = run('publish-story.ts', [draft, '--content-dir', content, '--map', map, '--yes']);
    expect(r.code, r.out).toBe(0);
    // The review shows the original and the replacement, in the terminal only.
    expect(r.out).toContain(PHONE);
    expect(r.out).toMatch(/\[name\]/);
    expect(r.out).toMatch(/\[place\]/);
    const files = readdirSync(join(content, 'stories', 'uk'));
    expect(files).toEqual(['vechir-na-trasi.mdx']);
    const published = readFileSync(join(content, 'stories', 'uk', files[0]!), 'utf8');
    for (const secret of [NAME, SURNAME, PHONE, 'Знам', '123 45', 'ЯК ПИСАТИ', '<!--']) expect(published).not.toContain(secret);
    expect(verifyStamp(published)).toEqual({ ok: true });
    expect(checkDocument(published).findings).toEqual([]);
    stamped.parse(matter(published).data);
    expect(readFileSync(draft, 'utf8')).toBe(original);
    // The pseudonym map is private and keeps the real name → pseudonym pair.
    expect(JSON.parse(readFileSync(map, 'utf8')).entries['uk|first|оксана']).toBeTruthy();
    // Nothing else was written into content/.
    expect(readdirSync(content)).toEqual(['stories']);
  });

  it('refuses to overwrite a published story unless --force', () => {
    const r = run('publish-story.ts', [draft, '--content-dir', content, '--map', map, '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/already exists.*--force/s);
    expect(run('publish-story.ts', [draft, '--content-dir', content, '--map', map, '--yes', '--force']).code).toBe(0);
  });

  it('refuses a draft whose summary is still the template', () => {
    const drafts = join(tmp, 'q', 'drafts');
    run('new-story.ts', ['--lang', 'en', '--consent', 'site', '--title', 'Untouched', '--drafts-dir', drafts, '--yes']);
    const r = run('publish-story.ts', [join(drafts, 'en', 'untouched.md'), '--content-dir', join(tmp, 'q', 'content'), '--map', join(tmp, 'q', 'map.json'), '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/"summary" still has the template text/);
  });
});
