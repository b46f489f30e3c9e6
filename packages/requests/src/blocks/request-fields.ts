import * as z from "zod";
import { type FieldDescription, field } from "../field.js";
import { limits } from "../limits.js";
import { attachmentSchema } from "./attachment.js";
import { countryCode, isoDate, languageTag, list, longText, text } from "./primitives.js";
import { confidentialitySchema, formSchema, legalBasisSchema } from "./procedure.js";

/** The provisions of comparable instruments a field rests on. */
type Basis = FieldDescription["basis"];

/** Version of the data model; the JSON Schema $id carries the same number. */
export const schemaVersion = "0.1";

export const schemaVersionField = () =>
  field(z.literal(schemaVersion), {
    description: `Version of the request data model. This is version ${schemaVersion}.`,
    basis: [],
  });

export const requestTypeField = <T extends string>(type: T) =>
  field(z.literal(type), {
    description: `Kind of request: always "${type}" for this schema.`,
    basis: [],
  });

export const dateOfRequestField = () =>
  field(isoDate(), {
    description: "Date on which the request is made (ISO 8601, YYYY-MM-DD).",
    basis: [],
  });

export const requestingStateField = (basis: Basis) =>
  field(countryCode(), {
    description:
      'State making the request, as an ISO 3166-1 alpha-2 code in capitals ("XK" is accepted for Kosovo).',
    basis,
  });

export const requestedStateField = (basis: Basis) =>
  field(countryCode(), {
    description: 'State to which the request is addressed, as an ISO 3166-1 alpha-2 code ("XK" for Kosovo).',
    basis,
  });

export const languageField = (basis: Basis) =>
  field(languageTag(), {
    description:
      "Language the request is written in, as a BCP 47 tag; it must be a language the requested State accepts.",
    basis,
  });

export const translationsField = (basis: Basis) =>
  field(list(attachmentSchema, limits.attachments).optional(), {
    description: "Translations of the request and its supporting documents, each with its language.",
    basis,
  });

export const formField = (basis: Basis) =>
  field(formSchema, {
    description: "Form in which the request is made.",
    basis,
  });

export const legalBasisField = (basis: Basis, required: boolean) => {
  const meta = {
    description: "Treaties, arrangements or laws on which the request is based.",
    basis,
  };
  return required ? field(legalBasisSchema, meta) : field(legalBasisSchema.optional(), meta);
};

export const confidentialityField = (basis: Basis) =>
  field(confidentialitySchema.optional(), {
    description:
      "Whether the requested State is asked to keep the fact and substance of the request confidential.",
    basis,
  });

export const attachmentsField = () =>
  field(list(attachmentSchema, limits.attachments).optional(), {
    description: "Other documents sent with the request, each identified by its SHA-256 digest.",
    basis: ["UNTOC 18(14)", "RS 96(2)(f)"],
  });

export const otherInformationField = (basis: Basis) =>
  field(longText().optional(), {
    description: "Any other information relevant to the execution of the request.",
    basis,
  });

export const requestedStateRequirementsField = (basis: Basis) =>
  field(longText().optional(), {
    description: "Information that the law of the requested State requires in order to execute the request.",
    basis,
  });

/** The fields every request type opens with: data-model version, type, date and the two States. */
export const requestHeaderFields = <T extends string>(
  type: T,
  stateBasis: { requesting: Basis; requested: Basis },
) => ({
  schemaVersion: schemaVersionField(),
  requestType: requestTypeField(type),
  dateOfRequest: dateOfRequestField(),
  requestingState: requestingStateField(stateBasis.requesting),
  requestedState: requestedStateField(stateBasis.requested),
});

/**
 * The fields every request type closes with. The signatory cites no provision: none of the
 * instruments cited mentions a signature.
 */
export const requestClosingFields = (otherInformationBasis: Basis) => ({
  otherInformation: otherInformationField(otherInformationBasis),
  attachments: attachmentsField(),
  signatory: field(text().optional(), {
    description: "Name and function of the official who signs the request.",
    basis: [],
  }),
});
