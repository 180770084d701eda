// Relations that cannot be true, across entries: a body that reports to itself or is part of
// itself, chains that loop (any length), a goal that contributes to a goal of its own or a lower
// level, a plan based on a plan of a lower level, and a body or plan whose healthcare region is
// not one its region belongs to (a region may belong to two, like Halland: either is fine).
import { visaFalt } from './frontmatter.ts';
import type { Giltig } from './korsvis.ts';
import type { Problem } from './problem.ts';

type Ref = { id: string; collection: string };
const RANG: Record<string, number> = { nationell: 0, sjukvardsregion: 1, region: 2 };

/** One edge of a relation: from an entry, in a field (0-based path), to an id. */
interface Kant {
  fran: Giltig;
  falt: string;
  till: string;
}

const lista = (v: unknown): Ref[] => (Array.isArray(v) ? (v as Ref[]) : v ? [v as Ref] : []);

function kanter(poster: Giltig[], falt: string): Kant[] {
  return poster.flatMap((p) => {
    const v = (p.data as Record<string, unknown>)[falt];
    return lista(v).map((r, i) => ({ fran: p, falt: Array.isArray(v) ? `${falt}[${i}]` : falt, till: r.id }));
  });
}

const problem = (k: Kant, text: string, forvantat: string, varde = k.till): Problem => ({
  fil: k.fran.fil,
  rad: k.fran.rad?.(k.falt),
  falt: visaFalt(k.falt),
  varde,
  forvantat,
  text: `fältet "${visaFalt(k.falt)}": ${text}`,
  allvar: 'fel',
});

/** Cycles of length two or more, each once, starting at its smallest id. */
function cirklar(k: Kant[]): Kant[][] {
  const ut = new Map<string, Kant[]>();
  const fran = new Map<string, Kant[]>();
  for (const e of k) if (e.fran.id !== e.till) fran.set(e.fran.id, [...(fran.get(e.fran.id) ?? []), e]);
  const klar = new Set<string>();
  const stack: Kant[] = [];
  const pa = new Set<string>();
  const besok = (id: string) => {
    if (klar.has(id)) return;
    pa.add(id);
    for (const e of fran.get(id) ?? []) {
      stack.push(e);
      if (pa.has(e.till)) {
        const borjan = stack.findIndex((s) => s.fran.id === e.till);
        const c = stack.slice(borjan);
        const forst = c.reduce((m, s, i) => (s.fran.id < c[m]!.fran.id ? i : m), 0);
        const ordnad = [...c.slice(forst), ...c.slice(0, forst)];
        ut.set(ordnad.map((s) => s.fran.id).join('>'), ordnad);
      } else besok(e.till);
      stack.pop();
    }
    pa.delete(id);
    klar.add(id);
  };
  for (const id of [...fran.keys()].sort()) besok(id);
  return [...ut.values()];
}

const kedja = (c: Kant[]) => [...c.map((s) => s.fran.id), c[0]!.fran.id].join(' → ');

/** Self-references and loops in one relation of one collection. */
function sjalvOchCirklar(k: Kant[], vad: { sjalv: string; cirkel: string }, hoppaOver = new Set<Kant>()): Problem[] {
  const p: Problem[] = [];
  for (const e of k) if (e.fran.id === e.till) p.push(problem(e, `"${e.till}" är posten själv: ${vad.sjalv} Ta bort "${e.till}" ur fältet.`, 'en annan post än posten själv'));
  for (const c of cirklar(k)) {
    if (c.some((e) => hoppaOver.has(e))) continue;
    p.push(problem(c[0]!, `${vad.cirkel} ${kedja(c)}. Ta bort en av länkarna (det räcker med en).`, 'en kedja som inte går i cirkel'));
  }
  return p;
}

