/**
 * The repository the site is edited in, set once: `repository.url` in
 * package.json. "Edit this page" links point into it.
 */
import pkg from '../../../package.json';

export const REPOSITORY = pkg.repository.url.replace(/\.git$/, '');
const BRANCH = 'main';

/** Where an editor changes a file, e.g. `content/cases/en/kt.mdx`. */
export function editUrl(file: string): string {
  return `${REPOSITORY}/edit/${BRANCH}/${file.replace(/^\/+/, '')}`;
}

export function viewUrl(file: string): string {
  return `${REPOSITORY}/blob/${BRANCH}/${file.replace(/^\/+/, '')}`;
}
