#!/usr/bin/env node
// The built command line (`npm run build`, which `npm install` runs through `prepare`).
await import('../dist/src/cli/main.js');
