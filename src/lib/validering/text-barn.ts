// A child process of the content check (src/lib/barnprocesser.ts): the text rules for the bodies
// it is given. It answers each with its problems and, for a body that parses, its key and facts
// for the cache, which the parent keeps (cache.ts).
import { svara } from '../barnprocesser.ts';
import { skrivInteCachen } from './cache.ts';
import { kontrolleraText, type Brodtext, type TextSvar } from './text.ts';

skrivInteCachen();
let lista: string[] | undefined;
let sidor = new Set<string>();
svara(async (s: string[], t: Brodtext): Promise<TextSvar> => {
  if (s !== lista) (lista = s), (sidor = new Set(s));
  return kontrolleraText(t, sidor);
});
