// The glossary's marks on a built page, as hast transforms: an abbreviation is explained at its
// first use only, and a foreign term carries its language wherever it stands.
// Plain Node: `npx node --test tests/unit/forkortningar.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markera } from '../../src/integrations/forkortningar.ts';
import { markeraMedTrad } from '../../src/integrations/forkortningar/sida.ts';
import { markeraStrom } from '../../src/integrations/forkortningar/strom.ts';
import { dubblaId, dubblaIdFel } from '../../src/integrations/forkortningar/dubbla-id.ts';
import { markeraForkortningar, markeraSprak } from '../../src/integrations/forkortningar/markering.ts';
import { synonymer, synonymtext } from '../../src/integrations/forkortningar/synonymer.ts';
import { sokutdrag } from '../../src/integrations/forkortningar/sokutdrag.ts';
import type { Term } from '../../src/integrations/forkortningar/termer.ts';
import { tradFor } from '../../scripts/trad.ts';

const TERMER: Term[] = [
  { id: 'rcc-n', term: 'RCC-N', expansion: 'Regionalt cancercentrum norr', varianter: [] },
  { id: 'best-practice', term: 'best practice', expansion: 'bästa praxis', varianter: ['best practices'], sprak: 'en' },
  { id: 'rcc', term: 'RCC', expansion: 'Regionalt cancercentrum', varianter: ['regionala cancercentrum'] },
  { id: 'svf', term: 'SVF', expansion: 'Standardiserat vårdförlopp', varianter: [] },
];
const href = (t: Term) => `/ordlista/#id-${t.id}`;

function med(html: string, gor: (tree: Root) => void): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  gor(tree);
  return toHtml(tree);
}

test('an abbreviation is explained at its first use only, longest term first', () => {
  const ut = med('<p>RCC och RCC-N. Sedan RCC igen, och SVF.</p>', (t) => markeraForkortningar(t, TERMER, href));
  assert.equal(
    ut,
    '<p><a href="/ordlista/#id-rcc" class="term"><abbr title="Regionalt cancercentrum">RCC</abbr></a> och <a href="/ordlista/#id-rcc-n" class="term"><abbr title="Regionalt cancercentrum norr">RCC-N</abbr></a>. Sedan RCC igen, och <a href="/ordlista/#id-svf" class="term"><abbr title="Standardiserat vårdförlopp">SVF</abbr></a>.</p>',
  );
});

test('an abbreviation inside a word, a link, a heading or hidden text is left alone', () => {
  const html = '<h1>RCC</h1><p>XRCC RCCX</p><a href="/x/">RCC</a><p hidden>RCC</p><p>Till sist RCC.</p>';
  const ut = med(html, (t) => markeraForkortningar(t, TERMER, href));
  assert.equal(ut.match(/<abbr/g)?.length, 1);
  assert.match(ut, /Till sist <a href="\/ordlista\/#id-rcc" class="term"><abbr/);
});

test('a foreign term gets its language everywhere, whatever its case, but not inside code or text already in that language', () => {
  const html = '<h2>Best practice</h2><p>En best practices-lista.</p><code>best practice</code><p lang="en">best practice</p>';
  const ut = med(html, (t) => markeraSprak(t, TERMER));
  assert.equal(ut, '<h2><span lang="en">Best practice</span></h2><p>En <span lang="en">best practices</span>-lista.</p><code>best practice</code><p lang="en">best practice</p>');
});

test('a page gets abbreviations, languages and hidden search synonyms; the glossary page only languages', () => {
  const sida = '<html lang="sv"><head><title>RCC</title></head><body><main data-pagefind-body><p>RCC arbetar med best practice.</p></main></body></html>';
  const ut = markera(sida, TERMER, href);
  assert.match(ut, /<abbr title="Regionalt cancercentrum">RCC<\/abbr>/);
  assert.match(ut, /<span lang="en">best practice<\/span>/);
  // The synonyms too carry a foreign term's language (WCAG 3.1.2 holds for all the page's text).
  assert.match(ut, /<p class="synonymer" hidden data-pagefind-weight="0.5"><span lang="en">best practice<\/span> \(bästa praxis\), RCC \(Regionalt cancercentrum\)<\/p>/);
  const ordlistan = markera(sida, TERMER, href, false);
  assert.doesNotMatch(ordlistan, /<abbr|synonymer/);
  assert.match(ordlistan, /<span lang="en">best practice<\/span>/);
});

