// Rules across entries, which a single schema cannot see: references to ids that exist, one
// person once per role, one unit and one value per year in a series; and the readability warning.
import { narmaste } from '../forslag.ts';
import { LIX_GRANS, lix } from '../lix.ts';
import { referenserI } from '../referenser.ts';
import type { Problem } from './problem.ts';

/** An entry that passed its schema. */
export interface Giltig {
  samling: string;
  id: string;
  fil: string;
  data: unknown;
  /** The file line of a field ("rapporterarTill[0]"), where the field stands in the file. */
  rad?: (falt: string) => number | undefined;
}

/** Every reference to an entry that does not exist, with the closest ids as suggestions. */
export function referensfel(poster: Giltig[], ider: ReadonlyMap<string, ReadonlySet<string>>): Problem[] {
  return poster.flatMap((e) =>
    referenserI(e.data).flatMap(({ falt, ref }): Problem[] => {
      const finns = ider.get(ref.collection);
      if (finns?.has(ref.id)) return [];
      const forslag = narmaste(ref.id, finns ?? []);
      const menade = forslag.length ? ` Menade du: ${forslag.join(', ')}?` : '';
      return [{
        fil: e.fil,
        rad: e.rad?.(falt),
        falt,
        varde: ref.id,
        forvantat: `ett id ur ${ref.collection}`,
        forslag,
        text: `fältet "${falt}" har värdet "${ref.id}", men det finns ingen post med det id:t i ${ref.collection} (content/${ref.collection}/${ref.id}.mdx saknas).${menade}`,
        allvar: 'fel',
      }];
    }),
  );
}

/** The same person twice in the same role of one body. */
export function dubblaMedlemmar(organ: Giltig[]): Problem[] {
  return organ.flatMap((o) => {
    const d = o.data as { medlemmar?: { person: { id: string }; roll: string }[] };
    const sedda = new Set<string>();
    return (d.medlemmar ?? []).flatMap((mm, i): Problem[] => {
      const k = `${mm.person.id}|${mm.roll.toLowerCase()}`;
      const dubbel = sedda.has(k);
      sedda.add(k);
      if (!dubbel) return [];
      const falt = `medlemmar[${i}]`;
      return [{ fil: o.fil, rad: o.rad?.(falt), falt, varde: mm.person.id, forvantat: 'en person en gång per roll', text: `fältet "${falt}": personen "${mm.person.id}" står redan med rollen "${mm.roll}". Ta bort dubbletten.`, allvar: 'fel' }];
    });
  });
}

/** A series is one measure over years: one unit, one value per year. */
export function seriefel(nyckeltal: Giltig[]): Problem[] {
  const p: Problem[] = [];
  const serier = new Map<string, { fil: string; enhet: string; ar: number }[]>();
  for (const n of nyckeltal) {
    const d = n.data as { serie?: string; enhet: string; ar: number };
    if (!d.serie) continue;
    const forut = serier.get(d.serie) ?? [];
    const annanEnhet = forut.find((f) => f.enhet !== d.enhet);
    if (annanEnhet)
      p.push({ fil: n.fil, rad: n.rad?.('serie'), falt: 'serie', varde: d.enhet, forvantat: `enheten "${annanEnhet.enhet}"`, allvar: 'fel', text: `fältet "serie": serien "${d.serie}" har enheten "${annanEnhet.enhet}" i ${annanEnhet.fil}, men här "${d.enhet}". Alla värden i en serie ska ha samma enhet; använd ett annat serie-id för ett annat mått.` });
    const sammaAr = forut.find((f) => f.ar === d.ar);
    if (sammaAr)
      p.push({ fil: n.fil, rad: n.rad?.('ar'), falt: 'ar', varde: String(d.ar), forvantat: 'ett värde per år i serien', allvar: 'fel', text: `fältet "ar": serien "${d.serie}" har redan ett värde för ${d.ar} i ${sammaAr.fil}. En serie har ett värde per år.` });
    serier.set(d.serie, [...forut, { fil: n.fil, enhet: d.enhet, ar: d.ar }]);
  }
  return p;
}

/** A plain-language summary that may be hard to read: a warning for the editor, not an error. */
export function lasbarhet(fil: string, rad: number | undefined, sammanfattning: unknown): Problem[] {
  if (typeof sammanfattning !== 'string') return [];
  const { lix: varde } = lix(sammanfattning);
  if (varde <= LIX_GRANS) return [];
  return [{
    fil,
    rad,
    falt: 'sammanfattning',
    varde: String(varde),
    forvantat: `LIX högst ${LIX_GRANS}`,
    allvar: 'varning',
    text: `fältet "sammanfattning" har LIX ${varde.toLocaleString('sv')}, över ${LIX_GRANS}: texten kan vara svår att läsa. Skriv kortare meningar och byt långa ord mot vardagliga.`,
  }];
}
