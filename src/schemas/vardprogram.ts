// National care programmes, standardised care pathways and quality registers.
import { z } from 'astro/zod';
import { datum, granskad, kallor, refs, text, val } from './falt';

export const VARDPROGRAMTYPER = ['nationellt-vardprogram', 'svf', 'kvalitetsregister'] as const;

export const vardprogramSchema = z.object({
  namn: text('namnet, som i källan'),
  typ: val('typ', VARDPROGRAMTYPER),
  sammanfattning: text('en kort förklaring på klarspråk'),
  infort: datum('när det infördes eller fastställdes').optional(),
  ansvariga: refs('organ', 'organ som ansvarar för det').default([]),
  kallor,
  granskad,
});
