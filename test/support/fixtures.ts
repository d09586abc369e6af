/** Builds a throw-away copy of content/ with a fixture's files laid over it. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/support/paths';

export const FIXTURES = join(ROOT, 'test/fixtures');

export interface FixtureSpec {
  why: string;
  /** Substrings the error output must contain. */
  expect: string[];
  /** Paths under content/ to remove. */
  delete?: string[];
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function fixtureSpec(name: string): FixtureSpec {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'fixture.json'), 'utf8')) as FixtureSpec;
}

/** A temporary project root whose content/ is the real one with the fixture applied. */
export function fixtureRoot(name: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `atlas-fixture-${name}-`));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const overlay = join(FIXTURES, name, 'content');
  if (existsSync(overlay)) cpSync(overlay, join(root, 'content'), { recursive: true });
  for (const rel of fixtureSpec(name).delete ?? []) rmSync(join(root, 'content', rel));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
