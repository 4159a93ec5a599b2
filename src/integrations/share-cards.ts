/**
 * Tells the share-card route (src/pages/[og]/[...path].png.ts) where its worker thread lives and where
 * cards may be cached between builds (Astro's cache dir). Builds only; `astro dev` draws in-process.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        process.env.SHARE_CARD_WORKER = fileURLToPath(new URL('src/lib/share-card-worker.mjs', config.root));
        process.env.SHARE_CARD_CACHE = fileURLToPath(new URL('share-cards/', config.cacheDir));
      },
    },
  };
}
