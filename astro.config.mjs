// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publicationGate from './src/integrations/publication-gate.ts';

/** The public address of the site; feeds, sitemap and share cards need absolute links. */
const site = process.env.SITE_URL ?? 'https://stories.example.org';

export default defineConfig({
  site,
  // Tests and benchmarks build fixture sites into their own folders.
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [publicationGate(), mdx()],
  // No source maps in the published output: they would carry the original sources.
  vite: { build: { sourcemap: false } },
  devToolbar: { enabled: false },
});
