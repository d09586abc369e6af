/**
 * What the scripts run under (vite-node) and the tests under (Vitest) share:
 * the `~/` alias for `src/`, as tsconfig.json and Astro resolve it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const alias = { '~': fileURLToPath(new URL('../src', import.meta.url)) };

export default defineConfig({ resolve: { alias } });
