/**
 * Where a page's share card is served: same host, one PNG per story, article and campaign.
 * @example shareCardUrl('uk', 'stories', 'oblava-na-rynku') // "/og/uk/stories/oblava-na-rynku.png"
 */
import type { Lang } from '../data/site';

export type CardCollection = 'stories' | 'articles' | 'campaigns';

export function shareCardUrl(lang: Lang, collection: CardCollection, slug: string): string {
  return `/og/${lang}/${collection}/${slug}.png`;
}
