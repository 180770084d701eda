// What the form's update check reads: the version it is, so it never asks to be updated from a CDN.
import type { APIRoute } from 'astro';
import { CMS_VERSION } from '../../../lib/cms/bundel';

export const GET: APIRoute = () => new Response(JSON.stringify({ name: '@sveltia/cms', version: CMS_VERSION }), { headers: { 'Content-Type': 'application/json' } });
