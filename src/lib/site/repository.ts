/**
 * The repository the site is edited in, one setting: `REPOSITORY_URL` in the
 * environment of the build (the deploy workflow sets it to the repository it
 * runs in), else `repository` in package.json. Where neither is set, pages
 * show no "Edit this page" links rather than links to nowhere. Links follow
 * GitHub's form (`<repository>/edit/<branch>/<file>`); `REPOSITORY_BRANCH`
 * names the branch, `main` by default.
 */
import pkg from '../../../package.json';

type PackageRepository = string | { url?: string | undefined } | undefined;

/** A repository address as package.json may give it (`git+https://….git`, `github:owner/name`, `owner/name`), as a web address. */
export function repositoryWebUrl(value: PackageRepository): string | undefined {
  const raw = (typeof value === 'string' ? value : value?.url)?.trim();
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  const url = shorthand ? `https://github.com/${shorthand[1]}` : raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  // Only a web address: the value ends up in the href of every page.
  return /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : undefined;
}

export const REPOSITORY: string | undefined = repositoryWebUrl(process.env['REPOSITORY_URL'] || (pkg as { repository?: PackageRepository }).repository);
const BRANCH = process.env['REPOSITORY_BRANCH'] || 'main';

const path = (file: string) => file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');

/** Where an editor changes a file, e.g. `content/cases/en/kt.mdx`; undefined where no repository is set. */
export function editUrl(file: string, repository = REPOSITORY): string | undefined {
  return repository && `${repository}/edit/${encodeURIComponent(BRANCH)}/${path(file)}`;
}

/** Where a reader sees a file in the repository; undefined where no repository is set. */
export function viewUrl(file: string, repository = REPOSITORY): string | undefined {
  return repository && `${repository}/blob/${encodeURIComponent(BRANCH)}/${path(file)}`;
}
