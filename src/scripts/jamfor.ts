// /jamfor/: the reader picks bodies and sees their mandates side by side. The choice lives in the
// address (/jamfor/?id=a&id=b), so a link to it shows the same comparison. The table itself is
// rendered at build time (a <template> with every body); this script only keeps the chosen columns.
import { jamfor } from '../i18n/sv/jamfor.ts';
import { url } from '../lib/urls';

const ytan = document.getElementById('jamfor-val');
const formular = document.getElementById('jamfor-formular') as HTMLFormElement | null;
const status = document.getElementById('jamfor-status');
const resultat = document.getElementById('jamfor-resultat');
const mall = document.getElementById('jamfor-alla') as HTMLTemplateElement | null;

function rutor(): HTMLInputElement[] {
  return [...(formular?.querySelectorAll<HTMLInputElement>('input[name=id]') ?? [])];
}

/** The ids in the address that name a body on the page, in address order, without repeats. */
function franAdressen(): string[] {
  const finns = new Set(rutor().map((r) => r.value));
  return [...new Set(new URLSearchParams(location.search).getAll('id'))].filter((id) => finns.has(id));
}

function visa(ids: string[]) {
  if (!status || !resultat || !mall) return;
  for (const r of rutor()) r.checked = ids.includes(r.value);
  status.textContent = jamfor.valda(ids.length);
  if (ids.length < 2) {
    resultat.replaceChildren();
    return;
  }
  const tabell = mall.content.cloneNode(true) as DocumentFragment;
  const valda = new Set(ids);
  for (const cell of tabell.querySelectorAll<HTMLElement>('[data-id]')) if (!valda.has(cell.dataset.id!)) cell.remove();
  // The stacked version (phone, print): bodies in the order the reader chose them.
  const stack = tabell.querySelector('.compare-stacked');
  if (stack) [...stack.querySelectorAll<HTMLElement>(':scope > [data-id]')].sort((a, b) => ids.indexOf(a.dataset.id!) - ids.indexOf(b.dataset.id!)).forEach((c) => stack.append(c));
  // Columns in the order the reader chose them.
  for (const rad of tabell.querySelectorAll('tr')) {
    const celler = [...rad.querySelectorAll<HTMLElement>(':scope > [data-id]')];
    celler.sort((a, b) => ids.indexOf(a.dataset.id!) - ids.indexOf(b.dataset.id!)).forEach((c) => rad.append(c));
    if (rad.parentElement?.tagName === 'TBODY' && celler.length > 0 && celler.every((c) => c.hasAttribute('data-tom'))) rad.remove();
  }
  resultat.replaceChildren(tabell);
}

function valdaIds(): string[] {
  const forut = franAdressen();
  const nu = rutor().filter((r) => r.checked).map((r) => r.value);
  return [...forut.filter((id) => nu.includes(id)), ...nu.filter((id) => !forut.includes(id))];
}

if (ytan && formular) {
  ytan.hidden = false;
  visa(franAdressen());
  formular.addEventListener('change', () => {
    const ids = valdaIds();
    history.replaceState(null, '', url.jamfor(ids));
    visa(ids);
  });
  // "Jämför": show the comparison and take the reader (and the focus) to it.
  formular.addEventListener('submit', (e) => {
    e.preventDefault();
    const ids = valdaIds();
    history.replaceState(null, '', url.jamfor(ids));
    visa(ids);
    const mal = ids.length >= 2 ? resultat : status;
    mal?.scrollIntoView({ block: 'start' });
    if (ids.length >= 2) resultat?.focus({ preventScroll: true });
  });
  formular.addEventListener('reset', () => {
    history.replaceState(null, '', url.jamfor());
    setTimeout(() => visa([]));
  });
  addEventListener('popstate', () => visa(franAdressen()));
}
