// The one validation layer: every content rule, run by the build (src/integrations/validering.ts),
// by `astro dev` and by `npm run kontroll`. Returns structured problems; formatting is in problem.ts.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { isMap } from 'yaml';
import { SAMLINGAR, scheman, type Register } from '../../samlingar.ts';
import { enkelRef } from '../../schemas/falt.ts';
import { innehallsfiler, lasPost, type Innehallsfil } from '../innehall/lasare.ts';
import { kontrolleraFrontmatter, radFor, typografiskaCitat } from './frontmatter.ts';
import { dubblaMedlemmar, lasbarhet, okrypteradeAdresser, referensfel, seriefel, type Giltig } from './korsvis.ts';
import { relationsfel } from './relationer.ts';
import { befintligaSidor } from './sidor.ts';
import { fordela } from '../barnprocesser.ts';
import { behall } from './cache.ts';
import { kontrolleraText, type Brodtext } from './text.ts';
import type { Problem } from './problem.ts';

export type { Problem } from './problem.ts';
export { annotering, felmeddelande, innehallsfel, iOrdning, radtext, varningstext } from './problem.ts';

z.config(z.locales.sv());

export interface Alternativ {
  /** The content folder (absolute or relative to `rot`). */
  innehall: string;
  /** The project root: problem paths are relative to it. Default: the working directory. */
  rot?: string;
  /** The registry; tests pass a copy with a fixture collection. */
  register?: Register;
  /** How many child processes share the text rules (default: one per core; 1: none). */
  processer?: number;
}

export interface Resultat {
  /** Errors and warnings together; `allvar` tells them apart. */
  problem: Problem[];
  /** Entries checked. */
  antal: number;
  /** The entries that passed their schema, per collection, in the shape of Astro's entries. */
  corpus: Record<string, { id: string; data: unknown; filePath: string }[]>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where a file stands: the rules about folders, endings and file names. */
function placering(f: Innehallsfil, fil: string, register: Register): Problem | undefined {
  const fel = (text: string): Problem => ({ fil, text, allvar: 'fel' });
  const namn = f.delar.at(-1)!;
  if (f.delar.length === 1 || !Object.hasOwn(register, f.samling))
    return fel(`filen ligger i fel mapp. Varje post ska ligga i en av mapparna content/${Object.keys(register).join('/, content/')}/.`);
  if (f.delar.length > 2) return fel(`filen ligger i en undermapp. Lägg den direkt i content/${f.samling}/.`);
  if (!/\.mdx?$/.test(namn)) return fel(`filen har fel ändelse: en post ska vara en .mdx-fil (eller .md).`);
  return undefined;
}

const faltvag = (falt: string) => [...falt.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));

/** Checks every entry below the content folder. */
export async function validera(o: Alternativ): Promise<Resultat> {
  const rot = o.rot ?? process.cwd();
  const register: Register = o.register ?? SAMLINGAR;
  const innehall = resolve(rot, o.innehall);
  const rel = (f: string) => relative(rot, f).split(sep).join('/');
  const corpus: Resultat['corpus'] = Object.fromEntries(Object.keys(register).map((s) => [s, []]));
  if (!existsSync(innehall)) return { problem: [{ fil: rel(innehall), text: 'mappen för innehåll finns inte.', allvar: 'fel' }], antal: 0, corpus };
  const schema = scheman(enkelRef, register) as Record<string, z.ZodType>;
  const problem: Problem[] = [];
  const giltiga: Giltig[] = [];
  const texter: Brodtext[] = [];
  const ider = new Map<string, Set<string>>(Object.keys(register).map((s) => [s, new Set()]));
  const sett = new Map<string, string>();

  for (const f of innehallsfiler(innehall)) {
    const fil = rel(f.fil);
    const plats = placering(f, fil, register);
    if (plats) {
      problem.push(plats);
      continue;
    }
    // placering() has checked that the folder is a collection of the registry.
    const def = register[f.samling]!;
    const namn = f.delar[1];
    if (!ID.test(f.id))
      problem.push({ fil, falt: '(filnamn)', varde: namn, forvantat: 'små bokstäver a–z, siffror och bindestreck', allvar: 'fel', text: `filnamnet "${namn}" duger inte som id: använd små bokstäver a–z, siffror och bindestreck (å, ä → a, ö → o), t.ex. cancerradet-sormland.mdx.` });
    const nyckel = `${f.samling}/${f.id}`;
    if (sett.has(nyckel)) {
      problem.push({ fil, varde: f.id, allvar: 'fel', text: `id:t "${f.id}" finns redan i ${sett.get(nyckel)}: två poster i ${f.samling} kan inte ha samma id. Byt namn på den ena filen.` });
      continue;
    }
    sett.set(nyckel, fil);
    ider.get(f.samling)?.add(f.id);

    const post = lasPost(f.fil);
    const res = kontrolleraFrontmatter(fil, post, schema[f.samling]!);
    // The body is checked whenever the frontmatter is readable, even if its fields are wrong.
    if (post.frontmatter && !post.frontmatter.doc.errors.length && isMap(post.frontmatter.doc.contents)) {
      texter.push({ fil, body: post.body, forsta: post.forstaRad, kraverText: def.kraverText });
      problem.push(...typografiskaCitat(fil, post));
    }
    if (!res.ok) {
      problem.push(...res.problem);
      continue;
    }
    const { doc, lc } = post.frontmatter!;
    const rad = (falt: string) => radFor(doc, lc, faltvag(falt));
    corpus[f.samling]?.push({ id: f.id, data: res.data, filePath: fil });
    const giltig: Giltig = { samling: f.samling, id: f.id, fil, data: res.data, rad };
    giltiga.push(giltig);
    problem.push(...okrypteradeAdresser(giltig));
    problem.push(...lasbarhet(fil, rad('sammanfattning'), (res.data as { sammanfattning?: unknown }).sammanfattning));
  }

  const sidor = befintligaSidor(ider, register);
  const lankar: (Problem & { samling: string; id: string })[] = [];
  // The text rules parse every body: the bulk of the check's time, shared out over the cores.
  const svar = await fordela(new URL('./text-barn.ts', import.meta.url), [...sidor], texter, (_, t: Brodtext) => kontrolleraText(t, sidor), o.processer);
  for (const s of svar) {
    if (s.tolkad) behall(s.tolkad.nyckel, s.tolkad.fakta);
    for (const p of s.problem) {
      // A link to the page of a missing entry is one more citation of it (see referensfel).
      const m = p.forvantat === 'en sida som finns' ? /^\/([a-z]+)\/([a-z0-9-]+)\/?$/.exec(p.varde ?? '') : null;
      if (m && register[m[1]!]?.sida === 'egen' && !ider.get(m[1]!)?.has(m[2]!)) lankar.push({ ...p, samling: m[1]!, id: m[2]! });
      else problem.push(p);
    }
  }
  problem.push(...referensfel(giltiga, ider, sett, lankar));
  problem.push(...relationsfel(giltiga));
  problem.push(...dubblaMedlemmar(giltiga.filter((g) => g.samling === 'organ')));
  problem.push(...seriefel(giltiga.filter((g) => g.samling === 'nyckeltal')));
  return { problem, antal: sett.size, corpus };
}
