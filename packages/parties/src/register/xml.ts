/**
 * The one XML reading of the treaty register's answers (SRU records and item XML): how fast-xml-parser
 * is set up for them, and the refusal of a document type declaration.
 */
import { XMLParser } from "fast-xml-parser";

/** A parser for the register's XML; `arrays` are the element names that are always read as lists. */
export function registerXmlParser(arrays: readonly string[]): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    // Entities are never expanded: a DOCTYPE is refused before parsing (hasDeclarations), and the five
    // predefined entities and character references are decoded by the reader.
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.includes(name),
  });
}

/** Whether the XML declares a document type or an entity: the register's answers never do. */
export const hasDeclarations = (xml: string): boolean => /<!DOCTYPE|<!ENTITY/i.test(xml);
