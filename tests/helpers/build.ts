/**
 * Global setup of the tests that run the product as a process: builds `dist/` once (`npm run build`,
 * incremental) so that no test runs code older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './storyFolder.ts';

export default function buildOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
