import type { APIRoute } from 'astro';
import type { Lang } from '../../../data/site';
import { langPaths } from '../../../lib/content';
import { feed } from '../../../lib/feeds';

export const getStaticPaths = langPaths;
export const GET: APIRoute = ({ params, site }) => feed('stories', params.lang as Lang, site);
