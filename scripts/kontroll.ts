// `npm run kontroll`: checks all content in a second, without a build, and prints every problem
// at once in Swedish: file (with line), field, value found and what is expected. The build runs
// it first, so bad content never reaches the site.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'astro/zod';
import { enkelRef, beskrivVarde } from '../src/schemas/falt.ts';
import { scheman, SAMLINGAR } from '../src/schemas/index.ts';
import { buildGraph, narmaste, type Corpus } from '../src/lib/graph.ts';
import { formateraReferensfel } from '../src/lib/felmeddelanden.ts';
import { LIX_GRANS, lix } from '../src/lib/lix.ts';

z.config(z.locales.sv());

const ROT = process.cwd();
const INNEHALL_STANDARD = resolve(ROT, process.env.CONTENT_DIR ?? 'content');
const schema = scheman(enkelRef) as Record<string, z.ZodType>;

/** Collections whose entries must have prose below the frontmatter. */
const KRAVER_TEXT = new Set(['sjukvardsregioner', 'regioner', 'organ', 'planer', 'mal', 'vardprogram', 'kallor']);

/** Site paths that exist without an entry: the routes in src/pages/ that take no parameter. */
function fastaSidor(dir: string, bas = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.includes('[')) return [];
    if (e.isDirectory()) return fastaSidor(join(dir, e.name), `${bas}${e.name}/`);
    const m = /^(.+)\.(astro|ts)$/.exec(e.name);
    if (!m || m[1] === '404') return [];
    return [m[1] === 'index' ? bas : m[2] === 'ts' ? `${bas}${m[1]}` : `${bas}${m[1]}/`];
  });
}
const FASTA_SIDOR = fastaSidor(join(import.meta.dirname, '..', 'src', 'pages'));

export interface Problem {
  fil: string;
  rad?: number;
  text: string;
}

const rel = (f: string) => relative(ROT, f).split(sep).join('/');

function filer(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filer(p) : [p];
  });
}

/** The line of the YAML node at a Zod issue path, if the path exists in the document. */
function radFor(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: PropertyKey[], forskjutning: number): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n).filter((x): x is string | number => typeof x !== 'symbol');
    const node = (p.length ? doc.getIn(p, true) : doc.contents) as Node | undefined;
    if (node && node.range) return lc.linePos(node.range[0]).line + forskjutning;
    // a missing key: point at its parent map
  }
  return undefined;
}

