// The form's interface translations, where the bundle looks for them (<cms>/paket@<version>/locales/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_VERSION, SPRAK, sprakfil } from '../../../../../lib/cms/bundel';

export const getStaticPaths = (() => SPRAK.map((sprak) => ({ params: { paket: `paket@${CMS_VERSION}`, sprak } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(sprakfil(params.sprak!), { headers: { 'Content-Type': 'application/json' } });
