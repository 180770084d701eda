// The form's configuration, generated from the schemas at build time (src/lib/cms/konfig.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsKonfig, samlingskalla } from '../../lib/cms/konfig';
import { installningar } from '../../lib/cms/installningar';

export const GET: APIRoute = () => {
  const konfig = cmsKonfig(samlingskalla(), installningar(import.meta.env.BASE_URL, import.meta.env.SITE ?? 'https://cancerrad.example.se'));
  const text = `# Skapad vid bygget från src/schemas/ av src/lib/cms/konfig.ts. Ändra där, inte här.\n${stringify(konfig, { lineWidth: 0 })}`;
  return new Response(text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
