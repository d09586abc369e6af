/** One thing wrong in one content file, named so an editor can find and fix it. */
export interface Problem {
  /** Path from the repository root, e.g. `content/cases/kt.yaml`. */
  file: string;
  /** The field, as a path: `metrics[2].note`; empty for the whole file. */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`;
}

/** Problems grouped by file, in path order; within a file, in the order they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `3 problems in 2 files`. */
export function problemCount(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

/** Thrown when content is invalid; its message lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problemCount(problems)}:\n${sortProblems(problems).map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Turns a Zod issue path into `metrics[2].note`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}
