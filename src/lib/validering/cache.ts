// What the text rules read from a body (text.ts: its links and headings), kept by the body's
// content hash, so that an unchanged entry is not parsed again on the next build (issue 17: parsing
// is most of the check's time). Only bodies that parse are kept: a body that fails is parsed again
// each time, so its message is always fresh. The cache is a JSON file in Astro's cacheDir
// (CACHE_DIR, as in astro.config.mjs). It is keyed by the parsers' versions and by the text of
// text.ts, where the facts are read, so a new rule there starts it afresh; and it keeps only the
// bodies this process has checked, so it does not grow with edits. Child processes of the check
// read it and hand what they parse to the parent, which writes it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const FIL = join(resolve(process.env.CACHE_DIR ?? 'node_modules/.astro'), 'validering-text.json');

function version(): string {
  const require = createRequire(import.meta.url);
  const delar = ['remark-parse', 'remark-mdx', 'remark-gfm'].map((p) => {
    try {
      return `${p}@${JSON.parse(readFileSync(join(dirname(require.resolve(p)), 'package.json'), 'utf8')).version}`;
    } catch {
      return p;
    }
  });
  try {
    delar.push(createHash('sha256').update(readFileSync(new URL('./text.ts', import.meta.url))).digest('base64url'));
  } catch {
    delar.push(String(Date.now()));
  }
  return delar.join(' ');
}

const VERSION = version();
let kanda: Map<string, unknown> | undefined;
const anvanda = new Map<string, unknown>();
let skrivs: ReturnType<typeof setTimeout> | undefined;
let vidSlut = false;

function las(): Map<string, unknown> {
  if (kanda) return kanda;
  try {
    const d = JSON.parse(readFileSync(FIL, 'utf8')) as { version?: string; poster?: Record<string, unknown> };
    kanda = new Map(d.version === VERSION && d.poster && typeof d.poster === 'object' ? Object.entries(d.poster) : []);
  } catch {
    kanda = new Map();
  }
  return kanda;
}

function skriv(): void {
  clearTimeout(skrivs);
  skrivs = undefined;
  try {
    if (!existsSync(dirname(FIL))) mkdirSync(dirname(FIL), { recursive: true });
    writeFileSync(FIL, JSON.stringify({ version: VERSION, poster: Object.fromEntries(anvanda) }));
  } catch {
    // a cache that cannot be written only costs time
  }
}

export const nyckelFor = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What was read from this body before, if it parsed then. */
export function hamta<T>(nyckel: string): T | undefined {
  return las().get(nyckel) as T | undefined;
}

/** In a child process of the check: the parent keeps the cache, so this process writes none. */
let egenFil = true;
export function skrivInteCachen(): void {
  egenFil = false;
}

/** What a body that parses gave (also a child's bodies, in the parent), to be kept in the cache file. */
export function behall(nyckel: string, varde: unknown): void {
  las().set(nyckel, varde);
  if (anvanda.has(nyckel)) return;
  anvanda.set(nyckel, varde);
  if (!egenFil) return;
  if (!skrivs) {
    skrivs = setTimeout(skriv, 500);
    skrivs.unref();
    if (!vidSlut) process.once('exit', () => skrivs && skriv());
    vidSlut = true;
  }
}
