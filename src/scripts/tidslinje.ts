// /tidslinje/: filter the events by level and place. The filter lives in the address
// (?niva=…&plats=…), so a filtered timeline can be shared; without JavaScript every event shows.
import { tidslinje } from '../i18n/sv/tidslinje.ts';

const formular = document.getElementById('tidslinje-filter') as HTMLFormElement | null;
const niva = document.getElementById('filter-niva') as HTMLSelectElement | null;
const plats = document.getElementById('filter-plats') as HTMLSelectElement | null;
const status = document.getElementById('tidslinje-status');

const giltigt = (s: HTMLSelectElement, v: string | null) => (v && [...s.options].some((o) => o.value === v) ? v : '');

function visa() {
  if (!niva || !plats || !status) return;
  const handelser = [...document.querySelectorAll<HTMLElement>('.timeline > li')];
  let synliga = 0;
  for (const h of handelser) {
    const ja = (!niva.value || h.dataset.niva === niva.value) && (!plats.value || (h.dataset.platser ?? '').split(' ').includes(plats.value));
    h.hidden = !ja;
    if (ja) synliga++;
  }
  for (const ar of document.querySelectorAll<HTMLElement>('[data-ar]')) {
    const sektion = document.querySelector(`section[data-ar="${ar.dataset.ar}"]`);
    ar.hidden = !sektion?.querySelector('.timeline > li:not([hidden])');
  }
  status.textContent = tidslinje.antal(synliga, handelser.length);
}

function franAdressen() {
  if (!niva || !plats) return;
  const p = new URLSearchParams(location.search);
  niva.value = giltigt(niva, p.get('niva'));
  plats.value = giltigt(plats, p.get('plats'));
  visa();
}

if (formular && niva && plats) {
  formular.hidden = false;
  franAdressen();
  formular.addEventListener('change', () => {
    const p = new URLSearchParams();
    if (niva.value) p.set('niva', niva.value);
    if (plats.value) p.set('plats', plats.value);
    history.replaceState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}${location.hash}`);
    visa();
  });
  formular.addEventListener('submit', (e) => e.preventDefault());
}
