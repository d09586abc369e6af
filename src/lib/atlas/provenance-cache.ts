/**
 * The rule of provenance (provenance.ts) with a memory: a body checked
 * before is not parsed again as long as every question the check asked
 * about the rest of the content (is F31 a fact? which fact does this figure
 * come from?) still has the same answer. The result is then the same, since
 * the check depends on nothing else. This is what keeps
 * `check:content --watch` and the tests, which check the same texts again
 * and again, fast; a single run is unchanged.
 */
import { checkProvenance, type ProvenanceProblem, type ProvenanceRefs } from './provenance';

type Question = ['fact' | 'source' | 'metric', string, boolean | string | undefined];

interface Remembered {
  questions: Question[];
  problems: ProvenanceProblem[];
}

const remembered = new Map<string, Remembered>();
const LIMIT = 4000;

function answer(refs: ProvenanceRefs, [kind, id]: Question): boolean | string | undefined {
  return kind === 'fact' ? refs.hasFact(id) : kind === 'source' ? refs.hasSource(id) : refs.factOfMetric(id);
}

export function provenanceProblems(body: string, refs: ProvenanceRefs, lineOffset: number): ProvenanceProblem[] {
  const key = `${lineOffset}\n${body}`;
  const before = remembered.get(key);
  if (before && before.questions.every((q) => answer(refs, q) === q[2])) return before.problems;
  const questions: Question[] = [];
  const ask = <T extends boolean | string | undefined>(kind: Question[0], id: string, value: T): T => {
    questions.push([kind, id, value]);
    return value;
  };
  const problems = checkProvenance(
    body,
    {
      hasFact: (id) => ask('fact', id, refs.hasFact(id)),
      hasSource: (id) => ask('source', id, refs.hasSource(id)),
      factOfMetric: (id) => ask('metric', id, refs.factOfMetric(id)),
    },
    lineOffset,
  );
  if (remembered.size >= LIMIT) remembered.clear();
  remembered.set(key, { questions, problems });
  return problems;
}
