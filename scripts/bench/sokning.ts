// The first search in Chromium for `npm run bench` (optional): the built site served on a free
// port, "cancerråd" typed into /sok/, the bytes of the search index fetched and the time to the
// first hit.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

async function serva(dist: string) {
  const typer: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    let p = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': typer[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const adr = server.address();
  return { url: `http://127.0.0.1:${typeof adr === 'object' && adr ? adr.port : 0}`, server };
}

export async function forstaSokningen(dist: string, fraga: string): Promise<string> {
  const chromiumSokvag = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumSokvag)) return 'ingen Chromium';
  const { chromium } = await import('@playwright/test');
  const { url, server } = await serva(dist);
  const browser = await chromium.launch({ executablePath: chromiumSokvag, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sok/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    const start = performance.now();
    await page.fill('#sok-q', fraga);
    await page.locator('#soktraffar > li').first().waitFor({ timeout: 30_000 });
    const ms = performance.now() - start;
    await page.waitForLoadState('networkidle');
    return `${(bytes / 1024).toFixed(0)} kB, ${ms.toFixed(0)} ms`;
  } catch (e) {
    return `misslyckades (${((e as Error).message.split('\n')[0] ?? '').slice(0, 60)})`;
  } finally {
    await browser.close();
    server.close();
  }
}
