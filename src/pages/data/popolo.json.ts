// /data/popolo.json: bodies, people, roles and areas in the Popolo data standard.
import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/data';
import { jsonSvar } from '../../lib/json';
import { popolo } from '../../lib/popolo';

export const GET: APIRoute = async () => jsonSvar(popolo(await getGraph()));
