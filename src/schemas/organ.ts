// Councils, programme areas, working groups and national bodies, with their mandate.
import { z } from 'astro/zod';
import { type RefFabrik, objekt, datum, granskad, niva, referensfalt, text, textlista, val } from './falt.ts';

export const ORGANTYPER = [
  'regering',
  'myndighet',
  'intresseorganisation',
  'samverkansnamnd',
  'namnd',
  'kommunalforbund',
  'forvaltning',
  'ledningsgrupp',
  'styrgrupp',
  'rcc',
  'rcc-samverkan',
  'npo',
  'rpo',
  'lpo',
  'cancerrad',
  'kunskapsrad',
  'rag',
  'nag',
  'arbetsgrupp',
  'projekt',
  'funktion',
] as const;
export type Organtyp = (typeof ORGANTYPER)[number];

/** Who sits in a body, as the source describes it; `kategori` lets patient seats be found. */
export const SAMMANSATTNINGSKATEGORIER = [
  'linje',
  'profession',
  'patient',
  'narstaende',
  'universitet',
  'politiker',
  'tjansteman',
  'ovrigt',
] as const;

export const organSchema = (r: RefFabrik) => {
  const { kallor, ref, refs } = referensfalt(r);
  const sammansattningsrad = objekt('en rad i sammansättningen', {
    text: text('vem som ingår, med källans ord'),
    kategori: val('kategori för raden', SAMMANSATTNINGSKATEGORIER),
    antal: z.number().int().min(1).optional().describe('Antal platser, om källan anger det.'),
  });

  const medlem = objekt('en person i organet', {
    person: ref('personer', 'personen'),
    roll: text('personens roll i organet, t.ex. ordförande'),
    fran: datum('när rollen gällde enligt källan').optional(),
    kalla: ref('kallor', 'källan som nämner personen i rollen'),
  });

  const beslut = objekt('beslutet om uppdraget', {
    av: text('vem som beslutade uppdraget (roll eller organ)'),
    person: ref('personer', 'personen som undertecknade').optional(),
    organ: ref('organ', 'organet som beslutade').optional(),
    datum: datum('beslutsdatum').optional(),
    ort: z.string().trim().min(1).optional().describe('Orten där beslutet fattades.'),
  });

  return z
    .object({
      namn: text('organets namn, som i källan'),
      kortnamn: z.string().trim().min(1).optional().describe('Kort namn, t.ex. RAG onkologi.'),
      typ: val('typ av organ', ORGANTYPER),
      niva,
      sjukvardsregion: ref('sjukvardsregioner', 'sjukvårdsregionen organet hör till').optional(),
      region: ref('regioner', 'regionen organet hör till').optional(),
      sammanfattning: text('en eller två meningar på klarspråk om vad organet gör'),
      rapporterarTill: refs('organ', 'organ som detta rapporterar till eller är underställt').default([]),
      delAv: ref('organ', 'organ som detta är en del av').optional(),
      planer: refs('planer', 'planer som organet arbetar utifrån').default([]),
      mal: refs('mal', 'mål som organets arbete tjänar').default([]),
      uppdrag: objekt('uppdraget', {
          syfte: text('organets syfte'),
          uppgifter: textlista('uppgifter, en per rad').optional(),
          sammansattning: z.array(sammansattningsrad).default([]).describe('Vem som ingår, en rad per grupp, med kategori.'),
          tillsattning: z.string().trim().min(1).optional().describe('Hur ledamöter utses eller godkänns.'),
          ledning: z.string().trim().min(1).optional().describe('Vem som leder eller sammankallar.'),
          motesfrekvens: z.string().trim().min(1).optional().describe('Hur ofta organet möts, med källans ord.'),
          rapportering: textlista('hur och till vem organet rapporterar').optional(),
          finansiering: z.string().trim().min(1).optional().describe('Hur arbetet finansieras, med källans ord.'),
          varaktighet: z.string().trim().min(1).optional().describe('T.ex. permanent, eller en period.'),
          beslut: beslut.optional().describe('Vem som beslutade uppdraget, och när.'),
        })
        .describe('Uppdraget som strukturerade fakta.'),
      medlemmar: z.array(medlem).default([]).describe('Personer som källorna nämner i organet, med roll och källa.'),
      bildat: datum('när organet bildades').optional(),
      upphort: datum('när organet upphörde').optional(),
      webbplats: z.url().optional().describe('Organets egen webbplats.'),
      kallor,
      granskad,
    })
    .superRefine((o, ctx) => {
      if (o.niva === 'sjukvardsregion' && !o.sjukvardsregion)
        ctx.addIssue({ code: 'custom', path: ['sjukvardsregion'], message: 'saknas: ett organ på nivån sjukvardsregion ska ange sjukvardsregion' });
      if (o.niva === 'region' && !o.region)
        ctx.addIssue({ code: 'custom', path: ['region'], message: 'saknas: ett organ på nivån region ska ange region' });
      if (o.niva === 'nationell' && (o.region || o.sjukvardsregion))
        ctx.addIssue({ code: 'custom', path: ['niva'], message: 'ett nationellt organ ska inte ange region eller sjukvardsregion' });
      if (o.bildat && o.upphort && o.upphort < o.bildat)
        ctx.addIssue({ code: 'custom', path: ['upphort'], message: `upphört (${o.upphort}) ligger före bildat (${o.bildat})` });
    });
};
