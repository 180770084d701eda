// Rules for the body below the frontmatter: it must compile as MDX, must not run code, must not
// link to pages that do not exist, and must not be empty where the registry requires prose.
import { kompileraMdx } from './cache.ts';
import { narmaste } from '../forslag.ts';
import type { Problem } from './problem.ts';

export interface Brodtext {
  fil: string;
  body: string;
  /** Line in the file of the body's first line. */
  forsta: number;
  kraverText: boolean;
}

async function mdxFel(t: Brodtext): Promise<Problem | undefined> {
  try {
    await kompileraMdx(t.body);
    return undefined;
  } catch (e) {
    const fel = e as { reason?: string; message: string; line?: number };
    return {
      fil: t.fil,
      rad: fel.line ? t.forsta + fel.line - 1 : t.forsta,
      forvantat: 'text som går att tolka som MDX',
      text: `texten går inte att tolka som MDX: ${(fel.reason ?? fel.message).split('\n')[0]}. Kontrollera att varje < och { är avsiktliga; skriv "mindre än" i ord, eller använd .md om texten inte behöver MDX.`,
      allvar: 'fel',
    };
  }
}

/** The problems of one line outside code blocks: code, unsafe elements, braces, dead links. */
function radfel(r: string, mdx: boolean, sidor: Set<string>): { text: string; varde?: string; forslag?: string[] }[] {
  const ut: { text: string; varde?: string; forslag?: string[] }[] = [];
  if (/^\s*(import|export)\s/.test(r))
    ut.push({ varde: r.trim(), text: `texten innehåller "${r.trim().slice(0, 40)}": import och export är inte tillåtna i innehåll (innehåll får inte köra kod). Ta bort raden.` });
  const tagg = /<\s*(script|iframe|object|embed|style|form)\b/i.exec(r);
  if (tagg) ut.push({ varde: `<${tagg[1]}>`, text: `texten innehåller <${tagg[1]}>, som inte är tillåtet i innehåll. Skriv vanlig text och Markdown.` });
  const handelse = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(r);
  if (handelse) ut.push({ varde: handelse[0].trim(), text: `texten innehåller en händelsehanterare (${handelse[0].trim().slice(0, 40)}…), som inte är tillåten i innehåll.` });
  if (mdx && /\{[^}]*\}/.test(r) && !/`[^`]*\{/.test(r))
    ut.push({ text: `texten innehåller klammerparenteser { }, som MDX tolkar som kod. Skriv om texten utan { och }.` });
  for (const [, lank = ''] of r.matchAll(/\]\((\/[^)\s#?]*)/g)) {
    const mal = lank.endsWith('/') ? lank : `${lank}/`;
    if (sidor.has(mal)) continue;
    const forslag = narmaste(mal, sidor, 2);
    ut.push({ varde: lank, forslag, text: `länken till "${lank}" leder till en sida som inte finns. Närmaste befintliga: ${forslag.join(', ')}.` });
  }
  return ut;
}

/** Every problem of one body. `sidor` are the site paths that exist ("/organ/x/"). */
export async function kontrolleraText(t: Brodtext, sidor: Set<string>): Promise<Problem[]> {
  const mdx = t.fil.endsWith('.mdx');
  const kompileringsfel = mdx ? await mdxFel(t) : undefined;
  const p: Problem[] = kompileringsfel ? [kompileringsfel] : [];
  let iKod = false;
  t.body.split('\n').forEach((r, i) => {
    if (/^\s*(```|~~~)/.test(r)) iKod = !iKod;
    if (iKod) return;
    for (const f of radfel(r, mdx && !kompileringsfel, sidor)) p.push({ fil: t.fil, rad: t.forsta + i, allvar: 'fel', ...f });
  });
  if (t.kraverText && !t.body.trim())
    p.push({ fil: t.fil, rad: t.forsta, forvantat: 'minst ett stycke text', text: 'texten under frontmatter är tom: skriv minst ett stycke på klarspråk om posten.', allvar: 'fel' });
  return p;
}
