// The validation's problems are formatted once, for each audience: one line per problem for
// people, one workflow command per problem for GitHub Actions, and the build's error message;
// the integration runs it in the build and in the dev server.
// Plain Node: `npx node --test tests/unit/validering.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import validering from '../../src/integrations/validering.ts';
import { annotering, felmeddelande, radtext, validera, type Problem } from '../../src/lib/validering/index.ts';
import { delaPost } from '../../src/lib/innehall/lasare.ts';

const FEL: Problem = { fil: 'content/organ/a.mdx', rad: 4, falt: 'typ', varde: 'x', forvantat: 'ett av: rcc', text: 'fältet "typ": texten "x" är inte ett tillåtet värde', allvar: 'fel' };
const VARNING: Problem = { fil: 'content/planer/p.mdx', rad: 6, falt: 'sammanfattning', text: 'fältet "sammanfattning" har LIX 55, över 40: svår, att läsa', allvar: 'varning' };

test('a problem reads as file, line and message', () => {
  assert.equal(radtext(FEL), 'content/organ/a.mdx:4: fältet "typ": texten "x" är inte ett tillåtet värde');
  assert.equal(radtext({ ...FEL, rad: undefined }), 'content/organ/a.mdx: fältet "typ": texten "x" är inte ett tillåtet värde');
});

test('under GitHub Actions an error and a warning become annotations on their line', () => {
  assert.equal(annotering(FEL), '::error file=content/organ/a.mdx,line=4,title=fältet "typ"::fältet "typ": texten "x" är inte ett tillåtet värde');
  assert.equal(annotering(VARNING), '::warning file=content/planer/p.mdx,line=6,title=fältet "sammanfattning"::fältet "sammanfattning" har LIX 55, över 40: svår, att läsa');
});

test('the build message counts the errors, leaves warnings out and says what to do', () => {
  const m = felmeddelande([VARNING, FEL], 20);
  assert.match(m, /^Innehållet har 1 fel \(20 poster kontrollerade\):\n\n {2}content\/organ\/a\.mdx:4: /);
  assert.doesNotMatch(m, /LIX/);
  assert.match(m, /Rätta felen och kör "npm run kontroll" igen/);
});

test('the content reader strips a BOM, reads CRLF and gives the body its first line', () => {
  const p = delaPost('\uFEFF---\r\nnamn: A\r\ntyp: rcc\r\n---\r\nText.\r\n');
  assert.deepEqual(p.frontmatter?.data, { namn: 'A', typ: 'rcc' });
  assert.equal(p.body, 'Text.\n');
  assert.equal(p.forstaRad, 5);
  assert.equal(delaPost('Ingen frontmatter').frontmatter, undefined);
});

// The integration, with a stand-in for Astro: the build stops, the dev server reports and re-checks.

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

function trasig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'validering-'));
  cpSync(MINI, dir, { recursive: true });
  const fil = join(dir, 'organ', 'cancerradet-ett.mdx');
  writeFileSync(fil, readFileSync(fil, 'utf8').replace('rapporterarTill: [rcc-alfa]', 'rapporterarTill: [rcc-alfx]'));
  return dir;
}

function loggare() {
  const rader: string[] = [];
  const logger = { info: (m: string) => rader.push(`info ${m}`), warn: (m: string) => rader.push(`warn ${m}`), error: (m: string) => rader.push(`error ${m}`) };
  return { rader, logger };
}

type Krok = (o: unknown) => Promise<void>;

