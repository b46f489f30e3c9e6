/**
 * The sections of a request letter, in the order a request reads, and the top-level request fields
 * each holds, in order. The letters and the site's request builder both lay requests out by this list.
 */
export const letterSections = [
  {
    id: "request",
    fields: [
      "dateOfRequest",
      "requestingState",
      "requestedState",
      "requestingStateRole",
      "form",
      "channel",
      "language",
      "translations",
      "legalBasis",
      "supplementaryInformationTo",
    ],
  },
  { id: "authorities", fields: ["requestingAuthority"] },
  {
    id: "proceeding",
    fields: [
      "proceeding",
      "factsSummary",
      "purpose",
      "procedure",
      "basisDecision",
      "decision",
      "judgment",
      "sentence",
      "inAbsentia",
      "applicableLaw",
      "lapseOfTime",
      "consequences",
      "extraditionRequestWillFollow",
    ],
  },
  { id: "persons", fields: ["personsConcerned", "personSought", "sentencedPerson"] },
  { id: "offences", fields: ["offences"] },
  { id: "measures", fields: ["measures"] },
  {
    id: "conditions",
    fields: [
      "urgency",
      "confidentiality",
      "protectiveMeasures",
      "requestedStateRequirements",
      "stateSpecificRequirements",
      "otherInformation",
    ],
  },
  {
    id: "attachments",
    fields: ["sentencingStateDocuments", "administeringStateDocuments", "attachments"],
  },
  { id: "signature", fields: ["signatory"] },
  { id: "record", fields: ["requestType", "schemaVersion"] },
] as const satisfies readonly { id: string; fields: readonly string[] }[];

export type LetterSectionId = (typeof letterSections)[number]["id"];

/** Where a field not placed above goes (none does today; a test checks every request field is placed). */
export const fallbackSection: LetterSectionId = "conditions";

/** The section of a top-level request field. */
export function sectionOf(field: string): LetterSectionId {
  for (const section of letterSections) {
    if ((section.fields as readonly string[]).includes(field)) return section.id;
  }
  return fallbackSection;
}
