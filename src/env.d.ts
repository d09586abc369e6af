/** Types the site adds to Astro's: what a page passes its MDX components, and the chart islands' directive. */
import type { BodyMarkers } from '~/lib/sources/page-notes';

declare global {
  namespace App {
    interface Locals {
      /**
       * The markers of the MDX text a page is rendering, set by layouts/Article.astro
       * before the text renders, for the `<Cite>` and `<Metric>` components inside it.
       */
      bodyMarkers?: BodyMarkers;
    }
  }
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader interacts (components/charts/interaction-directive.ts). */
    'client:interaction'?: boolean;
  }
}
