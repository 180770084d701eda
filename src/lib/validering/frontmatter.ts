// Frontmatter rules: valid YAML, a map of fields, and the collection's schema, each problem with
// the line of the field in the file.
import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { beskrivVarde } from '../../schemas/falt.ts';
import { filrad, type Post } from '../innehall/lasare.ts';
import type { Problem } from './problem.ts';

const YAMLFEL: Record<string, string> = {
  DUPLICATE_KEY: 'samma fält står två gånger',
  BAD_INDENT: 'fel indrag (använd mellanslag, lika många på varje nivå)',
  TAB_AS_INDENT: 'tabb används som indrag; använd mellanslag',
  MISSING_CHAR: 'ett tecken saknas, t.ex. ett avslutande citattecken eller hakparentes',
  BLOCK_AS_IMPLICIT_KEY: 'ett fält saknar kolon eller har fel indrag',
  MULTILINE_IMPLICIT_KEY: 'ett fält saknar kolon eller har fel indrag',
  UNEXPECTED_TOKEN: 'oväntat tecken; sätt texten inom citattecken om den innehåller ": " eller börjar med ett specialtecken',
};

function yamlfel(kod: string, meddelande: string): string {
  return `${YAMLFEL[kod] ?? 'syntaxfel'} (${(meddelande.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')})`;
}

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

export const faltnamn = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');

export type Tolkning = { ok: true; data: unknown } | { ok: false; problem: Problem[] };

/** Checks one entry's frontmatter against its schema; on success, the parsed data. */
export function kontrolleraFrontmatter(fil: string, post: Post, schema: z.ZodType): Tolkning {
  const fm = post.frontmatter;
  const fel = (rad: number | undefined, text: string, extra: Partial<Problem> = {}): Problem => ({ fil, rad, text, allvar: 'fel', ...extra });
  if (!fm)
    return { ok: false, problem: [fel(1, 'filen saknar frontmatter: den ska börja med en rad "---", sedan fälten, sedan en rad "---".', { forvantat: 'frontmatter mellan två rader "---"' })] };
  if (fm.doc.errors.length)
    return {
      ok: false,
      problem: fm.doc.errors.map((e) =>
        fel(e.linePos?.[0].line !== undefined ? filrad(e.linePos[0].line) : undefined, `frontmatter är inte giltig YAML: ${yamlfel(e.code, e.message)}`, { forvantat: 'giltig YAML' }),
      ),
    };
  if (!isMap(fm.doc.contents))
    return { ok: false, problem: [fel(2, `frontmatter ska vara fält på formen "namn: värde", men är ${beskrivVarde(fm.data)}.`, { forvantat: 'fält på formen "namn: värde"' })] };
  const res = schema.safeParse(fm.data);
  if (res.success) return { ok: true, data: res.data };
  return {
    ok: false,
    problem: res.error.issues.map((iss) => {
      const varde = iss.path.length ? fm.doc.getIn(nycklar(iss.path)) : undefined;
      const visning = varde !== undefined && !iss.message.includes(beskrivVarde(varde)) && !isSeq(varde) ? ` (värdet är ${beskrivVarde(varde)})` : '';
      const falt = faltnamn(iss.path) || '(hela posten)';
      return fel(radFor(fm.doc, fm.lc, iss.path), `fältet "${falt}": ${iss.message}${visning}`, {
        falt,
        varde: varde === undefined || isSeq(varde) || isMap(varde) ? undefined : String(varde),
        forvantat: iss.message,
      });
    }),
  };
}
