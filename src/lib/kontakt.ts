// A body's public routes as /kontakt/ and the body's page show them: the label, the link, and the
// source with its date, marked "kan vara inaktuell" when the source is old (src/lib/tid.ts).
import type { Fraga } from '../schemas/organ.ts';
import { config } from '../config';
import { sv } from '../i18n/sv/index.ts';
import type { Graph } from './graph/index.ts';
import { kallaArGammal, kallansDatering } from './tid';

/** A source as a route or a question cites it: title, date as the source states it, and whether it is old. */
export interface Kallrad {
  id: string;
  titel: string;
  datum: string;
  inaktuell: boolean;
}

export interface Vagrad {
  etikett: string;
  varde: string;
  href: string;
  kalla?: Kallrad;
}

export function kallrad(g: Graph, id: string): Kallrad {
  const k = g.hamta('kallor', id);
  return { id, titel: k.data.titel, datum: sv.tid.datering(kallansDatering(k.data)), inaktuell: kallaArGammal(k.data, config.idag, config.kallaGammalAr) };
}

/**
 * The routes of one body. With `fraga`, only the body's general routes and those for that
 * question (a council's page for patient representatives is listed under that question only).
 */
export function vagrader(g: Graph, organId: string, fraga?: Fraga): Vagrad[] {
  const k = sv.kontakt;
  return g
    .vagarTill(g.hamta('organ', organId))
    .filter((v) => !fraga || !v.fraga || v.fraga === fraga)
    .map((v) => {
      const slag = v.avser ? k.slagFor(k.slag[v.slag], v.avser) : k.slag[v.slag];
      return { etikett: v.via ? k.via(slag, v.via.data.namn) : slag, varde: v.varde, href: v.href, kalla: v.kalla ? kallrad(g, v.kalla) : undefined };
    });
}
