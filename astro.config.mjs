// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { remarkClaims } from './src/lib/sources/claims';

/**
 * `client:interaction`: islands that load their code only when the reader interacts with them (charts).
 * @type {import('astro').AstroIntegration}
 */
const interactionDirective = {
  name: 'client-interaction',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'interaction', entrypoint: './src/components/charts/interaction-directive.ts' }),
  },
};

/**
 * Where the site is published. Both can be set at build time, so the same
 * commit can be served from a domain root or from a sub-path:
 *   SITE_URL=https://example.org BASE_PATH=/atlas npm run build
 * The deploy workflow (.github/workflows/deploy.yml) sets both from the host;
 * without SITE_URL, canonical links, the sitemap and the feeds point at the
 * local preview rather than at an address nobody owns.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
/** Tests build a second copy (sub-path, rebuild) next to the first. */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One small stylesheet per page: inlining it saves a render-blocking request.
    inlineStylesheets: 'always',
  },
  // Code samples (the editors' guide) are plain monospace: no highlighter
  // theme to keep in step with the site's contrast in light and dark.
  markdown: { syntaxHighlight: false },
  // Each <Cite> in MDX text learns which claim it closes, so its marker finds its note (lib/sources/claims.ts).
  integrations: [mdx({ remarkPlugins: [remarkClaims] }), react(), interactionDirective],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
