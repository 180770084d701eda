// The one static server of the tests: serves a built folder, optionally below a base path and with
// the site's security headers, and never anything outside that folder ("%2f", "..", "%2e%2e").
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface ServerVal {
  /** The base path the site is built for ("/cancerrad/"); other paths answer 404. */
  bas?: string;
  /**
   * Headers sent with every answer (e.g. HUVUDEN from src/lib/sakerhet.ts), or a function of the
   * request path, for a site whose sections carry their own policy (the editing form at /admin/).
   */
  huvuden?: Record<string, string> | ((sokvag: string) => Record<string, string>);
  /** 0 (the default) picks a free port. */
  port?: number;
}

const TYPER: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.png': 'image/png',
  '.ico': 'image/x-icon', '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

/**
 * The file in `rot` that a request path means, or undefined if there is none or the path tries to
 * leave `rot`. Each segment is decoded on its own, so an encoded "/" or "\" cannot join two
 * segments into a way out, and a decoded "." or ".." segment is refused rather than resolved.
 */
export function filFor(rot: string, sokvag: string, bas = '/'): string | undefined {
  if (!sokvag.startsWith(bas)) return undefined;
  const delar: string[] = [];
  for (const del of sokvag.slice(bas.length).split('/')) {
    let d: string;
    try {
      d = decodeURIComponent(del);
    } catch {
      return undefined;
    }
    if (d === '.' || d === '..' || /[/\\\0]/.test(d)) return undefined;
    if (d) delar.push(d);
  }
  const rotAbs = realpathSync(resolve(rot));
  let p = resolve(rotAbs, ...delar);
  if (p !== rotAbs && !p.startsWith(rotAbs + sep)) return undefined;
  if (!existsSync(p)) return undefined;
  if (statSync(p).isDirectory()) {
    // Like a static host: a folder needs its trailing slash and serves its index.html.
    if (!sokvag.endsWith('/')) return undefined;
    p = join(p, 'index.html');
    if (!existsSync(p)) return undefined;
  }
  // A symbolic link inside the folder must not lead out of it either.
  const verklig = realpathSync(p);
  return verklig.startsWith(rotAbs + sep) ? verklig : undefined;
}

/**
 * Files whose content a build cannot change under the same name (Astro's hashed assets, Pagefind's
 * hashed index, fragments and its versioned scripts) may be kept by the browser for the test, so
 * that a test that searches many times loads the index once; everything else, pages and
 * pagefind-entry.json included, is fetched anew each time. (Each test has its own browser context,
 * so nothing is kept from one test to the next.)
 */
function cache(radat: string, bas: string): string {
  const under = (mapp: string) => radat.startsWith(`${bas}${mapp}/`);
  return (under('_astro') || under('pagefind')) && !radat.endsWith('/pagefind-entry.json') ? 'private, max-age=3600' : 'no-store';
}

export function hanterare(rot: string, opt: ServerVal = {}) {
  const bas = (opt.bas ?? '/').replace(/\/?$/, '/');
  return (req: IncomingMessage, res: ServerResponse) => {
    const huvuden = typeof opt.huvuden === 'function' ? opt.huvuden(req.url ?? '/') : (opt.huvuden ?? {});
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...huvuden, allow: 'GET, HEAD' }).end();
      return;
    }
    // The raw path, not new URL(): the URL parser would already have resolved "%2e%2e" segments.
    const [radat = '/'] = (req.url ?? '/').split(/[?#]/);
    const fil = radat.startsWith('/') && existsSync(rot) ? filFor(rot, radat, bas) : undefined;
    if (!fil) {
      const sida = join(rot, '404.html');
      res.writeHead(404, { ...huvuden, 'content-type': TYPER['.html'] });
      res.end(req.method === 'HEAD' || !existsSync(sida) ? undefined : readFileSync(sida));
      return;
    }
    res.writeHead(200, { ...huvuden, 'content-type': TYPER[extname(fil)] ?? 'application/octet-stream', 'cache-control': cache(radat, bas) });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(fil));
  };
}

/** Serves `rot` on 127.0.0.1; the folder may be built after the server has started. */
export async function serva(rot: string, opt: ServerVal = {}): Promise<{ url: string; server: Server }> {
  const server = createServer(hanterare(rot, opt));
  await new Promise<void>((ok, fel) => {
    server.once('error', fel);
    server.listen(opt.port ?? 0, '127.0.0.1', ok);
  });
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}
