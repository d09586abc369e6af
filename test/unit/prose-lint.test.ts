import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProseLinter, formatProseProblem, lintContentProse, lintMdx, lintYamlProse, spellingRules } from '../../scripts/prose/linter';
import { ROOT } from '../../scripts/support/paths';

const MODULES = join(ROOT, 'node_modules');
const rules = spellingRules(ROOT);
const linter = await createProseLinter(rules, MODULES);
const lines = (problems: { line: number; column: number; message: string }[]) => problems.map((p) => `${p.line}:${p.column} ${p.message.split(' (')[0]}`);

describe('the spelling rules', () => {
  it('come from every avoid entry of the glossary, a partial variant with its own fix', () => {
    const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as { avoid?: { ko?: string[]; en?: string[] } }[];
    const entries = glossary.flatMap((t) => [...(t.avoid?.ko ?? []), ...(t.avoid?.en ?? [])]);
    expect(entries.length).toBeGreaterThan(30);
    const fromGlossary = rules.filter((r) => r.why.startsWith('glossary'));
    expect(fromGlossary.map((r) => r.wrong).sort()).toEqual(entries.map((e) => e.split(/\s*→\s*/)[0]).sort());
    expect(rules).toContainEqual(expect.objectContaining({ wrong: '스마트 오피스', right: '스마트오피스' }));
    expect(rules).toContainEqual(expect.objectContaining({ wrong: '데스크탑', right: '데스크톱' }));
    expect(rules).toContainEqual(expect.objectContaining({ wrong: '액센추어', right: '액센츄어' }));
  });
});

describe('the prose linter on MDX', () => {
  const page = [
    '---',
    'title: 스마트 오피스 in the frontmatter is read separately',
    '---',
    '',
    '## 한국IBM의 스마트 오피스',
    '',
    '한국IBM은 <Term id="smart-office">스마트 오피스</Term>를 운영한다<Cite f="F33" />. **씬 클라이언트**와 [데스크탑 가상화](../x/)도 있다.',
    '',
    '- Areas where WiFi can be used: <Metric id="kcc/wifi-zones-2010" /><Cite f="F25" source="WiFi" />.',
    '',
    '| 구분 | 과제 |',
    '|---|---|',
    '| 스마트 TV | 원격협업 |',
    '',
    'Code is not prose: `WiFi` and',
    '',
    '```js',
    'const wifi = "스마트 오피스";',
    '```',
    '',
    '{/* 스마트 오피스 in a comment */}',
  ].join('\n');

  it('flags variants in headings, text, component children, emphasis, links, lists and tables, with line and column', async () => {
    expect(lines(await lintMdx(linter, 'content/cases/ko/x.mdx', page))).toEqual([
      '5:11 스마트 오피스 => 스마트오피스',
      '7:32 스마트 오피스 => 스마트오피스',
      '7:72 씬 클라이언트 => 신 클라이언트',
      '7:84 데스크탑 => 데스크톱',
      '9:15 WiFi => Wi-Fi',
      '13:3 스마트 TV => 스마트TV',
    ]);
  });

  it('leaves metric ids, component attributes, code, comments and frontmatter alone', async () => {
    const found = await lintMdx(linter, 'content/cases/ko/x.mdx', page);
    expect(found.filter((p) => [2, 15, 18, 21].includes(p.line))).toEqual([]);
    expect(found.some((p) => p.line === 9 && p.column > 20)).toBe(false);
  });

  it('names the glossary term a problem comes from', async () => {
    const [first] = await lintMdx(linter, 'content/cases/ko/x.mdx', '한국IBM의 스마트 오피스는 여의도에 있다<Cite f="F33" />.\n');
    expect(formatProseProblem(first!)).toBe('content/cases/ko/x.mdx:1:8 스마트 오피스 => 스마트오피스 (glossary term "smart-office" (스마트오피스))');
  });
});

describe('the prose linter on YAML', () => {
  const yaml = [
    '- id: japan-target-year',
    '  text:',
    '    ko: 2007년의 「텔레워크 인구 배증 액션플랜」은 목표를 2010년으로 잡았다.',
    '    en: "The plan counts tele-workers."',
    '  aka: { ko: [텔레워크], en: [WiFi] }',
    '  note: |',
    '    첫 줄은 괜찮다.',
    '    둘째 줄의 스마트 오피스.',
  ].join('\n');

  it('reads every value in both languages, at its line, and skips the lists of variants', async () => {
    expect(lines(await lintYamlProse(linter, 'content/notes.yaml', yaml))).toEqual([
      '3:17 텔레워크 => 원격근무',
      '4:26 tele-work => telework',
      '8:11 스마트 오피스 => 스마트오피스',
    ]);
  });
});

describe('npm run lint:prose on a content folder with mistakes', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-prose-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    const ibm = join(root, 'content/cases/ko/ibm-korea.mdx');
    writeFileSync(ibm, `${readFileSync(ibm, 'utf8')}\n한국IBM의 스마트 오피스는 여의도에 있다<Cite f="F33" />.\n`);
    const notes = join(root, 'content/notes.yaml');
    writeFileSync(notes, readFileSync(notes, 'utf8').replace('원격근무 인구 배증 액션플랜', '텔레워크 인구 배증 액션플랜'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names each file and line, in MDX text and in YAML prose', async () => {
    const found = (await lintContentProse(root, MODULES)).map(formatProseProblem);
    const ibmLines = readFileSync(join(root, 'content/cases/ko/ibm-korea.mdx'), 'utf8').split('\n').length - 1;
    const noteLine = readFileSync(join(root, 'content/notes.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('텔레워크 인구')) + 1;
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^content/notes\\.yaml:${noteLine}:\\d+ 텔레워크 => 원격근무`)),
      `content/cases/ko/ibm-korea.mdx:${ibmLines}:8 스마트 오피스 => 스마트오피스 (glossary term "smart-office" (스마트오피스))`,
    ]);
  });
});
