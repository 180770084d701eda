// The chunks the bundle loads from beside itself.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DELAR, delfil } from '../../../../lib/cms/bundel';

export const getStaticPaths = (() => DELAR.map((del) => ({ params: { del } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(delfil(params.del as (typeof DELAR)[number]), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
