// Every word a reader sees comes from src/i18n/sv/: pages, components and layouts place texts,
// they do not word them. The templates are read with Astro's own parser, as the build reads them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listsida } from '../../src/i18n/sv/listsidor.ts';

const ROT = join(import.meta.dirname, '..', '..');
const MAPPAR = ['src/pages', 'src/components', 'src/layouts'];

/** Texts that may stay in a template, each with its reason. None today; add one only with a reason. */
const TILLATNA: { fil: string; text: string; skal: string }[] = [];

// The parser is astro's own dependency: resolved from astro, so that the test needs no copy of it.
const franAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { parse } = (await import(pathToFileURL(franAstro.resolve('@astrojs/compiler-rs')).href)) as {
  parse: (kod: string) => { ast: { body: unknown } };
};

type Nod = { type?: string; start?: number; [k: string]: unknown };

/** Elements whose content is code, not text for readers. */
const KOD = new Set(['code', 'script', 'style']);
/** Attributes that readers meet as text: any word in them is text. */
const TEXTATTRIBUT = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']);
/** Attributes whose values are protocol names, never text ("Content-Security-Policy"). */
const PROTOKOLL = new Set(['http-equiv']);
/** A file name or a path piece ("popolo.json", "schema/", ".json"): a name, not a sentence. */
const FILNAMN = /^[\w-]*(\/[\w-]*)*(\.[a-z]{2,4}|\/)$/;
/** A string that reads as Swedish words: a letter outside ASCII, or a capitalised word. */
const ORDLIK = /[^\P{L}a-zA-Z]|\p{Lu}\p{Ll}{2,}/u;

/** The texts of a template that readers see but that do not come from an expression. */
function hardkodadText(kod: string): { rad: number; text: string }[] {
  const { ast } = parse(kod);
  const rad = (pos = 0) => kod.slice(0, pos).split('\n').length;
  const ut: { rad: number; text: string }[] = [];
  const ga = (n: unknown, textattribut = false): void => {
    if (Array.isArray(n)) return n.forEach((x) => ga(x, textattribut));
    if (!n || typeof n !== 'object') return;
    const nod = n as Nod;
    switch (nod.type) {
      case 'JSXElement': {
        const oppning = nod.openingElement as { name: { name?: string }; attributes: Nod[] };
        for (const a of oppning.attributes) {
          const namn = (a.name as { name?: unknown } | undefined)?.name;
          if (typeof namn === 'string' && PROTOKOLL.has(namn)) continue;
          ga(a.value, typeof namn === 'string' && TEXTATTRIBUT.has(namn));
          if (a.type !== 'JSXAttribute') ga(a);
        }
        if (!KOD.has(oppning.name.name ?? '')) ga(nod.children);
        return;
      }
      case 'JSXText': {
        const text = String(nod.value).trim();
        if (/\p{L}/u.test(text) && !FILNAMN.test(text)) ut.push({ rad: rad(nod.start), text });
        return;
      }
      case 'Literal':
        if (typeof nod.value === 'string' && (ORDLIK.test(nod.value) || (textattribut && /\p{L}/u.test(nod.value))))
          ut.push({ rad: rad(nod.start), text: nod.value });
        return;
      case 'TemplateElement': {
        const text = (nod.value as { cooked: string }).cooked;
        if (ORDLIK.test(text) || (textattribut && /\p{L}/u.test(text))) ut.push({ rad: rad(nod.start), text });
        return;
      }
    }
    for (const [k, v] of Object.entries(nod)) if (k !== 'start' && k !== 'end') ga(v, textattribut);
  };
  ga(ast.body);
  return ut;
}

const mallar = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mallar(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );

test('no page, component or layout has Swedish text of its own outside expressions', () => {
  const filer = MAPPAR.flatMap((m) => mallar(join(ROT, m)));
  assert.ok(filer.length > 50, 'the templates were found');
  const fel = filer.flatMap((f) => {
    const fil = relative(ROT, f);
    return hardkodadText(readFileSync(f, 'utf8'))
      .filter((t) => !TILLATNA.some((x) => x.fil === fil && x.text === t.text))
      .map((t) => `${fil}:${t.rad}: "${t.text.slice(0, 80)}" – flytta texten till en nyckel i src/i18n/sv/`);
  });
  assert.deepEqual(fel, []);
});

test('a hard-coded sentence, heading prop or label is found, on its line', () => {
  const mall = [
    '---',
    "const rubrik = 'Ingen text här: frontmatter är kod';",
    '---',
    '<!-- En kommentar räknas inte. -->',
    '<Lista titel={sv.rubrik.mal} rubrik="Mål">',
    '  <p class="lead">Här står en mening som borde ha en nyckel.</p>',
    '  <nav aria-label="Samlingar"><a href={`mailto:x?subject=${encodeURIComponent(\'Fel på webbplatsen\')}`}>{adress}</a></nav>',
    '  <p>{x && <>telefon {x}</>}</p>',
    '</Lista>',
  ].join('\n');
  assert.deepEqual(hardkodadText(mall), [
    { rad: 5, text: 'Mål' },
    { rad: 6, text: 'Här står en mening som borde ha en nyckel.' },
    { rad: 7, text: 'Samlingar' },
    { rad: 7, text: 'Fel på webbplatsen' },
    { rad: 8, text: 'telefon' },
  ]);
});

test('keyed texts, code, file names and technical values are not text of the template', () => {
  const mall = [
    '<Bas titel={sv.nav.om} avdelning="om" krummor={[]}>',
    '  <p class="lead prose">{sv.om.ingress} <code>npm run kontroll</code> <a href={url.popolo()}>popolo.json</a></p>',
    '  <td><a href={url.dataSchema(x.s)}>schema/{x.s}.json</a> – {n}</td>',
    "  <span>{new Intl.NumberFormat('sv-SE').format(n)}</span>",
    '  <script>const text = "Inte heller här";</script>',
    '  <style>p::after { content: "Eller här"; }</style>',
    '</Bas>',
  ].join('\n');
  assert.deepEqual(hardkodadText(mall), []);
});

test('the regions in more than one healthcare region are named in one sentence', () => {
  assert.equal(listsida.fleraSjukvardsregioner([{ namn: 'Region Halland', antal: 2 }]), 'Region Halland hör till två sjukvårdsregioner.');
  assert.equal(
    listsida.fleraSjukvardsregioner([{ namn: 'Region Ett', antal: 2 }, { namn: 'Region Två', antal: 3 }]),
    'Region Ett och Region Två hör var och en till mer än en sjukvårdsregion.',
  );
});
