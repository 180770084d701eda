// Sveltia CMS from node_modules, with its CDN addresses pointed at this site (src/lib/cms/bundel.ts).
import type { APIRoute } from 'astro';
import { cmsBundel } from '../../../lib/cms/bundel';
import { fil } from '../../../lib/urls';

export const GET: APIRoute = () =>
  new Response(cmsBundel(fil('admin/cms/')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
