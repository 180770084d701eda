// Rules for the body below the frontmatter: it must compile as MDX, must not run code, must not
// link to pages that do not exist, and must not be empty where the registry requires prose.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { troligaForslag } from '../forslag.ts';
import { bedomAdress } from './adresser.ts';
import { tolkaMdx } from './cache.ts';
import type { Problem } from './problem.ts';

export interface Brodtext {
  fil: string;
  body: string;
  /** Line in the file of the body's first line. */
  forsta: number;
  kraverText: boolean;
}

/** MDX's (English) reason in Swedish; its own words never reach an editor. */
export function mdxorsak(orsak: string): string {
  const tagg = /`<\/?([^>`\s]+)>`/.exec(orsak)?.[1];
  if (/acorn|expression|Unexpected (end of file )?in expression/i.test(orsak)) return 'klammerparenteserna { } läses som kod, och koden går inte att tolka.';
  if (/closing tag/i.test(orsak) && tagg) return `taggen <${tagg}> stängs aldrig (det saknas </${tagg}>), eller står ett < i texten där det inte är en tagg.`;
  if (/closing tag/i.test(orsak)) return 'en tagg stängs på fel ställe.';
  if (/Unexpected character|before name|after name|attribute/i.test(orsak)) return 'ett < eller { står där MDX väntar sig en tagg eller kod.';
  if (/end of file/i.test(orsak)) return 'texten tar slut mitt i en tagg eller i { }.';
  if (tagg) return `taggen <${tagg}> står fel.`;
  return 'texten innehåller ett < eller { som MDX inte kan läsa.';
}

function mdxFel(t: Brodtext): Problem | undefined {
  try {
    tolkaMdx(t.body);
    return undefined;
  } catch (e) {
    const fel = e as { reason?: string; message: string; line?: number };
    return {
      fil: t.fil,
      rad: fel.line ? t.forsta + fel.line - 1 : t.forsta,
      forvantat: 'text som går att tolka som MDX',
      text: `texten går inte att tolka som MDX: ${mdxorsak(fel.reason ?? fel.message)} Skriv "mindre än" i ord i stället för <, skriv om texten utan { }, eller använd .md om texten inte behöver MDX.`,
      allvar: 'fel',
    };
  }
}

/** The problems of one line outside code blocks: code, unsafe elements, braces, dead links. */
function radfel(r: string, mdx: boolean): { text: string; varde?: string; forslag?: string[] }[] {
  const ut: { text: string; varde?: string; forslag?: string[] }[] = [];
  if (/^\s*(import|export)\s/.test(r))
    ut.push({ varde: r.trim(), text: `texten innehåller "${r.trim().slice(0, 40)}": import och export är inte tillåtna i innehåll (innehåll får inte köra kod). Ta bort raden.` });
  const tagg = /<\s*(script|iframe|object|embed|style|form)\b/i.exec(r);
  if (tagg) ut.push({ varde: `<${tagg[1]}>`, text: `texten innehåller <${tagg[1]}>, som inte är tillåtet i innehåll. Skriv vanlig text och Markdown.` });
  const handelse = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(r);
  if (handelse) ut.push({ varde: handelse[0].trim(), text: `texten innehåller en händelsehanterare (${handelse[0].trim().slice(0, 40)}…), som inte är tillåten i innehåll.` });
  if (mdx && /\{[^}]*\}/.test(r) && !/`[^`]*\{/.test(r))
    ut.push({ text: `texten innehåller klammerparenteser { }, som MDX tolkar som kod. Skriv om texten utan { och }.` });
  return ut;
}

/** Every problem of one body. `sidor` are the site paths that exist ("/organ/x/"). */
export async function kontrolleraText(t: Brodtext, sidor: Set<string>): Promise<Problem[]> {
  const mdx = t.fil.endsWith('.mdx');
  const kompileringsfel = mdx ? mdxFel(t) : undefined;
  const p: Problem[] = kompileringsfel ? [kompileringsfel] : [];
  let iKod = false;
  t.body.split('\n').forEach((r, i) => {
    if (/^\s*(```|~~~)/.test(r)) iKod = !iKod;
    if (iKod) return;
    for (const f of radfel(r, mdx && !kompileringsfel)) p.push({ fil: t.fil, rad: t.forsta + i, allvar: 'fel', ...f });
  });
  p.push(...trad(t, sidor));
  if (t.kraverText && !t.body.trim())
    p.push({ fil: t.fil, rad: t.forsta, forvantat: 'minst ett stycke text', text: 'texten under frontmatter är tom: skriv minst ett stycke på klarspråk om posten.', allvar: 'fel' });
  return p;
}

