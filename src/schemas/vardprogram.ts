// National care programmes, standardised care pathways and quality registers.
import { z } from 'astro/zod';
import { type RefFabrik, kontrolleraDatumkallor, datum, granskad, referensfalt, text, val } from './falt.ts';

export const VARDPROGRAMTYPER = ['nationellt-vardprogram', 'svf', 'kvalitetsregister'] as const;

export const vardprogramSchema = (r: RefFabrik) => {
  const { kallor, refs, datumkallor } = referensfalt(r);
  return z.strictObject({
    namn: text('namnet, som i källan'),
    typ: val('typ', VARDPROGRAMTYPER),
    sammanfattning: text('en kort förklaring på klarspråk'),
    infort: datum('när det infördes eller fastställdes').optional(),
    ansvariga: refs('organ', 'organ som ansvarar för det').default([]),
    kallor,
    datumkallor: datumkallor(['infort'] as const),
    granskad,
  }).superRefine(kontrolleraDatumkallor);
};
