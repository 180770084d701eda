// The change history from git: a temporary repository with commits to one entry, read once.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { historikFor, lasHistoria, prNummer, skillnad } from '../../src/lib/historik/index.ts';
import { historik } from '../../src/i18n/sv/historik.ts';

const dir = mkdtempSync(join(tmpdir(), 'historik-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const fil = 'content/organ/radet.mdx';
const skriv = (ordforande: string, moten: string, text: string) =>
  writeFileSync(join(dir, fil), `---\nnamn: Rådet\nuppdrag:\n  syfte: Samordna\n  motesfrekvens: ${moten}\n  uppgifter:\n    - Följa upp\nmedlemmar:\n  - person: ${ordforande}\n    roll: ordförande\n    kalla: k1\nkallor:\n  - k1\ngranskad: 2026-11-24\n---\n\n${text}\n`);

git('init', '-q', '-b', 'main');
git('config', 'user.email', 'test@example.se');
git('config', 'user.name', 'Test');
mkdirSync(join(dir, 'content/organ'), { recursive: true });
skriv('bjorn-persson', '4 gånger per år', 'Rådet samordnar.');
git('add', '.');
git('commit', '-q', '-m', 'Nytt organ: Rådet');
skriv('anna-andersson', '6 gånger per år', 'Rådet samordnar cancervården.');
git('commit', '-q', '-am', 'Ny ordförande i Rådet (#12)');

const namn = (_falt: string[], v: unknown) =>
  typeof v === 'object' && v && 'person' in v ? ({ 'bjorn-persson': 'Björn Persson', 'anna-andersson': 'Anna Andersson' } as Record<string, string>)[String((v as { person: string }).person)] : undefined;

test('the history of an entry shows the old and new value of each changed field and the commit message, newest first', () => {
  const h = lasHistoria(dir, 'content');
  assert.equal(h.ofullstandig, false);
  const poster = historikFor(h, fil, namn);
  assert.deepEqual(poster.map((p) => p.meddelande), ['Ny ordförande i Rådet (#12)', 'Nytt organ: Rådet']);
  assert.equal(poster[0]!.pr, 12);
  const rader = poster[0]!.andringar.map(historik.andring);
  assert.ok(rader.includes('Ordförande: Björn Persson → Anna Andersson'), rader.join(' | '));
  assert.ok(rader.includes('Mötesfrekvens: 4 gånger per år → 6 gånger per år'), rader.join(' | '));
  assert.ok(rader.includes('Beskrivningen ändrades.'), rader.join(' | '));
  assert.deepEqual(poster[1]!.andringar.map(historik.andring), ['Sidan skapades.']);
});

test('the history is capped per entry, and a file outside git has none', () => {
  const h = lasHistoria(dir, 'content', 1);
  assert.equal(historikFor(h, fil, namn, 1).length, 1);
  const utanGit = lasHistoria(tmpdir() + '/finns-inte-' + Date.now(), 'content');
  assert.equal(utanGit.ofullstandig, true);
  assert.deepEqual(historikFor(utanGit, fil), []);
});

test('a shallow clone builds without the oldest history and says it is incomplete', () => {
  const grund = mkdtempSync(join(tmpdir(), 'historik-grund-'));
  try {
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, grund], { stdio: 'ignore' });
    const h = lasHistoria(grund, 'content');
    assert.equal(h.ofullstandig, true);
    assert.deepEqual(historikFor(h, fil), []);
  } finally {
    rmSync(grund, { recursive: true, force: true });
  }
});

test('items added to a list read as added, a removed value as removed', () => {
  const a = skillnad({ data: { uppdrag: { uppgifter: ['Följa upp'] }, upphort: '2020' }, body: 'x' }, { data: { uppdrag: { uppgifter: ['Följa upp', 'Rapportera'] } }, body: 'x' });
  assert.deepEqual(a.map(historik.andring), ['Uppgift tillagd: Rapportera', 'Upphörde borttaget: 2020']);
});

test('a pull request is found in the commit message', () => {
  assert.equal(prNummer('Merge pull request #7 from x/y'), 7);
  assert.equal(prNummer('Rättelse'), undefined);
});