test('only <main> is rewritten when no foreign term stands outside it; otherwise the whole page, with the same tree', () => {
  const huvud = '<!doctype html><html lang="sv"><head><meta content="\'self\'"><title>RCC</title></head><body><header><a href="/">Start</a></header>';
  const main = '<main data-pagefind-body><p>RCC arbetar med best practice.</p></main>';
  const fot = '<footer><p>Om webbplatsen</p></footer></body></html>';
  const ut = markera(huvud + main + fot, TERMER, href);
  // The page around <main> keeps its bytes (Astro's own doctype and quoting).
  assert.ok(ut.startsWith(huvud) && ut.endsWith(fot), ut);
  assert.match(ut, /<abbr title="Regionalt cancercentrum">RCC<\/abbr>/);
  assert.match(ut, /<main[^>]*>[\s\S]*<span lang="en">best practice<\/span>[\s\S]*<\/main>/);
  // Either way the document is the one the whole-page pass gives.
  const hel = (h: string) => toHtml(fromHtml(h));
  const medFot = markera(huvud + main + fot.replace('Om webbplatsen', 'Best practice'), TERMER, href);
  assert.match(medFot, /<footer><p><span lang="en">Best practice<\/span><\/p><\/footer>/);
  assert.equal(hel(ut), hel(medFot.replace('<span lang="en">Best practice</span>', 'Om webbplatsen')));
  // Two <main> elements (not expected, but possible in a page's own HTML): the whole page.
  const tva = markera(huvud + main + main + fot, TERMER, href);
  assert.equal(tva.match(/<abbr/g)?.length, 1);
});

test('search synonyms go both ways: abbreviation to expansion and expansion or variant to abbreviation', () => {
  assert.deepEqual(synonymer('Två regionala cancercentrum samarbetar.', TERMER), ['RCC']);
  assert.deepEqual(synonymer('SVF gäller.', TERMER), ['Standardiserat vårdförlopp']);
});

test('the synonyms are stored as readable pairs, each term once', () => {
  assert.equal(synonymtext('RCC och regionala cancercentrum; SVF.', TERMER), 'RCC (Regionalt cancercentrum), SVF (Standardiserat vårdförlopp)');
  assert.equal(synonymtext('Inget här.', TERMER), '');
});

test('search excerpts: terms and descriptions of a list and the parts of a table are kept apart, the kicker is not indexed', () => {
  const ut = med('<p class="kicker">Cancerråd · Region</p><dl><dt>Region sedan</dt><dd>1999</dd><dt>Utgivare</dt><dd>Region Skåne</dd></dl><table><caption>år</caption><thead><tr><th>År</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table><ul class="x"><li>a</li><li>b</li></ul>', (t) => sokutdrag(t));
  assert.equal(ut, '<p class="kicker" data-pagefind-ignore="">Cancerråd · Region</p><dl><dt>Region sedan</dt> <dd>1999</dd> <dt>Utgivare</dt> <dd>Region Skåne</dd></dl><table><caption>år</caption> <thead><tr><th>År</th></tr></thead> <tbody><tr><td>a</td> <td>b</td></tr></tbody></table><ul class="x"><li>a</li><li>b</li></ul>');
});

test('an id used twice on a page is named, with the page', () => {
  assert.deepEqual(dubblaId('<h2 id="a"></h2><p id="b"></p><h3 id="a"></h3>'), ['a']);
  assert.equal(dubblaIdFel([{ namn: 'x/index.html', html: '<p id="b"></p>' }]), undefined);
  assert.match(dubblaIdFel([{ namn: 'x/index.html', html: '<i id="a"></i><i id="a"></i>' }]) ?? '', /x\/index\.html: id="a" finns flera gånger/);
});

test('the transforms change nothing when there are no terms', () => {
  const tree = fromHtml('<p>RCC</p>', { fragment: true }) as Root;
  markeraForkortningar(tree, [], href);
  markeraSprak(tree, []);
  assert.equal(((tree.children[0] as Element).children[0] as { value: string }).value, 'RCC');
});

test('the process pool marks every file like one thread does, and reports repeated ids in file order without writing those pages', async () => {
  const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { behandlaAlla } = await import('../../src/integrations/forkortningar/pool.ts');
  const hrefs = Object.fromEntries(TERMER.map((t) => [t.id, href(t)]));
  const sida = (i: number) => `<!DOCTYPE html><html lang="sv"><head><title>${i}</title></head><body><main data-pagefind-body><p id="a${i}">RCC ${i} och RCC, best practice.</p></main></body></html>`;
  const utfall = await Promise.all([1, 2].map(async (tradar) => {
    const dir = mkdtempSync(join(tmpdir(), 'forkortningar-'));
    const filer = Array.from({ length: 40 }, (_, i) => join(dir, `${i}.html`));
    filer.forEach((f, i) => writeFileSync(f, i === 7 || i === 33 ? sida(i).replace('</main>', `<b id="a${i}"></b></main>`) : sida(i)));
    const dubbla = await behandlaAlla(filer, { termer: TERMER, hrefs, ordlistan: join(dir, 'ingen.html') }, tradar);
    const html = filer.map((f) => readFileSync(f, 'utf8'));
    rmSync(dir, { recursive: true });
    return { dubbla, html };
  }));
  const [ett, tva] = utfall as [{ dubbla: string[][]; html: string[] }, { dubbla: string[][]; html: string[] }];
  assert.deepEqual(tva, ett);
  assert.deepEqual(ett.dubbla.flatMap((d, i) => d.map((id) => `${i}:${id}`)), ['7:a7', '33:a33']);
  assert.equal(ett.html[0], markera(sida(0), TERMER, href));
  assert.match(ett.html[7]!, /^<!DOCTYPE html>/);
});

