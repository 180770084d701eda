// Figure series: figures that share a series id, for the bar charts.
import { grupp, sv, type Entry } from './karna.ts';

/** Figures that share a series id, by series, oldest year first; only series of two or more years. */
export function serier(lista: Entry<'nyckeltal'>[]) {
  return [...grupp(lista, (n) => [n.data.serie]).entries()]
    .map(([serie, punkter]) => ({ serie, punkter: [...punkter].sort((a, b) => a.data.ar - b.data.ar) }))
    .filter((s) => new Set(s.punkter.map((p) => p.data.ar)).size >= 2)
    .sort((a, b) => sv.compare(a.punkter[0]?.data.namn ?? '', b.punkter[0]?.data.namn ?? ''));
}
