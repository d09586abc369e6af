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

/** Thrown when content is invalid; its message lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Turns a Zod issue path into `metrics[2].note`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}
