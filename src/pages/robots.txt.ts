// robots.txt: everything may be indexed; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { absolut, url } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolut(url.sitemap())}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
