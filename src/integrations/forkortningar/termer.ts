// The glossary as the after-build pass needs it: read with the content reader and checked with
// the ordlista schema, longest term first (so that "RCC Syd" wins over "RCC").
import { z } from 'astro/zod';
import { poster } from '../../lib/innehall/lasare.ts';
import { enkelRef } from '../../schemas/falt.ts';
import { ordSchema } from '../../schemas/ordlista.ts';

export interface Term {
  id: string;
  term: string;
  expansion: string;
  varianter: string[];
  /** The language of a foreign term ("en" for best practice), marked wherever it stands. */
  sprak?: string;
}

const schema = ordSchema(enkelRef);

/** The glossary's terms from the content folder `innehall`, longest first. */
export function lasTermer(innehall: string): Term[] {
  return poster(innehall, 'ordlista')
    .flatMap((p) => {
      const res = schema.safeParse(p.frontmatter?.data);
      if (!res.success) return []; // the validation reports it
      const d: z.infer<typeof schema> = res.data;
      return [{ id: p.id, term: d.term, expansion: d.expansion, varianter: d.varianter, sprak: d.sprak }];
    })
    .sort((a, b) => b.term.length - a.term.length);
}

export { arForkortning, esc, helaOrd } from './monster.ts';
