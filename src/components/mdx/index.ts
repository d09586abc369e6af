/** The components MDX authors use without importing them. */
import Metric from './Metric.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Editorial from './Editorial.astro';
import Background from './Background.astro';

export const mdxComponents = { Metric, Cite, Term, Editorial, Background };
