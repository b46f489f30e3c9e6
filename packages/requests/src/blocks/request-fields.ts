import * as z from "zod";
import { field } from "../field.js";
import { limits } from "../limits.js";
import { attachmentSchema } from "./attachment.js";
import { countryCode, isoDate, languageTag, list, longText } from "./primitives.js";
import { confidentialitySchema, formSchema, legalBasisSchema } from "./procedure.js";

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

export const requestingStateField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(countryCode(), {
    description:
      'State making the request, as an ISO 3166-1 alpha-2 code in capitals ("XK" is accepted for Kosovo).',
    basis,
  });

export const requestedStateField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(countryCode(), {
    description: 'State to which the request is addressed, as an ISO 3166-1 alpha-2 code ("XK" for Kosovo).',
    basis,
  });

export const languageField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(languageTag(), {
    description:
      "Language the request is written in, as a BCP 47 tag; it must be a language the requested State accepts.",
    basis,
  });

export const translationsField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(list(attachmentSchema, limits.attachments).optional(), {
    description: "Translations of the request and its supporting documents, each with its language.",
    basis,
  });

export const formField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(formSchema, {
    description: "Form in which the request is made.",
    basis,
  });

export const legalBasisField = (basis: Parameters<typeof field>[1]["basis"], required: boolean) => {
  const meta = {
    description: "Treaties, arrangements or laws on which the request is based.",
    basis,
  };
  return required ? field(legalBasisSchema, meta) : field(legalBasisSchema.optional(), meta);
};

export const confidentialityField = (basis: Parameters<typeof field>[1]["basis"]) =>
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

export const otherInformationField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(longText().optional(), {
    description: "Any other information relevant to the execution of the request.",
    basis,
  });

export const requestedStateRequirementsField = (basis: Parameters<typeof field>[1]["basis"]) =>
  field(longText().optional(), {
    description: "Information that the law of the requested State requires in order to execute the request.",
    basis,
  });
