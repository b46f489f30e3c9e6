#!/usr/bin/env node
// A committed entry point, so that pnpm can link the bin in a fresh workspace before dist/ is built.
require("../dist/cli.cjs");
