// Figures with value, unit, year and source.
import { z } from 'astro/zod';
import { type RefFabrik, granskad, heltal, referensfalt, text } from './falt.ts';

export const nyckeltalSchema = (r: RefFabrik) => {
  const { kallor, ref } = referensfalt(r);
  return z.strictObject({
    namn: text('vad nyckeltalet mäter'),
    varde: z.number({ error: (iss) => `ska vara ett tal, men är ${String(iss.input)}` }).describe('Värdet, som tal.'),
    ungefar: z.boolean().default(false).describe('Sant om källan säger "cirka".'),
    enhet: text('enhet, t.ex. procent eller stycken'),
    ar: heltal('året värdet gäller', 1900, 2100),
    serie: z.string().trim().min(1).optional().describe('Id för en serie, så att samma mått över flera år kan visas tillsammans.'),
    organ: ref('organ', 'organet eller området som värdet gäller').optional(),
    sjukvardsregion: ref('sjukvardsregioner', 'sjukvårdsregionen som värdet gäller').optional(),
    kallor,
    granskad,
  });
};
