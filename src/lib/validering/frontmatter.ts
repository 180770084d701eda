// Frontmatter rules: valid YAML, a map of fields, and the collection's schema, each problem with
// the line of the field in the file. Every message is Swedish: YAML's and Zod's own texts are
// translated here and never shown.
import { isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { beskrivVarde } from '../../schemas/falt.ts';
import { troligaForslag } from '../forslag.ts';
import { filrad, type Post } from '../innehall/lasare.ts';
import type { Problem } from './problem.ts';

type Nyckel = string | number;
const nycklar = (path: readonly PropertyKey[]) => path.filter((x): x is Nyckel => typeof x !== 'symbol');

/** The file line of the YAML node at a path; a missing key points at its nearest parent. */
export function radFor(doc: Document.Parsed, lc: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const p = nycklar(path.slice(0, n));
    const node = (p.length ? doc.getIn(p, true) : doc.contents) as Node | undefined;
    if (node && node.range) return filrad(lc.linePos(node.range[0]).line);
  }
  return undefined;
}

/**
 * A field path as editors read it: list positions counted from 1, so `medlemmar[1]` is the
 * first member and `fragor[2].kalla` the source of the second question.
 */
export const faltnamn = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p + 1}]` : s ? `${s}.${String(p)}` : String(p)), '');

/** A dotted path with 0-based positions (as in the data: "rapporterarTill[0]") as editors read it. */
export const visaFalt = (falt: string) => falt.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + 1}]`);

// ---- YAML ----------------------------------------------------------------------------------

/** The key a frontmatter line sets ("  - roll: x" sets "roll"), with its indentation. */
const nyckelPa = (rad: string) => /^(\s*(?:-\s+)?)([^\s:#'"-][^:#]*?):(?:\s|$)/.exec(rad);

const indragAv = (rad: string) => /^\s*/.exec(rad)![0].length;

/**
 * The field a misindented line (`har` spaces in) most likely belongs with: the nearest field above
 * that stands at most two columns from it (lines of text and deeper groups are passed over; a field
 * further out is the group's parent, where the search stops).
 */
function faltOvanfor(rader: string[], i: number, har: number): { kolumn: number; nyckel: string } | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const n = nyckelPa(rader[j]!);
    if (!n) continue;
    const kolumn = n[1]!.length;
    if (Math.abs(kolumn - har) <= 2) return { kolumn, nyckel: n[2]! };
    if (kolumn < har) return undefined;
  }
  return undefined;
}

const spalt = (n: number) => (n === 0 ? 'längst till vänster' : `${n} mellanslag in`);

/**
 * A line indented differently from the fields of its group, which YAML reports on this line or,
 * as a key inside a value, on the line above: the message names the line and both indentations.
 */
function felIndrag(kod: string, meddelande: string, rader: string[], i: number): { i: number; text: string } | undefined {
  const omRad = (k: number) => {
    const har = indragAv(rader[k] ?? '');
    const ovan = nyckelPa(rader[k] ?? '') ? faltOvanfor(rader, k, har) : undefined;
    if (!ovan || har === ovan.kolumn) return undefined;
    return { i: k, text: `fel indrag: raden står ${spalt(har)}, men fältet "${ovan.nyckel}" ovanför, i samma grupp, står ${spalt(ovan.kolumn)}. Skriv lika många mellanslag först på raden som på raden med "${ovan.nyckel}" (eller, om raden börjar en ny rad i en lista, skriv "- " först).` };
  };
  if (kod === 'MISSING_CHAR' && /without - indicator/.test(meddelande)) return omRad(i);
  // "syfte: a" followed by a line further in that looks like a field: YAML reads it as part of a key.
  if ((kod === 'BLOCK_AS_IMPLICIT_KEY' || kod === 'MULTILINE_IMPLICIT_KEY') && nyckelPa(rader[i] ?? '') && i + 1 < rader.length) {
    const ovan = nyckelPa(rader[i]!)!;
    if (indragAv(rader[i + 1]!) > ovan[1]!.length && nyckelPa(rader[i + 1]!) && /:\s+\S/.test(rader[i]!)) return omRad(i + 1);
  }
  return undefined;
}

/**
 * The Swedish message for one YAML error on line `i` (0-based) of the frontmatter's lines;
 * `filradFor` turns a line of the frontmatter into the file's line, for messages that name another.
 */
