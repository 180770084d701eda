// The content collections, derived from the registry (src/samlingar.ts): one schema module per
// collection in src/schemas/, with Astro's reference(). CONTENT_DIR lets tests build small
// fixture corpora with the same schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { definieraSamlingar, SAMLINGAR, type Samling } from './samlingar.ts';
import type { RefFabrik } from './schemas/falt.ts';

z.config(z.locales.sv());

const bas = process.env.CONTENT_DIR ?? './content';
const ref = reference as unknown as RefFabrik;

type Samlingar = {
  [K in Samling]: { loader: ReturnType<typeof glob>; schema: ReturnType<(typeof SAMLINGAR)[K]['schema']> };
};

export const collections = definieraSamlingar(SAMLINGAR, ref, (namn, schema) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${bas}/${namn}` }), schema }),
) as unknown as Samlingar;
