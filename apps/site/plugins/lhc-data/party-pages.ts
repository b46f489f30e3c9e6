import {
  DECLARATION_BASIS_LABELS,
  type Declaration,
  type DeclarationEffect,
  dataset,
  declarationsOf,
  entryIntoForceRuleSentence,
  PARTY_STATUS_LABELS,
  type PartiesDataset,
  type Source,
  sourcesOf,
  stateName,
  statusOn,
  type TimelineEvent,
  timeline,
  uniqueSources,
} from "@lhc/parties";
import { citeProvision, languageLabel } from "@lhc/request-context";
import { registerConfirmations } from "./register";
import type { SourceView } from "./types";

/** Turns a provision ID into a citation and, when the site has a page for it, that page's path. */
export type ProvisionLinker = (eId: string) => { label: string; path: string | null };

export function sourceView(source: Source): SourceView {
  return {
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
    accessed: source.accessed,
  };
}

const sourceViews = (sources: readonly Source[]): SourceView[] => uniqueSources(sources).map(sourceView);

/** A State's status on a date, with its words from @lhc/parties. */
function statusOf(code: string, date: string) {
  const status = statusOn(code, date);
  return {
    status: status.status,
    statusLabel: PARTY_STATUS_LABELS[status.status],
    since: status.since ?? null,
  };
}

const EFFECT_STATUS_LABEL: Record<string, string> = {
  "deposited-text": "read from the recorded text",
  "approving-law":
    "what the approving law directs; whether the deposited declaration says the same is not yet verified",
};

/** An effect in words, as the request check (`@lhc/request-context`) applies it. */
export function effectText(effect: DeclarationEffect): string {
  const how = EFFECT_STATUS_LABEL[effect.status] ?? effect.status;
  const where = citeProvision(effect.provision);
  switch (effect.type) {
    case "request-language":
      return `Requests under ${where} are to be in ${effect.languages.map(languageLabel).join(" or ")} (${how}).`;
    case "central-authorities":
      return `Central authorities under ${where}: ${effect.authorities.join("; ")} (${how}).`;
  }
}

export function declarationView(code: string, declaration: Declaration, link: ProvisionLinker) {
  const provisions = [...(declaration.provisions ?? [])];
  if (declaration.madeUnder && !provisions.includes(declaration.madeUnder))
    provisions.push(declaration.madeUnder);
  return {
    id: declaration.id,
    state: code,
    stateName: stateName(code),
    kind: declaration.kind,
    basis: DECLARATION_BASIS_LABELS[declaration.basis],
    provisions,
    provisionLinks: provisions.map(link),
    annexes: [...(declaration.annexes ?? [])],
    text: declaration.text,
    textIncomplete: declaration.textStatus === "partial",
    summary: declaration.summary,
    effects: (declaration.effects ?? []).map(effectText),
    date: declaration.date,
    dateStatus: declaration.dateStatus,
    note: declaration.note,
    sources: sourceViews(declaration.sources),
  };
}

function eventView(event: TimelineEvent) {
  return {
    date: event.date,
    code: event.code,
    name: event.code === null ? "The Convention" : stateName(event.code),
    kind: event.type,
    label: event.summary,
    sources: sourceViews(event.sources),
  };
}

function counts(data: PartiesDataset) {
  return {
    signatories: data.parties.filter((party) => party.signature !== null).length,
    consents: data.parties.filter((party) => party.consent !== null).length,
    inForceForState: data.parties.filter((party) => party.entryIntoForce !== null).length,
    declarants: data.parties.filter(
      (party) => party.declarationsListed.value || party.declarations.length > 0,
    ).length,
  };
}

export function partiesPage() {
  const rows = dataset.parties.map((party) => {
    const { status, statusLabel } = statusOf(party.code, dataset.asOf);
    return {
      code: party.code,
      name: stateName(party.code),
      codeNote: party.codeNote,
      signature: party.signature?.date ?? null,
      consentType: party.consent ? (party.consent.type ?? party.consent.typeInSource?.meaning ?? null) : null,
      consent: party.consent?.depositDate ?? null,
      entryIntoForce: party.entryIntoForce?.date ?? null,
      declarations: party.declarations.length,
      status,
      /** The status as people read it (from @lhc/parties). */
      statusLabel,
      path: `/parties/${party.code.toLowerCase()}`,
    };
  });
  const facts = dataset.convention;
  // Another treaty's data set carries none of the Convention's facts, so none is shown.
  const conventionFacts = !facts
    ? []
    : [
        {
          label: "Depositary",
          value:
            facts.depositary.value ??
            `${facts.depositary.status === "disputed" ? "disputed" : "not yet verified"}: ${facts.depositary.candidates
              .map((candidate) => candidate.name)
              .join(" or ")}`,
          sources: sourceViews(
            facts.depositary.candidates.flatMap((c) => c.claims.flatMap((claim) => claim.sources)),
          ),
        },
        {
          label: "Entry-into-force rule",
          value:
            facts.entryIntoForce.rule ??
            `not yet verified (${facts.entryIntoForce.claims.map((c) => c.claim).join("; ")})`,
          sources: sourceViews([
            ...facts.entryIntoForce.article.sources,
            ...facts.entryIntoForce.claims.flatMap((claim) => claim.sources),
          ]),
        },
        {
          label: "Entry into force of the Convention",
          value:
            facts.entryIntoForce.generalDate ??
            `not yet verified (${facts.entryIntoForce.generalDateClaims.map((c) => c.claim).join("; ")})`,
          sources: sourceViews(facts.entryIntoForce.generalDateClaims.flatMap((claim) => claim.sources)),
        },
        ...facts.provisionalApplication.map((entry) => ({
          label: `Provisional application (${stateName(entry.code)})`,
          value: `${entry.scope}, ${entry.territory}, from ${entry.from}`,
          sources: sourceViews(entry.sources),
        })),
      ];
  return {
    asOf: dataset.asOf,
    dataVersion: dataset.dataVersion,
    counts: counts(dataset),
    rows,
    conventionFacts,
    register: registerConfirmations(dataset),
  };
}

export function statePages(link: ProvisionLinker) {
  const events = timeline();
  return dataset.parties.map((party) => {
    const { status, statusLabel, since } = statusOf(party.code, dataset.asOf);
    return {
      code: party.code,
      name: stateName(party.code),
      codeNote: party.codeNote,
      status,
      /** The status as people read it (from @lhc/parties). */
      statusLabel,
      statusSince: since,
      asOf: dataset.asOf,
      /** Whether the Convention's entry-into-force rule is verified, naming its article, in @lhc/parties' words. */
      entryIntoForceRule: entryIntoForceRuleSentence(dataset.convention?.entryIntoForce ?? null),
      events: events.filter((event) => event.code === party.code).map(eventView),
      declarations: declarationsOf(party.code).map((d) => declarationView(party.code, d, link)),
      sources: sourceViews(sourcesOf(party)),
      notes: [...party.notes],
    };
  });
}

export function timelinePage() {
  return { asOf: dataset.asOf, events: timeline().map(eventView) };
}

export function partiesCounts() {
  return counts(dataset);
}
