// Adding a collection is one registry entry and its schema: a copy of the registry with a fixture
// collection shows that the collection config, the addresses and the validation all pick it up.
// Plain Node: `npx node --test tests/unit/samlingar.test.ts` (no build, no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { definieraSamlingar, SAMLINGAR, sidslag, type SamlingDef } from '../../src/samlingar.ts';
import { enkelRef, granskad, referensfalt, text, type RefFabrik } from '../../src/schemas/falt.ts';
import { skapaUrls } from '../../src/lib/urls/karna.ts';
import { radtext, validera } from '../../src/lib/validering/index.ts';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

/** A fixture collection: committees, each belonging to a body. */
const utskottSchema = (r: RefFabrik) => {
  const { kallor, ref } = referensfalt(r);
  return z.object({ namn: text('utskottets namn'), organ: ref('organ', 'organet som utskottet hör till'), kallor, granskad });
};
const REGISTER = { ...SAMLINGAR, utskott: { schema: utskottSchema, sida: 'egen', kraverText: true, texter: 'organ' } satisfies SamlingDef };

const UTSKOTT = '---\nnamn: Utskottet\norgan: rcc-alfa\nkallor: [k1]\ngranskad: 2026-11-01\n---\nUtskottet bereder ärenden.\n';

/** Runs `gor` on a copy of the fixture corpus with one committee in content/utskott/. */
async function medUtskott<T>(utskott: string, gor: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'samlingar-'));
  try {
    cpSync(MINI, dir, { recursive: true });
    mkdirSync(join(dir, 'utskott'));
    writeFileSync(join(dir, 'utskott', 'beredning.mdx'), utskott);
    return await gor(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the collection config has one collection per registry entry, the new one included', () => {
  const config = definieraSamlingar(REGISTER, enkelRef, (namn, schema) => ({ namn, schema }));
  assert.deepEqual(Object.keys(config), [...Object.keys(SAMLINGAR), 'utskott']);
  assert.equal(config.utskott.schema.safeParse({ namn: 'U', organ: 'rcc-alfa', kallor: ['k1'], granskad: '2026-11-01' }).success, true);
});

test('a new collection with its own pages gets page addresses, a list collection gets anchors', () => {
  const { url } = skapaUrls({ bas: '/cancerrad/', site: 'https://exempel.se', samlingar: sidslag(REGISTER) });
  assert.equal(url.entry('utskott', 'beredning'), '/cancerrad/utskott/beredning/');
  assert.equal(url.entry('personer', 'anna'), '/cancerrad/personer/#id-anna');
  assert.equal(url.dataPost('utskott', 'beredning'), '/cancerrad/data/utskott/beredning.json');
});

test('the validation accepts the new folder, checks its schema and its references, and knows its pages', async () => {
  await medUtskott(UTSKOTT, async (dir) => {
    const utan = await validera({ innehall: dir });
    assert.ok(utan.problem.some((p) => p.fil.endsWith('utskott/beredning.mdx') && p.text.includes('fel mapp')), 'without the entry the folder is unknown');
    const med = await validera({ innehall: dir, register: REGISTER });
    assert.deepEqual(med.problem.map(radtext), []);
    assert.equal(med.corpus.utskott?.length, 1);
  });
  await medUtskott(UTSKOTT.replace('organ: rcc-alfa', 'organ: rcc-alfx'), async (dir) => {
    const { problem } = await validera({ innehall: dir, register: REGISTER });
    const p = problem.find((x) => x.falt === 'organ');
    assert.ok(p, problem.map(radtext).join('\n'));
    assert.equal(p.rad, 3);
    assert.deepEqual(p.forslag?.[0], 'rcc-alfa');
    assert.match(radtext(p), /utskott\/beredning\.mdx:3: fältet "organ" har värdet "rcc-alfx".*Menade du: rcc-alfa/);
  });
  await medUtskott(UTSKOTT.replace('Utskottet bereder ärenden.\n', ''), async (dir) => {
    const { problem } = await validera({ innehall: dir, register: REGISTER });
    assert.ok(problem.some((p) => p.text.startsWith('texten under frontmatter är tom')), 'prose is required, as the registry says');
  });
});

test('a link in content to a page of the new collection is a link to a page that exists', async () => {
  await medUtskott(UTSKOTT.replace('ärenden.', 'ärenden. Se [utskottet](/utskott/beredning/) och [fel](/utskott/saknas/).'), async (dir) => {
    const { problem } = await validera({ innehall: dir, register: REGISTER });
    const lankar = problem.filter((p) => p.text.includes('sida som inte finns'));
    assert.deepEqual(lankar.map((p) => p.varde), ['/utskott/saknas/']);
    assert.deepEqual(lankar[0]?.forslag?.[0], '/utskott/beredning/');
  });
});
