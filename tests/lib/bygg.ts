// Builds a fixture corpus into its own folder (with Pagefind) and serves it, for tests that need
// a site other than the real one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { ROOT } from './site.ts';

export interface Bygge {
  dir: string;
  content: string;
  dist: string;
}

/**
 * A temporary build folder inside the project (in the ignored .astro/): Astro puts its prerender
 * chunks in <project>/.astro/.prerender when the output folder lies outside the project, so two
 * fixture builds at once would overwrite each other's chunks.
 */
export function nyttBygge(content?: string): Bygge {
  const rot = join(ROOT, '.astro', 'byggen');
  mkdirSync(rot, { recursive: true });
  const dir = mkdtempSync(join(rot, 'bygge-'));
  return { dir, content: content ?? join(dir, 'content'), dist: join(dir, 'dist') };
}

/** Copies a fixture corpus to a temporary folder that a test may change before building. */
export function kopiera(fixtur: string): Bygge {
  const b = nyttBygge();
  cpSync(join(ROOT, 'tests', 'fixtures', fixtur), b.content, { recursive: true });
  return b;
}

/** `npm run build` on the copy; returns the output, or throws with it. */
export function bygg(b: Bygge, env: Record<string, string> = {}): string {
  return execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: b.content, OUT_DIR: b.dist, CACHE_DIR: join(b.dir, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const TYPER: Record<string, string> = { '.xml': 'application/xml', '.txt': 'text/plain', '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/**
 * Serves a built folder on a free port of 127.0.0.1: below `bas` if given (other paths are 404,
 * as on a host that serves the site in a sub-folder), with `huvuden` on every response.
 */
export async function serva(dist: string, opt: { bas?: string; huvuden?: Record<string, string> } = {}): Promise<{ url: string; server: Server }> {
  const bas = (opt.bas ?? '/').replace(/\/?$/, '/');
  const huvuden = opt.huvuden ?? {};
  const server = createServer((req, res) => {
    const vag = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    let p = vag.startsWith(bas) ? join(dist, vag.slice(bas.length)) : '';
    if (p && existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!p || !existsSync(p)) {
      res.writeHead(404, { ...huvuden, 'content-type': 'text/html' }).end(readFileSync(join(dist, '404.html')));
      return;
    }
    res.writeHead(200, { ...huvuden, 'content-type': TYPER[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, server };
}
