// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import forkortningar from './src/integrations/forkortningar.ts';
import baslankar from './src/integrations/baslankar.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://cancerrad.example.se',
  base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side with the real one.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), forkortningar({ innehall: process.env.CONTENT_DIR ?? './content', bas: base })],
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[baslankar, { bas: base }]] }) },
  devToolbar: { enabled: false },
  // Scripts and styles as files, never inline: the site must run under a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
