import { runCli } from "../src/cli-main.js";

/** Runs lhc-convention in this process, collecting what it writes, as the bin would with `stdin` piped in. */
export async function run(argv: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: () => stdin,
  });
  return { code, stdout, stderr };
}
