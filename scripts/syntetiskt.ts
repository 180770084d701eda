// Benchmark corpora. The default (`kopiera`) copies the project's own body entries (content/organ)
// to N bodies alongside the rest of content/: copy k of "rcc-norr" is "rcc-norr-kopia-k", named
// "… (kopia k)", and its references to other bodies point at the same copy of those (or at the
// original where that copy does not exist), so every reference stays valid. Each copy's text ends
// with a line of its own ("Kopia k av rådet."), so that no two bodies have the same text: a cache
// by content (the content check keeps what it read per body) finds nothing it did not read in the
// same run, as with real bodies. It can also write the
// same N bodies as plain MDX pages (same frontmatter, same text) for the plain Astro yardstick.
// `generera` is the older synthetic corpus: the real content plus N made-up bodies with members,
// plans, goals and cross-links at realistic ratios (about 4 people per body, one plan with three
// goals per ten bodies, every tenth body a parent that the next nine report to).
// Usage: node scripts/syntetiskt.ts <N> <målmapp> [--syntetiskt] [--vanlig <mapp för vanliga sidor>]
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** Organ fields that refer to another organ (the others point into other collections). */
const ORGANFALT = [['rapporterarTill'], ['delAv'], ['uppdrag', 'beslut', 'organ']];

/**
 * content/ copied to `mal` with the bodies in content/organ copied until there are `n` of them
 * (originals included). With `vanlig`, the same `n` bodies are also written there as flat
 * .mdx pages for the plain site. Returns the number of bodies.
 */
