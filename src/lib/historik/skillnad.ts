// What changed between two versions of an entry, field by field, as structured changes (no
// interface text here: src/i18n/sv/historik.ts says them in Swedish).

/** One change to one field. `falt` is the path of keys, e.g. ["uppdrag", "motesfrekvens"]. */
export type Andring =
  | { slag: 'andrat'; falt: string[]; fore: string; efter: string }
  | { slag: 'tillagt'; falt: string[]; varde: string }
  | { slag: 'borttaget'; falt: string[]; varde: string }
  /** The text below the frontmatter changed. */
  | { slag: 'text' }
  /** The entry's file was created. */
  | { slag: 'skapad' }
  /** The entry's file was removed. */
  | { slag: 'borttagen' };

/** Turns a reference or a value into words: a person's id into the person's name, and so on. */
export type Namnare = (falt: string[], varde: unknown) => string | undefined;

const arObjekt = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one line: references by name (via `namn`), objects by their most telling field. */
function text(falt: string[], v: unknown, namn: Namnare): string {
  const n = namn(falt, v);
  if (n !== undefined) return n;
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map((x) => text(falt, x, namn)).join(', ');
  if (arObjekt(v)) {
    if (typeof v.id === 'string' && Object.keys(v).length === 1) return v.id;
    return Object.entries(v).map(([k, x]) => text([...falt, k], x, namn)).filter(Boolean).join(', ');
  }
  return String(v);
}

const lika = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A list's items matched by a key where items have one (a member by role, a row by text), so that a
 * new chair reads as "Ordförande: A → B", not as one removed and one added.
 */
function nyckelFor(falt: string[]): ((x: Record<string, unknown>) => string) | undefined {
  const sista = falt[falt.length - 1];
  if (sista === 'medlemmar') return (x) => String(x.roll ?? '');
  if (sista === 'tidigareNamn') return (x) => String(x.namn ?? '');
  return undefined;
}

function jamforLista(falt: string[], fore: unknown[], efter: unknown[], namn: Namnare, ut: Andring[]) {
  const nyckel = nyckelFor(falt);
  if (nyckel && [...fore, ...efter].every(arObjekt)) {
    const f = fore as Record<string, unknown>[];
    const e = efter as Record<string, unknown>[];
    const kvar = [...f];
    for (const x of e) {
      if (kvar.some((y) => lika(y, x))) {
        kvar.splice(kvar.findIndex((y) => lika(y, x)), 1);
        continue;
      }
      const i = kvar.findIndex((y) => nyckel(y) === nyckel(x));
      if (i >= 0) {
        const [y] = kvar.splice(i, 1);
        // same role, other person or other details: one change under the role's name
        ut.push({ slag: 'andrat', falt: [...falt, nyckel(x)], fore: text([...falt, nyckel(x)], y, namn), efter: text([...falt, nyckel(x)], x, namn) });
      } else ut.push({ slag: 'tillagt', falt, varde: text(falt, x, namn) });
    }
    for (const y of kvar) ut.push({ slag: 'borttaget', falt, varde: text(falt, y, namn) });
    return;
  }
  const fs = fore.map((x) => JSON.stringify(x));
  const es = efter.map((x) => JSON.stringify(x));
  efter.forEach((x, i) => !fs.includes(es[i]!) && ut.push({ slag: 'tillagt', falt, varde: text(falt, x, namn) }));
  fore.forEach((x, i) => !es.includes(fs[i]!) && ut.push({ slag: 'borttaget', falt, varde: text(falt, x, namn) }));
}

function jamfor(falt: string[], fore: unknown, efter: unknown, namn: Namnare, ut: Andring[]) {
  if (lika(fore, efter)) return;
  if (fore === undefined) {
    if (Array.isArray(efter)) return jamforLista(falt, [], efter, namn, ut);
    if (arObjekt(efter) && !(typeof efter.id === 'string' && Object.keys(efter).length === 1)) {
      for (const k of Object.keys(efter)) jamfor([...falt, k], undefined, efter[k], namn, ut);
      return;
    }
    return void ut.push({ slag: 'tillagt', falt, varde: text(falt, efter, namn) });
  }
  if (efter === undefined) {
    if (Array.isArray(fore)) return jamforLista(falt, fore, [], namn, ut);
    return void ut.push({ slag: 'borttaget', falt, varde: text(falt, fore, namn) });
  }
  if (Array.isArray(fore) && Array.isArray(efter)) return jamforLista(falt, fore, efter, namn, ut);
  const ref = (v: unknown) => arObjekt(v) && typeof v.id === 'string' && Object.keys(v).length === 1;
  if (arObjekt(fore) && arObjekt(efter) && !ref(fore) && !ref(efter)) {
    for (const k of new Set([...Object.keys(fore), ...Object.keys(efter)])) jamfor([...falt, k], fore[k], efter[k], namn, ut);
    return;
  }
  ut.push({ slag: 'andrat', falt, fore: text(falt, fore, namn), efter: text(falt, efter, namn) });
}

/**
 * The changes from one version of an entry to the next: frontmatter field by field, and whether
 * the text below it changed. `fore` undefined = the file was created.
 */
export function skillnad(
  fore: { data: unknown; body: string } | undefined,
  efter: { data: unknown; body: string } | undefined,
  namn: Namnare = () => undefined,
): Andring[] {
  if (!fore && efter) return [{ slag: 'skapad' }];
  if (fore && !efter) return [{ slag: 'borttagen' }];
  if (!fore || !efter) return [];
  const ut: Andring[] = [];
  const f = arObjekt(fore.data) ? fore.data : {};
  const e = arObjekt(efter.data) ? efter.data : {};
  for (const k of new Set([...Object.keys(f), ...Object.keys(e)])) jamfor([k], f[k], e[k], namn, ut);
  if (fore.body.trim() !== efter.body.trim()) ut.push({ slag: 'text' });
  return ut;
}
