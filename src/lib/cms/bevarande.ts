// Reads and writes an entry file for the editing form so that a change touches only what the editor
// changed: a value edited in the form replaces just that value's text in the file, and the rest
// (flow lists, folded text, quotes, key order, blank lines) stays byte for byte as it was written.
// Sveltia CMS would otherwise write the whole frontmatter anew. Registered as a custom format in
// src/pages/admin/index.astro; plain functions here, so that they can be tested without a browser.
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document, type Node } from 'yaml';
import { delaPost } from '../innehall/dela.ts';

type Data = Record<string, unknown>;
interface Original {
  front: string;
  resten: string;
  data: Data;
  body: string;
}

const BODY = 'body';

/** The files read since the form started, to find the original of what it saves. */
const minne: Original[] = [];

const lika = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const tomt = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const arObjekt = (v: unknown): v is Data => !!v && typeof v === 'object' && !Array.isArray(v);

/** File text → the form's data: the frontmatter's fields, and the text below as `body`. */
export function lasPost(text: string): Data {
  const post = delaPost(text);
  if (!post.frontmatter) return { [BODY]: post.kalla };
  const { text: front } = post.frontmatter;
  const resten = post.body;
  const data = (post.frontmatter.data ?? parse(front) ?? {}) as Data;
  const body = resten.replace(/^\n/, '').replace(/\n+$/, '');
  minne.push({ front, resten, data: structuredClone(data), body });
  if (minne.length > 5000) minne.shift();
  return { ...data, [BODY]: body };
}

/** The file the data came from: the one read with the most fields still equal. */
function original(data: Data, body: string): Original | undefined {
  let bast: Original | undefined;
  let poang = 0;
  for (const o of minne) {
    const nycklar = new Set([...Object.keys(o.data), ...Object.keys(data)]);
    let p = o.body === body ? 1 : 0;
    for (const k of nycklar) if (lika(o.data[k], data[k])) p++;
    if (p > poang && p * 2 >= nycklar.size) [bast, poang] = [o, p];
  }
  return bast;
}

/** A scalar as YAML text that reads back as the same value inside a flow list too. */
function skalar(v: unknown): string {
  if (typeof v === 'string' && /[,[\]{}]/.test(v)) return JSON.stringify(v);
  return stringify(v, { lineWidth: 0 }).replace(/\n$/, '');
}

type Andring = { fran: number; till: number; text: string };

/** Text edits for values that changed in place; false if the shape changed (keys or list items added or removed). */
function andringar(nod: Node | null | undefined, fore: unknown, efter: unknown, ut: Andring[]): boolean {
  if (lika(fore, efter)) return true;
  if (!nod) return false;
  if (arObjekt(fore) && arObjekt(efter) && isMap(nod)) {
    const a = Object.keys(fore).filter((k) => !tomt(fore[k]));
    const b = Object.keys(efter).filter((k) => !tomt(efter[k]));
    if (a.length !== b.length || a.some((k) => !b.includes(k))) return false;
    return a.every((k) => andringar(nod.get(k, true) as Node, fore[k], efter[k], ut));
  }
  if (Array.isArray(fore) && Array.isArray(efter) && isSeq(nod) && fore.length === efter.length)
    return fore.every((v, i) => andringar(nod.get(i, true) as Node, v, efter[i], ut));
  if (!arObjekt(fore) && !Array.isArray(fore) && !arObjekt(efter) && !Array.isArray(efter) && isScalar(nod) && nod.range && !tomt(efter)) {
    ut.push({ fran: nod.range[0], till: nod.range[1], text: skalar(efter) });
    return true;
  }
  return false;
}

/**
 * Top-level fields one by one: a field whose values changed in place keeps its text with those values
 * replaced; a field whose shape changed, or a new one, is written anew (a new field where the form's
 * order puts it); fields the form left out are removed. Everything else stays as written.
 */
function fältVisFält(front: string, doc: Document, fore: Data, data: Data): string {
  const rot = doc.contents;
  if (!isMap(rot)) return stringify(data, { lineWidth: 0, indentSeq: true }).replace(/\n$/, '');
  const ordning = Object.keys(data);
  const delar: { nyckel: string; text: string }[] = [];
  rot.items.forEach((par, i) => {
    const nyckel = String(isScalar(par.key) ? par.key.value : par.key);
    const fran = (par.key as Node).range![0];
    const nasta = rot.items[i + 1];
    const till = nasta ? (nasta.key as Node).range![0] : front.length;
    if (!ordning.includes(nyckel)) return;
    const ut: Andring[] = [];
    if (andringar(par.value as Node, fore[nyckel], data[nyckel], ut)) {
      let text = front.slice(fran, till);
      for (const a of ut.sort((x, y) => y.fran - x.fran)) text = text.slice(0, a.fran - fran) + a.text + text.slice(a.till - fran);
      delar.push({ nyckel, text });
    } else delar.push({ nyckel, text: stringify({ [nyckel]: data[nyckel] }, { lineWidth: 0, indentSeq: true }) });
  });
  for (const [i, nyckel] of ordning.entries()) {
    if (delar.some((d) => d.nyckel === nyckel)) continue;
    const fore = ordning.slice(0, i).reverse().find((f) => delar.some((d) => d.nyckel === f));
    const plats = fore === undefined ? 0 : delar.findIndex((d) => d.nyckel === fore) + 1;
    delar.splice(plats, 0, { nyckel, text: stringify({ [nyckel]: data[nyckel] }, { lineWidth: 0, indentSeq: true }) });
  }
  return delar.map((d) => (d.text.endsWith('\n') ? d.text : `${d.text}\n`)).join('').replace(/\n+$/, '');
}

/** The form's data → file text, keeping the original file's text wherever nothing changed. */
export function skrivPost(innehall: Data): string {
  const { [BODY]: b, ...data } = innehall;
  const body = typeof b === 'string' ? b.replace(/\n+$/, '') : '';
  let rensad: Data = Object.fromEntries(Object.entries(data).filter(([, v]) => !tomt(v)));
  const o = original(rensad, body);
  // An empty field the file already had (varianter: []) stays: the form leaving it out is no change.
  if (o) for (const [k, v] of Object.entries(o.data)) if (!(k in rensad) && tomt(v) && tomt(data[k])) rensad[k] = v;
  const front = o
    ? fältVisFält(o.front, parseDocument(o.front), o.data, rensad)
    : stringify(rensad, { lineWidth: 0, indentSeq: true }).replace(/\n$/, '');
  const resten = o && o.body === body ? o.resten.replace(/\n+$/, '') : body ? `\n${body}` : '';
  return `---\n${front}\n---\n${resten ? `${resten}\n` : ''}`;
}
