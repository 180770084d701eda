// Councils, programme areas, working groups and national bodies, with their mandate.
import { z } from 'astro/zod';
import { type RefFabrik, kontrolleraDatumkallor, objekt, datum, granskad, niva, referensfalt, text, textlista, val, webbadress } from './falt.ts';

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

/**
 * Questions a reader may bring ("Vem kontaktar jag om vad?"). An organ lists the ones its source
 * says it handles; /kontakt/ is derived from them.
 */
export const FRAGOR = ['vardprogram', 'vantetider-svf', 'rehabilitering', 'patientmedverkan'] as const;
export type Fraga = (typeof FRAGOR)[number];

/**
 * Public routes to a body (never a person's): a web page, a switchboard number or a functional
 * mailbox, each as its source gives it. /kontakt/ and the body's page show them with the source's date.
 */
export const KONTAKTSLAG = ['webbsida', 'vaxel', 'funktionsbrevlada'] as const;
export type Kontaktslag = (typeof KONTAKTSLAG)[number];
/** What a value of each kind must look like, and how the build says so when it does not. */
export const KONTAKTFORMAT: Record<Kontaktslag, { monster: RegExp; forvantat: string }> = {
  webbsida: { monster: /^https:\/\/[^\s]+$/, forvantat: 'en fullständig webbadress som börjar med https://' },
  vaxel: { monster: /^(\+46|0)[\d -]{6,14}\d$/, forvantat: 'ett svenskt telefonnummer med riktnummer, t.ex. 075-247 30 00' },
  funktionsbrevlada: { monster: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, forvantat: 'en e-postadress, t.ex. registrator@myndighet.se' },
};

/** Nivåer where a plain-language summary is required (national bodies may leave it out). */
const SAMMANFATTNING_KRAVS = ['sjukvardsregion', 'region'];

/** Composition categories that give patients or relatives a seat; /patientmedverkan/ is derived from them. */
export const PATIENTKATEGORIER: readonly (typeof SAMMANSATTNINGSKATEGORIER)[number][] = ['patient', 'narstaende'];

