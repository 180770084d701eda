// The urls core builds every address from a base path given as a parameter, so that
// integrations, scripts and tests build the same addresses as the pages.
// Plain Node: `npx node --test tests/unit/urls.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sidslag } from '../../src/samlingar.ts';
import { ankare, redigera, skapaUrls } from '../../src/lib/urls/karna.ts';

const rot = skapaUrls({ bas: '/', site: 'https://cancerrad.example.se', samlingar: sidslag() });
const under = skapaUrls({ bas: '/cancerrad', site: 'https://exempel.se', samlingar: sidslag() });

test('entries with pages of their own get a page, people, figures and terms an anchor on their list', () => {
  assert.equal(rot.url.entry('organ', 'rcc-syd'), '/organ/rcc-syd/');
  assert.equal(rot.url.entry('ordlista', 'rcc'), '/ordlista/#id-rcc');
  assert.equal(rot.url.entry('nyckeltal', 'svf-2022'), '/nyckeltal/#id-svf-2022');
  assert.equal(rot.url.entry('personer', 'anna'), `/personer/#${ankare('anna')}`);
});

test('the base path stands in front of every page and file, with or without its trailing slash', () => {
  assert.equal(under.url.start(), '/cancerrad/');
  assert.equal(under.url.entry('kallor', 'k1'), '/cancerrad/kallor/k1/');
  assert.equal(under.url.pagefind(), '/cancerrad/pagefind/pagefind.js');
  assert.equal(under.landmarke('kontakt'), '/cancerrad/kontakt/');
  assert.equal(under.krummaHref({ samling: 'mal', id: 'm1' }), '/cancerrad/mal/m1/');
  assert.equal(under.absolut(under.url.flode()), 'https://exempel.se/cancerrad/andringar.xml');
});

test('query strings and path parts are encoded', () => {
  assert.equal(rot.url.jamfor(['a b', 'c']), '/jamfor/?id=a%20b&id=c');
  assert.equal(rot.sida('organ', 'å'), '/organ/%C3%A5/');
  assert.equal(redigera('https://github.com/x/y/', 'main', 'content/organ/a b.mdx'), 'https://github.com/x/y/edit/main/content/organ/a%20b.mdx');
});