type Nod = { type: string; url?: string; value?: string; depth?: number; children?: Nod[]; position?: { start: { line: number } } };
const tolkare = unified().use(remarkParse).use(remarkGfm);

function* noder(n: Nod): Generator<Nod> {
  yield n;
  for (const c of n.children ?? []) yield* noder(c);
}

/**
 * Rules read from the parsed text (remark + GFM, as the site renders it): links and images to
 * unsafe or broken addresses and to pages that do not exist, and headings (no level 1, no
 * skipped levels).
 */
function trad(t: Brodtext, sidor: Set<string>): Problem[] {
  const p: Problem[] = [];
  const rad = (n: Nod) => t.forsta + (n.position?.start.line ?? 1) - 1;
  let forra = 1;
  for (const n of noder(tolkare.parse(t.body) as Nod)) {
    const adresser =
      n.type === 'link' || n.type === 'image' || n.type === 'definition' ? [n.url ?? '']
      : n.type === 'html' ? [...(n.value ?? '').matchAll(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
      : [];
    for (const a of adresser) {
      const b = bedomAdress(a, true);
      if (b) {
        p.push({ fil: t.fil, rad: rad(n), varde: a, forvantat: 'en adress som börjar med https:// eller /', text: `länken: ${b.text}`, allvar: b.allvar });
        continue;
      }
      const m = /^(\/[^#?\s]*)/.exec(a);
      if (!m || !a.startsWith('/')) continue;
      const lank = m[1]!;
      const mal = lank.endsWith('/') || /\.[a-z]+$/.test(lank) ? lank : `${lank}/`;
      if (sidor.has(mal)) continue;
      const forslag = troligaForslag(mal, sidor, 2);
      const rad2 = forslag.length ? ` Menade du: ${forslag.join(', ')}?` : ' Rätta adressen eller ta bort länken.';
      p.push({ fil: t.fil, rad: rad(n), varde: lank, forslag, forvantat: 'en sida som finns', text: `länken till "${lank}" leder till en sida som inte finns.${rad2}`, allvar: 'fel' });
    }
    if (n.type === 'heading' && n.depth) {
      const rubrik = ((n.children ?? []).map((c) => c.value ?? '').join('') || '').trim();
      if (n.depth === 1)
        p.push({ fil: t.fil, rad: rad(n), varde: `# ${rubrik}`, forvantat: 'rubriker från ## och nedåt', text: `rubriken "# ${rubrik}" är på nivå 1, men sidan har redan sin rubrik (namnet). Skriv ## i stället för #.`, allvar: 'fel' });
      else if (n.depth > forra + 1)
        p.push({ fil: t.fil, rad: rad(n), varde: `${'#'.repeat(n.depth)} ${rubrik}`, forvantat: `en rubrik på nivå ${forra + 1} (${'#'.repeat(forra + 1)})`, text: `rubriken "${rubrik}" är på nivå ${n.depth} men följer på nivå ${forra}${forra === 1 ? ' (sidans egen rubrik)' : ''}, så nivå ${forra + 1} hoppas över. Skriv ${'#'.repeat(forra + 1)} i stället för ${'#'.repeat(n.depth)}.`, allvar: 'fel' });
      forra = n.depth === 1 ? 1 : n.depth;
    }
  }
  return p;
}
