// Rules for the body below the frontmatter: it must compile as MDX, must not run code, must not
// link to pages that do not exist, and must not be empty where the registry requires prose.
//
// An MDX body is parsed once, the way @mdx-js/mdx parses it for the site (remark-parse with
// remark-mdx, whose micromark extensions raise every syntax error the compiler raises, and
// remark-gfm, as the MDX integration renders it), without the compiler's transforms and code
// generation, which the build does anyway (issue 17). A .md body, or an MDX body that does not
// parse, is read with remark and GFM. What the rules need from the tree (links and headings) is
// kept by content hash (cache.ts), so an unchanged body is not parsed again on the next build.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { troligaForslag } from '../forslag.ts';
import { bedomAdress } from './adresser.ts';
import { behall, hamta, nyckelFor } from './cache.ts';
import type { Problem } from './problem.ts';

export interface Brodtext {
  fil: string;
  body: string;
  /** Line in the file of the body's first line. */
  forsta: number;
  kraverText: boolean;
}

/** HTML's elements without an end tag, which MDX (as JSX) wants written as `<br />`. */
const TOMMA = /<(br|hr|img|wbr)\b([^>]*?)\s*>/i;

/**
 * The usual causes of an MDX error that the line itself shows (a comment, an address in < >,
 * <br>), each with its own fix; undefined for the rest.
 */
