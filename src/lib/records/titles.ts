/** What a case or policy is called where it is named in passing: a case by its title, a policy by its short title. */
import type { Lang } from '~/schemas/common';
import type { Atlas, OwnerKind } from '~/lib/atlas/types';

export function ownerTitle(atlas: Atlas, owner: { kind: OwnerKind; id: string }, lang: Lang): string {
  const title =
    owner.kind === 'case'
      ? atlas.cases.find((c) => c.id === owner.id)?.text[lang].title
      : atlas.policies.find((p) => p.id === owner.id)?.text[lang].shortTitle;
  if (title === undefined) throw new Error(`unknown ${owner.kind} "${owner.id}"`);
  return title;
}
