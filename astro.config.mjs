// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import forkortningar from './src/integrations/forkortningar.ts';
import { baslankarSatteri } from './src/integrations/baslankar.ts';
import validering from './src/integrations/validering.ts';
import { sidslag } from './src/samlingar.ts';
import { FLYTTADE } from './src/flyttade.ts';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://cancerrad.example.se';
const innehall = process.env.CONTENT_DIR ?? './content';

/**
 * Every .mdx entry makes the bundler warn that the directive "use astro:head-inject" may not be
 * preserved (~300 lines per build, harmless). Upstream: https://github.com/withastro/astro/issues/18087.
 * Only that warning is dropped; every other one still shows.
 * @type {NonNullable<import('rolldown').InputOptions['onLog']>}
 */
function utanHeadInjectVarning(level, log, visa) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
  visa(level, log);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side with the real one.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // First: bad content stops the build with a Swedish message before anything is rendered.
    validering({ innehall }),
    mdx(),
    // Not in the sitemap: the 404 page, the editing form, and old addresses that only send readers on.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !/\/admin\//.test(page) && !FLYTTADE.some((f) => page.endsWith(`/${f.samling}/${f.fran}/`)) }),
    forkortningar({ innehall, bas: base, site }),
  ],
  // Astro's default processor (Sätteri): GFM built in, about twice as fast as unified + remark-gfm,
  // the same pages (issue 17). Links in content get the base path from a Sätteri hast plugin.
  markdown: { processor: satteri({ hastPlugins: [baslankarSatteri({ bas: base })] }) },
  devToolbar: { enabled: false },
  // Scripts and styles as files, never inline: the site must run under a strict CSP.
  vite: {
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: utanHeadInjectVarning } },
    // Page or anchor per collection, from the registry, for src/lib/urls.ts.
    define: { __SAMLINGSSIDOR__: JSON.stringify(sidslag()) },
  },
});
