// Shared field builders for every collection schema: Swedish error messages that name the
// value found and what is expected, so that an editor can fix the file without reading code.
import { z } from 'astro/zod';
import { bedomAdress } from '../lib/validering/adresser.ts';
import { config } from '../config.ts';

/** Describes the value an editor wrote, for error messages. */
export function beskrivVarde(v: unknown): string {
  if (v === undefined) return 'inget värde';
  if (v === null) return 'tomt värde';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'ett ogiltigt datum' : `datumet ${v.toISOString().slice(0, 10)}`;
  if (typeof v === 'string') return `texten "${v}"`;
  if (typeof v === 'number') return `talet ${v}`;
  if (typeof v === 'boolean') return v ? 'värdet true' : 'värdet false';
  if (Array.isArray(v)) return 'en lista';
  return 'ett objekt';
}

const saknas = (vad: string) => `saknas: ange ${vad}`;
/** A field written without a value ("namn:"), as a new entry's template leaves it. */
const tomt = (vad: string) => `är tomt: fyll i ${vad}`;

/** Required text. `vad` says in Swedish what the field should hold. */
export function text(vad: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? saknas(vad) : iss.input === null ? tomt(vad) : `ska vara text (${vad}), men är ${beskrivVarde(iss.input)}`,
    })
    .trim()
    .min(1, { error: `får inte vara tomt: ange ${vad}` })
    .describe(vad);
}

/** A list of texts, at least one. */
export function textlista(vad: string) {
  return z
    .array(text(vad), {
      error: (iss) =>
        iss.input === undefined ? saknas(`en lista med ${vad}`) : iss.input === null ? tomt(`en lista med ${vad}`) : `ska vara en lista (rader som börjar med "- "), men är ${beskrivVarde(iss.input)}`,
    })
    .min(1, { error: `listan är tom: ange minst en rad med ${vad}` })
    .describe(`Lista med ${vad}.`);
}

/** Whole number in a range. */
export function heltal(vad: string, min: number, max: number) {
  return z
    .number({ error: (iss) => (iss.input === undefined ? saknas(vad) : `ska vara ett heltal (${vad}), men är ${beskrivVarde(iss.input)}`) })
    .int({ error: (iss) => `ska vara ett heltal, men är ${beskrivVarde(iss.input)}` })
    .min(min, { error: (iss) => `ska vara minst ${min}, men är ${beskrivVarde(iss.input)}` })
    .max(max, { error: (iss) => `ska vara högst ${max}, men är ${beskrivVarde(iss.input)}` })
    .describe(vad);
}

const DATUM_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks that a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string names a real date. */
export function arRimligtDatum(s: string): boolean {
  const m = DATUM_RE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1800 || year > 2100) return false;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/**
 * A date as precise as the source gives it: "2021-09-22", "2023-10" or "2009".
 * YAML turns unquoted dates into Date objects and years into numbers; both are accepted and
 * normalised to the string form, so that templates see one shape.
 */
export function datum(vad: string) {
  return z
    .unknown()
    .transform((v, ctx) => {
      let s: string | undefined;
      if (v instanceof Date && !Number.isNaN(v.getTime())) s = v.toISOString().slice(0, 10);
      else if (typeof v === 'number' && Number.isInteger(v)) s = String(v);
      else if (typeof v === 'string') s = v.trim();
      if (s === undefined || !arRimligtDatum(s)) {
        ctx.addIssue({
          code: 'custom',
          message:
            v === undefined
              ? saknas(`${vad} som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ`)
              : `ska vara ett verkligt datum som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ (${vad}), men är ${beskrivVarde(v)}`,
        });
        return z.NEVER;
      }
      return s;
    })
    // Says what the value becomes, for the JSON Schemas of the open data (src/lib/oppnadata.ts).
    .pipe(z.string().regex(DATUM_RE))
    .describe(`${vad} (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så exakt som källan anger).`);
}

/**
 * Whether a date ("2021-09-22", "2023-10", "2009") can lie in the past: its first day is at most
 * tomorrow, as seen from the build's today (an editor in Sweden may be a day ahead of UTC).
 */
