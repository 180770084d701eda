// References between entries, as Astro's reference() leaves them in an entry's data: { id, collection }.
import type { Samling } from '../samlingar.ts';

type Ref<K extends string = Samling> = { id: string; collection: K };

export const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && typeof (v as Ref).id === 'string' && typeof (v as Ref).collection === 'string' && Object.keys(v).length === 2;

/** Every reference in an entry's data, with the dotted field path where it stands. */
export function referenserI(data: unknown, vag = ''): { falt: string; ref: Ref }[] {
  if (isRef(data)) return [{ falt: vag, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referenserI(v, `${vag}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date))
    return Object.entries(data).flatMap(([k, v]) => referenserI(v, vag ? `${vag}.${k}` : k));
  return [];
}
