// Goals of a plan, linked to the goals of plans above them.
import { z } from 'astro/zod';
import { type RefFabrik, granskad, referensfalt, text } from './falt.ts';

export const malSchema = (r: RefFabrik) => {
  const { kallor, ref, refs } = referensfalt(r);
  return z.object({
    plan: ref('planer', 'planen målet hör till'),
    nummer: z.number().int().min(1).optional().describe('Målets nummer i planen, för ordningen.'),
    titel: text('målet, med källans ord'),
    bidrarTill: refs('mal', 'mål i planer ovanför som detta mål bidrar till').default([]),
    kallor,
    granskad,
  });
};