export function inteIFramtiden(s: string, idag = config.idag): boolean {
  const forsta = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
  const imorgon = new Date(Date.parse(`${idag}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return forsta <= imorgon;
}

/** The date the entry's content was last checked against its sources: always a full date. */
export const granskad = datum('datum då uppgifterna senast granskades mot källorna')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), {
    message: 'granskningsdatum ska vara ett fullständigt datum (ÅÅÅÅ-MM-DD)',
  })
  .refine((s) => inteIFramtiden(s), {
    error: (iss) => `datumet "${String(iss.input)}" ligger i framtiden: skriv dagen då uppgifterna granskades mot källorna, senast i dag`,
  })
  .describe('Datum då uppgifterna senast granskades mot källorna (ÅÅÅÅ-MM-DD).');

/** One of a fixed set of values; the message lists them all. */
export function val<const T extends readonly [string, ...string[]]>(vad: string, varden: T) {
  return z
    .enum(varden, {
      error: (iss) =>
        iss.input === undefined
          ? saknas(`${vad}, ett av: ${varden.join(', ')}`)
          : iss.input === null
            ? tomt(`${vad}, ett av: ${varden.join(', ')}`)
            : `${beskrivVarde(iss.input)} är inte ett tillåtet värde för ${vad}; tillåtna värden: ${varden.join(', ')}`,
    })
    .describe(`${vad}. Ett av: ${varden.join(', ')}.`);
}

/**
 * Makes a reference field for a collection. In the site build this is Astro's `reference()`;
 * the validation (src/lib/validering/) passes a plain one, so that the same schemas check content
 * without a build. The collection is named by a plain string: the registry (src/samlingar.ts) is
 * built from these schemas, so its `Samling` type cannot constrain them (that would be circular);
 * the validation reports a reference into a collection that does not exist.
 */
export type RefFabrik = <C extends string>(samling: C) => z.ZodType<{ id: string; collection: C }>;

/** A plain reference: an id string, turned into { id, collection } like Astro's reference(). */
export const enkelRef: RefFabrik = <C extends string>(samling: C) =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? saknas(`ett id (filnamnet utan ändelse) ur ${samling}`)
          : iss.input === null
            ? tomt(`ett id (filnamnet utan ändelse) ur ${samling}`)
            : `ska vara ett id (filnamnet utan ändelse) ur ${samling}, men är ${beskrivVarde(iss.input)}`,
    })
    .transform((id) => ({ id, collection: samling })) as unknown as z.ZodType<{ id: string; collection: C }>;

/** For a list written as text ("a, b" or "a"): how to write it as a list. */
const somLista = (v: unknown) =>
  typeof v === 'string' && v.trim() ? `. Skriv listan inom hakparenteser: [${v.split(',').map((x) => x.trim()).filter(Boolean).join(', ')}]` : '';

/** The reference fields, built on a reference factory. */
export function referensfalt(r: RefFabrik) {
  /** A reference to an entry (by its file name without ending). Existence is checked by the validation (src/lib/validering/). */
  const ref = <C extends string>(samling: C, vad: string) =>
    r(samling).describe(`${vad}: id (filnamnet utan ändelse) i samlingen ${samling}.`);

  /** A list of references. */
  const refs = <C extends string>(samling: C, vad: string) =>
    z
      .array(ref(samling, vad), {
        error: (iss) =>
          iss.input === null ? tomt(`id:n ur ${samling} inom [ ]`) : `ska vara en lista med id:n ur ${samling}, men är ${beskrivVarde(iss.input)}${somLista(iss.input)}`,
      })
      .describe(`${vad}: lista med id:n ur samlingen ${samling}.`);

  /** Every entry cites at least one source. */
  const kallor = z
    .array(ref('kallor', 'källa'), {
      error: (iss) =>
        iss.input === undefined
          ? 'saknas: ange minst en källa (id ur content/kallor/) som uppgifterna bygger på'
          : iss.input === null
            ? 'är tomt: ange minst en källa (id ur content/kallor/) som uppgifterna bygger på, inom [ ]'
            : `ska vara en lista med id:n ur kallor, men är ${beskrivVarde(iss.input)}${somLista(iss.input)}`,
    })
    .min(1, { error: 'listan är tom: ange minst en källa (id ur content/kallor/)' })
    .describe('Källorna som uppgifterna bygger på: id:n ur content/kallor/.');

  /** A former name, with the date it stopped being used where the source says. */
  const tidigareNamn = z
    .array(
      z.strictObject({
        namn: text('det tidigare namnet'),
        till: datum('datum då namnet upphörde').optional(),
        anmarkning,
        kalla: ref('kallor', 'källa för namnbytet').optional(),
      }),
    )
    .default([])
    .describe('Tidigare namn (t.ex. landsting), med datum då de upphörde.');

  /**
   * The source of each date of an entry, where the entry has several sources: the timeline cites it
   * for the event. A date without one cites the entry's only source, or says it names none.
   */
  const datumkallor = <K extends string>(falt: readonly K[]) =>
    z
      .strictObject(Object.fromEntries(falt.map((f) => [f, ref('kallor', `källan för datumet i ${f}`).optional()])) as Record<K, z.ZodOptional<ReturnType<typeof ref>>>)
      .optional()
      .describe(`Källan för ett datum när posten har flera källor, ett id ur content/kallor/ per fält: ${falt.join(', ')}. Källan ska också stå under kallor.`);

  return { ref, refs, kallor, tidigareNamn, datumkallor };
}

/** A date's source must be one of the entry's sources, and the date it names must be given. */
export function kontrolleraDatumkallor(o: { datumkallor?: Record<string, { id: string } | undefined>; kallor: { id: string }[] } & Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [falt, k] of Object.entries(o.datumkallor ?? {})) {
    if (!k) continue;
    const uppdrag = o.uppdrag as { beslut?: { datum?: string } } | undefined;
    const datum = falt === 'beslut' ? uppdrag?.beslut?.datum : o[falt];
    if (datum === undefined)
      ctx.addIssue({ code: 'custom', path: ['datumkallor', falt], message: `posten har inget datum i ${falt === 'beslut' ? 'uppdrag.beslut.datum' : falt}: ta bort raden, eller ange datumet` });
    if (!o.kallor.some((x) => x.id === k.id))
      ctx.addIssue({ code: 'custom', path: ['datumkallor', falt], message: `källan "${k.id}" för datumet i ${falt} står inte under kallor: lägg till den där, eller ange en av postens källor (${o.kallor.map((x) => x.id).join(', ')})` });
  }
}

/** An optional free-text note on how current the source is ("enligt källan, år X"). */
export const anmarkning = z.string().trim().min(1).optional().describe('Anmärkning som visas på sidan.');

export const NIVAER = ['nationell', 'sjukvardsregion', 'region'] as const;
export type Niva = (typeof NIVAER)[number];
export const niva = val('nivå', NIVAER);

/** A group of fields (a YAML map), with a Swedish message when it is missing or not a map. */
export function objekt<T extends z.ZodRawShape>(vad: string, falt: T) {
  const kravda = Object.keys(falt).filter((k) => !(falt[k] as z.ZodType).safeParse(undefined).success);
  const namn = kravda.length ? `minst fälten ${kravda.join(', ')}` : `fälten ${Object.keys(falt).join(', ')}`;
  // Strict: a misspelt field is an error (src/lib/validering/ names it), never silently dropped.
  return z.strictObject(falt, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? // Astro's own message in `astro dev`; the validation writes its own, with the line.
          `okänt fält ${iss.keys.map((k) => `\`${k}\``).join(', ')}; fälten som går att använda här: ${Object.keys(falt).join(', ')}`
        : iss.input === undefined
        ? `saknas: ange ${vad} med ${namn}`
        : `ska vara ${vad}: en grupp med ${namn} (indragna på raderna under), men är ${beskrivVarde(iss.input)}`,
  });
}

/**
 * A web address: https:// (http:// gives a warning in the validation). javascript:, data: and
 * every other scheme are refused, in any letter case and however hidden; "www.…" is told to add https://.
 */
export function webbadress(vad: string) {
  const fel = (v: unknown) => (typeof v === 'string' ? bedomAdress(v) : undefined);
  return z
    .url({ error: (iss) => (fel(iss.input)?.allvar === 'fel' ? fel(iss.input)!.text : `ska vara en fullständig webbadress (https://…), men är ${beskrivVarde(iss.input)}`) })
    .superRefine((v, ctx) => {
      const b = fel(v);
      if (b?.allvar === 'fel' && URL.canParse(v)) ctx.addIssue({ code: 'custom', message: b.text });
    })
    .describe(vad);
}
