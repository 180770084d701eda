// Every kind of content mistake gives a Swedish message naming the file, the field, the value
// found and what is expected. Each case breaks one thing in a copy of the fixture corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kontrollera, radtext } from '../../scripts/kontroll.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

function andra(dir: string, fil: string, fran: string | RegExp, till: string) {
  const p = join(dir, fil);
  const s = readFileSync(p, 'utf8');
  const n = s.replace(fran, till);
  if (n === s) throw new Error(`testfel: "${String(fran)}" finns inte i ${fil}`);
  writeFileSync(p, n);
}

const FALL: { namn: string; gor: (d: string) => void; fil: string; maste: string[] }[] = [
  { namn: 'broken YAML frontmatter', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'namn: RCC Alfa', 'namn: "RCC Alfa'), fil: 'organ/rcc-alfa.mdx:', maste: ['frontmatter går inte att läsa', 'citattecken'] },
  { namn: 'a missing required field', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', /sammanfattning: .*\n/, ''), fil: 'organ/rcc-alfa.mdx:', maste: ['fältet "sammanfattning"', 'saknas', 'klarspråk'] },
  { namn: 'a wrong type', gor: (d) => andra(d, 'mal/mal-nationell.mdx', 'nummer: 1', 'nummer: ett'), fil: 'mal/mal-nationell.mdx:', maste: ['fältet "nummer"', 'texten "ett"'] },
  { namn: 'an enum value that does not exist', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'typ: rcc', 'typ: cancercentrum'), fil: 'organ/rcc-alfa.mdx:3', maste: ['fältet "typ"', 'texten "cancercentrum"', 'tillåtna värden: regering', 'rcc'] },
  { namn: 'an impossible date', gor: (d) => andra(d, 'kallor/k1.mdx', 'datum: 2021-09-22', 'datum: 2021-02-30'), fil: 'kallor/k1.mdx:', maste: ['fältet "datum"', '"2021-02-30"', 'verkligt datum', 'ÅÅÅÅ-MM-DD'] },
  { namn: 'a badly formatted date', gor: (d) => andra(d, 'kallor/k1.mdx', 'datum: 2021-09-22', 'datum: 22/9 2021'), fil: 'kallor/k1.mdx:', maste: ['fältet "datum"', '"22/9 2021"', 'ÅÅÅÅ-MM-DD'] },
  { namn: 'a period whose end precedes its start', gor: (d) => andra(d, 'planer/plan-svr.mdx', 'till: 2022', 'till: 2018'), fil: 'planer/plan-svr.mdx:', maste: ['fältet "period.till"', '2018', 'före', '2019'] },
  { namn: 'a reference to an id that does not exist', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', 'rapporterarTill: [rcc-alfa]', 'rapporterarTill: [rcc-alfx]'), fil: 'organ/cancerradet-ett.mdx', maste: ['fältet "rapporterarTill[1]"', '"rcc-alfx"', 'Menade du: rcc-alfa'] },
  { namn: 'two entries with the same id', gor: (d) => cpSync(join(d, 'organ/rcc-alfa.mdx'), join(d, 'organ/rcc-alfa.md')), fil: 'organ/rcc-alfa', maste: ['id:t "rcc-alfa" finns redan', 'samma id'] },
  { namn: 'a file in the wrong folder', gor: (d) => { mkdirSync(join(d, 'rad')); renameSync(join(d, 'organ/rcc-alfa.mdx'), join(d, 'rad/rcc-alfa.mdx')); }, fil: 'rad/rcc-alfa.mdx', maste: ['fel mapp', 'content/organ/'] },
  { namn: 'an internal link to a page that does not exist', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\nSe [rådet](/organ/finns-inte/).\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['/organ/finns-inte', 'sida som inte finns'] },
  { namn: 'an internal link inside an HTML element in MDX', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\n<div>Se [rådet](/organ/finns-inte/).</div>\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['/organ/finns-inte', 'sida som inte finns'] },
  { namn: 'an HTML link in MDX to a page that does not exist', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\nSe <a href="/organ/finns-inte/">rådet</a>.\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['/organ/finns-inte', 'sida som inte finns'] },
  { namn: 'MDX that does not compile', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\nRådet <div> träffas.\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['går inte att tolka som MDX', '<div>'] },
  { namn: 'MDX with import or export', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\nimport X from "./x.js"\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['import och export är inte tillåtna'] },
  { namn: 'a script element in the body', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\n<script src="/x.js"></script>\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['<script>', 'inte är tillåtet'] },
  { namn: 'an iframe in the body', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\n<iframe src="https://example.org"></iframe>\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['<iframe>'] },
  { namn: 'an inline event handler', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\n<img src="x.png" alt="" onerror="alert(1)" />\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['händelsehanterare'] },
  { namn: 'an expression in braces', gor: (d) => appendFileSync(join(d, 'organ/rcc-alfa.mdx'), '\nSumma {1 + 1} kronor.\n'), fil: 'organ/rcc-alfa.mdx:', maste: ['klammerparenteser'] },
  { namn: 'an empty body where prose is required', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'RCC Alfa.\n', ''), fil: 'organ/rcc-alfa.mdx:', maste: ['texten under frontmatter är tom'] },
  { namn: 'a member listed twice', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', 'medlemmar:\n', 'medlemmar:\n  - person: testa-testsson\n    roll: Ordförande\n    kalla: k1\n'), fil: 'organ/cancerradet-ett.mdx', maste: ['medlemmar[2]', '"testa-testsson"', 'Ordförande', 'dubbletten'] },
  { namn: 'a body at region level without its region', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', 'region: ett\n', ''), fil: 'organ/cancerradet-ett.mdx:', maste: ['fältet "region"', 'nivån region'] },
  { namn: 'a source without any date', gor: (d) => andra(d, 'kallor/k1.mdx', 'datum: 2021-09-22\n', ''), fil: 'kallor/k1.mdx', maste: ['saknar datering', 'senast'] },
  { namn: 'a body at region level without a plain-language summary', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', /sammanfattning: .*\n/, ''), fil: 'organ/cancerradet-ett.mdx:', maste: ['fältet "sammanfattning"', 'saknas', 'nivån region', 'klarspråk'] },
  { namn: 'a question a body handles that does not exist', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', 'fraga: vardprogram', 'fraga: vantetider'), fil: 'organ/cancerradet-ett.mdx:', maste: ['fältet "fragor[1].fraga"', 'texten "vantetider"', 'tillåtna värden: vardprogram', 'vantetider-svf'] },
  { namn: 'a question whose source is not among the body’s sources', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', '    kalla: k-gammal', '    kalla: k-saknas'), fil: 'organ/cancerradet-ett.mdx:', maste: ['fältet "fragor[1].kalla"', '"k-saknas"', 'står inte under kallor'] },
  { namn: 'the same question twice', gor: (d) => andra(d, 'organ/cancerradet-ett.mdx', 'fragor:\n', 'fragor:\n  - fraga: vardprogram\n    kalla: k1\n'), fil: 'organ/cancerradet-ett.mdx:', maste: ['fältet "fragor[2].fraga"', '"vardprogram"', 'dubbletten'] },
  { namn: 'a functional mailbox that is not an e-mail address', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'varde: rcc-alfa@example.org', 'varde: rcc-alfa at example.org'), fil: 'organ/rcc-alfa.mdx:', maste: ['fältet "kontakt[1].varde"', '"rcc-alfa at example.org"', 'e-postadress'] },
  { namn: 'a switchboard number that is not a phone number', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'slag: funktionsbrevlada\n    varde: rcc-alfa@example.org', 'slag: vaxel\n    varde: ring oss'), fil: 'organ/rcc-alfa.mdx:', maste: ['fältet "kontakt[1].varde"', '"ring oss"', 'telefonnummer'] },
  { namn: 'a contact route whose source is not among the body’s sources', gor: (d) => andra(d, 'organ/rcc-alfa.mdx', 'kallor: [k1, k-gammal, k-odaterad]', 'kallor: [k1, k-odaterad]'), fil: 'organ/rcc-alfa.mdx:', maste: ['fältet "kontakt[2].kalla"', '"k-gammal"', 'står inte under kallor'] },
  { namn: 'a file name that is not a valid id', gor: (d) => renameSync(join(d, 'organ/rcc-alfa.mdx'), join(d, 'organ/RCC Alfa.mdx')), fil: 'organ/RCC Alfa.mdx', maste: ['duger inte som id', 'små bokstäver'] },
  { namn: 'a series with two units', gor: (d) => { cpSync(join(d, 'nyckeltal/tal-2021.mdx'), join(d, 'nyckeltal/tal-2023.mdx')); andra(d, 'nyckeltal/tal-2023.mdx', /ar: 2021\nenhet: procent|enhet: procent\nar: 2021/, 'enhet: stycken\nar: 2023'); }, fil: 'nyckeltal/tal-2023.mdx', maste: ['fältet "serie"', '"svf-andel"', 'samma enhet', 'stycken'] },
  { namn: 'a series with two values for one year', gor: (d) => cpSync(join(d, 'nyckeltal/tal-2021.mdx'), join(d, 'nyckeltal/tal-2021-igen.mdx')), fil: 'nyckeltal/tal-2021', maste: ['fältet "ar"', '"svf-andel"', 'redan ett värde för 2021'] },
];

test('the fixture corpus itself has no problems and no hard-to-read summaries', async () => {
  const { problem, antal, varningar } = await kontrollera(MINI);
  assert.deepEqual(problem.map(radtext), []);
  assert.deepEqual(varningar.map(radtext), []);
  assert.ok(antal > 15);
});

test('a long bureaucratic summary gives a readability warning naming its file, not an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kontroll-'));
  try {
    cpSync(MINI, dir, { recursive: true });
    andra(dir, 'planer/plan-svr.mdx', /sammanfattning: .*\n/, 'sammanfattning: >-\n  Sjukvårdsregionens cancerplan utgör det övergripande strategiska styrdokumentet för implementeringen av kunskapsstyrningsorganisationens rekommendationer avseende cancervårdens processorienterade verksamhetsutveckling inom samtliga huvudmäns ansvarsområden.\n');
    const { problem, varningar } = await kontrollera(dir);
    assert.deepEqual(problem.map(radtext), []);
    const rader = varningar.map(radtext);
    assert.equal(rader.length, 1);
    assert.match(rader[0] ?? '', /planer\/plan-svr\.mdx:\d+: fältet "sammanfattning" har LIX \d+(,\d)?, över 40/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const f of FALL) {
  test(`${f.namn} is reported with file, field and expectation`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontroll-'));
    try {
      cpSync(MINI, dir, { recursive: true });
      f.gor(dir);
      const { problem } = await kontrollera(dir);
      const rader = problem.map(radtext);
      const traff = rader.find((r) => r.includes(f.fil) && f.maste.every((m) => r.includes(m)));
      assert.ok(traff, `ingen rad med ${f.fil} och ${f.maste.join(' + ')} bland:\n${rader.join('\n')}`);
      assert.doesNotMatch(traff, /\bat \w+ \(|node_modules|Error:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('what the text rules read from a body is kept by content hash, and read again on the next check', async () => {
  const { spawnSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'kontroll-cache-'));
  try {
    cpSync(MINI, join(dir, 'content'), { recursive: true });
    const env = { ...process.env, CONTENT_DIR: join(dir, 'content'), CACHE_DIR: join(dir, 'cache') };
    const kor = () => spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'kontroll.ts')], { env, encoding: 'utf8' });
    assert.equal(kor().status, 0);
    const fil = join(dir, 'cache', 'validering-text.json');
    assert.ok(existsSync(fil), 'the cache file is written');
    const cache = JSON.parse(readFileSync(fil, 'utf8')) as { version: string; poster: Record<string, unknown[]> };
    assert.ok(Object.keys(cache.poster).length > 15, 'one entry per body that parses');
    // Plant a link in every kept body's facts: the next check reads them instead of parsing.
    for (const k of Object.keys(cache.poster)) cache.poster[k] = [['adress', 1, '/organ/planterad/']];
    writeFileSync(fil, JSON.stringify(cache));
    const andra = kor();
    assert.equal(andra.status, 1);
    assert.match(andra.stderr, /det finns ingen post "planterad" i organ[^\n]*\(länk i texten\)/);
    // A cache made by other parsers, or by another version of the rules (text.ts), is not used.
    writeFileSync(fil, JSON.stringify({ ...cache, version: 'annan' }));
    assert.equal(kor().status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
