/**
 * @lhc/letters/labels: the letters' vocabulary without their writers or the request schemas: the label
 * catalogs, the letter's language for a request, State names and the letter's sections. For a form that
 * speaks the letter's words (the site's request builder) without loading what writes the letter, and its
 * validation issues worded in them (`issueSentence`).
 */
export {
  isLetterLanguage,
  type LabelCatalog,
  type Labels,
  labelCatalog,
  labelsFor,
  labelsFrom,
  letterLanguageOf,
  letterLanguages,
} from "./catalog.js";
export { fieldLabelPath, issueSentence, type WordableIssue } from "./issues.js";
export { readingOrder, type StateNaming, stateNaming } from "./names.js";
export { fallbackSection, type LetterSectionId, letterSections, sectionOf } from "./sections.js";
