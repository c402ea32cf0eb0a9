#!/usr/bin/env node
// Loads the TypeScript command line through tsx, so `npx newsbot …` works without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
