/**
 * The editor's site: what an editor makes of a copy of the project by
 * changing content/ alone, built once per test run next to the main build.
 *
 * 1. The project is copied (code as it is, the real content/), node_modules
 *    linked, and every file outside content/ fingerprinted.
 * 2. `npm run new:case` scaffolds a case from a country the site has not seen
 *    (DE); the scaffold's fields are filled in, its text written
 *    (test/fixtures/editor/), and a chart of its figures added.
 * 3. Hostile strings go into every kind of text field the schemas allow,
 *    across content/: case, policy, topic and page frontmatter, figures,
 *    events, notes, sources, the paper, facts, sections, bases, owners,
 *    glossary terms and charts.
 * 4. `npm run check:content` must pass, the files outside content/ must be
 *    unchanged, and `npm run build` builds the site under /atlas/.
 *
 * The site tier reads the result (test/site/editor-site.test.ts) and the
 * browser tier opens it in Chromium (test/browser/hostile.browser.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from '../../scripts/support/paths';
import { buildEnv } from '../../scripts/support/build-env';
import { BASE, TEST_OUTPUT } from './built-site';

export const EDITOR_PROJECT = join(TEST_OUTPUT, 'editor-project');
/** Built where an editor's `npm run build` puts it, in the copy's own dist/. */
export const EDITOR_DIST = join(EDITOR_PROJECT, 'dist');
export const EDITOR_CASE = 'zugspitze-test';
/** The word a reader searches for to find the case, in each language. */
export const EDITOR_WORD = { en: 'Zugspitze', ko: '추크슈피체' } as const;

/**
 * Text that runs as code anywhere it is not escaped for its context: it ends
 * a script element, breaks out of an attribute, opens an element with an
 * event handler, ends a CDATA section, opens an HTML comment and carries a
 * line separator. `window.__pwned` is what the browser test watches.
 */
export function hostile(field: string): string {
  return `${field} </script><script>window.__pwned()</script>"><img src=x onerror="window.__pwned()">'><svg onload=window.__pwned()>]]><!-- &amp; \${window.__pwned()}\u2028end`;
}
/** Text a spreadsheet would run as a formula, at the start of a field written to CSV. */
export const FORMULA = '=HYPERLINK("https://example.invalid/","open")';