// The stream (strom.ts) rewrites <main> in place; the tree path is the reference it must match.
const sidaMed = (main: string) => `<!DOCTYPE html><html lang="sv"><head><title>x</title></head><body><header><a href="/">Start</a></header>${main}<footer><p>Om webbplatsen</p></footer></body></html>`;

test('the stream marks <main> as the tree path does, keeping the bytes it does not change', () => {
  const mainar = [
    '<main id="innehall" data-pagefind-body><p class="kicker">Cancerråd · RCC</p><h1>RCC</h1><p>RCC och RCC-N, sedan RCC igen &amp; SVF. XRCC.</p><p hidden>SVF</p></main>',
    '<main data-pagefind-body><dl><dt>Region sedan</dt><dd>1999, RCC</dd><dt>Utgivare</dt> <dd>Region Skåne</dd></dl><table><caption>år</caption><thead><tr><th>År</th></tr></thead><tbody><tr><td>a</td><td>best practice</td></tr></tbody></table></main>',
    '<main data-pagefind-body><p>Två regionala <em>cancercentrum</em> &#39;best practices&#39;.</p><p lang="en">best practice</p><code>best practice</code><!-- RCC --><script type="module" src="/a.js"></script><svg viewBox="0 0 1 1"><title>RCC i best practice</title><path d="M0 0"/></svg><pre>RCC\n  best\npractice</pre></main>',
    '<main><ul><li>RCC<ul><li>SVF</li></ul></li></ul><a href="/x/">RCC</a><p>Sist RCC &lt;b&gt;<br>best<br/>practice</p></main>',
    '<main data-pagefind-body><template id="t"><table><tr><td>RCC &auml;</td></tr></table></template><label>SVF <select><optgroup label="RCC"><option value="a">RCC</option></optgroup><option>best practice</option></select></label><p>RCC</p></main>',
  ];
  for (const main of mainar) {
    const sida = sidaMed(main);
    assert.notEqual(markeraStrom(main, TERMER, href, true), undefined, main);
    const ut = markera(sida, TERMER, href);
    assert.deepEqual(tradFor(ut), tradFor(markeraMedTrad(sida, TERMER, href)), main);
    assert.deepEqual(tradFor(markera(sida, TERMER, href, false)), tradFor(markeraMedTrad(sida, TERMER, href, false)), main);
    // Every byte outside the marks is kept: taking the marks out gives the page back.
    const utanMarker = ut
      .replace(/<a href="[^"]*" class="term"><abbr title="[^"]*">([^<]*)<\/abbr><\/a>/g, '$1')
      .replace(/<span lang="en">([^<]*)<\/span>/g, '$1')
      .replace(/<p class="synonymer" hidden data-pagefind-weight="0.5">[^]*?<\/p><\/main>/, '</main>')
      .replace(' data-pagefind-ignore=""', '')
      .replace(/<\/(dt|dd|caption|thead|td)> </g, '</$1><');
    // (Text that gets a mark is written out again: its character references may be spelled otherwise.)
    const tecken = (h: string) => h.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    assert.equal(tecken(utanMarker), tecken(sida).replace('<dt>Utgivare</dt> <dd>', '<dt>Utgivare</dt><dd>'), main);
  }
});

test('where the browser would not nest the tags as written, the stream gives the page to the tree path', () => {
  const mainar = [
    '<main><p>RCC<div>SVF</div></p></main>',
    '<main><table><tr><td>RCC</td></tr></table></main>',
    '<main><table>RCC<tbody><tr><td>SVF</td></tr></tbody></table></main>',
    '<main><ul><li>RCC<li>SVF</ul></main>',
    '<main><dl><dd>RCC<div><dt>SVF</dt></div></dd></dl></main>',
    '<main><p><b>RCC</p></b></main>',
    '<main><a href="/a/">x<a href="/b/">RCC</a></a></main>',
    '<main><h2>RCC<h3>SVF</h3></h2></main>',
    '<main><p>RCC &auml; SVF</p></main>',
    '<main><p>RCC & SVF</p></main>',
    '<main><div/>RCC</main>',
    '<main><label>RCC <select><div>SVF</div></select></label></main>',
    '<main><select><option>RCC<option>SVF</select></main>',
    '<main><p>RCC < SVF</p></main>',
    '<main><svg><p>RCC</p></svg></main>',
  ];
  for (const main of mainar) {
    const sida = sidaMed(main);
    assert.equal(markeraStrom(main, TERMER, href, true), undefined, main);
    assert.equal(markera(sida, TERMER, href), markeraMedTrad(sida, TERMER, href), main);
  }
});
