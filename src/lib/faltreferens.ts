// The field reference for editors, generated from the Zod schemas and their .describe() texts,
// so that it cannot drift from what the build accepts.
import { z } from 'astro/zod';
import { enkelRef } from '../schemas/falt.ts';
import { scheman, SAMLINGSNAMN, type Samling } from '../samlingar.ts';

export interface Faltrad {
  falt: string;
  kravs: boolean;
  typ: string;
  beskrivning: string;
}

type JS = {
  type?: string | string[];
  description?: string;
  enum?: string[];
  properties?: Record<string, JS>;
  required?: string[];
  items?: JS;
  anyOf?: JS[];
  default?: unknown;
  const?: string;
  format?: string;
};

/** A reference as the open data publishes it: { id, samling, url, json } (src/lib/oppnadata.ts). */
const hanvisning = (s: JS): string | undefined => s.properties?.samling?.const;

function typtext(s: JS): string {
  const h = hanvisning(s);
  if (h) return `hänvisning till ${h}`;
  if (s.enum) return `ett av: ${s.enum.join(', ')}`;
  if (s.type === 'array') return `lista av ${s.items ? typtext(s.items) : 'värden'}`;
  if (s.type === 'object') return 'grupp av fält';
  if (s.type === 'string' && s.format === 'uri') return 'webbadress';
  if (s.type === 'string') return /id \(filnamnet/.test(s.description ?? '') ? 'id' : 'text';
  if (s.type === 'number' || s.type === 'integer') return 'tal';
  if (s.type === 'boolean') return 'true eller false';
  if (s.anyOf) return s.anyOf.map(typtext).join(' eller ');
  return /ÅÅÅÅ/.test(s.description ?? '') ? 'datum' : 'värde';
}

/** The fields of a JSON Schema object, nested groups as dotted names. */
export function rader(s: JS, prefix: string): Faltrad[] {
  const ut: Faltrad[] = [];
  for (const [namn, f] of Object.entries(s.properties ?? {})) {
    const falt = prefix ? `${prefix}.${namn}` : namn;
    const kravs = (s.required ?? []).includes(namn) && f.default === undefined;
    ut.push({ falt, kravs, typ: typtext(f), beskrivning: f.description ?? '' });
    if (f.type === 'object' && !hanvisning(f)) ut.push(...rader(f, falt));
    if (f.type === 'array' && f.items?.type === 'object' && !hanvisning(f.items)) ut.push(...rader(f.items, `${falt}[]`));
  }
  return ut;
}

/** One list of fields per collection. */
export function faltreferens(): { samling: Samling; rader: Faltrad[] }[] {
  const s = scheman(enkelRef) as Record<string, z.ZodType>;
  return SAMLINGSNAMN.map((samling) => ({
    samling,
    rader: rader(z.toJSONSchema(s[samling]!, { io: 'input', unrepresentable: 'any' }) as JS, ''),
  }));
}
