// @ts-check
// Plain Astro 7 + MDX, the yardstick for `npm run bench`: one collection, one page per entry, a
// tiny layout. Default Markdown processor (Sätteri); BENCH_UNIFIED=1 switches to the unified
// (remark) pipeline the project uses, to see what that choice alone costs.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://vanlig.example.se',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  ...(process.env.BENCH_UNIFIED === '1' ? { markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) } } : {}),
  devToolbar: { enabled: false },
});
