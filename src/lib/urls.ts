// Every internal address on the site is built here, so that a base path or a renamed section
// changes in one place. Templates never concatenate paths. This is the urls core
// (src/lib/urls/karna.ts) with the build's base path and site; code outside the Astro build
// (integrations, scripts, tests) calls skapaUrls() itself.
import type { Samling } from '../samlingar.ts';
import { skapaUrls, type Sidor } from './urls/karna.ts';

export { ankare, redigera, type Landmarke } from './urls/karna.ts';
export { forslag, incheckning } from './urls/karna.ts';
export type { Samling };

/**
 * Page or anchor per collection, from the registry: astro.config.mjs defines it with
 * sidslag() (src/samlingar.ts), so that browser bundles get three words, not the schemas.
 */
declare const __SAMLINGSSIDOR__: Sidor & Record<Samling, Sidor[string]>;

export const { sida, fil, url, absolut, landmarke, krummaHref } = skapaUrls({
  bas: import.meta.env.BASE_URL,
  site: import.meta.env.SITE,
  samlingar: __SAMLINGSSIDOR__,
});
