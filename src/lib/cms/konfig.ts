// The configuration of the editing form (Sveltia CMS at /admin/), generated from the Zod schemas so
// that the form asks for exactly what the build accepts: one collection per content folder, one
// widget per field, in the schema's order, with the .describe() text as the hint.
import { z } from 'astro/zod';
import { enkelRef } from '../../schemas/falt.ts';
import { scheman, SAMLINGSNAMN } from '../../samlingar.ts';
import { sv } from '../../i18n/sv/index.ts';
import { cmsTexter } from './texter.ts';

/** What the form is built from: the collections, in order, and their schemas. */
export interface Samlingskalla {
  samlingar: readonly string[];
  scheman: Record<string, z.ZodType>;
}

/** The one place that says where the collections come from: the registry (src/samlingar.ts). */
export function samlingskalla(): Samlingskalla {
  return { samlingar: SAMLINGSNAMN, scheman: scheman(enkelRef) as Record<string, z.ZodType> };
}

export interface Installningar {
  /** The repository as owner/name, e.g. cancerrad/cancerrad. */
  repo: string;
  gren: string;
  /** The site's base path, e.g. / or /cancerrad/. */
  bas: string;
  /** The published site's address, linked from the form. */
  webbplats: string;
  /** An OAuth client for GitHub sign-in (e.g. sveltia-cms-auth); without it editors sign in with a token. */
  oauth?: string;
}

/** The file format of entries: frontmatter and MDX, written back keeping the file's own layout (bevarande.ts). */
// The name ends in -frontmatter: Sveltia accepts only frontmatter formats for .mdx files.
export const FORMAT = 'bevarad-frontmatter';

type Falt = Record<string, unknown> & { name: string; widget: string };

/** Fields whose values are prose: a multi-line box instead of a one-line input. */
const LANGA_FALT = new Set(['sammanfattning', 'syfte', 'forklaring', 'tillsattning', 'finansiering', 'del', 'anmarkning', 'datering']);

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string>; format?: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional and default; a field with either is not required. */
function packaUpp(s: z.ZodType): { kärna: z.ZodType; kravs: boolean; beskrivning?: string } {
  let kravs = true;
  let beskrivning = s.description;
  let t = s;
  for (let d = def(t); d.type === 'optional' || d.type === 'default' || d.type === 'nullable'; d = def(t)) {
    kravs = false;
    t = d.innerType!;
    beskrivning ??= t.description;
  }
  return { kärna: t, kravs, beskrivning };
}

/** A reference field turns an id into { id, collection }: run it to find the collection. */
function hanvisning(s: z.ZodType): string | undefined {
  const r = s.safeParse('x-id');
  const v = r.success ? (r.data as { id?: unknown; collection?: unknown }) : undefined;
  return v && typeof v === 'object' && v.id === 'x-id' && typeof v.collection === 'string' ? v.collection : undefined;
}

/** A date field accepts "2009" as well as "2021-09-22" (src/schemas/falt.ts, datum()); granskad only the full form. */
function datumslag(s: z.ZodType): 'fullt' | 'fritt' | undefined {
  const d = def(s);
  if (d.type !== 'pipe' || def(d.in!).type !== 'pipe' || def(def(d.in!).in!).type !== 'unknown') return undefined;
  return s.safeParse('2009').success ? 'fritt' : 'fullt';
}

/** Swedish labels for a set of enum values, from src/i18n/sv/: the first keyed group that names them all. */
function etiketter(varden: string[]): Record<string, string> | undefined {
  const sok = (o: unknown): Record<string, string> | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const rec = o as Record<string, unknown>;
    if (varden.every((v) => v in rec)) {
      const ut: Record<string, string> = {};
      for (const v of varden) {
        const e = rec[v];
        const text = typeof e === 'string' ? e : (e as { rubrik?: unknown })?.rubrik;
        if (typeof text !== 'string') return undefined;
        ut[v] = text;
      }
      return ut;
    }
    for (const barn of Object.values(rec)) {
      const hit = sok(barn);
      if (hit) return hit;
    }
    return undefined;
  };
  return sok(sv);
}

const etikett = (namn: string): string => {
  const r = (sv.rubrik as Record<string, unknown>)[namn];
  if (typeof r === 'string') return r;
  if (cmsTexter.falt[namn]) return cmsTexter.falt[namn];
  const ord = namn.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return ord.charAt(0).toUpperCase() + ord.slice(1);
};

const minLangd = (s: z.ZodType): number | undefined => {
  for (const c of def(s).checks ?? []) if (c._zod.def.check === 'min_length') return c._zod.def.minimum as number;
  return undefined;
};

/** The field a collection's entries are known by: its first required plain text field. */
export function namnfalt(schema: z.ZodType): string {
  const shape = def(schema).shape ?? {};
  for (const [namn, s] of Object.entries(shape)) {
    const { kärna, kravs } = packaUpp(s);
    if (kravs && def(kärna).type === 'string' && !hanvisning(kärna)) return namn;
  }
  return Object.keys(shape)[0] ?? 'id';
}

export class Generator {
  private kalla: Samlingskalla;
  constructor(kalla: Samlingskalla) {
    this.kalla = kalla;
  }

