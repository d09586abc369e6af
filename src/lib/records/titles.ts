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

/** The bodies that own a policy (content/owners.yaml), named in one language and joined as a list. */
export function policyOwnerNames(atlas: Atlas, owners: readonly string[], lang: Lang, separator: string): string {
  return owners.map((id) => atlas.owners.get(id)?.name[lang] ?? id).join(separator);
}
