// The content collections: one schema module per collection in src/schemas/, with Astro's
// reference(). CONTENT_DIR lets tests build small fixture corpora with the same schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { scheman, SAMLINGAR } from './schemas/index.ts';
import type { RefFabrik } from './schemas/falt.ts';

z.config(z.locales.sv());

const bas = process.env.CONTENT_DIR ?? './content';
const s = scheman(reference as unknown as RefFabrik);

const lader = (namn: (typeof SAMLINGAR)[number]) => glob({ pattern: '**/*.{md,mdx}', base: `${bas}/${namn}` });

export const collections = {
  sjukvardsregioner: defineCollection({ loader: lader('sjukvardsregioner'), schema: s.sjukvardsregioner }),
  regioner: defineCollection({ loader: lader('regioner'), schema: s.regioner }),
  organ: defineCollection({ loader: lader('organ'), schema: s.organ }),
  personer: defineCollection({ loader: lader('personer'), schema: s.personer }),
  planer: defineCollection({ loader: lader('planer'), schema: s.planer }),
  mal: defineCollection({ loader: lader('mal'), schema: s.mal }),
  vardprogram: defineCollection({ loader: lader('vardprogram'), schema: s.vardprogram }),
  nyckeltal: defineCollection({ loader: lader('nyckeltal'), schema: s.nyckeltal }),
  kallor: defineCollection({ loader: lader('kallor'), schema: s.kallor }),
  ordlista: defineCollection({ loader: lader('ordlista'), schema: s.ordlista }),
};