export function relationsfel(giltiga: Giltig[]): Problem[] {
  const av = (s: string) => giltiga.filter((g) => g.samling === s);
  const organ = av('organ');
  const planer = new Map(av('planer').map((p) => [p.id, p]));
  const regioner = new Map(av('regioner').map((r) => [r.id, r]));
  const mal = av('mal');
  const p: Problem[] = [];

  p.push(...sjalvOchCirklar(kanter(organ, 'rapporterarTill'), { sjalv: 'ett organ kan inte rapportera till sig självt.', cirkel: 'rapporteringen går i cirkel:' }));
  p.push(...sjalvOchCirklar(kanter(organ, 'delAv'), { sjalv: 'ett organ kan inte vara en del av sig självt.', cirkel: 'delAv går i cirkel (varje organ är en del av nästa):' }));

  // Plans: based on plans of the same or a higher level only.
  const planNiva = (id: string) => (planer.get(id)?.data as { niva?: string } | undefined)?.niva;
  const byggerPa = kanter([...planer.values()], 'byggerPa');
  const fel = new Set<Kant>();
  for (const e of byggerPa) {
    const egen = planNiva(e.fran.id), mal = planNiva(e.till);
    if (!egen || !mal || e.fran.id === e.till || RANG[mal]! <= RANG[egen]!) continue;
    fel.add(e);
    p.push(problem(e, `planen "${e.till}" är på nivån ${mal}, lägre än den här planen (${egen}). En plan bygger på planer på samma eller högre nivå (region → sjukvardsregion → nationell); skriv i stället byggerPa i "${e.till}".`, `en plan på nivån ${egen} eller högre`));
  }
  p.push(...sjalvOchCirklar(byggerPa, { sjalv: 'en plan kan inte bygga på sig själv.', cirkel: 'byggerPa går i cirkel:' }, fel));

  // Goals: contribute to goals of a higher level (the level of a goal is its plan's), or of the
  // same level when the goal's plan builds on the other goal's plan (a later national direction
  // building on the national strategy); never to a goal of the same plan.
  const malPlan = new Map(mal.map((m) => [m.id, (m.data as { plan: Ref }).plan.id]));
  const malNiva = new Map(mal.map((m) => [m.id, planNiva(malPlan.get(m.id)!)]));
  const byggerPaAlla = (plan: string, sett = new Set<string>()): Set<string> => {
    for (const r of lista((planer.get(plan)?.data as { byggerPa?: Ref[] } | undefined)?.byggerPa))
      if (!sett.has(r.id)) byggerPaAlla(r.id, sett.add(r.id));
    return sett;
  };
  const bidrar = kanter(mal, 'bidrarTill');
  const malfel = new Set<Kant>();
  for (const e of bidrar) {
    const egen = malNiva.get(e.fran.id), till = malNiva.get(e.till);
    if (!egen || !till || e.fran.id === e.till || RANG[till]! < RANG[egen]!) continue;
    const egenPlan = malPlan.get(e.fran.id)!, dessPlan = malPlan.get(e.till)!;
    if (till === egen && egenPlan !== dessPlan && byggerPaAlla(egenPlan).has(dessPlan)) continue;
    malfel.add(e);
    const hur =
      egenPlan === dessPlan ? `samma plan ("${egenPlan}") som det här målet`
      : till === egen ? `en plan på samma nivå (${egen}) som det här målet, och planen "${egenPlan}" bygger inte på "${dessPlan}"`
      : `en plan på nivån ${till}, lägre än det här målets (${egen})`;
    p.push(problem(e, `målet "${e.till}" hör till ${hur}. Ett mål bidrar till mål i planer på en högre nivå (region → sjukvardsregion → nationell), eller i en plan som den egna planen bygger på (byggerPa).`, `ett mål på en högre nivå än ${egen}`));
  }
  p.push(...sjalvOchCirklar(bidrar, { sjalv: 'ett mål kan inte bidra till sig självt.', cirkel: 'bidrarTill går i cirkel:' }, malfel));

  // A body's or plan's healthcare region is one its region belongs to.
  for (const g of [...organ, ...planer.values()]) {
    const d = g.data as { region?: Ref; sjukvardsregion?: Ref };
    if (!d.region || !d.sjukvardsregion) continue;
    const region = regioner.get(d.region.id);
    if (!region) continue;
    const svr = ((region.data as { sjukvardsregioner: { id: Ref }[] }).sjukvardsregioner ?? []).map((s) => s.id.id);
    if (svr.includes(d.sjukvardsregion.id)) continue;
    const forslag = svr.length === 1 ? `sjukvardsregion: ${svr[0]}` : `en av ${svr.join(' och ')}`;
    p.push({
      fil: g.fil,
      rad: g.rad?.('sjukvardsregion'),
      falt: 'sjukvardsregion',
      varde: d.sjukvardsregion.id,
      forvantat: svr.join(' eller '),
      forslag: svr,
      text: `fältet "sjukvardsregion": regionen "${d.region.id}" hör inte till sjukvårdsregionen "${d.sjukvardsregion.id}" utan till ${svr.join(' och ')} (${region.fil}). Ange ${forslag}, eller rätta fältet "region".`,
      allvar: 'fel',
    });
  }
  return p;
}