function yamlfel(kod: string, meddelande: string, rader: string[], i: number, filradFor: (yamlrad: number) => number): string {
  const rad = rader[i] ?? '';
  if (kod === 'DUPLICATE_KEY') {
    const m = nyckelPa(rad);
    const indrag = m?.[1]?.length ?? 0;
    const nyckel = m?.[2];
    // Where the key stands first: the nearest line above in the same group with the same key.
    let forst: number | undefined;
    for (let j = i - 1; nyckel && j >= 0; j--) {
      const r = rader[j]!;
      if (!r.trim()) continue;
      const n = nyckelPa(r);
      const kolumn = n ? n[1]!.length : indragAv(r);
      if (n && kolumn === indrag && n[2] === nyckel) {
        forst = j;
        break;
      }
      // The group's parent, or the first line of this list item: the group begins here.
      if (kolumn < indrag || (n && kolumn === indrag && /-\s+$/.test(n[1]!))) break;
    }
    if (nyckel)
      return `fältet "${nyckel}" står två gånger i samma grupp${forst !== undefined ? ` (också på rad ${filradFor(forst + 1)})` : ''}. Ta bort den ena raden.`;
  }
  const kolon = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):\s+([^'"\s[{|>].*?:\s.*)$/.exec(rad);
  if ((kod === 'BLOCK_AS_IMPLICIT_KEY' || kod === 'MULTILINE_IMPLICIT_KEY') && kolon) {
    const [, , nyckel = '', varde = ''] = kolon;
    return `värdet i fältet "${nyckel}" innehåller ": ", som YAML läser som ett nytt fält. Sätt värdet inom citattecken: ${nyckel}: "${varde.replace(/"/g, '\\"')}"`;
  }
  switch (kod) {
    case 'DUPLICATE_KEY':
      return 'samma fält står två gånger. Ta bort det ena.';
    case 'TAB_AS_INDENT':
      return 'raden är indragen med tabb. Använd mellanslag, lika många på varje nivå.';
    case 'MISSING_CHAR':
      return /quote/i.test(meddelande)
        ? 'ett citattecken stängs aldrig. Avsluta värdet med samma citattecken som det börjar med.'
        : 'ett tecken saknas: en lista inom [ ] eller en grupp inom { } stängs aldrig.';
    case 'BAD_INDENT':
      return /Flow (sequence|map)/.test(meddelande)
        ? 'en lista inom [ ] eller en grupp inom { } stängs aldrig. Avsluta den med ] eller } på samma rad.'
        : 'fel indrag. Dra in fälten i en grupp lika många mellanslag.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'fel indrag eller ett kolon för mycket: fält i samma grupp ska stå lika långt in, och ett värde som innehåller ": " ska stå inom citattecken.';
    default:
      return 'raden går inte att läsa. Skriv fälten på formen "namn: värde", och sätt värdet inom citattecken om det innehåller ": " eller börjar med ett specialtecken.';
  }
}

/**
 * Values that begin with a typographic quotation mark (copied from a word processor: ”Rådet”):
 * YAML does not read it as a quote, so the mark would stand in the text on the page.
 */
export function typografiskaCitat(fil: string, post: Post): Problem[] {
  const fm = post.frontmatter;
  if (!fm) return [];
  const ut: Problem[] = [];
  visit(fm.doc, {
    Scalar(_, node, vag) {
      const v = node.value;
      // Only a plain value: inside "…" or '…' the editor chose the mark, and a block (>-) is text.
      if (node.type !== 'PLAIN' || typeof v !== 'string' || !/^[“”„«»‘’]/.test(v) || !node.range) return;
      const par = vag.at(-1);
      if (isPair(par) && par.key === node) return;
      // The field as editors read it: "roll", "uppdrag.uppgifter[4]".
      const delar: (string | number)[] = [];
      vag.forEach((n, k) => {
        if (isPair(n) && isScalar(n.key)) delar.push(String(n.key.value));
        if (isSeq(n)) delar.push(n.items.indexOf((vag[k + 1] ?? node) as never));
      });
      const falt = delar.length ? faltnamn(delar) : undefined;
      ut.push({
        fil,
        rad: filrad(fm.lc.linePos(node.range[0]).line),
        falt,
        varde: v,
        forvantat: 'ett värde utan typografiska citattecken, eller inom raka citattecken',
        allvar: 'fel',
        text: `${falt ? `fältet "${falt}": ` : ''}värdet börjar med ett typografiskt citattecken (${v[0]}), som YAML inte läser som citattecken: det kommer med i texten på sidan. Ta bort det, eller sätt hela värdet inom raka citattecken ("…") om det ska stå kvar.`,
      });
    },
  });
  return ut;
}

// ---- Zod -----------------------------------------------------------------------------------

const TYPNAMN: Record<string, string> = { string: 'text', number: 'ett tal', int: 'ett heltal', boolean: 'true eller false', array: 'en lista', object: 'en grupp av fält', date: 'ett datum' };

/**
 * Swedish text for Zod's own issues, where a field builder in src/schemas/falt.ts gave none;
 * passed to safeParse, so that Zod's locale ("Ogiltig inmatning: förväntat string, fick null")
 * never reaches an editor.
 */
export const zodfel = (iss: z.core.$ZodRawIssue): string | undefined => {
  const i = iss as z.core.$ZodRawIssue & { expected?: string; minimum?: number | bigint; maximum?: number | bigint; origin?: string; format?: string; values?: unknown[] };
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined) return 'saknas: fältet krävs';
      if (i.input === null) return 'är tomt: fyll i ett värde, eller ta bort raden om fältet är valfritt';
      return `ska vara ${TYPNAMN[i.expected ?? ''] ?? 'ett annat slags värde'}, men är ${beskrivVarde(i.input)}`;
    case 'too_small':
      if (i.origin === 'string') return 'får inte vara tomt';
      if (i.origin === 'array') return `listan ska ha minst ${i.minimum} ${i.minimum === 1 ? 'rad' : 'rader'}`;
      return `ska vara minst ${i.minimum}, men är ${beskrivVarde(i.input)}`;
    case 'too_big':
      if (i.origin === 'array') return `listan får ha högst ${i.maximum} rader`;
      return `ska vara högst ${i.maximum}, men är ${beskrivVarde(i.input)}`;
    case 'invalid_format':
      if (i.format === 'url') return `ska vara en fullständig webbadress (https://…), men är ${beskrivVarde(i.input)}`;
      if (i.format === 'email') return `ska vara en e-postadress, men är ${beskrivVarde(i.input)}`;
      return `har fel form: ${beskrivVarde(i.input)}`;
    case 'invalid_value':
      return `${beskrivVarde(i.input)} är inte ett tillåtet värde; tillåtna värden: ${(i.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return 'okänt fält';
    default:
      return `har ett värde som inte går att använda: ${beskrivVarde(i.input)}`;
  }
};

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; getter?: () => z.ZodType };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of the object at a data path: its allowed field names. */
export function tillatnaFalt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.ZodType | undefined = schema;
  let i = 0;
  for (let varv = 0; s && varv < 100; varv++) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (d.type === 'lazy') s = d.getter?.();
    else if (i === path.length) return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
    else if (d.type === 'array') { s = d.element; i++; }
    else if (d.type === 'object') s = d.shape?.[String(path[i++])];
    else return [];
  }
  return [];
}

function okantFalt(nyckel: string, tillatna: string[]): string {
  const forslag = troligaForslag(nyckel, tillatna, 1);
  if (forslag.length) return `okänt fält \`${nyckel}\` — menade du \`${forslag[0]}\`?`;
  return `okänt fält \`${nyckel}\`. Fält som går att använda här: ${tillatna.join(', ')}.`;
}