function kandMdxOrsak(rad: string): string | undefined {
  if (/<!--/.test(rad)) return 'HTML-kommentarer (<!-- … -->) går inte att använda i MDX. Ta bort kommentaren.';
  const adress = /<((?:https?:\/\/|mailto:)[^\s>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/i.exec(rad)?.[1];
  if (adress) {
    const url = adress.includes('@') && !/^mailto:/i.test(adress) ? `mailto:${adress}` : adress;
    return `en adress inom < > blir ingen länk i MDX. Skriv [${adress.replace(/^mailto:/i, '')}](${url}) i stället för <${adress}>.`;
  }
  const tom = TOMMA.exec(rad);
  if (tom && !tom[2]!.endsWith('/')) return `<${tom[1]}> ska skrivas <${tom[1]}${tom[2]} /> i MDX (med snedstreck före >).`;
  return undefined;
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

function mdxFel(t: Brodtext, e: unknown): Problem {
  const fel = e as { reason?: string; message: string; line?: number };
  // A cause the line shows has its own fix; the rest get the general advice.
  const kand = fel.line ? kandMdxOrsak(t.body.split('\n')[fel.line - 1] ?? '') : undefined;
  return {
    fil: t.fil,
    rad: fel.line ? t.forsta + fel.line - 1 : t.forsta,
    forvantat: 'text som går att tolka som MDX',
    text: `texten går inte att tolka som MDX: ${kand ?? `${mdxorsak(fel.reason ?? fel.message)} Skriv "mindre än" i ord i stället för <, skriv om texten utan { }, eller använd .md om texten inte behöver MDX.`}`,
    allvar: 'fel',
  };
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

/**
 * What the rules read from a body's tree, in the tree's order, with their line in the body:
 * addresses (`inbaddad` when the page would load it, as an image's), and headings.
 */
export type Fakta = (['adress', rad: number, adress: string, inbaddad?: true] | ['rubrik', rad: number, niva: number, text: string] | ['utanAlt', rad: number])[];

/** A body's problems, and for a body that parses its key and facts for the cache (cache.ts). */
export interface TextSvar {
  problem: Problem[];
  tolkad?: { nyckel: string; fakta: Fakta };
}

/** Every problem of one body. `sidor` are the site paths that exist ("/organ/x/"). */
export function kontrolleraText(t: Brodtext, sidor: Set<string>): TextSvar {
  const mdx = t.fil.endsWith('.mdx');
  const { fakta, nyckel, fel } = las(t.body, mdx);
  const kompileringsfel = fel === undefined ? undefined : mdxFel(t, fel);
  const p: Problem[] = kompileringsfel ? [kompileringsfel] : [];
  let iKod = false;
  t.body.split('\n').forEach((r, i) => {
    if (/^\s*(```|~~~)/.test(r)) iKod = !iKod;
    if (iKod) return;
    for (const f of radfel(r, mdx && !kompileringsfel)) p.push({ fil: t.fil, rad: t.forsta + i, allvar: 'fel', ...f });
  });
  p.push(...tradfel(t, fakta, sidor));
  if (t.kraverText && !t.body.trim())
    p.push({ fil: t.fil, rad: t.forsta, forvantat: 'minst ett stycke text', text: 'texten under frontmatter är tom: skriv minst ett stycke på klarspråk om posten.', allvar: 'fel' });
  return { problem: p, ...(nyckel ? { tolkad: { nyckel, fakta } } : {}) };
}

type Nod = { type: string; url?: string; alt?: string | null; value?: unknown; name?: string | null; attributes?: Nod[]; depth?: number; children?: Nod[]; position?: { start: { line: number } } };
const markdown = unified().use(remarkParse).use(remarkGfm);
const mdxMarkdown = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const ADRESSATTRIBUT = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function* noder(n: Nod): Generator<Nod> {
  yield n;
  for (const c of n.children ?? []) yield* noder(c);
}

/**
 * The body's facts, from the cache or parsed; `nyckel` when it parsed (and may be kept), `fel` the
 * parser's error when an MDX body does not parse (its facts are then read with remark and GFM).
 */
function las(body: string, mdx: boolean): { fakta: Fakta; nyckel?: string; fel?: unknown } {
  const nyckel = nyckelFor(`${mdx ? 'mdx' : 'md'}\0${body}`);
  const kand = hamta<Fakta>(nyckel);
  if (kand) return { fakta: kand, nyckel };
  try {
    const f = fakta((mdx ? mdxMarkdown : markdown).parse(body) as Nod);
    behall(nyckel, f);
    return { fakta: f, nyckel };
  } catch (fel) {
    return { fakta: fakta(markdown.parse(body) as Nod), fel };
  }
}

/** An address in an attribute: one the page loads where the attribute is `src`. */
const adressFakta = (rad: number, adress: string, attribut: string): Fakta[number] =>
  attribut.toLowerCase() === 'src' ? ['adress', rad, adress, true] : ['adress', rad, adress];

/** Links, images and definitions, addresses in HTML or JSX elements, and headings. */
function fakta(tree: Nod): Fakta {
  const ut: Fakta = [];
  for (const n of noder(tree)) {
    const rad = n.position?.start.line ?? 1;
    if (n.type === 'image') ut.push(['adress', rad, n.url ?? '', true]);
    // An image without a text alternative (WCAG 1.1.1): empty ![](…), or <img> without alt.
    if ((n.type === 'image' && !n.alt?.trim()) || (n.type === 'html' && /<img\b(?![^>]*\balt\s*=\s*(?:"[^"\s][^"]*"|'[^'\s][^']*'|[^\s>"']))[^>]*>/i.test(String(n.value ?? ''))))
      ut.push(['utanAlt', rad]);
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'img' && !(n.attributes ?? []).some((a) => a.type === 'mdxJsxAttribute' && String(a.name) === 'alt' && typeof a.value === 'string' && a.value.trim()))
      ut.push(['utanAlt', rad]);
    if (n.type === 'link' || n.type === 'definition') ut.push(['adress', rad, n.url ?? '']);
    else if (n.type === 'html')
      for (const m of String(n.value ?? '').matchAll(/\b(href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi))
        ut.push(adressFakta(rad, m[2] ?? m[3] ?? m[4] ?? '', m[1]!));
    else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement')
      for (const a of n.attributes ?? [])
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && ADRESSATTRIBUT.has(String(a.name).toLowerCase()))
          ut.push(adressFakta(rad, a.value, String(a.name)));
    if (n.type === 'heading' && n.depth) ut.push(['rubrik', rad, n.depth, (n.children ?? []).map((c) => (typeof c.value === 'string' ? c.value : '')).join('').trim()]);
  }
  return ut;
}

/**
 * Rules read from the parsed text: links and images to unsafe or broken addresses and to pages
 * that do not exist, and headings (no level 1, no skipped levels).
 */
function tradfel(t: Brodtext, f: Fakta, sidor: Set<string>): Problem[] {
  const p: Problem[] = [];
  let forra = 1;
  for (const r of f) {
    const rad = t.forsta + r[1] - 1;
    if (r[0] === 'adress') {
      const a = r[2];
      // The site loads nothing from elsewhere (and its security policy would block it).
      const varifran = r[3] ? /^(?:https?:)?\/\/([^/?#]+)/i.exec(a.trim())?.[1] : undefined;
      if (varifran) {
        p.push({ fil: t.fil, rad, varde: a, forvantat: 'en bild på webbplatsen (/…)', text: `bilden hämtas från en annan webbplats (${varifran}). Webbplatsen hämtar aldrig något från andra webbplatser, och läsarens webbläsare skulle stoppa bilden. Lägg bilden i public/ och skriv adressen från /, eller länka till den i stället: [beskrivning](${a.trim().replace(/^\/\//, 'https://')}).`, allvar: 'fel' });
        continue;
      }
      const b = bedomAdress(a, true);
      if (b) {
        p.push({ fil: t.fil, rad, varde: a, forvantat: 'en adress som börjar med https:// eller /', text: `${r[3] ? 'bilden' : 'länken'}: ${b.text}`, allvar: b.allvar });
        continue;
      }
      const m = /^(\/[^#?\s]*)/.exec(a);
      if (!m || !a.startsWith('/')) continue;
      const lank = m[1]!;
      const mal = lank.endsWith('/') || /\.[a-z]+$/.test(lank) ? lank : `${lank}/`;
      if (sidor.has(mal)) continue;
      const forslag = troligaForslag(mal, sidor, 2);
      const rad2 = forslag.length ? ` Menade du: ${forslag.join(', ')}?` : ' Rätta adressen eller ta bort länken.';
      if (r[3]) p.push({ fil: t.fil, rad, varde: lank, forvantat: 'en fil i public/', text: `bilden "${lank}" finns inte på webbplatsen. Lägg filen i public/${lank.slice(1)}, eller rätta adressen.`, allvar: 'fel' });
      else p.push({ fil: t.fil, rad, varde: lank, forslag, forvantat: 'en sida som finns', text: `länken till "${lank}" leder till en sida som inte finns.${rad2}`, allvar: 'fel' });
      continue;
    }
    if (r[0] === 'utanAlt') {
      p.push({ fil: t.fil, rad, forvantat: 'en bild med en beskrivning', text: 'bilden saknar en textbeskrivning för den som inte ser den. Skriv vad bilden visar inom hakparenteserna: ![Karta över sjukvårdsregionerna](/karta.png), eller alt="…" i <img>.', allvar: 'fel' });
      continue;
    }
    const [, , niva, rubrik] = r;
    if (niva === 1)
      p.push({ fil: t.fil, rad, varde: `# ${rubrik}`, forvantat: 'rubriker från ## och nedåt', text: `rubriken "# ${rubrik}" är på nivå 1, men sidan har redan sin rubrik (namnet). Skriv ## i stället för #.`, allvar: 'fel' });
    else if (niva > forra + 1)
      p.push({ fil: t.fil, rad, varde: `${'#'.repeat(niva)} ${rubrik}`, forvantat: `en rubrik på nivå ${forra + 1} (${'#'.repeat(forra + 1)})`, text: `rubriken "${rubrik}" är på nivå ${niva} men följer på nivå ${forra}${forra === 1 ? ' (sidans egen rubrik)' : ''}, så nivå ${forra + 1} hoppas över. Skriv ${'#'.repeat(forra + 1)} i stället för ${'#'.repeat(niva)}.`, allvar: 'fel' });
    forra = niva === 1 ? 1 : niva;
  }
  return p;
}