  private schema(samling: string): z.ZodType {
    const s = this.kalla.scheman[samling];
    if (!s) throw new Error(`src/lib/cms/konfig.ts: samlingen ${samling} finns inte i registret`);
    return s;
  }

  private relation(samling: string, flera: boolean): Partial<Falt> {
    const visas = namnfalt(this.schema(samling));
    return {
      widget: 'relation',
      collection: samling,
      value_field: '{{slug}}',
      display_fields: [visas],
      search_fields: [visas, '{{slug}}'],
      ...(flera ? { multiple: true } : {}),
    };
  }

  /** One widget for one schema field. */
  falt(namn: string, schema: z.ZodType): Falt {
    const { kärna, kravs, beskrivning } = packaUpp(schema);
    const bas = { name: namn, label: etikett(namn), required: kravs, ...(beskrivning ? { hint: beskrivning } : {}) };
    return { ...bas, ...this.widget(namn, kärna) } as Falt;
  }

  private widget(namn: string, s: z.ZodType): Partial<Falt> {
    const ref = hanvisning(s);
    if (ref) return this.relation(ref, false);
    const datum = datumslag(s);
    if (datum === 'fullt') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    if (datum === 'fritt')
      return { widget: 'string', pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', cmsTexter.datumTips] };
    const d = def(s);
    switch (d.type) {
      case 'string':
        if (d.format === 'url') return { widget: 'string', type: 'url' };
        if (d.format === 'email') return { widget: 'string', type: 'email' };
        return { widget: LANGA_FALT.has(namn) ? 'text' : 'string' };
      case 'number':
        return { widget: 'number', value_type: d.format && /int/.test(d.format) ? 'int' : 'float' };
      case 'boolean':
        return { widget: 'boolean' };
      case 'enum': {
        const varden = Object.values(d.entries!);
        const e = etiketter(varden);
        return { widget: 'select', options: varden.map((v) => ({ label: e?.[v] ?? v, value: v })) };
      }
      case 'object':
        return { widget: 'object', fields: Object.entries(d.shape!).map(([n, f]) => this.falt(n, f)) };
      case 'array': {
        const min = minLangd(s);
        const el = packaUpp(d.element!).kärna;
        const elRef = hanvisning(el);
        if (elRef) return { ...this.relation(elRef, true), ...(min ? { min } : {}) };
        const ed = def(el);
        if (ed.type === 'object')
          return { widget: 'list', fields: Object.entries(ed.shape!).map(([n, f]) => this.falt(n, f)), ...(min ? { min } : {}) };
        return { widget: 'list', field: { ...this.falt(namn, el), label: etikett(namn) }, ...(min ? { min } : {}) };
      }
      default:
        throw new Error(`src/lib/cms/konfig.ts: fältet "${namn}" har en typ (${d.type}) som formuläret inte känner till`);
    }
  }

  samling(namn: string) {
    const schema = this.schema(namn);
    const shape = def(schema).shape;
    if (!shape) throw new Error(`src/lib/cms/konfig.ts: schemat för ${namn} är inte ett objekt`);
    const id = namnfalt(schema);
    return {
      name: namn,
      label: (sv.nav as Record<string, string>)[namn] ?? (sv.rubrik as Record<string, unknown>)[namn] ?? namn,
      label_singular: (sv.samling as Record<string, string>)[namn] ?? namn,
      folder: `content/${namn}`,
      extension: 'mdx',
      format: FORMAT,
      create: true,
      identifier_field: id,
      slug: `{{${id}}}`,
      summary: `{{${id}}}`,
      sortable_fields: [id],
      // The preview pane would show fields, not the page: the pull request's preview link shows the page.
      editor: { preview: false },
      fields: [
        ...Object.entries(shape).map(([n, f]) => this.falt(n, f)),
        { name: 'body', label: cmsTexter.text, widget: 'markdown', required: false, hint: cmsTexter.textTips },
      ],
    };
  }
}

/** The whole configuration, as an object ready to be written as YAML or JSON. */
export function cmsKonfig(kalla: Samlingskalla, inst: Installningar) {
  const g = new Generator(kalla);
  const bas = inst.bas.endsWith('/') ? inst.bas : `${inst.bas}/`;
  return {
    backend: {
      name: 'github',
      repo: inst.repo,
      branch: inst.gren,
      open_authoring: true,
      // A public repository: contributors grant access to public repositories only.
      auth_scope: 'public_repo',
      ...(inst.oauth ? { base_url: inst.oauth } : {}),
      commit_messages: {
        create: 'Ny post i {{collection}}: {{slug}}',
        update: 'Ändra {{collection}}/{{slug}}',
        delete: 'Ta bort {{collection}}/{{slug}}',
        uploadMedia: 'Ladda upp {{path}}',
        deleteMedia: 'Ta bort {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    publish_mode: 'editorial_workflow',
    site_url: inst.webbplats,
    app_title: sv.webbplats.namn,
    logo: { src: `${bas}favicon.svg` },
    media_folder: 'public/bilder',
    // Written into content from the root, as editors write links: the build puts the base path in
    // front (src/integrations/baslankar.ts), so a base here would stand there twice.
    public_folder: '/bilder',
    // File names are ids: a–z, digits and hyphens (å, ä → a, ö → o), as `npm run kontroll` wants.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    collections: kalla.samlingar.map((s) => g.samling(s)),
  };
}
