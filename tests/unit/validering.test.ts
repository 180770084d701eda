// The validation's problems are formatted once, for each audience: one line per problem for
// people, one workflow command per problem for GitHub Actions, and the build's error message.
// Plain Node: `npx node --test tests/unit/validering.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotering, felmeddelande, radtext, type Problem } from '../../src/lib/validering/index.ts';
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
