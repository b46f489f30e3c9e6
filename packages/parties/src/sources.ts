import type { Party, Source } from "./types.js";

/** Every source cited anywhere in one State's record (signature, consent, entry into force, declarations), in record order, with repeats. */
export function sourcesOf(party: Party): Source[] {
  return [
    ...(party.signature?.sources ?? []),
    ...(party.consent?.sources ?? []),
    ...(party.entryIntoForce?.sources ?? []),
    ...party.declarationsListed.sources,
    ...party.declarations.flatMap((declaration) => declaration.sources),
    ...(party.domesticApproval?.sources ?? []),
  ];
}

/** Sources in first-seen order, each URL once: many facts cite the same database page. */
export function uniqueSources<T extends Pick<Source, "url">>(sources: readonly T[]): T[] {
  const byUrl = new Map<string, T>();
  for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}
