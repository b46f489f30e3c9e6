import * as z from "zod";
import { lazyShape } from "./lazy-shape.js";
import { personFields } from "./person.js";
import { text } from "./primitives.js";

/** The person sought: described as accurately as possible, with identity, nationality and probable location. */
export const personSoughtSchema = z
  .strictObject(
    lazyShape(() => ({
      ...personFields(),
      knownLocation: text().meta({ description: "The person's probable location in the requested State." }),
    })),
  )
  .register(z.globalRegistry, { title: "Person sought" });
