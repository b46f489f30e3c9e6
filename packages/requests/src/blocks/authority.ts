import * as z from "zod";
import { lazyShape } from "./lazy-shape.js";
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
  .meta({ title: "Address" });

export const contactSchema = z
  .strictObject(
    lazyShape(() => ({
      name: text().optional().meta({ description: "Contact person or desk." }),
      phone: phone().optional(),
      fax: phone().optional(),
      email: email().optional(),
    })),
  )
  .meta({ title: "Contact" });

export const authoritySchema = z
  .strictObject(
    lazyShape(() => ({
      name: text().meta({ description: "Official name of the authority." }),
      role: z.enum(authorityRoles).optional().meta({ description: "Kind of authority." }),
      country: countryCode().optional().meta({ description: "State of the authority." }),
      address: addressSchema.optional(),
      contact: contactSchema.optional(),
      reference: shortText()
        .optional()
        .meta({ description: "The authority's own file reference for this case." }),
    })),
  )
  .meta({ title: "Authority" });

/** An authority whose postal address and contact details must be given (EAW art. 8(1)(b)). */
export const authorityWithContactSchema = authoritySchema
  .extend({ address: addressSchema, contact: contactSchema })
  .meta({ title: "Authority with contact details" });

export type Authority = z.infer<typeof authoritySchema>;
