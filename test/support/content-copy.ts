/**
 * A throw-away copy of the real content/, edited the way an editor edits it:
 * replace a piece of a file, add a line, delete a file. Every edit must find
 * what it changes, so a test never passes because the real files moved on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../scripts/support/paths';

export interface ContentCopy {
  /** A project root whose content/ is the copy. */
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces the one occurrence of `from` (a string that must occur exactly once, or the first match of a pattern). */
  replace(file: string, from: string | RegExp, to: string): void;
  remove(file: string): void;
  /** The 1-based line of the first line holding `needle`. */
  lineOf(file: string, needle: string): number;
  cleanup(): void;
}

/** `file` is a path under content/, e.g. `cases/kt.yaml`. */
export function contentCopy(prefix = 'atlas-content-'): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const path = (file: string) => join(root, 'content', file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  return {
    root,
    read,
    write(file, text) {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    replace(file, from, to) {
      const text = read(file);
      if (typeof from === 'string') {
        const count = text.split(from).length - 1;
        if (count !== 1) throw new Error(`content/${file}: expected one "${from}", found ${count}`);
        writeFileSync(path(file), text.replace(from, () => to));
      } else {
        if (!from.test(text)) throw new Error(`content/${file}: nothing matches ${from}`);
        writeFileSync(path(file), text.replace(from, () => to));
      }
    },
    remove(file) {
      if (!existsSync(path(file))) throw new Error(`content/${file} does not exist`);
      rmSync(path(file));
    },
    lineOf(file, needle) {
      const line = read(file).split('\n').findIndex((l) => l.includes(needle));
      if (line < 0) throw new Error(`content/${file}: no line holds "${needle}"`);
      return line + 1;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
