// Live search on /sok/ with Pagefind: results for ?q= as the reader types, filters by type,
// level, healthcare region and region with counts, and the whole state kept in the address so
// that it can be shared. Without JavaScript the page still has the form and the A–Ö list.
import { sok as text } from '../i18n/sv/sok.ts';
type Del = { title: string; url: string; excerpt: string };
type Data = { url: string; meta: { title?: string; typ?: string; niva?: string }; excerpt: string; sub_results?: Del[] };
type Svar = { results: { data: () => Promise<Data> }[]; filters: Record<string, Record<string, number>> };
type Pagefind = {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<Svar | null>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<Svar>;
};

const FILTERNAMN = text.filternamn;
const behallare = document.getElementById('sokresultat');
const falt = document.getElementById('sok-q') as HTMLInputElement | null;
const statusrad = document.getElementById('sokstatus');
const lista = document.getElementById('soktraffar');
const formular = document.getElementById('sokformular');
const filterYta = document.getElementById('sokfilter');

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

async function starta() {
  if (!behallare || !falt || !statusrad || !lista || !formular || !filterYta) return;
  const pagefind = (await import(/* @vite-ignore */ behallare.dataset.pagefind!)) as Pagefind;
  // Ranking tuned on the query table in tests/e2e/sok.spec.ts: exact words over longer words
  // that begin with them ("Syd" before "Sydöstra"), and long pages (a council's full mandate)
  // hardly penalised for their length.
  await pagefind.options({ excerptLength: 26, ranking: { termSimilarity: 5, pageLength: 0.1, termFrequency: 0.5 } });
  await pagefind.init();
  const allaFilter = await pagefind.filters();
  behallare.hidden = false;

  const valda = (): Record<string, string[]> => {
    const ut: Record<string, string[]> = {};
    for (const c of filterYta.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (ut[c.name] ??= []).push(c.value);
    return ut;
  };

  const ritaFilter = (antal: Record<string, Record<string, number>>, val: Record<string, string[]>) => {
    filterYta.replaceChildren(
      ...Object.keys(FILTERNAMN)
        .filter((f) => allaFilter[f] && Object.keys(allaFilter[f]).length > 0)
        .map((f) =>
          el('fieldset', {}, el('legend', {}, FILTERNAMN[f] ?? f), ...Object.keys(allaFilter[f] ?? {}).sort((a, b) => a.localeCompare(b, 'sv')).map((v) => {
            const id = `f-${f}-${v}`.replace(/[^\w-]/g, '_');
            const box = el('input', { type: 'checkbox', name: f, value: v, id }) as HTMLInputElement;
            box.checked = val[f]?.includes(v) ?? false;
            return el('div', { class: 'check' }, box, el('label', { for: id }, `${v} (${antal[f]?.[v] ?? 0})`));
          })),
        ),
    );
  };

  let senast = 0;
  const sok = async (tyst = false) => {
    const q = falt.value.trim();
    const val = valda();
    const u = new URL(location.href);
    u.search = '';
    if (q) u.searchParams.set('q', q);
    for (const [f, vs] of Object.entries(val)) for (const v of vs) u.searchParams.append(f, v);
    history.replaceState(null, '', u);
    const nr = ++senast;
    if (!q && !Object.keys(val).length) {
      lista.replaceChildren();
      statusrad.textContent = '';
      ritaFilter(allaFilter, val);
      return;
    }
    const svar = tyst ? await pagefind.search(q || null, { filters: val }) : await pagefind.debouncedSearch(q || null, { filters: val });
    if (!svar || nr !== senast) return;
    const data = await Promise.all(svar.results.slice(0, 30).map((r) => r.data()));
    if (nr !== senast) return;
    const n = svar.results.length;
    statusrad.textContent = n === 0 ? text.ingaTraffar(q) : text.traffar(n, q, 30);
    lista.replaceChildren(
      ...data.map((d) => {
        const delar = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
        return el(
          'li',
          {},
          el('h3', {}, el('a', { href: d.url }, d.meta.title ?? d.url)),
          el('p', { class: 'meta' }, [d.meta.typ, d.meta.niva].filter(Boolean).join(' · ')),
          el('p', {}, ...utdrag(d.excerpt)),
          ...(delar.length ? [el('ul', { class: 'sub-results' }, ...delar.map((s) => el('li', {}, el('a', { href: s.url }, s.title), ' – ', ...utdrag(s.excerpt))))] : []),
        );
      }),
    );
    ritaFilter(svar.filters, val);
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
export {};
