/**
 * The leak scan scans each distinct text once per language, on several threads. These tests build
 * a tiny dist/ by hand and check that an identifier is still found wherever it is published — only
 * in a feed, only in a search fragment, only in a file name, only in a share-card sidecar — that a
 * text published in two places is reported in both, and that the threads change nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDist, type DistFinding } from '../../scripts/verify/dist';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'leak-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LAYOUT = '<header><a href="/uk/">Розповіді без імен</a></header>';
const page = (body: string) => `<!doctype html><html lang="uk"><head><title>Історія</title></head><body>${LAYOUT}<main>${body}</main></body></html>`;
const PHONE_PARAGRAPH = 'Вона записала номер +380 67 555 12 34 на квитку.';

function write(root: string, rel: string, data: string | Buffer): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** A clean site with one identifier planted in one kind of place. */
function site(name: string, plant: (root: string) => void): string {
  const root = path.join(tmp, name);
  write(root, 'uk/index.html', page('<p>Тут розповіді людей, яких не можна впізнати.</p>'));
  write(root, 'uk/stories/nich/index.html', page('<p>Була ніч, і на вокзалі нікого не було.</p>'));
  write(root, 'uk/rss.xml', `<?xml version="1.0"?><rss><channel><title>Розповіді</title><item><title>Ніч</title><description><![CDATA[<p>Була ніч, і на вокзалі нікого не було.</p>]]></description></item></channel></rss>`);
  write(root, 'pagefind/fragment/uk_1a2b3c4.pf_fragment', gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url: '/uk/stories/nich/', content: 'Була ніч, і на вокзалі нікого не було.', meta: { title: 'Ніч' } }))));
  plant(root);
  return root;
}

async function scan(dist: string, threads: number): Promise<DistFinding[]> {
  return scanDist({ dist, content: path.join(tmp, 'no-content'), fingerprintsFile: path.join(tmp, 'none.json'), cwd: tmp, threads });
}

describe('leak scan', () => {
  it('passes the clean site', async () => {
    expect(await scan(site('clean', () => {}), 1)).toEqual([]);
  });

  it('finds a phone that is only in a feed', async () => {
    const dist = site('feed-only', (root) =>
      write(root, 'uk/stories/rss.xml', `<?xml version="1.0"?><rss><channel><item><description><![CDATA[<p>${PHONE_PARAGRAPH}</p>]]></description></item></channel></rss>`),
    );
    const found = await scan(dist, 1);
    expect(found.map((f) => `${f.file} ${f.kind}`)).toEqual(['feed-only/uk/stories/rss.xml phone']);
  });

  it('finds a name that is only in a search fragment', async () => {
    const dist = site('fragment-only', (root) =>
      write(root, 'pagefind/fragment/uk_9f8e7d6.pf_fragment', gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url: '/uk/stories/x/', content: 'Мені подзвонила Оксана Коваленко.' })))),
    );
    const found = await scan(dist, 1);
    expect(found.map((f) => `${f.file} ${f.kind} ${f.text}`)).toEqual([
      'fragment-only/pagefind/fragment/uk_9f8e7d6.pf_fragment name Оксана',
      'fragment-only/pagefind/fragment/uk_9f8e7d6.pf_fragment name Коваленко',
    ]);
  });

  it('finds a phone that is only in a file name, and a name only in a share-card sidecar', async () => {
    const dist = site('names', (root) => {
      write(root, 'uk/stories/dzvony-0675551234/index.html', page('<p>Була ніч, і на вокзалі нікого не було.</p>'));
      write(root, 'og/uk/stories/nich.json', JSON.stringify({ alt: 'Фото Оксани Коваленко біля дому' }));
    });
    const found = await scan(dist, 1);
    expect(found.map((f) => `${f.file} ${f.kind}`)).toEqual(['names/og/uk/stories/nich.json name', 'names/og/uk/stories/nich.json name', 'names/uk/stories/dzvony-0675551234/index.html phone']);
  });

  it('reports a text published in several places (page, feed, fragment) in every one of them', async () => {
    const dist = site('everywhere', (root) => {
      write(root, 'uk/stories/kvytok/index.html', page(`<p>${PHONE_PARAGRAPH}</p>`));
      write(root, 'uk/stories/rss.xml', `<?xml version="1.0"?><rss><channel><item><description><![CDATA[<p>${PHONE_PARAGRAPH}</p>]]></description></item></channel></rss>`);
      write(root, 'pagefind/fragment/uk_5e5e5e5.pf_fragment', gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ content: PHONE_PARAGRAPH }))));
    });
    const found = await scan(dist, 1);
    expect(found.map((f) => `${f.file} ${f.kind}`)).toEqual([
      'everywhere/pagefind/fragment/uk_5e5e5e5.pf_fragment phone',
      'everywhere/uk/stories/kvytok/index.html phone',
      'everywhere/uk/stories/rss.xml phone',
    ]);
  });

  it('scans what the search indexing writes or changes while the pages are being scanned', async () => {
    const dist = site('indexing', () => {});
    const indexing = new Promise<void>((resolve) =>
      setTimeout(() => {
        write(dist, 'pagefind/fragment/uk_7a7a7a7.pf_fragment', gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ content: 'Мені подзвонила Оксана Коваленко.' }))));
        write(dist, 'uk/index.html', page(`<p>${PHONE_PARAGRAPH}</p>`));
        resolve();
      }, 300),
    );
    const found = await scanDist({ dist, content: path.join(tmp, 'no-content'), fingerprintsFile: path.join(tmp, 'none.json'), cwd: tmp, threads: 1, indexing });
    expect(found.map((f) => `${f.file} ${f.kind}`)).toEqual([
      'indexing/pagefind/fragment/uk_7a7a7a7.pf_fragment name',
      'indexing/pagefind/fragment/uk_7a7a7a7.pf_fragment name',
      'indexing/uk/index.html phone',
    ]);
  });

  it('fails when the search indexing fails', async () => {
    const dist = site('indexing-fails', () => {});
    const indexing = Promise.reject(new Error('Pagefind could not start'));
    await expect(scanDist({ dist, content: path.join(tmp, 'no-content'), cwd: tmp, threads: 1, indexing })).rejects.toThrow('Pagefind could not start');
  });

  it('gives the same findings on one thread and on three', async () => {
    const dist = site('threads', (root) => {
      for (let i = 0; i < 300; i++) write(root, `uk/stories/s${i}/index.html`, page(`<p>Історія ${i}: була ніч.</p>${i % 50 === 7 ? `<p>${PHONE_PARAGRAPH} (${i})</p>` : ''}`));
    });
    const alone = await scan(dist, 0);
    expect(alone.filter((f) => f.kind === 'phone')).toHaveLength(6);
    expect(await scan(dist, 2)).toEqual(alone);
  }, 60_000);
});
