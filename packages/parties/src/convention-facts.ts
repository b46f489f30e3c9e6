/**
 * The Convention's own facts (titles, adoption, identifiers, signature period, depositary claims,
 * entry-into-force claims) are written once, in @lhc/convention's data/meta.json with its source
 * registry. This module reads them from the built @lhc/convention at build time and gives them the
 * shape of this package's `ConventionFacts`, each source reference resolved to its full record.
 */
import { type Claim, convention as conventionDocument, type Fact, sourcesOf } from "@lhc/convention";
import type {
  ConventionFacts,
  DepositaryClaim,
  ProvisionalApplication,
  Source,
  SourcedClaim,
} from "./types.js";

type Cited = { sources: { id: string; pinpoint?: string }[] };

/** The full records, without the registry id and pinpoint: the shape every fact in this package cites. */
function resolve(item: Cited): Source[] {
  return sourcesOf(item).map(({ id: _id, pinpoint: _pinpoint, ...source }) => source);
}

function quoteOf(item: Cited): string | null {
  const pinpoint = item.sources.find((ref) => ref.pinpoint?.startsWith('"'))?.pinpoint;
  return pinpoint ? pinpoint.replace(/^"|"$/g, "") : null;
}

function known<T>(fact: Fact<T>, where: string): T {
  if (fact.value === null) throw new Error(`@lhc/convention data/meta.json: ${where} is not known`);
  return fact.value;
}

const claimOf = (claim: Claim): SourcedClaim => ({
  claim: claim.note ?? String(claim.value),
  quote: quoteOf(claim),
  sources: resolve(claim),
});

export function conventionFacts(
  provisionalApplication: ProvisionalApplication[],
  meta = conventionDocument.meta,
): ConventionFacts {
  const { titles, adopted, openedForSignature, identifiers, depositary, entryIntoForce } = meta;
  const identifier = (
    scheme: ConventionFacts["identifiers"][number]["scheme"],
    label: string,
    fact: Fact<string>,
  ) => ({
    scheme,
    value: known(fact, `identifiers.${scheme}`),
    label,
    status: fact.status === "official" ? ("verified" as const) : ("cited-not-verified" as const),
    sources: resolve(fact),
  });
  const candidates = new Map<string, DepositaryClaim[]>();
  for (const claim of depositary.claims ?? []) {
    const name = String(claim.value);
    candidates.set(name, [
      ...(candidates.get(name) ?? []),
      { ...claimOf(claim), inference: claim.status === "inferred" },
    ]);
  }
  return {
    title: {
      en: known(titles.en, "titles.en"),
      nl: known(titles.nl, "titles.nl"),
      note: titles.en.note ?? null,
      sources: resolve({ sources: [...titles.en.sources, ...titles.nl.sources] }),
    },
    adoption: {
      date: known(adopted.date, "adopted.date"),
      place: known(adopted.place, "adopted.place"),
      sources: resolve({ sources: [...adopted.date.sources, ...adopted.place.sources] }),
    },
    identifiers: [
      identifier(
        "verdragenbank",
        "Dutch Treaty Database (Verdragenbank) treaty number",
        identifiers.verdragenbank,
      ),
      identifier("bwb", "BWB id on the Dutch law portal", identifiers.bwbId),
      ...identifiers.tractatenblad.map((fact) => identifier("tractatenblad", "Tractatenblad", fact)),
      ...identifiers.parliamentaryPapers.map((fact) =>
        identifier("kamerstuk", "Dutch parliamentary paper", fact),
      ),
    ],
    signaturePeriod: {
      opened: {
        date: known(openedForSignature.date, "openedForSignature.date"),
        place: openedForSignature.place.value,
        sources: resolve({
          sources: [...openedForSignature.date.sources, ...openedForSignature.place.sources],
        }),
      },
      openUntil: {
        date: known(openedForSignature.lastDay, "openedForSignature.lastDay"),
        note: openedForSignature.lastDay.note ?? null,
        sources: resolve(openedForSignature.lastDay),
      },
    },
    depositary: {
      value: depositary.value,
      status: depositary.value !== null ? "verified" : candidates.size > 1 ? "disputed" : "not-yet-verified",
      note: depositary.note ?? null,
      candidates: [...candidates].map(([name, claims]) => ({ name, claims })),
    },
    entryIntoForce: {
      article: {
        provision: known(entryIntoForce.article, "entryIntoForce.article"),
        note: entryIntoForce.article.note ?? null,
        quote: quoteOf(entryIntoForce.article),
        sources: resolve(entryIntoForce.article),
      },
      rule: entryIntoForce.rule.value,
      ruleStatus: entryIntoForce.rule.value === null ? "not-yet-verified" : "verified",
      claims: (entryIntoForce.rule.claims ?? []).map(claimOf),
      generalDate: entryIntoForce.general.value,
      generalDateClaims: (entryIntoForce.general.claims ?? []).map(claimOf),
      generalDateStatus: entryIntoForce.general.value === null ? "not-yet-verified" : "published",
      note: entryIntoForce.general.note ?? null,
    },
    provisionalApplication,
  };
}
