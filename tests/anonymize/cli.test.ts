import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(__dirname, 'fixtures');

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/anonymize/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anon-cli-'));
  cpSync(FIXTURES, join(dir, 'in'), { recursive: true });
  return dir;
}

describe('anonymize CLI', () => {
  it('writes anonymized files with the same names and sub-paths, inputs untouched', () => {
    const dir = tempCopy();
    const input = join(dir, 'in/batch/story-uk.mdx');
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const r = cli([join(dir, 'in/batch'), '--out', join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['story-uk.mdx', 'sub']);
    expect(readdirSync(join(dir, 'out/sub')).sort()).toEqual(['story-en.md', 'story-ru.md']);
    expect(readFileSync(input)).toEqual(before);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const out = readFileSync(join(dir, 'out/story-uk.mdx'), 'utf8');
    expect(out).not.toContain('0099001'); // title
    expect(out).not.toContain('Фіктивна Лагуна'); // summary
    expect(out).not.toContain('Вигаданій'); // image.alt
    expect(out).toContain("import Warning from '../../components/Warning.astro';");
    expect(out).toContain('<Warning type="violence">Тут описано насильство.</Warning>');
    expect(out).toMatch(/^# Що сталося з /m);
    expect(out).toContain('+38 (050) 450 777 4'); // hotline kept
    for (const secret of ['067 000 11 22', 'fake.person@example.com', 'АА 0000 ХХ', '14 березня', 'fake_nobody_000']) expect(out).not.toContain(secret);
    expect(r.stderr).toMatch(/\[1\/3\] .*story-uk\.mdx — \d+ findings/);
    // no temp files left behind
    expect(readdirSync(join(dir, 'out')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('prints a JSON report with the documented shape', () => {
    const dir = tempCopy();
    const r = cli([join(dir, 'in/batch/sub/story-en.md'), '--out', join(dir, 'out'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.mode).toBe('anonymize');
    expect(j.files).toHaveLength(1);
    const f = j.files[0].findings[0];
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['kind', 'class', 'line', 'column', 'text', 'replacement']));
    expect(j.summary.findings).toBe(j.files[0].findings.length);
    expect(readFileSync(join(dir, 'out/story-en.md'), 'utf8')).not.toContain('+48 500 000 000');
  });

  it('uses one pseudonym per person across a batch', () => {
    const dir = tempCopy();
    writeFileSync(join(dir, 'a.md'), '---\ntitle: Перша\nlang: uk\n---\nОксана прийшла.\n');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: Друга\nlang: uk\n---\nОксана пішла.\n');
    const r = cli([join(dir, 'a.md'), join(dir, 'b.md'), '--out', join(dir, 'out'), '--json']);
    const [a, b] = JSON.parse(r.stdout).files;
    const pa = a.findings.find((x: { kind: string }) => x.kind === 'name')?.replacement;
    expect(pa).toBeTruthy();
    expect(b.findings.find((x: { kind: string }) => x.kind === 'name')?.replacement).toBe(pa);
  });

  it.each([
    ['bad-lang.md', /bad-lang\.md:3: .*"lang" is "ua"; use one of uk, ru, en/],
    ['missing-lang.md', /missing-lang\.md:2: .*no "lang" field/],
    ['broken-yaml.md', /broken-yaml\.md:\d+: .*not valid YAML/],
    ['no-front-matter.md', /no-front-matter\.md:1: .*does not start with front matter/],
    ['missing-title.md', /missing-title\.md:2: .*no "title" field/],
    ['empty.md', /empty\.md:1: .*empty/],
    ['binary.md', /binary\.md:\d+: .*not a text file/],
    ['latin1.md', /latin1\.md: .*not UTF-8/],
    ['not-markdown.txt', /not-markdown\.txt: only \.md and \.mdx/],
    ['does-not-exist.md', /does-not-exist\.md: .*does not exist/],
  ])('refuses %s with a message naming the file', (name, message) => {
    const dir = tempCopy();
    const r = cli([join(dir, 'in', name), '--out', join(dir, 'out')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out', name))).toBe(false);
  });

  it('processes the good files of a batch even when one is bad, then exits non-zero', () => {
    const dir = tempCopy();
    const r = cli([join(dir, 'in/bad-lang.md'), join(dir, 'in/batch/sub/story-ru.md'), join(dir, 'in/empty.md'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'out/story-ru.md'))).toBe(true);
    expect(r.stderr).toMatch(/bad-lang\.md:3/);
    expect(r.stderr).toMatch(/empty\.md:1/);
  });

  it('never overwrites an input', () => {
    const dir = tempCopy();
    const input = join(dir, 'in/batch/sub/story-en.md');
    const before = readFileSync(input, 'utf8');
    const r = cli([input, '--out', join(dir, 'in/batch/sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/overwrite an input/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses to write a report under content/', () => {
    const dir = tempCopy();
    const r = cli([join(dir, 'in/batch'), '--out', join(dir, 'out'), '--report', 'content/review.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write the report/);
  });

  it('--check stamps clean files in place and lists findings in others without stamping them', () => {
    const dir = tempCopy();
    expect(cli([join(dir, 'in/batch'), '--out', join(dir, 'out')]).code).toBe(0);
    const clean = join(dir, 'out/sub/story-en.md');
    const dirty = join(dir, 'dirty.md');
    writeFileSync(dirty, '---\ntitle: Чернетка\nlang: uk\n---\nДзвони 067 000 55 66.\n');
    const r = cli(['--check', clean, dirty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dirty\.md:5:8 phone "067 000 55 66" — /);
    expect(readFileSync(clean, 'utf8')).toMatch(/stamp:\n\s+hash: sha256:/);
    expect(readFileSync(dirty, 'utf8')).not.toContain('stamp:');
    const again = cli(['--check', clean]);
    expect(again.code).toBe(0);
  });

  it('--help explains usage in plain words', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--out <folder>');
    expect(r.stdout).toContain('--check');
  });
});
