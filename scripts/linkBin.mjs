// Part of `npm install` (`prepare`): links `node_modules/.bin/newsbot` to `bin/newsbot.js`, so that
// `npx newsbot …` in the project runs the built command line at once. (With a `bin` field in
// package.json instead, npx would first install the project into its own cache on every call.)
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';

const link = 'node_modules/.bin/newsbot';
if (existsSync('node_modules')) {
  mkdirSync('node_modules/.bin', { recursive: true });
  if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
  symlinkSync('../../bin/newsbot.js', link);
}
