// The content collections: one schema module per collection in src/schemas/.
// CONTENT_DIR lets tests build small fixture corpora with the same schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { kallaSchema } from './schemas/kallor';
import { malSchema } from './schemas/mal';
import { nyckeltalSchema } from './schemas/nyckeltal';
import { ordSchema } from './schemas/ordlista';
import { organSchema } from './schemas/organ';
import { personSchema } from './schemas/personer';
import { planSchema } from './schemas/planer';
import { regionSchema } from './schemas/regioner';
import { sjukvardsregionSchema } from './schemas/sjukvardsregioner';
import { vardprogramSchema } from './schemas/vardprogram';

z.config(z.locales.sv());

const bas = process.env.CONTENT_DIR ?? './content';
const samling = <S extends z.ZodType>(mapp: string, schema: S) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${bas}/${mapp}` }), schema });

export const collections = {
  sjukvardsregioner: samling('sjukvardsregioner', sjukvardsregionSchema),
  regioner: samling('regioner', regionSchema),
  organ: samling('organ', organSchema),
  personer: samling('personer', personSchema),
  planer: samling('planer', planSchema),
  mal: samling('mal', malSchema),
  vardprogram: samling('vardprogram', vardprogramSchema),
  nyckeltal: samling('nyckeltal', nyckeltalSchema),
  kallor: samling('kallor', kallaSchema),
  ordlista: samling('ordlista', ordSchema),
};
