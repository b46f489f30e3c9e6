/**
 * @lhc/letters: the formal letter a central authority sends, made from a request that @lhc/requests
 * validates (version 0, or version 1 from @lhc/requests/v1, by its `schemaVersion`): HTML with print styles and Markdown here, DOCX from `@lhc/letters/docx`. Every value of
 * the request appears, in numbered sections between the letter's heading and its signature block,
 * under labels in the request's language.
 */
export { type MissingLabels, missingLabels } from "./catalog.js";
export { escapeHtml, letterToHtml, renderHtml } from "./html.js";
// The vocabulary (catalogs, State names, sections) is also the light entry @lhc/letters/labels.
export * from "./labels.js";
export { escapeMarkdown, letterToMarkdown, renderMarkdown } from "./markdown.js";
export {
  buildLetter,
  type Letter,
  type LetterAnnex,
  type LetterNode,
  type LetterOptions,
  type LetterRequest,
  type LetterSection,
  requestVersionOf,
  validateLetterRequest,
} from "./model.js";
export {
  cleanLetter,
  forbiddenCharacters,
  type OmittedCharacters,
  withoutForbiddenCharacters,
  XML_CHARACTER_RULE,
} from "./xml-chars.js";
