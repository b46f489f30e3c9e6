import * as z from "zod";
import { lazyShape } from "./lazy-shape.js";
import { languageTag, localId, mediaType, sha256, shortText, text } from "./primitives.js";

/**
 * A document sent with a request, identified by its SHA-256 digest so that the requested State can
 * check that what it received is what was sent (UNTOC art. 18(14): conditions allowing authenticity).
 */
export const attachmentSchema = z
  .strictObject(
    lazyShape(() => ({
      id: localId()
        .optional()
        .meta({ description: "Identifier of the document within this request, e.g. 'doc-1'." }),
      title: text().meta({ description: "Title of the document as it appears on it." }),
      mediaType: mediaType().meta({ description: "IANA media type of the file, e.g. application/pdf." }),
      sha256: sha256().meta({
        description: "SHA-256 digest of the file, 64 lower-case hexadecimal characters.",
      }),
      byteLength: z
        .int()
        .min(0)
        .max(10_000_000_000)
        .optional()
        .meta({ description: "Size of the file in bytes." }),
      language: languageTag().optional().meta({ description: "Language of the document (BCP 47)." }),
      translationOf: localId()
        .optional()
        .meta({ description: "Identifier of the document this file translates, when it is a translation." }),
      authenticated: z
        .boolean()
        .optional()
        .meta({ description: "Whether the document is an original or an authenticated or certified copy." }),
      reference: shortText().optional().meta({ description: "File or registry reference of the document." }),
    })),
  )
  .register(z.globalRegistry, { title: "Attachment" });

export type Attachment = z.infer<typeof attachmentSchema>;
