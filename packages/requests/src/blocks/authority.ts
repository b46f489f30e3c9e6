import * as z from "zod";
import { lazyShape, shared } from "./lazy-shape.js";
import { countryCode, email, list, phone, shortText, text } from "./primitives.js";

export const authorityRoles = [
  "central-authority",
  "ministry-of-justice",
  "ministry-of-foreign-affairs",
  "prosecutor",
  "court",
  "investigating-judge",
  "police",
  "prison-administration",
  "other",
] as const;

export const addressSchema = z
  .strictObject(
    lazyShape(() => ({
      lines: list(text(), 6, 1).meta({ description: "Street address lines, in order." }),
      locality: text().meta({ description: "City, town or village." }),
      postalCode: shortText().optional(),
      region: text().optional(),
      country: countryCode(),
    })),
  )
  .register(z.globalRegistry, { title: "Address" });

/**
 * The fields of contact details: the one definition behind version 0's contact (every field optional)
 * and version 1's, which requires a telephone number or an e-mail address.
 */
export const contactFields = shared(() => ({
  name: text().optional().meta({ description: "Contact person or desk." }),
  phone: phone().optional(),
  fax: phone().optional(),
  email: email().optional(),
}));

export const contactSchema = z
  .strictObject(lazyShape(contactFields))
  .register(z.globalRegistry, { title: "Contact" });

/** The fields of an authority, shared with the authority whose contact details are required (and version 1's). */
export const authorityFields = shared(() => ({
  name: text().meta({ description: "Official name of the authority." }),
  role: z.enum(authorityRoles).optional().meta({ description: "Kind of authority." }),
  country: countryCode().optional().meta({ description: "State of the authority." }),
  address: addressSchema.optional(),
  contact: contactSchema.optional(),
  reference: shortText()
    .optional()
    .meta({ description: "The authority's own file reference for this case." }),
}));

export const authoritySchema = z
  .strictObject(lazyShape(authorityFields))
  .register(z.globalRegistry, { title: "Authority" });

/**
 * An authority whose postal address and contact details must be given (EAW art. 8(1)(b)). Built on the
 * authority's fields rather than with zod's .extend(), which reads the whole shape at once.
 */
export const authorityWithContactSchema = z
  .strictObject(lazyShape(() => ({ ...authorityFields(), address: addressSchema, contact: contactSchema })))
  .register(z.globalRegistry, { title: "Authority with contact details" });

export type Authority = z.infer<typeof authoritySchema>;
