import { personSchema } from "./person.js";
import { text } from "./primitives.js";

/** The person sought: described as accurately as possible, with identity, nationality and probable location. */
export const personSoughtSchema = personSchema
  .extend({
    knownLocation: text().meta({ description: "The person's probable location in the requested State." }),
  })
  .meta({ title: "Person sought" });
