// ESLint for TypeScript, TSX and Astro files. Run through `npm run lint`
// (kept under scripts/ so the top level holds only what the design lists).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/fixtures/', 'test/.output/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', history: 'readonly',
        URL: 'readonly', URLSearchParams: 'readonly', HTMLElement: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', Blob: 'readonly', fetch: 'readonly',
        KeyboardEvent: 'readonly', Event: 'readonly', customElements: 'readonly', matchMedia: 'readonly',
        IntersectionObserver: 'readonly', requestAnimationFrame: 'readonly', getComputedStyle: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
