import * as z from "zod";
import { field } from "../field.js";
import { attachmentSchema } from "./attachment.js";
import { authoritySchema } from "./authority.js";
import { lazyShape, shared } from "./lazy-shape.js";
import { isoDate, isoDuration, longText, shortText, text } from "./primitives.js";

export const sentenceSchema = z
  .strictObject(
    lazyShape(() => ({
      nature: text().meta({
        description: "Nature of the sentence, e.g. 'imprisonment', 'life imprisonment'.",
      }),
      duration: isoDuration()
        .optional()
        .meta({ description: "Length of a determinate sentence (ISO 8601 duration)." }),
      indeterminate: z
        .boolean()
        .optional()
        .meta({ description: "True for life or other indeterminate sentences." }),
    })),
  )
  .register(z.globalRegistry, { title: "Sentence" });

const decisionCore = shared(() => ({
  issuingAuthority: authoritySchema.meta({ description: "Court or authority that issued the decision." }),
  date: isoDate().meta({ description: "Date of the decision." }),
  reference: shortText().meta({ description: "Number or reference of the decision." }),
}));

/**
 * One kind of decision: its discriminator, the fields every decision has, then its own. The discriminator
 * is given at once, as the union checks each option for it when it is built; the rest on first use.
 */
const decision = <const T extends string, S extends z.ZodRawShape>(type: T, title: string, fields: () => S) =>
  z
    .strictObject(lazyShape(() => ({ ...decisionCore(), ...fields() }), { type: z.literal(type) }))
    .register(z.globalRegistry, { title });

/** The decision on which extradition or arrest rests: an arrest warrant, or a conviction. */
export const arrestWarrantDecisionSchema = decision("arrest-warrant", "Arrest warrant", () => ({
  copy: field(attachmentSchema, {
    description: "Original or authenticated copy of the warrant of arrest or order having the same effect.",
    basis: ["ECE 12(2)(a)", "RS 91(2)(b)", "EAW 8(1)(c)"],
  }),
  penaltyScale: field(text(), {
    description: "Scale of penalties prescribed for the offence by the law of the requesting State.",
    basis: ["EAW 8(1)(f)", "3AP-ECE 2(1)(d)"],
  }),
}));

export const convictionDecisionSchema = decision("conviction", "Conviction", () => ({
  copy: field(attachmentSchema, {
    description: "Original or authenticated copy of the enforceable judgment of conviction and sentence.",
    basis: ["ECE 12(2)(a)", "RS 91(3)(b)", "EAW 8(1)(c)"],
  }),
  arrestWarrant: field(attachmentSchema.optional(), {
    description: "Copy of any warrant of arrest for the person.",
    basis: ["RS 91(3)(a)"],
  }),
  final: field(z.boolean(), {
    description: "Whether the judgment is final and enforceable.",
    basis: ["ECE 12(2)(a)", "EAW 8(1)(f)"],
  }),
  inAbsentia: field(z.boolean(), {
    description: "Whether the judgment was rendered in absentia.",
    basis: ["3AP-ECE 2(1)(h)"],
  }),
  sentenceImposed: field(sentenceSchema, {
    description: "The sentence imposed.",
    basis: ["RS 91(3)(d)", "EAW 8(1)(f)"],
  }),
  timeServed: field(isoDuration(), {
    description: "Time already served (ISO 8601 duration; 'P0D' if none).",
    basis: ["RS 91(3)(d)", "3AP-ECE 2(1)(d)"],
  }),
  timeRemaining: field(isoDuration().optional(), {
    description: "Time remaining to be served (omit for an indeterminate sentence).",
    basis: ["RS 91(3)(d)"],
  }),
  identityLink: field(longText(), {
    description: "Information showing that the person sought is the person referred to in the judgment.",
    basis: ["RS 91(3)(c)"],
  }),
}));

export const basisDecisionSchema = z
  .discriminatedUnion("type", [arrestWarrantDecisionSchema, convictionDecisionSchema])
  .register(z.globalRegistry, { title: "Decision on which the request rests" });

/** For provisional arrest only the existence of the decision has to be stated. */
export const decisionStatementSchema = z
  .strictObject(
    lazyShape(() => ({
      type: z.enum(["arrest-warrant", "conviction"]),
      issuingAuthority: authoritySchema,
      date: isoDate(),
      reference: shortText().optional(),
      copy: attachmentSchema
        .optional()
        .meta({ description: "Copy of the decision, when it is sent already." }),
    })),
  )
  .register(z.globalRegistry, { title: "Statement of the existence of a decision" });
