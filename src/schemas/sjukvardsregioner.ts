// The six healthcare regions (sjukvårdsregioner). Member regions are derived from content/regioner.
import { z } from 'astro/zod';
import { type RefFabrik, kontrolleraDatumkallor, datum, granskad, referensfalt, text } from './falt.ts';

export const sjukvardsregionSchema = (r: RefFabrik) => {
  const { kallor, tidigareNamn, datumkallor } = referensfalt(r);
  return z.strictObject({
    namn: text('sjukvårdsregionens officiella namn'),
    kortnamn: text('kort namn i listor, t.ex. Mellansverige'),
    tidigareNamn,
    sammanfattning: text('en eller två meningar på klarspråk om sjukvårdsregionen'),
    invanare: z.string().trim().min(1).optional().describe('Antal invånare enligt källan, i ord.'),
    sedan: datum('när sjukvårdsregionen bildades eller fick sitt nuvarande namn').optional(),
    kallor,
    datumkallor: datumkallor(['sedan'] as const),
    granskad,
  }).superRefine(kontrolleraDatumkallor);
};
