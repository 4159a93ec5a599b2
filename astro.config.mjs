// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { withdrawnPaths } from './src/lib/withdrawn.ts';
import publicationGate from './src/integrations/publication-gate.ts';
import stableLinks from './src/integrations/stable-links.ts';
import shareCards from './src/integrations/share-cards.ts';
import { readPieces, redirectsOf } from './scripts/urls/registry.ts';

/** Former URLs of withdrawn stories: they show a noindex page and stay out of the sitemap. */
const withdrawn = new Set(withdrawnPaths());

/** The public address of the site; feeds, sitemap and share cards need absolute links. */
const site = process.env.SITE_URL ?? 'https://stories.example.org';

/** Former addresses of renamed pieces: redirect pages, never listed in the sitemap. */
const formerUrls = new Set(redirectsOf(readPieces()).keys());

export default defineConfig({
  site,
  // Tests and benchmarks build fixture sites into their own folders.
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    publicationGate(),
    stableLinks(),
    shareCards(),
    mdx(),
    // hreflang alternates for pages that share a path in every language (lists, help, workshop…).
    // Pages that must not be found (404, withdrawn: noindex) stay out; tests/browser/feeds.test.ts
    // checks that no listed page is noindex.
    sitemap({
      i18n: { defaultLocale: 'uk', locales: { uk: 'uk', ru: 'ru', en: 'en' } },
      filter: (page) => {
        const { pathname } = new URL(page);
        // Print versions of editions are noindex copies of the edition pages.
        const printCopy = /\/editions\/\d+\/print\/$/.test(pathname);
        return !/^\/404\/?$/.test(pathname) && !printCopy && !withdrawn.has(pathname) && !formerUrls.has(pathname);
      },
    }),
  ],
  // No source maps in the published output: they would carry the original sources.
  vite: { build: { sourcemap: false } },
  devToolbar: { enabled: false },
});
