// Every internal address on the site is built here, so that a base path or a renamed section
// changes in one place. Templates never concatenate paths.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Joins the site's base path with a path below it, always ending in "/" for pages. */
export function sida(...delar: string[]): string {
  const p = delar.filter(Boolean).map(encodeURIComponent).join('/');
  return p ? `${BASE}${p}/` : BASE;
}

/** A static file below the base path (no trailing slash). */
export function fil(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

export type Samling =
  | 'sjukvardsregioner'
  | 'regioner'
  | 'organ'
  | 'planer'
  | 'mal'
  | 'vardprogram'
  | 'kallor'
  | 'personer'
  | 'nyckeltal'
  | 'ordlista';

export const url = {
  start: () => sida(),
  nationellt: () => sida('nationellt'),
  sok: () => sida('sok'),
  /** The comparison page; with ids, the bodies chosen (`/jamfor/?id=a&id=b`). */
  jamfor: (ids: string[] = []) => (ids.length ? `${sida('jamfor')}?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}` : sida('jamfor')),
  /** All bodies of one type side by side. */
  jamforTyp: (typ: string) => sida('jamfor', typ),
  /** The organisation chart of a healthcare region, or of the national level without an id. */
  organisationsschema: (sjukvardsregion?: string) => (sjukvardsregion ? sida('sjukvardsregioner', sjukvardsregion, 'organisation') : sida('nationellt', 'organisation')),
  tidslinje: () => sida('tidslinje'),
  om: () => sida('om'),
  tillganglighet: () => sida('om', 'tillganglighet'),
  komponenter: () => sida('om', 'komponenter'),
  redaktorer: () => sida('om', 'redaktorer'),
  ordlista: () => sida('ordlista'),
  nyckeltal: () => sida('nyckeltal'),
  /** Where patients and relatives have a seat; with an id, that body's place on the page. */
  patientmedverkan: (organId?: string) => (organId ? `${sida('patientmedverkan')}#${ankare(organId)}` : sida('patientmedverkan')),
  /** "Vem kontaktar jag om vad?"; with a question, its section. */
  kontakt: (fraga?: string) => (fraga ? `${sida('kontakt')}#${ankare(fraga)}` : sida('kontakt')),
  samling: (s: Samling) => sida(s),
  /** The page of one entry. People and figures have no pages of their own: they live on lists. */
  entry(s: Samling, id: string): string {
    switch (s) {
      case 'ordlista':
        return `${sida('ordlista')}#${ankare(id)}`;
      case 'nyckeltal':
        return `${sida('nyckeltal')}#${ankare(id)}`;
      case 'personer':
        return `${sida('personer')}#${ankare(id)}`;
      default:
        return sida(s, id);
    }
  },
  pagefind: () => fil('pagefind/pagefind.js'),
  /** Open data: the page that documents it, one file per collection and per entry, schemas, Popolo. */
  data: () => sida('data'),
  dataSamling: (s: Samling) => fil(`data/${s}.json`),
  dataPost: (s: Samling, id: string) => fil(`data/${s}/${encodeURIComponent(id)}.json`),
  dataSchema: (s: Samling) => fil(`data/schema/${s}.json`),
  popolo: () => fil('data/popolo.json'),
  /** The feed of changes, and the sitemap that @astrojs/sitemap writes. */
  flode: () => fil('andringar.xml'),
  sitemap: () => fil('sitemap-index.xml'),
};

/** A full address (https://…) for a path built above, for data, feeds and meta tags. */
export function absolut(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

/** A stable fragment id for an entry on a list page. */
export function ankare(id: string): string {
  return `id-${id}`;
}

/** Landmark pages that breadcrumbs and navigation can name. */
const LANDMARKEN = {
  nationellt: () => sida('nationellt'),
  ordlista: () => sida('ordlista'),
  kallor: () => sida('kallor'),
  om: () => sida('om'),
  sok: () => sida('sok'),
  jamfor: () => sida('jamfor'),
  tidslinje: () => sida('tidslinje'),
  vardprogram: () => sida('vardprogram'),
  organ: () => sida('organ'),
  planer: () => sida('planer'),
  sjukvardsregioner: () => sida('sjukvardsregioner'),
  regioner: () => sida('regioner'),
  nyckeltal: () => sida('nyckeltal'),
  personer: () => sida('personer'),
  patientmedverkan: () => sida('patientmedverkan'),
  kontakt: () => sida('kontakt'),
} as const;
export type Landmarke = keyof typeof LANDMARKEN;

export function landmarke(l: Landmarke): string {
  return LANDMARKEN[l]();
}

/** The address of a breadcrumb step: an entry page or a landmark page. */
export function krummaHref(k: { samling?: Samling; id?: string; sida?: Landmarke }): string | undefined {
  if (k.samling && k.id) return url.entry(k.samling, k.id);
  if (k.sida) return landmarke(k.sida);
  return undefined;
}

/** "Föreslå ändring": the entry's source file in the repository's web editor. */
export function redigera(repo: string, gren: string, filePath: string): string {
  return `${repo.replace(/\/$/, '')}/edit/${gren}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}
