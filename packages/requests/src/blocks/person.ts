import * as z from "zod";
import { addressSchema } from "./authority.js";
import { lazyShape, shared } from "./lazy-shape.js";
import {
  countryCode,
  isoDate,
  languageTag,
  list,
  longText,
  scriptCode,
  shortText,
  text,
} from "./primitives.js";

/**
 * The fields of a person's name, shared with the transliterated name. Written as a shape both build on
 * rather than with zod's .extend(), which reads the whole shape of the schema it extends at once.
 */
const personNameFields = shared(() => ({
  fullName: text().meta({ description: "The name as a whole, in the order used in its script." }),
  givenNames: text().optional(),
  familyName: text().optional(),
  patronymic: text().optional(),
  script: scriptCode()
    .optional()
    .meta({ description: "ISO 15924 script the name is written in, e.g. Cyrl." }),
  language: languageTag().optional(),
}));

export const personNameSchema = z
  .strictObject(lazyShape(personNameFields))
  .register(z.globalRegistry, { title: "Person name" });

export const transliteratedNameSchema = z
  .strictObject(
    lazyShape(() => ({
      ...personNameFields(),
      system: text()
        .optional()
        .meta({ description: "Transliteration system used, e.g. ISO 9 or ICAO 9303." }),
    })),
  )
  .register(z.globalRegistry, { title: "Transliterated name" });

export const placeSchema = z
  .strictObject(
    lazyShape(() => ({
      description: text().meta({ description: "Place as precisely as known, e.g. town, district." }),
      country: countryCode().optional(),
    })),
  )
  .register(z.globalRegistry, { title: "Place" });

export const identityDocumentTypes = [
  "passport",
  "national-identity-card",
  "residence-permit",
  "driving-licence",
  "other",
] as const;

export const identityDocumentSchema = z
  .strictObject(
    lazyShape(() => ({
      type: z.enum(identityDocumentTypes),
      number: shortText(),
      issuingState: countryCode(),
      dateOfIssue: isoDate().optional(),
      dateOfExpiry: isoDate().optional(),
    })),
  )
  .register(z.globalRegistry, { title: "Identity document" });

export const sexValues = ["female", "male", "other", "unknown"] as const;

/**
 * A natural person as the instruments describe them: identity, nationality and location
 * (UNTOC art. 18(15)(e); ECE art. 12(2)(c); EAW art. 8(1)(a); RS art. 91(2)(a)).
 */
/**
 * The fields of a person, shared with the person sought and the sentenced person, which add to them;
 * a shape they build on rather than zod's .extend(), which reads the whole shape at once.
 */
export const personFields = shared(() => ({
  name: personNameSchema.meta({ description: "Name in the original script." }),
  transliterations: list(transliteratedNameSchema, 10)
    .optional()
    .meta({ description: "The name transliterated into other scripts, usually Latin." }),
  aliases: list(text(), 20).optional().meta({ description: "Other names the person is known by." }),
  sex: z.enum(sexValues).optional(),
  dateOfBirth: isoDate().optional(),
  placeOfBirth: placeSchema.optional(),
  nationalities: list(countryCode(), 10)
    .optional()
    .meta({ description: "States of nationality as ISO 3166-1 alpha-2 codes." }),
  identityDocuments: list(identityDocumentSchema, 20).optional(),
  physicalDescription: longText()
    .optional()
    .meta({ description: "Description sufficient to identify the person: height, build, marks." }),
  address: addressSchema.optional().meta({ description: "Last known address." }),
  knownLocation: text()
    .optional()
    .meta({ description: "Where the person is believed to be, as precisely as known." }),
  reference: shortText().optional().meta({ description: "Case-system identifier of the person." }),
}));

export const personSchema = z
  .strictObject(lazyShape(personFields))
  .register(z.globalRegistry, { title: "Person" });

export type Person = z.infer<typeof personSchema>;