test('a dangling reference stops the build with the Swedish message, file and line, and no stack trace', async () => {
  const dir = trasig();
  try {
    const { logger } = loggare();
    const krok = validering({ innehall: dir, kasta: true }).hooks['astro:config:setup'] as unknown as Krok;
    const fel = await krok({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger }).then(() => undefined, (e: Error) => e);
    assert.ok(fel, 'the build goes on');
    assert.match(fel.message, /^Innehållet har 1 fel/);
    assert.match(fel.message, /organ\/cancerradet-ett\.mdx:7: fältet "rapporterarTill\[1\]" har värdet "rcc-alfx".*Menade du: rcc-alfa/);
    assert.equal(fel.stack, fel.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the dev server logs the problems and checks again when a content file changes', async () => {
  const dir = trasig();
  try {
    const { rader, logger } = loggare();
    const lyssnare: ((fil: string) => void)[] = [];
    const skickat: unknown[] = [];
    const server = { hot: { send: (p: unknown) => skickat.push(p), on: () => {} }, watcher: { add: () => {}, on: (_: string, f: (fil: string) => void) => lyssnare.push(f) } };
    const i = validering({ innehall: dir });
    await (i.hooks['astro:config:setup'] as unknown as Krok)({ config: { root: pathToFileURL(`${dir}/`) }, command: 'dev', logger });
    await (i.hooks['astro:server:setup'] as unknown as Krok)({ server, logger });
    assert.ok(rader.some((r) => r.startsWith('error Innehållet har 1 fel') && r.includes('cancerradet-ett.mdx:7')), rader.join('\n'));
    assert.equal(skickat.length, 1, 'the browser overlay gets the error');
    const fil = join(dir, 'organ', 'cancerradet-ett.mdx');
    writeFileSync(fil, readFileSync(fil, 'utf8').replace('rcc-alfx', 'rcc-alfa'));
    for (const f of lyssnare) f(fil);
    for (let i = 0; i < 100 && !rader.at(-1)?.startsWith('info'); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(rader.at(-1)?.startsWith('info Innehållet är i ordning'), rader.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a content cache that names a renamed entry file is cleared, with a Swedish note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  try {
    const cache = join(dir, 'cache');
    mkdirSync(cache, { recursive: true });
    mkdirSync(join(dir, '.astro'), { recursive: true });
    mkdirSync(join(dir, 'content', 'organ'), { recursive: true });
    writeFileSync(join(dir, 'content', 'organ', 'nytt-namn.mdx'), '---\n---\n');
    writeFileSync(join(cache, 'data-store.json'), JSON.stringify([['Map'], 'organ', { filePath: 'content/organ/gammalt-namn.mdx' }, { filePath: 'content/organ/nytt-namn.mdx' }]));
    writeFileSync(join(dir, '.astro', 'content-modules.mjs'), 'export default new Map([["content/organ/gammalt-namn.mdx", () => import("astro:content-layer-deferred-module?fileName=x")]]);\n');
    const { rader, logger } = loggare();
    const krok = validering({ innehall: join(dir, 'content') }).hooks['astro:config:setup'] as unknown as Krok;
    await krok({ config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${cache}/`) }, command: 'dev', logger });
    assert.equal(existsSync(join(cache, 'data-store.json')), false);
    assert.equal(existsSync(join(dir, '.astro', 'content-modules.mjs')), false);
    assert.ok(rader.some((r) => r.startsWith('warn Innehållets cache nämnde en fil som inte finns längre (content/organ/gammalt-namn.mdx)') && r.includes('Cachen är rensad')), rader.join('\n'));
    // A cache that matches the files is left alone.
    writeFileSync(join(cache, 'data-store.json'), JSON.stringify([{ filePath: 'content/organ/nytt-namn.mdx' }]));
    await krok({ config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${cache}/`) }, command: 'dev', logger });
    assert.equal(existsSync(join(cache, 'data-store.json')), true);
    // A file of another content folder (a fixture build that has ended) is not this build's concern:
    // the module list in .astro/, which builds side by side share, stays.
    writeFileSync(join(dir, '.astro', 'content-modules.mjs'), 'export default new Map([["annat-innehall/organ/borta.mdx", () => import("astro:content-layer-deferred-module?fileName=x")]]);\n');
    await krok({ config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${cache}/`) }, command: 'dev', logger });
    assert.equal(existsSync(join(dir, '.astro', 'content-modules.mjs')), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a change to a schema clears the content cache, so that unchanged entries get the new schema\'s data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  try {
    const cache = join(dir, 'cache');
    mkdirSync(join(dir, 'src', 'schemas'), { recursive: true });
    mkdirSync(join(dir, 'content', 'organ'), { recursive: true });
    writeFileSync(join(dir, 'src', 'schemas', 'organ.ts'), 'export const a = 1;\n');
    const store = join(cache, 'data-store.json');
    const { logger } = loggare();
    const krok = validering({ innehall: join(dir, 'content') }).hooks['astro:config:setup'] as unknown as Krok;
    const kor = () => krok({ config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${cache}/`) }, command: 'dev', logger });
    await kor();
    writeFileSync(store, '[]');
    await kor();
    assert.equal(existsSync(store), true, 'the same schemas: the cache stays');
    writeFileSync(join(dir, 'src', 'schemas', 'organ.ts'), 'export const a = 2;\n');
    await kor();
    assert.equal(existsSync(store), false, 'a schema changed: the cache is cleared');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bare `astro build` stops on a semantic mistake (a reporting loop) with the Swedish message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bygge-'));
  try {
    cpSync(MINI, join(dir, 'content'), { recursive: true });
    const fil = join(dir, 'content', 'organ', 'nationellt-rad.mdx');
    writeFileSync(fil, readFileSync(fil, 'utf8').replace('uppdrag:', 'rapporterarTill: [cancerradet-ett]\nuppdrag:'));
    const rot = join(import.meta.dirname, '..', '..');
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: rot,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') },
      timeout: 120_000,
    });
    const ut = `${r.stdout}\n${r.stderr}`;
    assert.notEqual(r.status, 0, ut);
    assert.match(ut, /organ\/cancerradet-ett\.mdx:7: fältet "rapporterarTill\[1\]": rapporteringen går i cirkel: cancerradet-ett → rcc-alfa → nationellt-rad → cancerradet-ett/);
    assert.equal(existsSync(join(dir, 'dist', 'index.html')), false, 'nothing is built');
    assert.doesNotMatch(ut, /unhandled error|Stack trace|\bat \w+ \(/, 'no English and no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the text rules give the same problems in child processes as in one process', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'validering-barn-'));
  try {
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'mini'), dir, { recursive: true });
    const mall = readFileSync(join(dir, 'organ', 'cancerradet-ett.mdx'), 'utf8');
    // Enough bodies for two children, with a dead link, an MDX mistake and an unsafe link among them.
    for (let i = 0; i < 40; i++) {
      const extra = i === 7 ? '\nSe [sidan](/organ/finns-inte/).\n' : i === 23 ? '\nMindre <än tre.\n' : i === 31 ? '\n[Klicka](javascript:alert(1))\n' : '';
      writeFileSync(join(dir, 'organ', `kopia-${i}.mdx`), mall.replace(/^namn: .*$/m, `namn: Kopia ${i}`) + extra);
    }
    const [en, barn] = await Promise.all([validera({ innehall: dir, rot: dir, processer: 1 }), validera({ innehall: dir, rot: dir, processer: 2 })]);
    assert.deepEqual(barn.problem, en.problem);
    const fel = en.problem.filter((p) => /kopia-(7|23|31)\.mdx$/.test(p.fil)).map((p) => p.fil).sort();
    assert.deepEqual([...new Set(fel)], ['organ/kopia-23.mdx', 'organ/kopia-31.mdx', 'organ/kopia-7.mdx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
