// People named in the sources, in their public role only.
import { z } from 'astro/zod';
import { type RefFabrik, granskad, referensfalt, text } from './falt.ts';

export const personSchema = (r: RefFabrik) => {
  const { kallor } = referensfalt(r);
  return z.strictObject({
    namn: text('personens namn'),
    titel: text('titel eller befattning enligt källan'),
    organisation: text('arbetsgivare eller organisation enligt källan'),
    kontakt: z
      .strictObject({
        telefon: z.string().trim().min(1).optional().describe('Arbetstelefon, som källan anger den.'),
        epost: z.email({ error: (iss) => `ska vara en e-postadress, men är "${String(iss.input)}"` }).optional().describe('Arbetsadress för e-post, som källan anger den.'),
      })
      .optional()
      .describe('Arbetskontakt, bara om källan själv publicerar den.'),
    kallor,
    granskad,
  });
};
