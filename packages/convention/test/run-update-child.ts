// Runs one update in a child process (as another user) and prints its outcome as JSON: see update-directory.test.ts.
import { update } from "./run-update.js";

process.stdout.write(JSON.stringify(await update(JSON.parse(process.argv[2] as string))));
