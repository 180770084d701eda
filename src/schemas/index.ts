// All collection schemas, built on one reference factory: Astro's reference() in the build,
// a plain one in `npm run kontroll`.
import type { RefFabrik, Samling } from './falt.ts';
import { kallaSchema } from './kallor.ts';
import { malSchema } from './mal.ts';
import { nyckeltalSchema } from './nyckeltal.ts';
import { ordSchema } from './ordlista.ts';
import { organSchema } from './organ.ts';
import { personSchema } from './personer.ts';
import { planSchema } from './planer.ts';
import { regionSchema } from './regioner.ts';
import { sjukvardsregionSchema } from './sjukvardsregioner.ts';
import { vardprogramSchema } from './vardprogram.ts';

export function scheman(r: RefFabrik) {
  return {
    sjukvardsregioner: sjukvardsregionSchema(r),
    regioner: regionSchema(r),
    organ: organSchema(r),
    personer: personSchema(r),
    planer: planSchema(r),
    mal: malSchema(r),
    vardprogram: vardprogramSchema(r),
    nyckeltal: nyckeltalSchema(r),
    kallor: kallaSchema(r),
    ordlista: ordSchema(r),
  } satisfies Record<Samling, unknown>;
}

export const SAMLINGAR = [
  'sjukvardsregioner',
  'regioner',
  'organ',
  'personer',
  'planer',
  'mal',
  'vardprogram',
  'nyckeltal',
  'kallor',
  'ordlista',
] as const satisfies readonly Samling[];
