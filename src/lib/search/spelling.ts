/**
 * The site's English is British (centre, virtualisation); many readers type
 * American spelling (center, virtualization). The stemmer does not join the
 * two, so the index gets the American form of each British word as an extra
 * term. Rules cover the regular patterns; the rest are listed.
 */

const LISTED: Record<string, string> = {
  ageing: 'aging',
  defence: 'defense',
  licence: 'license',
  offence: 'offense',
  programme: 'program',
  programmes: 'programs',
  labour: 'labor',
  behaviour: 'behavior',
  colour: 'color',
  favour: 'favor',
  honour: 'honor',
  neighbour: 'neighbor',
  travelling: 'traveling',
  travelled: 'traveled',
  cancelled: 'canceled',
  labelled: 'labeled',
  modelling: 'modeling',
  catalogue: 'catalog',
  dialogue: 'dialog',
};

/** Words in -ise that are not the British form of an -ize verb. */
const NOT_IZE = new Set([
  'advertise', 'advise', 'chastise', 'comprise', 'compromise', 'concise', 'despise', 'devise', 'disguise', 'enterprise',
  'exercise', 'expertise', 'franchise', 'improvise', 'likewise', 'merchandise', 'noise', 'otherwise', 'praise', 'precise',
  'premise', 'promise', 'raise', 'revise', 'rise', 'supervise', 'surprise', 'televise', 'wise', 'cruise', 'arise', 'clockwise',
]);

const RULES: [RegExp, string][] = [
  [/([^aeiou])tre(s?)$/, '$1ter$2'], // centre, telecentres
  [/isation(s?)$/, 'ization$1'], // organisation, virtualisation
  [/yse(d|s)?$/, 'yze$1'], // analyse, analysed
];

/** The American spelling of a British-spelled word, or undefined if it has none. */
export function americanSpelling(word: string): string | undefined {
  const w = word.toLowerCase();
  if (LISTED[w]) return LISTED[w];
  for (const [pattern, replacement] of RULES) if (pattern.test(w)) return w.replace(pattern, replacement);
  const ise = /^(.{3,})is(e|ed|es|ing)$/.exec(w);
  if (ise && !NOT_IZE.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  return undefined;
}
