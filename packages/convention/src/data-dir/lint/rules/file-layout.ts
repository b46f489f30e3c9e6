import { typesInFolder } from "../../../kinds.js";
import type { LintRule } from "../types.js";

/** A file is named by the eId it holds, and holds the kind of node its folder is for. */
export const fileLayout: LintRule = {
  name: "file-layout",
  check({ nodeFiles, orders }, report) {
    const bodyFiles = nodeFiles.filter((f) => f.folder === "parts" || f.folder === "provisions");
    const free = bodyFiles.filter(
      (f) => f.node.type !== "article" && !typesInFolder("parts").includes(f.node.type),
    );
    if (orders.body.order === undefined && free.length > 0) {
      report(
        orders.body.file,
        "(file)",
        `is missing; ${free[0]?.file} holds free text outside any article, so body.json must list the eIds of the parts/ and provisions/ files in document order`,
      );
    }
    const annexFiles = nodeFiles.filter((f) => f.folder === "annexes");
    for (const [{ file, order }, files, where] of [
      [orders.body, bodyFiles, "parts/ or provisions/"],
      [orders.annexes, annexFiles, "annexes/"],
    ] as const) {
      if (order === undefined) continue;
      const held = new Set(files.map((f) => f.node.eId));
      const listed = new Set(order);
      for (const [k, eId] of order.entries()) {
        if (!held.has(eId)) report(file, String(k), `lists "${eId}", which no file in ${where} holds`);
      }
      if (listed.size !== order.length) report(file, "(root)", "lists an eId twice");
      for (const f of files) {
        if (!listed.has(f.node.eId))
          report(file, "(root)", `does not list "${f.node.eId}" (${f.file}); add it in document order`);
      }
    }
    for (const { file, folder, node } of nodeFiles) {
      if (folder !== "preamble" && folder !== "conclusions" && !file.endsWith(`/${node.eId}.json`)) {
        report(file, "eId", `holds eId "${node.eId}"; rename the file to ${node.eId}.json`);
      }
      const types: readonly string[] = typesInFolder(folder);
      if (!types.includes(node.type)) {
        report(
          file,
          "type",
          `a file in ${folder} must hold ${types.length > 1 ? `one of ${types.join(", ")}` : `a ${types[0]}`}, not a ${node.type}; move the file`,
        );
      }
    }
  },
};