/** What the editor's case is called and says, in each language. */
export const EDITOR_TEXT = {
  en: { title: `Zugspitze test case ${hostile('title')}`, summary: `A made-up company from Germany for the tests: ${hostile('summary')}` },
  ko: { title: `추크슈피체 시험 사례 ${hostile('제목')}`, summary: `시험을 위해 지어낸 독일 회사다. ${hostile('요약')}` },
} as const;

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'public', 'src', 'scripts'];
const FIXTURES = join(ROOT, 'test/fixtures/editor');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file of the project outside content/ (and outside what installs and builds write), with its hash. */
export function fingerprintOutsideContent(root: string): Map<string, string> {
  const files = PROJECT_FILES.flatMap((f) => {
    const path = join(root, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  return new Map(files.map((file) => [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const).sort(([a], [b]) => a.localeCompare(b)));
}

function run(root: string, args: string[], env: NodeJS.ProcessEnv = buildEnv()): string {
  try {
    return execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: 'pipe', env });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(' ')} failed in ${root}:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** Edits a YAML document in place, keeping its comments. */
function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** Edits the frontmatter of an MDX file, keeping its body. */
function editFrontmatter(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const doc = parseDocument(match[1]!);
  edit(doc);
  writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(match[0].length)}`);
}

/** Replaces one line of a scaffold, failing if the scaffold no longer has it. */
function fill(file: string, line: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(`\n${line}\n`)) throw new Error(`${file}: the scaffold has no line "${line}"`);
  writeFileSync(file, text.replace(`\n${line}\n`, () => `\n${value}\n`));
}

const y = (s: string) => JSON.stringify(s);
const both = (en: string, ko: string) => `{ ko: ${y(ko)}, en: ${y(en)} }`;

/** Step 2: the new case, through the scaffold. */
function addCase(content: string): void {
  const data = join(content, 'cases', `${EDITOR_CASE}.yaml`);
  fill(data, 'country:', 'country: DE');
  fill(data, 'sector:', 'sector: company');
  fill(data, 'startYear:', 'startYear: 2009');
  fill(data, 'forms: []', 'forms: [home, centre]');
  fill(data, 'glossary: []', 'glossary: [zugspitze-term]');
  fill(data, 'facts: []', 'facts: [F40, F41]');
  fill(data, `# headline: ${EDITOR_CASE}/staff-share`, `headline: ${EDITOR_CASE}/staff-share`);
  fill(
    data,
    'metrics: []',
    `metrics:
  - id: ${EDITOR_CASE}/staff-share
    value: 42
    unit: percent
    year: 2010
    kind: actual
    base: company-staff
    measure: ${both(`${FORMULA} ${hostile('measure')}`, hostile('측정'))}
    denominator: ${both(hostile('denominator'), hostile('분모'))}
    fact: F40
    note: zugspitze-note
  - id: ${EDITOR_CASE}/centres
    value: 7
    unit: sites
    year: 2011
    kind: target
    base: zugspitze-base
    measure: ${both(`-1+1 ${hostile('measure of centres')}`, hostile('센터 측정'))}
    printed: ${both(hostile('printed'), hostile('인쇄'))}
    fact: F41`,
  );
  fill(
    data,
    'events: []',
    `events:
  - { year: 2009, month: 4, kind: start, label: ${both(`@SUM(1) ${hostile('event')}`, hostile('사건'))} }
  - { year: 2011, kind: target, metric: ${EDITOR_CASE}/centres }`,
  );
  for (const lang of ['en', 'ko'] as const) {
    const file = join(content, 'cases', lang, `${EDITOR_CASE}.mdx`);
    const text = EDITOR_TEXT[lang];
    fill(file, 'title:', `title: ${y(text.title)}`);
    fill(file, 'summary:', `summary: ${y(text.summary)}`);
    for (const key of ['scale', 'results', 'security', 'drivers', 'barriers']) {
      fill(file, `  ${key}: { text: "", facts: [] }`, `  ${key}: { text: ${y(`+${key} ${hostile(`compare ${key} ${lang}`)}`)}, facts: [F40] }`);
    }
    const scaffold = readFileSync(file, 'utf8');
    const firstHeading = scaffold.indexOf('\n## ');
    writeFileSync(file, scaffold.slice(0, firstHeading + 1) + readFileSync(join(FIXTURES, `${lang}.mdx`), 'utf8'));
  }
  const charts = join(content, 'charts.yaml');
  writeFileSync(
    charts,
    `${readFileSync(charts, 'utf8')}- id: ${EDITOR_CASE}-chart
  type: bar
  title: ${both(hostile('chart title'), hostile('차트 제목'))}
  place: case/${EDITOR_CASE}
  panels:
    - label: owner
      points: [${EDITOR_CASE}/staff-share, bt/staff-share]
    - label: measure
      points:
        - { metric: ${EDITOR_CASE}/centres, label: ${both(hostile('point label'), hostile('점 이름'))} }
`,
  );
}

/** Step 3: hostile strings in every other kind of text field. */
function addHostileStrings(content: string): void {
  const append = (file: string, text: string) => writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8').replace(/\n*$/, '\n')}${text}`);
  append(
    'glossary.yaml',
    `- id: zugspitze-term
  term: ${both(hostile('term'), hostile('용어'))}
  aka: { ko: [${y(hostile('다른 이름'))}], en: [${y(hostile('also called'))}] }
  definition: ${both(hostile('definition'), hostile('정의'))}
  facts: [F40]
`,
  );
  append(
    'sources.yaml',
    `- id: zugspitze-source
  kind: press
  name: ${both(hostile('source name'), hostile('출처 이름'))}
  date: "2011-03-07"
  locator: ${both(hostile('locator'), hostile('위치'))}
`,
  );
  append(
    'notes.yaml',
    `- id: zugspitze-note
  facts: [F40]
  status: differs
  text: ${both(hostile('note'), hostile('편집자 주'))}
  sources: [zugspitze-source]
`,
  );
  append('bases.yaml', `- id: zugspitze-base\n  title: ${both(hostile('base'), hostile('기준'))}\n  compare: scale\n`);
  const list = (file: string, id: string, edit: (doc: ReturnType<typeof parseDocument>, i: number) => void) =>
    editYaml(join(content, file), (doc) => {
      const i = (doc.toJS() as { id: string }[]).findIndex((e) => e.id === id);
      if (i < 0) throw new Error(`${file}: no entry ${id}`);
      edit(doc, i);
    });
  list('owners.yaml', 'kcc', (doc, i) => doc.setIn([i, 'name'], { ko: hostile('기관'), en: hostile('owner') }));
  list('sections.yaml', '1', (doc, i) => doc.setIn([i, 'title'], { ko: hostile('절'), en: hostile('section') }));
  list('facts.yaml', 'F40', (doc, i) => {
    doc.setIn([i, 'statement'], { ko: hostile('사실'), en: hostile('fact') });
    doc.setIn([i, 'figure'], hostile('figure'));
    doc.setIn([i, 'table'], hostile('table'));
  });
  list('sources.yaml', 'paper', (doc, i) => {
    for (const key of ['author', 'affiliation', 'title', 'series', 'date', 'dateEvidence', 'pages', 'pagesEvidence', 'journal']) {
      doc.setIn([i, key], { ko: hostile(`논문 ${key}`), en: hostile(`paper ${key}`) });
    }
    doc.setIn([i, 'volume'], hostile('paper volume'));
  });
  // The author's other spellings name someone no page names now: check:content refuses a synonym group no page uses.
  list('synonyms.yaml', 'jung-cheol-ho', (doc, i) => doc.deleteIn([i]));
  list('charts.yaml', 'uptake', (doc, i) => doc.setIn([i, 'title'], { ko: hostile('그림 제목'), en: hostile('figure title') }));
  for (const lang of ['en', 'ko'] as const) {
    editFrontmatter(join(content, 'policies', lang, 'kcc-infrastructure-strategy.mdx'), (doc) => {
      for (const key of ['title', 'shortTitle', 'summary']) doc.set(key, `${String(doc.get(key))} ${hostile(`policy ${key} ${lang}`)}`);
    });
    editFrontmatter(join(content, 'topics', lang, 'concept.mdx'), (doc) => {
      for (const key of ['title', 'summary']) doc.set(key, `${String(doc.get(key))} ${hostile(`topic ${key} ${lang}`)}`);
    });
    editFrontmatter(join(content, 'pages', lang, 'guide.mdx'), (doc) => {
      for (const key of ['title', 'summary']) doc.set(key, `${String(doc.get(key))} ${hostile(`page ${key} ${lang}`)}`);
    });
  }
}

/** Builds the editor's site; returns the output of each step, for the tests to show. */
export function buildEditorSite(): { scaffold: string; check: string; unchanged: boolean } {
  rmSync(EDITOR_PROJECT, { recursive: true, force: true });
  mkdirSync(EDITOR_PROJECT, { recursive: true });
  for (const f of [...PROJECT_FILES, 'content']) cpSync(join(ROOT, f), join(EDITOR_PROJECT, f), { recursive: true });
  // The installed packages, linked one by one: Astro's cache (node_modules/.astro) stays the copy's own.
  mkdirSync(join(EDITOR_PROJECT, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(ROOT, 'node_modules', name), join(EDITOR_PROJECT, 'node_modules', name));
  }
  const before = fingerprintOutsideContent(EDITOR_PROJECT);

  const scaffold = run(EDITOR_PROJECT, ['run', 'new:case', '--silent', '--', EDITOR_CASE]);
  const content = join(EDITOR_PROJECT, 'content');
  addCase(content);
  addHostileStrings(content);
  const check = run(EDITOR_PROJECT, ['run', 'check:content', '--silent']);

  const after = fingerprintOutsideContent(EDITOR_PROJECT);
  const unchanged = JSON.stringify([...before]) === JSON.stringify([...after]);
  writeFileSync(join(TEST_OUTPUT, 'editor-steps.json'), JSON.stringify({ scaffold, check, unchanged, files: before.size }, null, 2));
  run(EDITOR_PROJECT, ['run', 'build', '--silent'], buildEnv({ OUT_DIR: './dist', BASE_PATH: BASE.replace(/\/$/, '') }));
  return { scaffold, check, unchanged };
}

/** What the editor's steps printed, as the build wrote it down. */
export function editorSteps(): { scaffold: string; check: string; unchanged: boolean; files: number } {
  return JSON.parse(readFileSync(join(TEST_OUTPUT, 'editor-steps.json'), 'utf8')) as { scaffold: string; check: string; unchanged: boolean; files: number };
}
