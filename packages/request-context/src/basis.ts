/**
 * Builds the `basis` of findings from the records of `@lhc/parties`. Statuses are passed through as the
 * data records them; a fact counts as verified only where the data itself says "verified", so a
 * published or listed fact is never presented as more than it is.
 */
import {
  articleLabel,
  type Declaration,
  dataset,
  type Party,
  type Source,
  stateLabel,
  uniqueSources,
} from "@lhc/parties";
import type { FindingBasis } from "./findings.js";

/** Statuses are compared as plain strings: a later data release may add statuses this package does not name. */
const isVerified = (status: string): boolean => status === "verified";

const publishers = (sources: readonly Source[]): string =>
  [...new Set(sources.map((s) => s.publisher))].join("; ");

/** The sources that every signature cites: the list of signatories as a whole, which shows no more than it lists. */
export function signatoriesSources(): Source[] {
  const [first, ...rest] = dataset.parties.map((party) => party.signature?.sources ?? []);
  return uniqueSources((first ?? []).filter((s) => rest.every((list) => list.some((o) => o.url === s.url))));
}

export function signatoriesBasis(): FindingBasis {
  const sources = signatoriesSources();
  return {
    fact: "signatories",
    state: null,
    declarationId: null,
    status: "listed",
    verified: false,
    label: `The list of ${dataset.parties.length} signatories as ${publishers(sources) || "the data"} records it (data as of ${dataset.asOf})`,
    sources,
  };
}

/**
 * Where a State's record shows no consent or no entry into force, the fact rests on the list that shows
 * none: the sources every signature cites, not the State's other sources (news of its signature says
 * nothing about later consent).
 */
const listSources = (): Source[] => signatoriesSources();

export function signatureBasis(party: Party): FindingBasis {
  const who = stateLabel(party.code);
  return {
    fact: "signature",
    state: party.code,
    declarationId: null,
    status: party.signature ? "recorded" : "none-recorded",
    verified: false,
    label: party.signature
      ? `${who}: signed on ${party.signature.date}, as recorded by ${publishers(party.signature.sources)}`
      : `${who}: no signature recorded`,
    sources: uniqueSources(party.signature?.sources ?? listSources()),
  };
}

export function consentBasis(party: Party): FindingBasis {
  const who = stateLabel(party.code);
  const sources = party.consent?.sources ?? listSources();
  return {
    fact: "consent",
    state: party.code,
    declarationId: null,
    status: party.consentStatus,
    verified: false,
    label: party.consent
      ? `${who}: consent to be bound deposited on ${party.consent.depositDate}, as recorded by ${publishers(sources)}`
      : `${who}: no consent to be bound recorded by ${publishers(sources)}`,
    sources: uniqueSources(sources),
  };
}

export function entryIntoForceBasis(party: Party): FindingBasis {
  const who = stateLabel(party.code);
  const verified = isVerified(party.entryIntoForceStatus);
  const sources = party.entryIntoForce?.sources ?? listSources();
  return {
    fact: "entryIntoForce",
    state: party.code,
    declarationId: null,
    status: party.entryIntoForceStatus,
    verified,
    label: party.entryIntoForce
      ? `${who}: entry into force on ${party.entryIntoForce.date} as published by ${publishers(sources)}`
      : `${who}: no entry-into-force date is published for it by ${publishers(sources)}`,
    sources: uniqueSources(sources),
  };
}

export function declarationsListedBasis(party: Party): FindingBasis {
  const who = stateLabel(party.code);
  const sources = party.declarationsListed.sources;
  return {
    fact: "declarationsListed",
    state: party.code,
    declarationId: null,
    status: party.declarationsListed.value ? "listed" : "none-listed",
    verified: false,
    label: party.declarationsListed.value
      ? `${who}: listed by ${publishers(sources)} as having reservations or declarations`
      : `${who}: no reservation or declaration listed by ${publishers(sources)}`,
    sources: uniqueSources(sources),
  };
}

/** Whether the declaration's content is known from its deposited text, complete, as the treaty database records it. */
export function isDeclarationVerified(declaration: Declaration): boolean {
  return (
    declaration.text !== null && declaration.textStatus === "complete" && !isFromApprovingLaw(declaration)
  );
}

/** What the State's approving law directs, not a deposited text (`basis: "domestic-law"`). */
export function isFromApprovingLaw(declaration: Declaration): boolean {
  return declaration.basis === "domestic-law";
}

/** How the declaration's content is known, in words. */
export function declarationStatusLabel(declaration: Declaration): string {
  if (isFromApprovingLaw(declaration)) {
    return "known only from the State's approving law; whether the deposited declaration says the same is not verified";
  }
  if (declaration.text === null) return "listed without its content; the content is not verified";
  if (declaration.textStatus !== "complete")
    return `text recorded in part by ${publishers(declaration.sources)}; the rest is not verified`;
  return `text recorded by ${publishers(declaration.sources)}`;
}

export function declarationBasis(code: string, declaration: Declaration): FindingBasis {
  return {
    fact: "declaration",
    state: code,
    declarationId: declaration.id,
    status: `${declaration.basis}; text ${declaration.textStatus}`,
    verified: isDeclarationVerified(declaration),
    label: `${stateLabel(code)}: declaration ${declaration.id}, ${declarationStatusLabel(declaration)}`,
    sources: uniqueSources(declaration.sources),
  };
}

/** None when the parties data set is another treaty's: it records no Convention rule to rest on. */
export function entryIntoForceRuleBasis(): FindingBasis[] {
  const rule = dataset.convention?.entryIntoForce;
  if (!rule) return [];
  const verified = isVerified(rule.ruleStatus);
  return [
    {
      fact: "entryIntoForceRule",
      state: null,
      declarationId: null,
      status: rule.ruleStatus,
      verified,
      label: `The Convention's entry-into-force rule (${articleLabel(rule.article.provision)})${rule.rule ? `: ${rule.rule}` : ", which the data leaves open"}`,
      sources: uniqueSources(rule.article.sources),
    },
  ];
}

export function provisionalApplicationBases(codes: readonly string[], on: string): FindingBasis[] {
  return (dataset.convention?.provisionalApplication ?? [])
    .filter((entry) => codes.includes(entry.code) && entry.from <= on)
    .map((entry) => ({
      fact: "provisionalApplication" as const,
      state: entry.code,
      declarationId: null,
      status: `from ${entry.from}`,
      verified: false,
      label: `${stateLabel(entry.code)}: applies ${entry.scope} provisionally in ${entry.territory} since ${entry.from} (not entry into force)`,
      sources: uniqueSources(entry.sources),
    }));
}

/** The facts the Convention's application to one State rests on. */
export function statusBases(party: Party): FindingBasis[] {
  return [signatureBasis(party), consentBasis(party), entryIntoForceBasis(party)];
}
