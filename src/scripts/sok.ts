// Live search on /sok/ with Pagefind: results for ?q= as the reader types, a glossary answer above
// them for abbreviations and terms, filters by type, level, healthcare region and region (any of
// the values ticked in one group, all of the groups) with counts that say what ticking would give,
// close matches when nothing is found, and the whole state kept in the address so that it can be
// shared. Without JavaScript the page still has the form and the A–Ö list.
import { sok as text } from '../i18n/sv/sok.ts';
import { SOKALTERNATIV } from './sok-rangordning.ts';
type Del = { title: string; url: string; excerpt: string };
type Data = { url: string; meta: { title?: string; typ?: string; niva?: string }; excerpt: string; sub_results?: Del[] };
type Traff = { data: () => Promise<Data> };
type Svar = { results: Traff[]; filters: Record<string, Record<string, number>> };
type Filter = Record<string, { any: string[] }>;
type Pagefind = {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (q: string | null, o?: { filters?: Filter }) => Promise<Svar | null>;
  search: (q: string | null, o?: { filters?: Filter }) => Promise<Svar>;
};
type Ord = { term: string; expansion: string; forklaring: string; varianter: string[]; href: string };

const FILTERNAMN = text.filternamn;
const MAX = 30;
const $ = (id: string) => document.getElementById(id);
const behallare = $('sokresultat');
const falt = $('sok-q') as HTMLInputElement | null;
const sidhuvudFalt = $('sidhuvud-sok') as HTMLInputElement | null;
const statusrad = $('sokstatus');
const lista = $('soktraffar');
const formular = $('sokformular');
const filterYta = $('sokfilter');
const filterRuta = $('sokfilterruta') as HTMLDetailsElement | null;
const filterSummering = $('sokfiltersummering');
const ordYta = $('sokord');
const hjalp = $('sokhjalp');
const nara = $('soknara');
const naraRubrik = $('soknara-rubrik');
const naraLista = $('soknara-lista');

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attr: Record<string, string> = {}, ...barn: (Node | string)[]) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attr)) e.setAttribute(k, v);
  e.append(...barn);
  return e;
};

/** Pagefind's excerpt is escaped text with <mark> around hits: rebuild it from text and marks only. */
function utdrag(html: string): Node[] {
  return html.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((bit) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(bit);
    const t = document.createElement('textarea');
    t.innerHTML = m?.[1] ?? bit;
    return m ? el('mark', {}, t.value) : document.createTextNode(t.value);
  });
}

const normal = (s: string) => s.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * The words worth searching for: a question in words loses its question and filler words, and a
 * word the pages say otherwise gets the page's word beside it. Unchanged if nothing is left.
 */
export function innehallsord(q: string): string {
  const ord = normal(q).split(' ').filter(Boolean);
  const kvar = ord.filter((o) => !(text.stoppord as readonly string[]).includes(o));
  const med = (kvar.length ? kvar : ord).flatMap((o) => (text.synonymer[o] ? [o, text.synonymer[o]] : [o]));
  return med.join(' ');
}

/** The glossary entry a query names: its term, expansion or a variant, or an abbreviation among its words. */
function ordFor(q: string, ordlista: Ord[]): Ord | undefined {
  const n = normal(q);
  if (!n) return undefined;
  const hel = ordlista.find((o) => [o.term, o.expansion, ...o.varianter].some((x) => normal(x) === n));
  if (hel) return hel;
  const ord = n.split(' ');
  return ordlista.find((o) => /^[A-ZÅÄÖ]{2,6}$/.test(o.term) && ord.includes(normal(o.term)));
}

const ARKIV = '/kallor/';
/** Source records come after the pages that use them; otherwise Pagefind's order is kept. */
const arKalla = (x: Data) => new URL(x.url, location.href).pathname.includes(ARKIV);
const kallorSist = (d: Data[]) => [...d.filter((x) => !arKalla(x)), ...d.filter(arKalla)];
/** Pages whose title is the query, or begins with it as a word ("RCC" → "RCC Norr"), come first. */
const titelForst = (d: Data[], q: string) => {
  const n = normal(q);
  if (!n) return d;
  const traff = (x: Data) => {
    const t = normal(x.meta.title ?? '');
    return !arKalla(x) && (t === n || t.startsWith(`${n} `));
  };
  return [...d.filter(traff), ...d.filter((x) => !traff(x))];
};

