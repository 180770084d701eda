// Goals of a plan, linked to the goals of plans above them.
import { z } from 'astro/zod';
import { type RefFabrik, granskad, referensfalt, text } from './falt.ts';

export const malSchema = (r: RefFabrik) => {
  const { kallor, ref, refs } = referensfalt(r);
  return z.strictObject({
    plan: ref('planer', 'planen målet hör till'),
    nummer: z.number().int().min(1).optional().describe('Målets nummer i planen, för ordningen.'),
    titel: text('målet, med källans ord'),
    sammanfattning: text('vad målet betyder i praktiken, på klarspråk')
      .optional()
      .describe('Vad målet betyder i praktiken, en eller två meningar på klarspråk. Bara sådant som källorna säger; håll LIX under 40.'),
    bidrarTill: refs('mal', 'mål i planer ovanför som detta mål bidrar till').default([]),
    kallor,
    granskad,
  });
};
