// LIX against sentences counted by hand: words, sentences, words longer than six letters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lix } from '../../src/lib/lix.ts';

test('short everyday sentences have a low index', () => {
  // 7 words, 2 sentences, no long words: 7/2 + 0 = 3.5
  assert.deepEqual(lix('Jag heter Anna. Jag bor i Malmö.'), { ord: 7, meningar: 2, langaOrd: 0, lix: 3.5 });
});

test('a word of exactly six letters is not long, one of seven is', () => {
  // Rådet(5) träffas(7) ungefär(7) sex(3) gånger(6) per(3) år(2): 7 words, 1 sentence, 2 long
  // 7/1 + 2·100/7 = 7 + 28.57 = 35.6
  assert.deepEqual(lix('Rådet träffas ungefär sex gånger per år.'), { ord: 7, meningar: 1, langaOrd: 2, lix: 35.6 });
});

test('a sentence of only long words scores above a hundred', () => {
  // 4 words, all long: 4/1 + 100 = 104
  assert.equal(lix('Regionala cancercentrum samordnar cancervården.').lix, 104);
});

test('abbreviations inside a sentence do not end it', () => {
  // Det(3) gäller(6) t.ex.(t, ex: 1+2 letters, two words) screening(9) och(3) RCC:s(4) arbete(6).
  // Words: Det gäller t ex screening och RCC:s arbete = 8; sentences 1; long: screening = 1
  // 8/1 + 100/8 = 8 + 12.5 = 20.5
  assert.deepEqual(lix('Det gäller t.ex. screening och RCC:s arbete.'), { ord: 8, meningar: 1, langaOrd: 1, lix: 20.5 });
});

test('a question and an exclamation each end a sentence, and a text without a full stop is one sentence', () => {
  // Vem(3) bestämmer(9)? Regionen(8) gör(3) det(3)! Nu(2) vet(3) du(2) → 8 words, 3 sentences, 2 long
  // 8/3 + 200/8 = 2.667 + 25 = 27.7
  assert.deepEqual(lix('Vem bestämmer? Regionen gör det! Nu vet du'), { ord: 8, meningar: 3, langaOrd: 2, lix: 27.7 });
});

test('hyphenated names count as one word and numbers count as words without letters', () => {
  // Stockholm-Gotland(16 letters) har(3) en(2) plan(4) för(3) 2024(0) till(4) 2027(0)
  // 8 words, 1 sentence, 1 long: 8 + 12.5 = 20.5
  assert.deepEqual(lix('Stockholm-Gotland har en plan för 2024 till 2027.'), { ord: 8, meningar: 1, langaOrd: 1, lix: 20.5 });
});

test('an empty text has no index', () => {
  assert.equal(lix('  ').lix, 0);
});