export function kopiera(n: number, mal: string, vanlig?: string, kalla = resolve('content')): number {
  cpSync(kalla, mal, { recursive: true });
  const dir = join(kalla, 'organ');
  const filer = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();
  const ider = new Set(filer.map((f) => f.replace(/\.mdx?$/, '')));
  const poster = filer.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n');
    const m = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${f}: ingen frontmatter`);
    return { id: f.replace(/\.mdx?$/, ''), endelse: f.slice(f.lastIndexOf('.')), fm: m[1], text: m[2] };
  });
  if (vanlig) {
    mkdirSync(vanlig, { recursive: true });
    for (const p of poster.slice(0, n)) writeFileSync(join(vanlig, `${p.id}.mdx`), `---\n${p.fm}\n---\n${p.text}`);
  }
  let antal = Math.min(n, poster.length);
  for (let k = 1; antal < n; k++) {
    // Copy k covers the first `finns` originals; a reference to an organ outside it stays on the original.
    const finns = new Set(poster.slice(0, n - antal).map((p) => p.id));
    const nytt = (id: string) => (finns.has(id) ? `${id}-kopia-${k}` : id);
    for (const p of poster) {
      if (antal >= n) break;
      const doc = parseDocument(p.fm ?? '');
      for (const falt of ORGANFALT) {
        const v = doc.getIn(falt, true);
        if (isScalar(v) && typeof v.value === 'string' && ider.has(v.value)) v.value = nytt(v.value);
        if (isSeq(v)) for (const x of v.items) if (isScalar(x) && typeof x.value === 'string') x.value = nytt(x.value);
      }
      if (isMap(doc.contents)) {
        doc.set('namn', `${doc.get('namn')} (kopia ${k})`);
        if (doc.has('kortnamn')) doc.set('kortnamn', `${doc.get('kortnamn')} (kopia ${k})`);
      }
      const fm = doc.toString({ lineWidth: 0 }).trimEnd();
      const id = nytt(p.id);
      const text = `${(p.text ?? '').trimEnd()}\n\nKopia ${k} av rådet.\n`;
      writeFileSync(join(mal, 'organ', `${id}${p.endelse}`), `---\n${fm}\n---\n${text}`);
      if (vanlig) writeFileSync(join(vanlig, `${id}.mdx`), `---\n${fm}\n---\n${text}`);
      antal++;
    }
  }
  return antal;
}

export function generera(n: number, mal: string, kalla = resolve('content')): void {
  cpSync(kalla, mal, { recursive: true });
  const regioner = readdirSync(join(kalla, 'regioner')).map((f) => f.replace(/\.mdx?$/, ''));
  const nationellaMal = readdirSync(join(kalla, 'mal')).filter((f) => f.startsWith('ncs-')).map((f) => f.replace(/\.mdx?$/, ''));
  const kallId = (readdirSync(join(kalla, 'kallor'))[0] ?? '').replace(/\.mdx?$/, '');
  for (const d of ['organ', 'personer', 'planer', 'mal']) mkdirSync(join(mal, d), { recursive: true });
  const skriv = (samling: string, id: string, fm: string, text: string) =>
    writeFileSync(join(mal, samling, `${id}.${process.env.SYNT_ENDELSE ?? 'md'}`), `---\n${fm.trim()}\n---\n\n${text}\n`);

  for (let i = 0; i < n; i++) {
    const region = regioner[i % regioner.length];
    const id = `syntetiskt-organ-${i}`;
    const plan = `syntetisk-plan-${Math.floor(i / 10)}`;
    if (i % 10 === 0) {
      skriv('planer', plan, `
namn: Syntetisk handlingsplan ${Math.floor(i / 10)}
typ: handlingsplan
niva: region
region: ${region}
sammanfattning: En påhittad plan för att mäta bygget.
period:
  fran: 2024
  till: 2027
byggerPa: [nationell-cancerstrategi-2009]
kallor: [${kallId}]
granskad: 2026-11-01`, 'Påhittad plan för prestandamätning.');
      for (let m = 0; m < 3; m++)
        skriv('mal', `${plan}-mal-${m}`, `
plan: ${plan}
nummer: ${m + 1}
titel: Syntetiskt mål ${m + 1} i plan ${Math.floor(i / 10)}.
bidrarTill: [${nationellaMal[m % nationellaMal.length]}]
kallor: [${kallId}]
granskad: 2026-11-01`, 'Påhittat mål.');
    }
    const personer = [0, 1, 2, 3].map((p) => `syntetisk-person-${i}-${p}`);
    for (const [k, p] of personer.entries())
      skriv('personer', p, `
namn: Person ${i}-${k} Syntetisk
titel: Ledamot
organisation: Region ${region}
kallor: [${kallId}]
granskad: 2026-11-01`, '');
    const forelder = i % 10 === 0 ? '' : `rapporterarTill: [syntetiskt-organ-${i - (i % 10)}]`;
    skriv('organ', id, `
namn: Syntetiskt råd ${i}
typ: ${i % 10 === 0 ? 'cancerrad' : 'arbetsgrupp'}
niva: region
region: ${region}
sammanfattning: Ett påhittat råd nummer ${i} för att mäta hur bygget växer.
${forelder}
planer: [${plan}]
mal: [${plan}-mal-${i % 3}]
uppdrag:
  syfte: Att mäta bygget med många organ.
  uppgifter:
    - Samordna arbetet i region ${region}.
    - Följa upp mål och indikatorer.
    - Rapportera årligen.
  sammansattning:
    - text: Verksamhetschefer
      kategori: linje
    - text: Patientföreträdare
      kategori: patient
      antal: 2
  motesfrekvens: Fyra gånger per år.
medlemmar:
${personer.map((p, k) => `  - person: ${p}\n    roll: ${k === 0 ? 'Ordförande' : 'Ledamot'}\n    kalla: ${kallId}`).join('\n')}
kallor: [${kallId}]
granskad: 2026-11-01`, `Det syntetiska rådet ${i} finns bara för prestandamätning. Det samordnar arbetet i regionen och rapporterar till sitt överordnade råd. Texten är några meningar lång, som en vanlig beskrivning av ett uppdrag.\n\nRådet träffas fyra gånger per år och följer upp regionens handlingsplan.`);
  }
}

if (import.meta.main) {
  const [n, mal] = process.argv.slice(2);
  const flagga = (f: string) => process.argv.indexOf(f);
  if (!n || !mal) {
    console.error('Användning: node scripts/syntetiskt.ts <antal organ> <målmapp> [--syntetiskt] [--vanlig <mapp>]');
    process.exit(1);
  }
  if (flagga('--syntetiskt') > 0) {
    generera(Number(n), resolve(mal));
    console.log(`Skrev ${n} syntetiska organ till ${mal}.`);
  } else {
    const vanlig = flagga('--vanlig') > 0 ? resolve(process.argv[flagga('--vanlig') + 1] ?? '') : undefined;
    const antal = kopiera(Number(n), resolve(mal), vanlig);
    console.log(`Skrev innehållet med ${antal} organ (kopior av de verkliga) till ${mal}${vanlig ? ` och ${antal} vanliga MDX-sidor till ${vanlig}` : ''}.`);
  }
}
