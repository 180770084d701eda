// Strategies and plans at every level; goals name their plan, so a plan's goals are derived.
import { z } from 'astro/zod';
import { type RefFabrik, kontrolleraDatumkallor, objekt, datum, granskad, niva, referensfalt, text, val } from './falt.ts';

export const PLANTYPER = ['strategi', 'inriktning', 'cancerplan', 'handlingsplan', 'malplan', 'overenskommelse', 'projekt'] as const;

/** How a plan came about: a report is handed over, not decided; an agreement is agreed. */
export const BESLUTSSLAG = ['beslutad', 'overlamnad', 'presenterad', 'overenskommen'] as const;

export const planSchema = (r: RefFabrik) => {
  const { kallor, ref, refs, datumkallor } = referensfalt(r);
  return z
    .strictObject({
      namn: text('planens namn, som i källan'),
      typ: val('typ av plan', PLANTYPER),
      niva,
      sjukvardsregion: ref('sjukvardsregioner', 'sjukvårdsregionen planen gäller').optional(),
      region: ref('regioner', 'regionen planen gäller').optional(),
      agare: ref('organ', 'organet som tog fram eller äger planen').optional(),
      sammanfattning: text('en kort sammanfattning på klarspråk'),
      period: objekt('perioden', { fran: datum('periodens början'), till: datum('periodens slut').optional() })
        .optional()
        .describe('Period planen gäller för.'),
      beslutadAv: z.string().trim().min(1).optional().describe('Vem som beslutade planen.'),
      beslutsslag: val('hur planen kom till: beslutad, överlämnad (t.ex. ett betänkande), presenterad eller överenskommen', BESLUTSSLAG).optional(),
      beslutsdatum: datum('beslutsdatum').optional(),
      ikraft: datum('datum då planen trädde i kraft').optional(),
      byggerPa: refs('planer', 'planer som denna bygger på').default([]),
      kallor,
      datumkallor: datumkallor(['beslutsdatum', 'ikraft', 'period'] as const),
      granskad,
    })
    .superRefine((p, ctx) => {
      kontrolleraDatumkallor(p, ctx);
      if (p.period?.till && p.period.till < p.period.fran)
        ctx.addIssue({ code: 'custom', path: ['period', 'till'], message: `periodens slut (${p.period.till}) ligger före dess början (${p.period.fran})` });
      if (p.niva === 'sjukvardsregion' && !p.sjukvardsregion)
        ctx.addIssue({ code: 'custom', path: ['sjukvardsregion'], message: 'saknas: en plan på nivån sjukvardsregion ska ange sjukvardsregion' });
      if (p.niva === 'region' && !p.region)
        ctx.addIssue({ code: 'custom', path: ['region'], message: 'saknas: en plan på nivån region ska ange region' });
    });
};
