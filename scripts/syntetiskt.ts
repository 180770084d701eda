// Generates a synthetic corpus for benchmarks: the real content plus N bodies with members,
// plans, goals and cross-links at realistic ratios (about 4 people per body, one plan with three
// goals per ten bodies, every tenth body a parent that the next nine report to).
// Usage: node scripts/syntetiskt.ts <N> <målmapp>
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  if (!n || !mal) {
    console.error('Användning: node scripts/syntetiskt.ts <antal organ> <målmapp>');
    process.exit(1);
  }
  generera(Number(n), resolve(mal));
  console.log(`Skrev ${n} syntetiska organ till ${mal}.`);
}