const faltnamn = (path: PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');

/** Body checks: content must not run code, must not be empty where prose is required. */
async function kontrolleraText(fil: string, samling: string, text: string, forsta: number, sidor: Set<string>): Promise<Problem[]> {
  const p: Problem[] = [];
  let kompilerar = true;
  if (fil.endsWith('.mdx'))
    try {
      await compile(text);
    } catch (e) {
      kompilerar = false;
      const fel = e as { reason?: string; message: string; line?: number };
      p.push({ fil, rad: fel.line ? forsta + fel.line - 1 : forsta, text: `texten går inte att tolka som MDX: ${(fel.reason ?? fel.message).split('\n')[0]}. Kontrollera att varje < och { är avsiktliga; skriv "mindre än" i ord, eller använd .md om texten inte behöver MDX.` });
    }
  const rader = text.split('\n');
  let iKod = false;
  rader.forEach((r, i) => {
    const rad = forsta + i;
    if (/^\s*(```|~~~)/.test(r)) iKod = !iKod;
    if (iKod) return;
    if (/^\s*(import|export)\s/.test(r))
      p.push({ fil, rad, text: `texten innehåller "${r.trim().slice(0, 40)}": import och export är inte tillåtna i innehåll (innehåll får inte köra kod). Ta bort raden.` });
    const tagg = /<\s*(script|iframe|object|embed|style|form)\b/i.exec(r);
    if (tagg) p.push({ fil, rad, text: `texten innehåller <${tagg[1]}>, som inte är tillåtet i innehåll. Skriv vanlig text och Markdown.` });
    const handelse = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(r);
    if (handelse) p.push({ fil, rad, text: `texten innehåller en händelsehanterare (${handelse[0].trim().slice(0, 40)}…), som inte är tillåten i innehåll.` });
    if (kompilerar && fil.endsWith('.mdx') && /\{[^}]*\}/.test(r) && !/`[^`]*\{/.test(r))
      p.push({ fil, rad, text: `texten innehåller klammerparenteser { }, som MDX tolkar som kod. Skriv om texten utan { och }.` });
    for (const m of r.matchAll(/\]\((\/[^)\s#?]*)/g)) {
      const mal = m[1].endsWith('/') ? m[1] : `${m[1]}/`;
      if (!sidor.has(mal))
        p.push({ fil, rad, text: `länken till "${m[1]}" leder till en sida som inte finns. Närmaste befintliga: ${narmaste(mal, sidor, 2).join(', ')}.` });
    }
  });
  if (KRAVER_TEXT.has(samling) && !text.trim())
    p.push({ fil, rad: forsta, text: 'texten under frontmatter är tom: skriv minst ett stycke på klarspråk om posten.' });
  return p;
}

/** A plain-language summary that may be hard to read: a warning for the editor, not an error. */
function lasbarhet(fil: string, rad: number | undefined, sammanfattning: unknown): Problem[] {
  if (typeof sammanfattning !== 'string') return [];
  const { lix: varde } = lix(sammanfattning);
  if (varde <= LIX_GRANS) return [];
  return [{ fil, rad, text: `fältet "sammanfattning" har LIX ${varde.toLocaleString('sv')}, över ${LIX_GRANS}: texten kan vara svår att läsa. Skriv kortare meningar och byt långa ord mot vardagliga.` }];
}

export async function kontrollera(INNEHALL = INNEHALL_STANDARD): Promise<{ problem: Problem[]; antal: number; varningar: Problem[]; corpus: Corpus }> {
  const problem: Problem[] = [];
  const varningar: Problem[] = [];
  if (!existsSync(INNEHALL)) return { problem: [{ fil: rel(INNEHALL), text: 'mappen för innehåll finns inte.' }], antal: 0, varningar, corpus: {} as Corpus };
  const corpus = Object.fromEntries(SAMLINGAR.map((s) => [s, [] as unknown[]])) as Record<string, { id: string; data: unknown; filePath: string }[]>;
  const texter: { fil: string; samling: string; body: string; forsta: number }[] = [];
  const sett = new Map<string, string>();
  let antal = 0;

  for (const f of filer(INNEHALL)) {
    const fil = rel(f);
    const delar = relative(INNEHALL, f).split(sep);
    const namn = delar.at(-1)!;
    if (namn.startsWith('.') || /^readme\.md$/i.test(namn)) continue;
    const samling = delar[0];
    if (delar.length === 1 || !(SAMLINGAR as readonly string[]).includes(samling)) {
      problem.push({ fil, text: `filen ligger i fel mapp. Varje post ska ligga i en av mapparna content/${SAMLINGAR.join('/, content/')}/.` });
      continue;
    }
    if (delar.length > 2) {
      problem.push({ fil, text: `filen ligger i en undermapp. Lägg den direkt i content/${samling}/.` });
      continue;
    }
    if (!/\.mdx?$/.test(namn)) {
      problem.push({ fil, text: `filen har fel ändelse: en post ska vara en .mdx-fil (eller .md).` });
      continue;
    }
    const id = namn.replace(/\.mdx?$/, '');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      problem.push({ fil, text: `filnamnet "${namn}" duger inte som id: använd små bokstäver a–z, siffror och bindestreck (å, ä → a, ö → o), t.ex. cancerradet-sormland.mdx.` });
    const nyckel = `${samling}/${id}`;
    if (sett.has(nyckel)) {
      problem.push({ fil, text: `id:t "${id}" finns redan i ${sett.get(nyckel)}: två poster i ${samling} kan inte ha samma id. Byt namn på den ena filen.` });
      continue;
    }
    sett.set(nyckel, fil);
    antal++;

    const kalla = readFileSync(f, 'utf8').replace(/\r\n/g, '\n');
    const m = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/.exec(kalla);
    if (!m) {
      problem.push({ fil, rad: 1, text: 'filen saknar frontmatter: den ska börja med en rad "---", sedan fälten, sedan en rad "---".' });
      continue;
    }
    const lc = new LineCounter();
    const doc = parseDocument(m[1], { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const rad = e.linePos?.[0].line !== undefined ? e.linePos[0].line + 1 : undefined;
        problem.push({ fil, rad, text: `frontmatter är inte giltig YAML: ${yamlfel(e.code, e.message)}` });
      }
      continue;
    }
    const data = doc.toJS();
    if (!isMap(doc.contents)) {
      problem.push({ fil, rad: 2, text: `frontmatter ska vara fält på formen "namn: värde", men är ${beskrivVarde(data)}.` });
      continue;
    }
    const forsta = kalla.slice(0, kalla.length - m[2].length).split('\n').length;
    texter.push({ fil, samling, body: m[2], forsta });
    const res = schema[samling].safeParse(data);
    if (!res.success) {
      for (const iss of res.error.issues) {
        const rad = radFor(doc, lc, iss.path, 1);
        const varde = iss.path.length ? doc.getIn(iss.path.filter((x): x is string | number => typeof x !== 'symbol')) : undefined;
        const visning = varde !== undefined && !iss.message.includes(beskrivVarde(varde)) && !isSeq(varde) ? ` (värdet är ${beskrivVarde(varde)})` : '';
        problem.push({ fil, rad, text: `fältet "${faltnamn(iss.path) || '(hela posten)'}": ${iss.message}${visning}` });
      }
      continue;
    }
    corpus[samling].push({ id, data: res.data, filePath: fil });
    varningar.push(...lasbarhet(fil, radFor(doc, lc, ['sammanfattning'], 1), (res.data as { sammanfattning?: unknown }).sammanfattning));
  }

  // Pages that exist, for checking links in the body text.
  const sidor = new Set(FASTA_SIDOR);
  for (const nyckel of sett.keys()) if (!/^(personer|nyckeltal|ordlista)\//.test(nyckel)) sidor.add(`/${nyckel}/`);
  for (const t of texter) problem.push(...(await kontrolleraText(t.fil, t.samling, t.body, t.forsta, sidor)));

  const g = buildGraph(corpus as unknown as Corpus);
  const referensfel = g.referensfel();
  if (referensfel.length) problem.push(...formateraReferensfel(referensfel).split('\n').slice(1).map((t) => ({ fil: t.split(':')[0], text: t.slice(t.indexOf(':') + 2) })));

  // Cross-entry rules a single schema cannot see.
  for (const o of corpus.organ) {
    const d = o.data as { medlemmar: { person: { id: string }; roll: string }[] };
    const sedda = new Set<string>();
    d.medlemmar.forEach((mm, i) => {
      const k = `${mm.person.id}|${mm.roll.toLowerCase()}`;
      if (sedda.has(k)) problem.push({ fil: o.filePath, text: `fältet "medlemmar[${i}]": personen "${mm.person.id}" står redan med rollen "${mm.roll}". Ta bort dubbletten.` });
      sedda.add(k);
    });
  }
  // A series is one measure over years: one unit, one value per year.
  const serier = new Map<string, { fil: string; enhet: string; ar: number }[]>();
  for (const n of corpus.nyckeltal) {
    const d = n.data as { serie?: string; enhet: string; ar: number };
    if (!d.serie) continue;
    const forut = serier.get(d.serie) ?? [];
    const annanEnhet = forut.find((f) => f.enhet !== d.enhet);
    if (annanEnhet) problem.push({ fil: n.filePath, text: `fältet "serie": serien "${d.serie}" har enheten "${annanEnhet.enhet}" i ${annanEnhet.fil}, men här "${d.enhet}". Alla värden i en serie ska ha samma enhet; använd ett annat serie-id för ett annat mått.` });
    const sammaAr = forut.find((f) => f.ar === d.ar);
    if (sammaAr) problem.push({ fil: n.filePath, text: `fältet "ar": serien "${d.serie}" har redan ett värde för ${d.ar} i ${sammaAr.fil}. En serie har ett värde per år.` });
    serier.set(d.serie, [...forut, { fil: n.filePath, enhet: d.enhet, ar: d.ar }]);
  }
  return { problem, antal, varningar, corpus: corpus as unknown as Corpus };
}

function yamlfel(kod: string, meddelande: string): string {
  const forklaring: Record<string, string> = {
    DUPLICATE_KEY: 'samma fält står två gånger',
    BAD_INDENT: 'fel indrag (använd mellanslag, lika många på varje nivå)',
    TAB_AS_INDENT: 'tabb används som indrag; använd mellanslag',
    MISSING_CHAR: 'ett tecken saknas, t.ex. ett avslutande citattecken eller hakparentes',
    BLOCK_AS_IMPLICIT_KEY: 'ett fält saknar kolon eller har fel indrag',
    MULTILINE_IMPLICIT_KEY: 'ett fält saknar kolon eller har fel indrag',
    UNEXPECTED_TOKEN: 'oväntat tecken; sätt texten inom citattecken om den innehåller ": " eller börjar med ett specialtecken',
  };
  return `${forklaring[kod] ?? 'syntaxfel'} (${meddelande.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`;
}

export const radtext = (p: Problem) => `${p.fil}${p.rad ? `:${p.rad}` : ''}: ${p.text}`;

if (import.meta.main) {
  const start = performance.now();
  const { problem, antal, varningar } = await kontrollera();
  const tid = Math.round(performance.now() - start);
  if (varningar.length) {
    console.warn(`Varning: ${varningar.length} ${varningar.length === 1 ? 'sammanfattning kan' : 'sammanfattningar kan'} vara svåra att läsa (LIX över ${LIX_GRANS}). Bygget fortsätter.\n`);
    for (const v of varningar.sort((a, b) => a.fil.localeCompare(b.fil))) console.warn(`  ${radtext(v)}`);
    console.warn('');
  }
  if (problem.length) {
    console.error(`Innehållet har ${problem.length} ${problem.length === 1 ? 'fel' : 'fel'} (${antal} poster kontrollerade på ${tid} ms):\n`);
    for (const p of problem.sort((a, b) => a.fil.localeCompare(b.fil) || (a.rad ?? 0) - (b.rad ?? 0))) console.error(`  ${radtext(p)}`);
    console.error('\nRätta felen och kör "npm run kontroll" igen. Fälten beskrivs i CONTRIBUTING.md.');
    process.exit(1);
  }
  console.log(`Innehållet är i ordning: ${antal} poster kontrollerade på ${tid} ms.`);
}
