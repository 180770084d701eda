// `npm run ny`: the file it writes passes the validation as soon as the required fields are
// filled; optional fields are comments, never empty values; each allowed value is listed once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { mall } from '../../scripts/ny.ts';
import { radtext, validera } from '../../src/lib/validering/index.ts';
import { befintligaSidor } from '../../src/lib/validering/sidor.ts';
import { cmsKonfig, samlingskalla } from '../../src/lib/cms/konfig.ts';
import baslankar from '../../src/integrations/baslankar.ts';
import { SAMLINGSNAMN } from '../../src/samlingar.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

/** Fills the required fields that stand empty ("namn:") with the given values. */
const fyll = (text: string, varden: Record<string, string>) =>
  text.replace(/^( *)(- )?([A-Za-z]+):(?:\s+#.*)?$/gm, (rad, ind: string, streck = '', namn: string) => (namn in varden ? `${ind}${streck}${namn}: ${varden[namn]}` : rad));

test('every template is valid YAML, with optional fields as comments and each allowed value once', () => {
  for (const s of SAMLINGSNAMN) {
    const t = mall(s, undefined, '2026-12-01');
    const yaml = t.split(/^---$/m)[1] ?? '';
    assert.equal(parseDocument(yaml).errors.length, 0, s);
    assert.doesNotMatch(t, /seeds|KRÄVS/, s);
    for (const rad of t.split('\n').filter((r) => r.startsWith('#') && r.includes('ett av:'))) {
      const varden = /ett av: ([^)]*)\)/.exec(rad)?.[1]?.split(', ') ?? [];
      assert.equal(new Set(varden).size, varden.length, rad);
      assert.equal(rad.toLowerCase().split('ett av:').length, 2, `${s}: the values once in ${rad}`);
    }
    for (const rad of t.split('\n').filter((r) => /^\s*# valfritt/.test(r))) assert.ok(rad, s);
    assert.doesNotMatch(yaml.replace(/^\s*#.*$/gm, ''), /^\s*(delAv|webbplats|bildat|upphort|antal|utgivenAv):/m, `${s}: optional fields are comments`);
  }
});

test('removing "# " before the optional fields, as the instructions say, leaves valid YAML with the right indentation', () => {
  for (const s of SAMLINGSNAMN)
    for (const niva of [undefined, 'nationell', 'sjukvardsregion', 'region']) {
      const yaml = mall(s, niva, '2026-12-01').split(/^---$/m)[1] ?? '';
      const oppnad = yaml.replace(/^# (?=\s*(?:- )?(?!krävs|valfritt)[\p{L}\d]+:)/gmu, '');
      assert.notEqual(oppnad, yaml, `${s}: has optional fields`);
      assert.deepEqual(parseDocument(oppnad).errors.map((e) => e.message), [], `${s} ${niva ?? ''}`);
    }
});

const FALL: [string, string | undefined, Record<string, string>][] = [
  ['organ', 'region', { namn: 'Nytt råd', typ: 'cancerrad', region: 'ett', sammanfattning: 'Ett nytt råd.', syfte: 'Att samordna.', kallor: '[k1]' }],
  ['organ', 'nationell', { namn: 'Nytt råd', typ: 'myndighet', syfte: 'Att samordna.', kallor: '[k1]' }],
  ['kallor', undefined, { titel: 'Ny källa', typ: 'rapport', utgivare: 'Någon', datum: '2024-05-01', adress: 'https://example.org/ny' }],
  ['regioner', undefined, { namn: 'Region Ny', kortnamn: 'Ny', id: 'alfa', kallor: '[k1]' }],
  ['planer', 'sjukvardsregion', { namn: 'Ny plan', typ: 'cancerplan', sjukvardsregion: 'alfa', sammanfattning: 'En plan.', kallor: '[k1]' }],
  ['personer', undefined, { namn: 'Ny Person', titel: 'Samordnare', organisation: 'Region Ett', kallor: '[k1]' }],
];

for (const [samling, niva, varden] of FALL) {
  test(`a new ${samling}${niva ? ` at level ${niva}` : ''} passes once its required fields are filled`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ny-'));
    try {
      cpSync(MINI, dir, { recursive: true });
      const text = mall(samling, niva, '2026-12-01');
      writeFileSync(join(dir, samling, 'ny-post.mdx'), fyll(text, varden));
      const { problem } = await validera({ innehall: dir, rot: dir });
      assert.deepEqual(problem.filter((p) => p.allvar === 'fel').map(radtext), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('an image uploaded in the form below a base path is found by the content check and gets the base once', () => {
  const k = cmsKonfig(samlingskalla(), { repo: 'cancerrad/cancerrad', gren: 'main', bas: '/cancerrad/', webbplats: 'https://exempel.se/cancerrad/' });
  const dir = mkdtempSync(join(tmpdir(), 'bild-'));
  try {
    // The form saves the file under media_folder and writes public_folder/file into the text.
    const fil = join(dir, k.media_folder, 'karta.png');
    mkdirSync(join(dir, k.media_folder), { recursive: true });
    cpSync(join(import.meta.dirname, '..', '..', 'public', 'favicon.svg'), fil);
    const iTexten = `${k.public_folder}/karta.png`;
    assert.ok(befintligaSidor(new Map(), undefined, undefined, join(dir, 'public')).has(iTexten), iTexten);
    const trad = { type: 'root', children: [{ type: 'element', tagName: 'img', properties: { src: iTexten }, children: [] }] };
    baslankar({ bas: '/cancerrad/' })(trad as never);
    assert.equal(trad.children[0]!.properties.src, '/cancerrad/bilder/karta.png');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
