// `npm run ny -- <samling> <id>`: writes a new entry with every field and a comment per field,
// generated from the schemas. Fill in what the source says; delete optional fields it does not.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { faltreferens } from '../src/lib/faltreferens.ts';
import { arSamling, SAMLINGSNAMN } from '../src/samlingar.ts';

const [samling = '', id = ''] = process.argv.slice(2);
const fel = (t: string): never => {
  console.error(t);
  process.exit(1);
};
if (!samling || !arSamling(samling)) fel(`Ange samling och id: npm run ny -- <samling> <id>\nSamlingar: ${SAMLINGSNAMN.join(', ')}`);
if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fel('Id:t ska skrivas med små bokstäver a–z, siffror och bindestreck, t.ex. cancerradet-sormland.');
const fil = join(resolve(process.env.CONTENT_DIR ?? 'content'), samling, `${id}.mdx`);
if (existsSync(fil)) fel(`${fil} finns redan.`);

const idag = new Date().toISOString().slice(0, 10);
const rader = faltreferens().find((r) => r.samling === samling)!.rader;
const ut: string[] = ['---'];
for (const r of rader) {
  const segs = r.falt.split('.');
  const foralder = segs.slice(0, -1);
  let ind = '  '.repeat(foralder.length) + '  '.repeat(foralder.filter((x) => x.endsWith('[]')).length);
  const forstaIPost = foralder.at(-1)?.endsWith('[]') && rader.find((x) => x.falt.startsWith(`${foralder.join('.')}.`))?.falt === r.falt;
  const namn = segs.at(-1)!.replace('[]', '');
  ut.push(`${ind}# ${r.kravs ? 'KRÄVS' : 'valfritt'}: ${r.beskrivning} (${r.typ})`);
  if (forstaIPost) ind = `${ind.slice(0, -2)}- `;
  const varde = namn === 'granskad' ? idag : r.typ.startsWith('lista av grupp') ? '' : r.typ.startsWith('lista') ? '[]' : '';
  ut.push(`${ind}${namn}:${varde ? ` ${varde}` : ''}`);
}
ut.push('---', '', 'Skriv här, på klarspråk, vad källan säger om posten.', '');
writeFileSync(fil, ut.join('\n'));
console.log(`Skapade ${fil}. Fyll i fälten, ta bort valfria fält som källan inte ger, och kör npm run kontroll.`);
