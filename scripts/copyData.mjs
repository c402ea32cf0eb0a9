// Part of `npm run build`: the engine's JSON tables go beside its compiled modules (tsc copies no data).
import { cpSync } from 'node:fs';

cpSync('src/engine/data', 'dist/src/engine/data', {
  recursive: true,
  filter: (source) => !source.endsWith('.ts'),
});
