/**
 * The content model. Every source file under content/<collection>/<lang>/ is validated here; a file
 * that does not fit stops the build with its path, the field and the reason (Astro reports zod
 * errors that way). Personal content (stories, responses, articles written by members) must carry
 * an anonymization stamp; the build gate (src/integrations/publication-gate.ts) checks that the stamp
 * still matches the text.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGS, SITUATION_IDS } from './data/site';
import { contentBase } from './lib/content-dir';

const lang = z.enum(LANGS);

/** Month precision is enough and safer than a day: "2025-03". */
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use year and month only, like 2025-03 (no exact day)');

/** Links the same piece across languages: the same key in every translation. */
const translationKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case latin letters, digits and dashes');

const id = translationKey;

/** What the anonymizer writes and the reviewer confirms. See scripts/anonymize/stamp.ts. */
const anonymization = z.object({
  /** Pseudonyms the anonymizer chose (base forms); allowed by the checks in any case form. */
  pseudonyms: z.array(z.string()).default([]),
  /** Reviewed false positives: each phrase is published as it is, for the reason given. */
  allow: z
    .array(z.object({ phrase: z.string().min(1), reason: z.string().min(3) }))
    .default([]),
  settings: z
    .object({ keepMajorCities: z.boolean().optional(), keepCountries: z.boolean().optional() })
    .default({}),
  stamp: z.object({
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'run: npm run anonymize -- --check <file>'),
    version: z.string(),
    // YAML reads an unquoted 2026-11-23 as a date; both forms are fine.
    date: z.union([z.string(), z.date()]),
  }),
});

/** Non-personal content needs no stamp, but a reviewed false positive is allowed the same way. */
const reviewedAllow = z.object({ allow: anonymization.shape.allow }).passthrough().optional();

const contentWarningTypes = [
  'violence',
  'sexual-violence',
  'threats-to-children',
  'detention',
  'self-harm',
] as const;

const consent = z
  .object({
    given: z.literal(true, { message: 'a story is published only with the storyteller’s consent' }),
    scope: z.array(z.enum(['site', 'print', 'campaigns'])).min(1),
  })
  .refine((c) => c.scope.includes('site'), {
    message: 'consent scope must include "site" for the story to appear on the site',
  });

/**
 * A story without its photo. Astro calls a collection's schema function once per entry (the photo's
 * image() helper belongs to the entry), and building the whole schema each time, with zod compiling
 * it on first use, cost ~0.3 ms a story: only the photo field is made per entry.
 */
const story = z.object({
  title: z.string().min(3),
  summary: z.string().min(10),
  lang,
  published: month,
  situations: z.array(z.enum(SITUATION_IDS)).min(1),
  contentWarning: z
    .object({ type: z.enum(contentWarningTypes), note: z.string().optional() })
    .optional(),
  source: z.enum(['written', 'audio', 'video', 'circle']),
  campaigns: z.array(id).default([]),
  translationKey,
  /** Former slugs of this story: their URLs keep working (see src/data/redirects). */
  formerSlugs: z.array(z.string()).default([]),
  consent,
  anonymization,
});
const photoAlt = z.string().min(3);

const stories = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: contentBase('stories') }),
  schema: ({ image }) => story.extend({ image: z.object({ src: image(), alt: photoAlt }).optional() }),
});

const workshop = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: contentBase('workshop') }),
  schema: z.object({
    title: z.string().min(3),
    summary: z.string().min(10),
    lang,
    /** Position in the method; modules are read in this order. */
    order: z.number().int().positive(),
    kind: z.enum(['module', 'exercise', 'facilitator-notes', 'handout']),
    /** Minutes the module or exercise takes in a circle. */
    duration: z.number().int().positive().optional(),
    translationKey,
    anonymization: reviewedAllow,
  }),
});

const editions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: contentBase('editions') }),
  schema: ({ image }) =>
    z.object({
      number: z.number().int().positive(),
      published: month,
      title: z.object({ uk: z.string(), ru: z.string(), en: z.string() }),
      cover: image().optional(),
      coverAlt: z.object({ uk: z.string(), ru: z.string(), en: z.string() }).optional(),
    }),
});

const articles = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: contentBase('articles') }),
  schema: z
    .object({
      title: z.string().min(3),
      summary: z.string().min(10),
      lang,
      /** Number of the Lilith edition this article appeared in. */
      edition: z.number().int().positive(),
      /** Position in the edition, from 1. */
      order: z.number().int().positive(),
      /** A pseudonym, or the editorial team. */
      author: z.string().min(2),
      /** Written by a member about her own life: personal content, must be anonymized. */
      byMember: z.boolean().default(false),
      situations: z.array(z.enum(SITUATION_IDS)).default([]),
      translationKey,
      anonymization: anonymization.partial({ stamp: true }).optional(),
    })
    .refine((a) => !a.byMember || a.anonymization?.stamp, {
      message: 'an article written by a member needs an anonymization stamp: npm run anonymize -- --check <file>',
      path: ['anonymization'],
    }),
});

const campaigns = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: contentBase('campaigns') }),
  schema: z.object({
    title: z.string().min(3),
    summary: z.string().min(10),
    lang,
    goal: z.string().min(10),
    audience: z.array(z.enum(['police', 'officials', 'parliament', 'public'])).min(1),
    /** Translation keys of the stories this campaign collects, in order. */
    stories: z.array(translationKey).min(1),
    callToAction: z.object({ text: z.string(), href: z.string().optional() }),
    translationKey,
    formerSlugs: z.array(z.string()).default([]),
    anonymization: reviewedAllow,
  }),
});

const responses = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: contentBase('responses') }),
  schema: z.object({
    lang,
    /** Translation key of the story this response answers. */
    story: translationKey,
    published: month,
    /** How the reader is described, never a name: "a reader from the south". */
    from: z.string().min(3),
    moderated: z.literal(true, { message: 'only moderated responses are published' }),
    anonymization,
  }),
});

export const collections = { stories, workshop, editions, articles, campaigns, responses };