async function starta() {
  if (!behallare || !falt || !statusrad || !lista || !formular || !filterYta || !filterRuta || !filterSummering || !ordYta || !hjalp) return;
  let ordlista: Ord[] = [];
  try {
    ordlista = JSON.parse($('sok-ordlista')?.textContent ?? '[]') as Ord[];
  } catch {
    ordlista = [];
  }
  const pagefind = (await import(/* @vite-ignore */ behallare.dataset.pagefind!)) as Pagefind;
  await pagefind.options(SOKALTERNATIV);
  await pagefind.init();
  const allaFilter = await pagefind.filters();

  // Wide screens show the filters beside the results; narrow ones keep them behind "Filtrera".
  const bred = matchMedia('(min-width: 48rem)');
  const oppna = () => {
    if (bred.matches) filterRuta.open = true;
  };
  oppna();
  bred.addEventListener('change', oppna);

  const valda = (): Record<string, string[]> => {
    const ut: Record<string, string[]> = {};
    for (const c of filterYta.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (ut[c.name] ??= []).push(c.value);
    return ut;
  };
  /** Any of the values within a group, all of the groups; `utom` leaves one group out. */
  const som = (val: Record<string, string[]>, utom?: string): Filter =>
    Object.fromEntries(Object.entries(val).filter(([f, v]) => f !== utom && v.length).map(([f, v]) => [f, { any: v }]));

  const ritaFilter = (antal: Record<string, Record<string, number>>, val: Record<string, string[]>) => {
    const n = Object.values(val).reduce((s, v) => s + v.length, 0);
    filterSummering.textContent = text.filtreraKnapp(n);
    filterYta.replaceChildren(
      ...Object.keys(FILTERNAMN)
        .filter((f) => allaFilter[f] && Object.keys(allaFilter[f]).length > 0)
        .map((f) => {
          // A value with no hits is left out, unless it is ticked (so that it can be unticked).
          const varden = Object.keys(allaFilter[f] ?? {})
            .filter((v) => (antal[f]?.[v] ?? 0) > 0 || val[f]?.includes(v))
            .sort((a, b) => a.localeCompare(b, 'sv'));
          if (!varden.length) return undefined;
          return el('fieldset', {}, el('legend', {}, FILTERNAMN[f] ?? f), ...varden.map((v) => {
            const id = `f-${f}-${v}`.replace(/[^\w-]/g, '_');
            const box = el('input', { type: 'checkbox', name: f, value: v, id }) as HTMLInputElement;
            box.checked = val[f]?.includes(v) ?? false;
            return el('div', { class: 'check' }, box, el('label', { for: id }, `${v} (${antal[f]?.[v] ?? 0})`));
          }));
        })
        .filter((x): x is HTMLFieldSetElement => x !== undefined),
    );
  };

  /**
   * Counts per value: what the results would be with that value ticked too. For a group with
   * ticked values that is the search without that group (any of its values adds to it); for the
   * others it is the search as it stands.
   */
  const rakna = async (q: string | null, val: Record<string, string[]>, svar: Svar) => {
    const antal: Record<string, Record<string, number>> = { ...svar.filters };
    for (const f of Object.keys(val)) {
      if (!val[f]?.length) continue;
      const utan = await pagefind.search(q, { filters: som(val, f) });
      if (utan.filters[f]) antal[f] = utan.filters[f];
    }
    return antal;
  };

  const visaOrd = (q: string) => {
    const o = ordFor(q, ordlista);
    ordYta.hidden = !o;
    if (!o) return ordYta.replaceChildren();
    ordYta.replaceChildren(
      el('h2', {}, text.ordRubrik),
      el('p', { class: 'glossary-term' }, el('strong', {}, o.term), ` – ${o.expansion}`),
      // One line: the first sentence; the glossary has the rest.
      el('p', {}, /^.*?[.!?](?=\s|$)/.exec(o.forklaring)?.[0] ?? o.forklaring, ' ', el('a', { href: o.href }, text.ordLank(o.term))),
    );
  };

  const rad = (d: Data) => {
    const delar = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
    // Type and level may be the same word ("Region"): say it once.
    const meta = [...new Set([d.meta.typ, d.meta.niva].flatMap((x) => (x ? x.split(' · ') : [])))].join(' · ');
    return el(
      'li',
      {},
      el('h3', {}, el('a', { href: d.url }, d.meta.title ?? d.url)),
      el('p', { class: 'meta' }, meta),
      el('p', {}, ...utdrag(d.excerpt)),
      ...(delar.length ? [el('ul', { class: 'sub-results' }, ...delar.map((s) => el('li', {}, el('a', { href: s.url }, s.title), ' – ', ...utdrag(s.excerpt))))] : []),
    );
  };

  /** For no hits: the first looser query that finds something (each word alone, then shortened words). */
  const narliggande = async (q: string, filter: Filter) => {
    const ord = q.split(' ').filter((o) => o.length > 2);
    const forslag = [
      ...(ord.length > 1 ? ord : []),
      ...ord.filter((o) => o.length > 5).map((o) => o.slice(0, Math.max(4, o.length - 4))),
      ...ord.filter((o) => o.length > 8).map((o) => o.slice(-6)),
    ];
    for (const f of [...new Set(forslag)]) {
      const s = await pagefind.search(f, { filters: filter });
      if (s.results.length) return { q: f, data: kallorSist(await Promise.all(s.results.slice(0, 8).map((r) => r.data()))).slice(0, 5) };
    }
    return undefined;
  };

  let senast = 0;
  const sok = async (tyst = false) => {
    const q = falt.value.trim();
    if (sidhuvudFalt) sidhuvudFalt.value = q;
    const val = valda();
    const u = new URL(location.href);
    u.search = '';
    if (q) u.searchParams.set('q', q);
    for (const [f, vs] of Object.entries(val)) for (const v of vs) u.searchParams.append(f, v);
    history.replaceState(null, '', u);
    const nr = ++senast;
    visaOrd(q);
    if (!q && !Object.keys(val).length) {
      lista.replaceChildren();
      statusrad.textContent = '';
      hjalp.hidden = true;
      ritaFilter(allaFilter, val);
      return;
    }
    const filter = som(val);
    const fraga = innehallsord(q);
    let svar = tyst ? await pagefind.search(q || null, { filters: filter }) : await pagefind.debouncedSearch(q || null, { filters: filter });
    if (!svar || nr !== senast) return;
    let sokt = q;
    // A question in words, or a word the pages say otherwise: search for the content words.
    const fragande = /^(hur|vad|vem|vilka|vilken|vilket|var|när|varför)\s/i.test(q) || normal(q).split(' ').some((o) => text.synonymer[o]);
    if (q && fraga !== normal(q) && (fragande || svar.results.length === 0)) {
      const annan = await pagefind.search(fraga, { filters: filter });
      if (nr !== senast) return;
      if (annan.results.length) {
        svar = annan;
        sokt = fraga;
      }
    }
    const data = titelForst(kallorSist(await Promise.all(svar.results.slice(0, MAX).map((r) => r.data()))), sokt);
    if (nr !== senast) return;
    const n = svar.results.length;
    statusrad.textContent = (n === 0 ? text.ingaTraffar(q) : text.traffar(n, q, MAX)) + (n && sokt !== q ? ` ${text.sokteMed(sokt)}` : '');
    lista.replaceChildren(...data.map(rad));
    hjalp.hidden = n > 0;
    if (nara && naraRubrik && naraLista) {
      nara.hidden = true;
      if (n === 0 && q) {
        const forslag = await narliggande(fraga, filter);
        if (nr !== senast) return;
        if (forslag) {
          naraRubrik.textContent = text.nara(forslag.q);
          naraLista.replaceChildren(...forslag.data.map((d) => el('li', {}, el('a', { href: d.url }, d.meta.title ?? d.url))));
          nara.hidden = false;
        }
      }
    }
    const antal = await rakna(q || null, val, svar);
    if (nr !== senast) return;
    ritaFilter(antal, val);
  };

  formular.addEventListener('submit', (e) => {
    e.preventDefault();
    void sok(true);
  });
  falt.addEventListener('input', () => void sok());
  filterYta.addEventListener('change', () => void sok(true));

  const p = new URLSearchParams(location.search);
  // Keep what the reader may have typed before the script was ready.
  falt.value = p.get('q') ?? falt.value;
  const start: Record<string, string[]> = {};
  for (const f of Object.keys(FILTERNAMN)) if (p.getAll(f).length) start[f] = p.getAll(f);
  ritaFilter(allaFilter, start);
  await sok(true);
}
void starta();
