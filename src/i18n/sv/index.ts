// Every Swedish string of the interface, keyed by area (one file each). Content text lives in
// content/, not here. Client scripts import their own area file, never this index.
import { atgard, fel, webbplats } from './webbplats.ts';
import { nav } from './nav.ts';
import { sok } from './sok.ts';
import { kalltyp, kategori, niva, organtyp, plantyp, samling, vardprogramtyp } from './etiketter.ts';
import { kolumn, rubrik } from './rubriker.ts';
import { tid } from './tid.ts';
import { ord } from './format.ts';
import { kontakt, patient } from './patient.ts';
import { komponenter } from './komponenter.ts';
import { jamfor } from './jamfor.ts';
import { schema } from './schema.ts';
import { tidslinje } from './tidslinje.ts';
import { historik } from './historik.ts';
import { data, serie } from './data.ts';
import { regionsida } from './regioner.ts';
import { listsida, person } from './listsidor.ts';
import { om, redaktorer, tillganglighet } from './om.ts';

export const sv = {
  webbplats,
  nav,
  sok,
  niva,
  organtyp,
  plantyp,
  vardprogramtyp,
  kalltyp,
  kategori,
  samling,
  rubrik,
  kolumn,
  tid,
  patient,
  kontakt,
  atgard,
  ord,
  komponenter,
  jamfor,
  schema,
  tidslinje,
  historik,
  serie,
  data,
  fel,
  regionsida,
  listsida,
  person,
  om,
  tillganglighet,
  redaktorer,
} as const;

export { datumText, upprakning } from './format.ts';
