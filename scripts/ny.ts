// `npm run ny -- <samling> <id> [nivå]`: writes a new entry, generated from the schemas (the field
// reference). Required fields stand empty, to fill in; optional fields stand as comments ("# namn:"),
// to uncomment when the source says something, so the file passes `npm run kontroll` as soon as the
// required fields are filled. Fields that are required only at some levels say so; with a level
// (organ and planer: nationell, sjukvardsregion or region) they are written to fill in, too.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { faltreferens, type Faltrad } from '../src/lib/faltreferens.ts';
import { NIVAER } from '../src/schemas/falt.ts';
import { arSamling, SAMLINGSNAMN } from '../src/samlingar.ts';

/** Fields required only in some cases: the label, and the levels at which they are required. */
const VILLKOR: Record<string, Record<string, { text: string; nivaer?: string[] }>> = {
  organ: {
    region: { text: 'krävs på nivån region', nivaer: ['region'] },
    sjukvardsregion: { text: 'krävs på nivån sjukvardsregion; valfritt på nivån region', nivaer: ['sjukvardsregion'] },
    sammanfattning: { text: 'krävs på nivåerna sjukvardsregion och region', nivaer: ['sjukvardsregion', 'region'] },
  },
  planer: {
    region: { text: 'krävs på nivån region', nivaer: ['region'] },
    sjukvardsregion: { text: 'krävs på nivån sjukvardsregion; valfritt på nivån region', nivaer: ['sjukvardsregion'] },
  },
  kallor: {
    datum: { text: 'krävs, utom för en odaterad källa: ta då bort raden och ange senast och datering', nivaer: ['*'] },
    senast: { text: 'för en odaterad källa, i stället för datum' },
    datering: { text: 'för en odaterad källa, i stället för datum' },
    adress: { text: 'krävs, utom när källan är en fil: ta då bort raden och ange fil', nivaer: ['*'] },
    fil: { text: 'i stället för adress, om källan är en fil' },
  },
};

/** A comment line: what the field holds, each allowed value once. */
function kommentar(r: Faltrad, etikett: string): string {
  const beskrivning = r.beskrivning.replace(/\s*Krävs [^.]*\./, '').replace(/\s*Ett av: [^.]*\.?$/, '').replace(/: id \(filnamnet utan ändelse\) i samlingen (\S+?)\.?$/, ': id ur content/$1/').replace(/\.$/, '');
  const typ = r.typ.startsWith('ett av:') ? r.typ : r.typ.replace('hänvisning till ', 'id ur ');
  return `# ${etikett}: ${beskrivning} (${typ})`;
}

export function mall(samling: string, niva?: string, idag = new Date().toISOString().slice(0, 10)): string {
  const rader = faltreferens().find((r) => r.samling === samling)!.rader;
  const villkor = VILLKOR[samling] ?? {};
  const ut: string[] = ['---'];
  /** Whether a field is written to fill in (else as a comment), given its parents. */
  const skrivs = new Map<string, boolean>();
  for (const r of rader) {
    const segs = r.falt.split('.');
    const foralder = segs.slice(0, -1).join('.');
    const namn = segs.at(-1)!.replace('[]', '');
    const v = villkor[r.falt];
    const kravs = r.kravs || !!v?.nivaer?.some((n) => n === '*' || n === niva);
    const aktiv = (foralder ? (skrivs.get(foralder) ?? false) : true) && kravs;
    skrivs.set(r.falt.replace(/\[\]$/, ''), aktiv);
    skrivs.set(`${r.falt}[]`, aktiv);
    const djup = segs.length - 1 + segs.slice(0, -1).filter((x) => x.endsWith('[]')).length;
    const forsta = segs.at(-2)?.endsWith('[]') && rader.find((x) => x.falt.startsWith(`${foralder}.`))?.falt === r.falt;
    let ind = '  '.repeat(djup);
    const komm = aktiv ? '' : '# ';
    const etikett = r.kravs ? 'krävs' : v ? v.text : 'valfritt';
    ut.push(`${ind}${kommentar(r, etikett)}`);
    if (forsta) ind = `${ind.slice(0, -2)}- `;
    const varde =
      r.falt === 'granskad' ? idag
      : r.falt === 'niva' && niva ? niva
      : r.typ.includes('grupp av fält') ? ''
      : r.falt === 'kallor' ? ''
      : !aktiv && r.typ.startsWith('lista av id') ? '[]'
      : '';
    const exempel = r.falt === 'kallor' ? '   # t.ex. [id-for-kallan]' : '';
    ut.push(`${komm}${ind}${namn}:${varde ? ` ${varde}` : ''}${exempel}`);
  }
  ut.push('---', '', 'Skriv här, på klarspråk, vad källan säger om posten.', '');
  return ut.join('\n');
}

if (import.meta.main) {
  const [samling = '', id = '', niva] = process.argv.slice(2);
  const fel = (t: string): never => {
    console.error(t);
    process.exit(1);
  };
  if (!samling || !arSamling(samling)) fel(`Ange samling och id: npm run ny -- <samling> <id> [nivå]\nSamlingar: ${SAMLINGSNAMN.join(', ')}`);
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fel('Id:t ska skrivas med små bokstäver a–z, siffror och bindestreck, t.ex. cancerradet-sormland.');
  if (niva !== undefined && !(NIVAER as readonly string[]).includes(niva)) fel(`Nivån ska vara en av: ${NIVAER.join(', ')}.`);
  const fil = join(resolve(process.env.CONTENT_DIR ?? 'content'), samling, `${id}.mdx`);
  if (existsSync(fil)) fel(`${fil} finns redan.`);
  mkdirSync(dirname(fil), { recursive: true });
  writeFileSync(fil, mall(samling, niva));
  console.log(`Skapade ${fil}. Fyll i fälten som krävs; ta bort "# " (tecknet och mellanslaget efter det) framför ett valfritt fält som källan säger något om, så att fältet står lika långt in som fälten runt det. Kör sedan npm run kontroll.`);
}
