// Live search on /sok/: runs Pagefind for ?q= and as the reader types, keeping the query in
// the address. Without JavaScript the page still has the form and the A–Ö list.
type Resultat = { url: string; meta: { title?: string; typ?: string; niva?: string }; excerpt: string };
type Pagefind = {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string) => Promise<{ results: { data: () => Promise<Resultat> }[] } | null>;
};

const behallare = document.getElementById('sokresultat');
const falt = document.getElementById('sok-q') as HTMLInputElement | null;
const statusrad = document.getElementById('sokstatus');
const lista = document.getElementById('soktraffar');
const formular = document.getElementById('sokformular');

async function starta() {
  if (!behallare || !falt || !statusrad || !lista || !formular) return;
  const adress = behallare.dataset.pagefind!;
  const pagefind = (await import(/* @vite-ignore */ adress)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  behallare.hidden = false;

  const sok = async (q: string) => {
    const u = new URL(location.href);
    if (q) u.searchParams.set('q', q);
    else u.searchParams.delete('q');
    history.replaceState(null, '', u);
    if (!q.trim()) {
      lista.replaceChildren();
      statusrad.textContent = '';
      return;
    }
    const svar = await pagefind.debouncedSearch(q);
    if (!svar) return;
    const data = await Promise.all(svar.results.slice(0, 20).map((r) => r.data()));
    statusrad.textContent = svar.results.length === 0 ? `Inga träffar för "${q}".` : `${svar.results.length} träffar för "${q}".`;
    lista.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const h = document.createElement('h3');
        h.append(a);
        const m = document.createElement('p');
        m.className = 'meta';
        m.textContent = [d.meta.typ, d.meta.niva].filter(Boolean).join(' · ');
        const p = document.createElement('p');
        p.innerHTML = d.excerpt; // Pagefind's excerpt: escaped text with <mark> around hits
        li.append(h, m, p);
        return li;
      }),
    );
  };
  formular.addEventListener('submit', (e) => {
    e.preventDefault();
    void sok(falt.value);
  });
  falt.addEventListener('input', () => void sok(falt.value));
  const q = new URLSearchParams(location.search).get('q') ?? '';
  falt.value = q;
  if (q) void sok(q);
}
void starta();
export {};
