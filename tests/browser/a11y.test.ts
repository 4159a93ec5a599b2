/**
 * axe-core on every page type in every language, in the light and the dark colour scheme
 * (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA). Content behind a warning is opened first so it is checked
 * too. A violation lists the rule, the help text and the offending elements.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { serveDist, type StaticServer } from './server';
import { DIST, samplePages, type SamplePage } from './site-pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const samples = samplePages();
const label = (s: SamplePage) => `${s.type} ${s.lang} ${s.path}`;

/**
 * Light mode: every sample. Dark mode changes colours only, so each page type is checked once,
 * in a language that rotates from type to type (all three languages get dark-mode coverage).
 */
const types = [...new Set(samples.map((s) => s.type))];
const langs = ['uk', 'ru', 'en'] as const;
const darkSamples = samples.filter((s) => s.lang === 'all' || s.lang === langs[types.indexOf(s.type) % langs.length]);
const sampleFor = { light: samples, dark: darkSamples };

let browser: Browser;
let server: StaticServer;
const contexts: Partial<Record<'light' | 'dark', BrowserContext>> = {};

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist(DIST)]);
  // Desktop width here; the 360 px phone layout is covered by pages.test.ts.
  for (const scheme of ['light', 'dark'] as const) {
    contexts[scheme] = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const scheme of ['light', 'dark'] as const) {
  describe.concurrent(`axe, ${scheme} mode`, () => {
    test.for(sampleFor[scheme].map((s) => [label(s), s] as const))('%s', async ([, sample], { expect }) => {
      const page = await contexts[scheme]!.newPage();
      try {
        await page.goto(server.url + sample.path, { waitUntil: 'load' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n` +
            v.nodes
              .slice(0, 5)
              .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
              .join('\n'),
        );
        expect(violations, `axe found problems on ${sample.path} (${scheme})`).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