export type Tolkning = { ok: true; data: unknown } | { ok: false; problem: Problem[] };

/** Checks one entry's frontmatter against its schema; on success, the parsed data. */
export function kontrolleraFrontmatter(fil: string, post: Post, schema: z.ZodType): Tolkning {
  const fm = post.frontmatter;
  const fel = (rad: number | undefined, text: string, extra: Partial<Problem> = {}): Problem => ({ fil, rad, text, allvar: 'fel', ...extra });
  if (!fm) {
    if (!post.kalla.trim())
      return { ok: false, problem: [fel(1, 'filen är tom. En post börjar med en rad "---", sedan fälten, sedan en rad "---" och texten. Kör "npm run ny -- <samling> <id>" för en mall.', { forvantat: 'frontmatter och text' })] };
    if (/^---[ \t]*(\n|$)/.test(post.kalla))
      return { ok: false, problem: [fel(1, 'frontmatter stängs aldrig: blocket som börjar med "---" på rad 1 saknar en avslutande rad med bara "---" efter sista fältet.', { forvantat: 'en rad "---" efter fälten' })] };
    return { ok: false, problem: [fel(1, 'filen saknar frontmatter: den ska börja med en rad "---", sedan fälten, sedan en rad "---".', { forvantat: 'frontmatter mellan två rader "---"' })] };
  }
  if (fm.doc.errors.length) {
    const yamlrader = fm.text.split('\n');
    const sedda = new Set<number | undefined>();
    // A tab in the indentation makes YAML misread the lines after it too: only the tabs are
    // reported, so that the editor fixes the cause first (the rest, if any, shows on the next run).
    // Likewise a line indented too far or not far enough: the lines after it follow from it.
    const tabb = fm.doc.errors.some((e) => e.code === 'TAB_AS_INDENT');
    const indrag = fm.doc.errors.map((e) => (e.linePos ? felIndrag(e.code, e.message, yamlrader, e.linePos[0].line - 1) : undefined));
    const forstaIndrag = indrag.find((x) => x !== undefined);
    return {
      ok: false,
      problem: fm.doc.errors.flatMap((e, n) => {
        if (tabb && e.code !== 'TAB_AS_INDENT') return [];
        if (!tabb && forstaIndrag && indrag[n]?.i !== forstaIndrag.i) return [];
        const ind = tabb ? undefined : indrag[n];
        const yrad = ind ? ind.i + 1 : e.linePos?.[0].line;
        if (sedda.has(yrad)) return [];
        sedda.add(yrad);
        const i = (yrad ?? 1) - 1;
        const text = yamlrader[i] ?? '';
        return [fel(yrad !== undefined ? filrad(yrad) : undefined, `frontmatter går inte att läsa: ${ind?.text ?? yamlfel(e.code, e.message, yamlrader, i, filrad)}`, { varde: text.trim() || undefined, forvantat: 'fält på formen "namn: värde"' })];
      }),
    };
  }
  if (!isMap(fm.doc.contents))
    return { ok: false, problem: [fel(2, `frontmatter ska vara fält på formen "namn: värde", men är ${beskrivVarde(fm.data)}.`, { forvantat: 'fält på formen "namn: värde"' })] };
  const res = schema.safeParse(fm.data, { error: zodfel });
  if (res.success) return { ok: true, data: res.data };
  // A misspelt field gives one message: "okänt fält … menade du …?", not also "saknas" for the
  // field it was meant to be.
  const menade = new Set(
    res.error.issues.flatMap((iss) =>
      iss.code === 'unrecognized_keys' ? iss.keys.flatMap((k) => troligaForslag(k, tillatnaFalt(schema, iss.path), 1).map((f) => faltnamn([...iss.path, f]))) : [],
    ),
  );
  return {
    ok: false,
    problem: res.error.issues.flatMap((iss) => {
      if (iss.code !== 'unrecognized_keys' && fm.doc.getIn(nycklar(iss.path)) === undefined && menade.has(faltnamn(iss.path))) return [];
      if (iss.code === 'unrecognized_keys') {
        const tillatna = tillatnaFalt(schema, iss.path);
        return iss.keys.map((k) => {
          const vag = [...iss.path, k];
          return fel(radFor(fm.doc, fm.lc, vag), okantFalt(k, tillatna), { falt: faltnamn(vag), varde: k, forvantat: `ett av fälten ${tillatna.join(', ')}`, forslag: troligaForslag(k, tillatna, 1) });
        });
      }
      const varde = iss.path.length ? fm.doc.getIn(nycklar(iss.path)) : undefined;
      const visning = varde !== undefined && varde !== null && !iss.message.includes(beskrivVarde(varde)) && !iss.message.includes(`"${String(varde).trim()}"`) && !isSeq(varde) && !isMap(varde) ? ` (värdet är ${beskrivVarde(varde)})` : '';
      const falt = faltnamn(iss.path) || '(hela posten)';
      return [fel(radFor(fm.doc, fm.lc, iss.path), `fältet "${falt}": ${iss.message}${visning}`, {
        falt,
        varde: varde === undefined || varde === null || isSeq(varde) || isMap(varde) ? undefined : String(varde),
        forvantat: iss.message,
      })];
    }),
  };
}
