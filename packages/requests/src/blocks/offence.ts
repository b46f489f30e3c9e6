import * as z from "zod";
import { lazyShape } from "./lazy-shape.js";
import { placeSchema } from "./person.js";
import { isoDate, list, longText, narrativeText, text } from "./primitives.js";

/**
 * Letters of the Convention's annexes, as `@lhc/convention` records them (`meta.annexLetters`, where the
 * inference of an Annex G is written with its sources); kept here as a literal for the schema's types,
 * and compared with that list by the tests of `@lhc/parties` and `@lhc/request-context`. What each annex covers is mostly not yet verified (Annex E: starvation of
 * civilians in non-international armed conflict; Annex H: aggression — both from secondary sources).
 */
export const annexLetters = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;

const core = ["genocide", "crimes-against-humanity", "war-crimes"] as const;

// Each option gives its discriminator at once (the union checks the options for it when it is built);
// the other fields are built on first use.
export const offenceCategorySchema = z
  .discriminatedUnion("category", [
    z.strictObject({ category: z.enum(core) }),
    z.strictObject(
      lazyShape(
        () => ({
          annex: z.enum(annexLetters).register(z.globalRegistry, {
            description:
              "Letter of the Convention annex that lists the crime (a State applies annex crimes only if it opted in).",
          }),
        }),
        { category: z.literal("annex-crime") },
      ),
    ),
    z.strictObject(
      lazyShape(() => ({ description: text().meta({ description: "What kind of offence it is." }) }), {
        category: z.literal("other"),
      }),
    ),
  ])
  .register(z.globalRegistry, {
    title: "Offence category",
    description:
      "Genocide, crimes against humanity or war crimes; a crime listed in an annex of the Convention (with its letter); or another offence.",
  });

export const periodSchema = z
  .strictObject(
    lazyShape(() => ({
      start: isoDate().meta({ description: "First day of the conduct (or the only day)." }),
      end: isoDate().optional().meta({ description: "Last day of the conduct, when it lasted longer." }),
      approximate: z.boolean().optional().meta({ description: "True when the dates are approximate." }),
    })),
  )
  .register(z.globalRegistry, { title: "Period" });

export const offenceSchema = z
  .strictObject(
    lazyShape(() => ({
      legalQualification: text().meta({
        description: "Legal description of the offence under the law of the requesting State.",
      }),
      classification: offenceCategorySchema,
      provisions: list(text(), 50, 1).meta({
        description:
          "The legal provisions that define and punish the offence, e.g. 'Criminal Code, art. 118'.",
      }),
      timeOfCommission: periodSchema,
      placeOfCommission: placeSchema,
      circumstances: narrativeText().meta({
        description: "How the offence was committed: conduct, victims and circumstances.",
      }),
      participation: longText().optional().meta({
        description: "Degree of participation of the person concerned (e.g. perpetrator, superior).",
      }),
      maximumPenalty: text()
        .optional()
        .meta({ description: "Maximum penalty or scale of penalties provided by the law for the offence." }),
    })),
  )
  .register(z.globalRegistry, { title: "Offence" });

export type Offence = z.infer<typeof offenceSchema>;
