import * as z from "zod";
import { lazyShape } from "./lazy-shape.js";
import { list, longText, narrativeText, text } from "./primitives.js";

export const legalBasisKinds = [
  "multilateral-treaty",
  "bilateral-treaty",
  "reciprocity",
  "domestic-law",
  "other",
] as const;

export const legalBasisItemSchema = z
  .strictObject(
    lazyShape(() => ({
      kind: z.enum(legalBasisKinds),
      title: text().meta({
        description:
          "Name of the treaty or law, e.g. 'Ljubljana–The Hague Convention' or 'European Convention on Extradition'.",
      }),
      provisions: list(text(), 20)
        .optional()
        .meta({ description: "Articles relied on, as cited in the request." }),
    })),
  )
  .register(z.globalRegistry, { title: "Legal basis" });

export const legalBasisSchema = list(legalBasisItemSchema, 10, 1);

export const channels = [
  "central-authority",
  "ministry-of-justice",
  "diplomatic",
  "interpol",
  "direct-judicial",
  "post-or-other-written-means",
  "other-agreed",
] as const;

export const channelSchema = z.enum(channels).register(z.globalRegistry, {
  title: "Channel of transmission",
  description:
    "central-authority, ministry-of-justice, diplomatic, interpol (International Criminal Police Organization), direct-judicial (between judicial authorities), post-or-other-written-means, or other-agreed.",
});

export const forms = ["written", "electronic-written-record", "oral-confirmed-in-writing"] as const;

export const formSchema = z.enum(forms).register(z.globalRegistry, {
  title: "Form of the request",
  description:
    "written; electronic-written-record (any means producing a written record); or oral-confirmed-in-writing (an urgent oral request now confirmed in writing).",
});

export const urgencySchema = z
  .strictObject(
    lazyShape(() => ({
      reasons: longText().meta({ description: "Why the request is urgent." }),
      deadline: z.iso.date().optional().meta({ description: "Date by which execution is needed." }),
    })),
  )
  .register(z.globalRegistry, { title: "Urgency" });

export const confidentialitySchema = z
  .strictObject(
    lazyShape(() => ({
      required: z
        .boolean()
        .meta({ description: "Whether the fact and substance of the request must be kept confidential." }),
      scope: longText().optional().meta({ description: "What must be kept confidential and from whom." }),
    })),
  )
  .register(z.globalRegistry, { title: "Confidentiality" });

export const procedureRequestSchema = z
  .strictObject(
    lazyShape(() => ({
      details: longText().meta({ description: "The procedure or formalities to be followed." }),
      reasons: longText()
        .optional()
        .meta({ description: "Why they are needed under the requesting State's law." }),
    })),
  )
  .register(z.globalRegistry, { title: "Requested procedure" });

export const conductingAuthoritySchema = z
  .strictObject(
    lazyShape(() => ({
      name: text().meta({ description: "Name of the authority conducting the proceeding." }),
      functions: text().meta({
        description: "Its functions, e.g. 'public prosecutor for international crimes'.",
      }),
    })),
  )
  .register(z.globalRegistry, { title: "Conducting authority" });

export const proceedingStages = ["investigation", "prosecution", "judicial-proceeding"] as const;

export const proceedingSchema = z
  .strictObject(
    lazyShape(() => ({
      stage: z
        .enum(proceedingStages)
        .register(z.globalRegistry, { description: "Investigation, prosecution or judicial proceeding." }),
      subjectMatter: narrativeText().meta({ description: "Subject matter and nature of the proceeding." }),
      reference: text().optional().meta({ description: "Case number of the proceeding." }),
      conductingAuthority: conductingAuthoritySchema,
    })),
  )
  .register(z.globalRegistry, { title: "Proceeding" });
