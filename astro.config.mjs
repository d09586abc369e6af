// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

/**
 * Where the site is published. Both can be set at build time, so the same
 * commit can be served from a domain root or from a sub-path:
 *   SITE_URL=https://example.org BASE_PATH=/atlas npm run build
 */
const site = process.env.SITE_URL ?? 'https://smart-work-atlas.github.io';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One small stylesheet per page: inlining it saves a render-blocking request.
    inlineStylesheets: 'always',
  },
  integrations: [mdx(), react()],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