export const organSchema = (r: RefFabrik) => {
  const { kallor, ref, refs } = referensfalt(r);
  const livscykel = referensfalt(r);
  const sammansattningsrad = objekt('en rad i sammansättningen', {
    text: text('vem som ingår, med källans ord'),
    kategori: val('kategori för raden', SAMMANSATTNINGSKATEGORIER),
    antal: z.number().int().min(1).optional().describe('Antal platser, om källan anger det.'),
  });

  const medlem = objekt('en person i organet', {
    person: ref('personer', 'personen'),
    roll: text('personens roll i organet, t.ex. ordförande'),
    fran: datum('när rollen gällde enligt källan').optional(),
    till: datum('när personen lämnade rollen, om källan säger det').optional(),
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
    .strictObject({
      namn: text('organets namn, som i källan'),
      kortnamn: z.string().trim().min(1).optional().describe('Kort namn, t.ex. RAG onkologi.'),
      typ: val('typ av organ', ORGANTYPER),
      niva,
      sjukvardsregion: ref('sjukvardsregioner', 'sjukvårdsregionen organet hör till').optional(),
      region: ref('regioner', 'regionen organet hör till').optional(),
      sammanfattning: text('en eller två meningar på klarspråk om vad organet gör')
        .optional()
        .describe(
          'En eller två meningar på klarspråk om vad organet gör, för en läsare utan vårdutbildning. Krävs för organ på nivåerna sjukvardsregion och region. Bara sådant som källorna säger; håll LIX under 40.',
        ),
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
      tidigareNamn: livscykel.tidigareNamn.describe('Organets tidigare namn, med datum då vart och ett upphörde och källan för namnbytet.'),
      ersattAv: ref('organ', 'organet som ersatte detta när det upphörde').optional(),
      uppgickI: ref('organ', 'organet som detta uppgick i när det upphörde').optional(),
      upphortKalla: ref('kallor', 'källan som säger att organet upphörde, ersattes eller uppgick i ett annat').optional(),
      webbplats: webbadress('Organets egen webbplats.').optional(),
      kontakt: z
        .array(
          objekt('en kontaktväg till organet', {
            slag: val('slag av kontaktväg', KONTAKTSLAG),
            varde: text('adressen, numret eller e-postadressen, som i källan'),
            avser: z.string().trim().min(1).optional().describe('Vad vägen gäller, om inte organet självt, t.ex. Patient- och närståenderådet.'),
            fraga: val('frågan som vägen gäller', FRAGOR).optional(),
            kalla: ref('kallor', 'källan som anger kontaktvägen'),
          }),
        )
        .default([])
        .describe(
          'Offentliga kontaktvägar till organet: webbsida, växel eller funktionsbrevlåda, aldrig en enskild persons uppgifter. Ange bara det som källan säger, med källan; den ska också stå under kallor.',
        ),
      fragor: z
        .array(
          objekt('en fråga som organet hanterar', {
            fraga: val('frågan', FRAGOR),
            kalla: ref('kallor', 'källan som säger att organet hanterar frågan'),
          }),
        )
        .default([])
        .describe(
          'Frågor som organet hanterar enligt källan, för sidan Vem kontaktar jag om vad? (/kontakt/). Ange bara frågor som källan stöder, med källan; den ska också stå under kallor.',
        ),
      kallor,
      datumkallor: livscykel.datumkallor(['bildat', 'beslut'] as const),
      granskad,
    })
    .superRefine((o, ctx) => {
      kontrolleraDatumkallor(o, ctx);
      if (o.niva === 'sjukvardsregion' && !o.sjukvardsregion)
        ctx.addIssue({ code: 'custom', path: ['sjukvardsregion'], message: 'saknas: ett organ på nivån sjukvardsregion ska ange sjukvardsregion' });
      if (o.niva === 'region' && !o.region)
        ctx.addIssue({ code: 'custom', path: ['region'], message: 'saknas: ett organ på nivån region ska ange region' });
      if (o.niva === 'nationell' && (o.region || o.sjukvardsregion))
        ctx.addIssue({ code: 'custom', path: ['niva'], message: 'ett nationellt organ ska inte ange region eller sjukvardsregion' });
      if (!o.sammanfattning && SAMMANFATTNING_KRAVS.includes(o.niva))
        ctx.addIssue({
          code: 'custom',
          path: ['sammanfattning'],
          message: `saknas: ett organ på nivån ${o.niva} ska ha en sammanfattning, en eller två meningar på klarspråk om vad organet gör`,
        });
      const sedda = new Set<string>();
      o.fragor.forEach((f, i) => {
        if (sedda.has(f.fraga))
          ctx.addIssue({ code: 'custom', path: ['fragor', i, 'fraga'], message: `frågan "${f.fraga}" står redan i listan: ta bort dubbletten` });
        sedda.add(f.fraga);
        if (!o.kallor.some((k) => k.id === f.kalla.id))
          ctx.addIssue({
            code: 'custom',
            path: ['fragor', i, 'kalla'],
            message: `källan "${f.kalla.id}" för frågan "${f.fraga}" står inte under kallor: lägg till den där, eller ange en av organets källor (${o.kallor.map((k) => k.id).join(', ')})`,
          });
      });
      o.kontakt.forEach((v, i) => {
        const f = KONTAKTFORMAT[v.slag];
        if (!f.monster.test(v.varde))
          ctx.addIssue({ code: 'custom', path: ['kontakt', i, 'varde'], message: `"${v.varde}" är inte ${f.forvantat}: skriv värdet så, eller välj ett annat slag (${KONTAKTSLAG.join(', ')})` });
        if (!o.kallor.some((k) => k.id === v.kalla.id))
          ctx.addIssue({
            code: 'custom',
            path: ['kontakt', i, 'kalla'],
            message: `källan "${v.kalla.id}" för kontaktvägen står inte under kallor: lägg till den där, eller ange en av organets källor (${o.kallor.map((k) => k.id).join(', ')})`,
          });
      });
      if (o.bildat && o.upphort && o.upphort < o.bildat)
        ctx.addIssue({ code: 'custom', path: ['upphort'], message: `upphört (${o.upphort}) ligger före bildat (${o.bildat})` });
    });
};
