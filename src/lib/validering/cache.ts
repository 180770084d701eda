// Whether an MDX body can be read as MDX: parsed the way @mdx-js/mdx's compile parses it
// (remark-parse with remark-mdx, whose micromark extensions raise every syntax error the compiler
// raises), without the compiler's transforms and code generation, which the build does anyway
// (issue 17: the full compile cost the check about as much as rendering). Bodies already known to
// parse are kept by content hash, so an unchanged entry is not parsed again on the next build.
// Only successes are kept: a body that fails is parsed again each time, so its message is always
// fresh. The cache is a JSON file in Astro's cacheDir (CACHE_DIR, as in astro.config.mjs), keyed by
// the remark-mdx version too; it keeps only the bodies this process has checked, so it does not
// grow with edits.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const FIL = join(resolve(process.env.CACHE_DIR ?? 'node_modules/.astro'), 'validering-mdx.json');

function mdxVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return JSON.parse(readFileSync(join(dirname(require.resolve('remark-mdx')), 'package.json'), 'utf8')).version ?? '';
  } catch {
    return '';
  }
}

const VERSION = mdxVersion();
let kanda: Set<string> | undefined;
const anvanda = new Set<string>();
let skrivs: ReturnType<typeof setTimeout> | undefined;
let vidSlut = false;

function las(): Set<string> {
  if (kanda) return kanda;
  try {
    const d = JSON.parse(readFileSync(FIL, 'utf8')) as { version?: string; ok?: string[] };
    kanda = new Set(d.version === VERSION && Array.isArray(d.ok) ? d.ok : []);
  } catch {
    kanda = new Set();
  }
  return kanda;
}

function skriv(): void {
  clearTimeout(skrivs);
  skrivs = undefined;
  try {
    if (!existsSync(dirname(FIL))) mkdirSync(dirname(FIL), { recursive: true });
    writeFileSync(FIL, JSON.stringify({ version: VERSION, ok: [...anvanda] }));
  } catch {
    // a cache that cannot be written only costs time
  }
}

const mdx = unified().use(remarkParse).use(remarkMdx);

/** Parses `body` as MDX unless the same text has parsed before; throws the parser's error. */
export function tolkaMdx(body: string): void {
  const nyckel = createHash('sha256').update(body).digest('base64url');
  if (!las().has(nyckel)) {
    mdx.parse(body);
    kanda!.add(nyckel);
  }
  if (anvanda.has(nyckel)) return;
  anvanda.add(nyckel);
  if (!skrivs) {
    skrivs = setTimeout(skriv, 500);
    skrivs.unref();
    if (!vidSlut) process.once('exit', () => skrivs && skriv());
    vidSlut = true;
  }
}
