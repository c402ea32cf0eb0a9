import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openStoryService } from '../../commands/service.ts';
import { parseConfig } from '../../src/config.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openStoryService', () => {
  it('logs what the load could not use, by file and reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-service-'));
    temps.push(dir);
    writeFileSync(join(dir, 'good.txt'), 'date 1987-03-02 LONDON, March 2 - Shares rose in London.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const lines: Array<{ level: number; file?: string; reason?: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const config = parseConfig({ STORIES_DIR: dir, CACHE_DIR: join(dir, '.cache') });
    const opened = await openStoryService(config, logger);
    expect(opened.service.info().stories).toBe(1);
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'empty.txt', reason: expect.stringMatching(/empty/) }),
    ]);
    await opened.close();

    // Started again from the parse cache: the same problem is logged once the files are checked.
    lines.length = 0;
    const again = await openStoryService(config, logger);
    expect(again.library.snapshot.load.restoredIndexes).toBe(true);
    expect(await again.library.verified).toMatchObject({ failed: [{ file: 'empty.txt' }] });
    expect(lines.filter((line) => line.level === 40)).toEqual([
      expect.objectContaining({ file: 'empty.txt', reason: expect.stringMatching(/empty/) }),
    ]);
    await again.close();
  });
});
