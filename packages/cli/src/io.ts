/**
 * Everything a command touches outside itself. `run` receives it as an argument so that the
 * programmatic entry can capture output and tests need no global state.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input to its end as UTF-8. */
  readStdin(): Promise<string>;
  /** Reads standard input to its end as bytes (XML says its own encoding). */
  readStdinBytes(): Promise<Uint8Array>;
  readFile(path: string): Promise<string>;
  /** Writes a whole file (text as UTF-8), replacing any file of that name. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Today's date as YYYY-MM-DD (UTC); the default for `--on`. */
  today(): string;
}

async function readAll(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => Buffer.from(await readAll()).toString("utf8"),
    readStdinBytes: readAll,
    // node:fs/promises is loaded on first use: `lhc --version` and the queries never touch a file.
    readFile: async (path) => (await import("node:fs/promises")).readFile(path, "utf8"),
    writeFile: async (path, data) => (await import("node:fs/promises")).writeFile(path, data),
    today: () => new Date().toISOString().slice(0, 10),
  };
}
