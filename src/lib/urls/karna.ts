// The urls core: every internal address, built from a base path and a site given as parameters.
// It never reads import.meta.env, so integrations, scripts and tests build the same addresses
// as the pages do (src/lib/urls.ts is this core with the build's base path and site).

/** Whether a collection's entries have their own page ('egen') or are anchors on a list page. */
export type Sidor = Readonly<Record<string, { sida: 'egen' | 'lista' }>>;

/** A stable fragment id for an entry on a list page. */
export function ankare(id: string): string {
  return `id-${id}`;
}

/** "Föreslå ändring": the entry's source file in the repository's web editor. */
export function redigera(repo: string, gren: string, filePath: string): string {
  return `${repo.replace(/\/$/, '')}/edit/${gren}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A commit in the repository's web view. */
export function incheckning(repo: string, hash: string): string {
  return `${repo.replace(/\/$/, '')}/commit/${hash}`;
}

/** A pull request in the repository's web view. */
export function forslag(repo: string, nummer: number): string {
  return `${repo.replace(/\/$/, '')}/pull/${nummer}`;
}

const LANDMARKEN = [
  'nationellt', 'ordlista', 'kallor', 'om', 'sok', 'jamfor', 'tidslinje', 'vardprogram', 'organ',
  'planer', 'sjukvardsregioner', 'regioner', 'nyckeltal', 'personer', 'patientmedverkan', 'kontakt',
] as const;
/** Landmark pages that breadcrumbs and navigation can name. */
export type Landmarke = (typeof LANDMARKEN)[number];

/**
 * The addresses for one deployment: `bas` is the base path ("/" or "/cancerrad/"), `site` the
 * origin for full addresses, `samlingar` the registry (src/samlingar.ts) or a copy of it.
 */
export function skapaUrls<S extends string>(o: { bas: string; site: string | URL | undefined; samlingar: Sidor & Record<S, unknown> }) {
  const BASE = o.bas.replace(/\/?$/, '/');

  /** Joins the site's base path with a path below it, always ending in "/" for pages. */
  function sida(...delar: string[]): string {
    const p = delar.filter(Boolean).map(encodeURIComponent).join('/');
    return p ? `${BASE}${p}/` : BASE;
  }

  /** A static file below the base path (no trailing slash). */
  function fil(path: string): string {
    return `${BASE}${path.replace(/^\//, '')}`;
  }

  const url = {
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
    samling: (s: S) => sida(s),
    /** An entry's change history, from git. */
    historik: (s: S, id: string) => sida('historik', s, id),
    /** The page of one entry; entries of list collections (registry: sida 'lista') are anchors. */
    entry: (s: S, id: string): string => (o.samlingar[s].sida === 'lista' ? `${sida(s)}#${ankare(id)}` : sida(s, id)),
    pagefind: () => fil('pagefind/pagefind.js'),
    /** Open data: the page that documents it, one file per collection and per entry, schemas, Popolo. */
    data: () => sida('data'),
    dataSamling: (s: S) => fil(`data/${s}.json`),
    dataPost: (s: S, id: string) => fil(`data/${s}/${encodeURIComponent(id)}.json`),
    dataSchema: (s: S) => fil(`data/schema/${s}.json`),
    popolo: () => fil('data/popolo.json'),
    /** The feed of changes, and the sitemap that @astrojs/sitemap writes. */
    flode: () => fil('andringar.xml'),
    sitemap: () => fil('sitemap-index.xml'),
  };

  /** A full address (https://…) for a path built above, for data, feeds and meta tags. */
  const absolut = (path: string): string => new URL(path, o.site).href;

  const landmarke = (l: Landmarke): string => sida(l);

  /** The address of a breadcrumb step: an entry page or a landmark page. */
  function krummaHref(k: { samling?: S; id?: string; sida?: Landmarke }): string | undefined {
    if (k.samling && k.id) return url.entry(k.samling, k.id);
    if (k.sida) return landmarke(k.sida);
    return undefined;
  }

  return { sida, fil, url, absolut, ankare, landmarke, krummaHref, redigera, incheckning, forslag };
}
