// The form's fonts, from the @fontsource packages (src/lib/cms/bundel.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { TYPSNITT, typsnittsfil } from '../../../../lib/cms/bundel';

export const getStaticPaths = (() => Object.keys(TYPSNITT).map((fil) => ({ params: { fil: fil.replace(/\.woff2$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(typsnittsfil(`${params.fil}.woff2`), { headers: { 'Content-Type': 'font/woff2' } });
