// Rules across entries, which a single schema cannot see: references to ids that exist, one
// person once per role, one unit and one value per year in a series; and the readability warning.
import { troligaForslag } from '../forslag.ts';
import { LIX_GRANS, lix } from '../lix.ts';
import { referenserI } from '../referenser.ts';
import { schema } from './adresser.ts';
import { visaFalt } from './frontmatter.ts';
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

/** What an entry of a collection is, with its article: "en plan", "ett organ". */
const SLAG: Record<string, string> = {
  sjukvardsregioner: 'en sjukvårdsregion',
  regioner: 'en region',
  organ: 'ett organ',
  personer: 'en person',
  planer: 'en plan',
  mal: 'ett mål',
  vardprogram: 'ett vårdprogram',
  nyckeltal: 'ett nyckeltal',
  kallor: 'en källa',
  ordlista: 'ett ord i ordlistan',
};
const slag = (samling: string) => SLAG[samling] ?? `en post i ${samling}`;

/**
 * Every reference to an entry that does not exist. An id that exists in another collection says
 * so; a missing id cited from several places (an entry deleted or renamed) gives one message
 * listing who cites it; a single misspelt id gets only close suggestions. `filer` maps
 * "samling/id" to the file of every entry found, valid or not, so that an entry with a mistake of
 * its own is not also reported as missing by those who cite it.
 */
export function referensfel(
  poster: Giltig[],
  ider: ReadonlyMap<string, ReadonlySet<string>>,
  filer: ReadonlyMap<string, string> = new Map(),
  lankar: (Problem & { samling: string; id: string })[] = [],
): Problem[] {
  const ut: Problem[] = [];
  type Citat = { fil: string; rad?: number; falt?: string; lank?: Problem };
  const saknade = new Map<string, Citat[]>();
  const lagg = (k: string, c: Citat) => saknade.set(k, [...(saknade.get(k) ?? []), c]);
  for (const e of poster)
    for (const { falt, ref } of referenserI(e.data)) {
      if (ider.get(ref.collection)?.has(ref.id)) continue;
      const annan = [...ider].find(([s, i]) => s !== ref.collection && i.has(ref.id));
      if (annan) {
        const [s] = annan;
        const fil = filer.get(`${s}/${ref.id}`) ?? `content/${s}/${ref.id}.mdx`;
        ut.push({
          fil: e.fil, rad: e.rad?.(falt), falt: visaFalt(falt), varde: ref.id, forvantat: `${slag(ref.collection)} (ett id ur content/${ref.collection}/)`,
          text: `fältet "${visaFalt(falt)}": \`${ref.id}\` är ${slag(s)} (${fil}), men här behövs ${slag(ref.collection)} (ett id ur content/${ref.collection}/).`,
          allvar: 'fel',
        });
        continue;
      }
      lagg(`${ref.collection}/${ref.id}`, { fil: e.fil, rad: e.rad?.(falt), falt: visaFalt(falt) });
    }
  // Links in the text to the page of a missing entry are citations of it too.
  for (const { samling, id, ...lank } of lankar) lagg(`${samling}/${id}`, { fil: lank.fil, rad: lank.rad, lank });
  for (const [k, citat] of saknade) {
    const [samling = '', id = ''] = k.split('/');
    const [forsta] = citat as [Citat];
    if (citat.length === 1 && forsta.lank) {
      ut.push(forsta.lank);
      continue;
    }
    if (citat.length > 1) {
      const vilka = citat.map((c) => `${c.fil}${c.rad ? `:${c.rad}` : ''} (${c.falt ?? 'länk i texten'})`);
      ut.push({
        fil: forsta.fil, rad: forsta.rad, falt: forsta.falt, varde: id, forvantat: `ett id ur content/${samling}/`,
        text: `det finns ingen post "${id}" i ${samling} (content/${k}.mdx saknas), men ${citat.length} hänvisningar pekar på den: ${vilka.join(', ')}. Har posten tagits bort eller bytt namn, ändra eller ta bort hänvisningarna; annars skapa posten.`,
        allvar: 'fel',
      });
      continue;
    }
    const forslag = troligaForslag(id, ider.get(samling) ?? []);
    const menade = forslag.length ? ` Menade du: ${forslag.join(', ')}?` : ` Skapa posten, eller ange ett id ur content/${samling}/.`;
    ut.push({
      fil: forsta.fil, rad: forsta.rad, falt: forsta.falt, varde: id, forvantat: `ett id ur ${samling}`, forslag,
      text: `fältet "${forsta.falt}" har värdet "${id}", men det finns ingen post med det id:t i ${samling} (content/${k}.mdx saknas).${menade}`,
      allvar: 'fel',
    });
  }
  return ut;
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
      const falt = `medlemmar[${i + 1}]`;
      return [{ fil: o.fil, rad: o.rad?.(`medlemmar[${i}]`), falt, varde: mm.person.id, forvantat: 'en person en gång per roll', text: `fältet "${falt}": personen "${mm.person.id}" står redan med rollen "${mm.roll}". Ta bort dubbletten.`, allvar: 'fel' }];
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

/** Every http:// address in an entry's fields: a warning (not encrypted), never an error. */
export function okrypteradeAdresser(g: Giltig): Problem[] {
  const ut: Problem[] = [];
  const gaIgenom = (v: unknown, vag: string) => {
    if (typeof v === 'string' && schema(v) === 'http')
      ut.push({ fil: g.fil, rad: g.rad?.(vag), falt: visaFalt(vag), varde: v, forvantat: 'en adress som börjar med https://', allvar: 'varning', text: `fältet "${visaFalt(vag)}": adressen "${v}" börjar med http://, som inte är krypterad. Använd https:// om webbplatsen har det (nästan alla har).` });
    else if (Array.isArray(v)) v.forEach((x, i) => gaIgenom(x, `${vag}[${i}]`));
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) gaIgenom(x, vag ? `${vag}.${k}` : k);
  };
  gaIgenom(g.data, '');
  return ut;
}
