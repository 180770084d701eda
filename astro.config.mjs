// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://cancerrad.example.se',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  devToolbar: { enabled: false },
  // Scripts and styles as files, never inline: the site must run under a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
