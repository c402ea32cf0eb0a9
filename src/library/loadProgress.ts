/**
 * Progress of a long load, for people watching: on a terminal a line redrawn in place (count, rate,
 * time left) from the first second; in a service's log a line every few seconds. Quick loads show
 * nothing.
 */

export interface LoadProgress {
  /** Stories loaded (parsed or taken from the cache) so far. */
  done: number;
  /** Story files found; 0 while the folders are still being listed. */
  total: number;
  elapsedMs: number;
}

const count = (n: number) => n.toLocaleString('en-US');

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** `loading 1,234 of 19,043 stories · 2,100/s · about 9 s left` (the rate and time once they mean something). */
export function describeProgress(label: string, { done, total, elapsedMs }: LoadProgress): string {
  if (total === 0) return `${label}: finding story files…`;
  const parts = [`${label} ${count(done)} of ${count(total)} stories`];
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  if (done > 0 && elapsedMs >= 500) {
    parts.push(`${count(Math.round(rate))}/s`);
    if (done < total) parts.push(`about ${seconds(((total - done) / rate) * 1000)} left`);
  }
  return parts.join(' · ');
}

export interface ProgressReporter {
  update(done: number, total: number): void;
  end(): void;
}

interface ReporterOptions {
  label: string;
  /** Redraw a line in place on this terminal stream. */
  terminal?: NodeJS.WriteStream | null;
  /** Log a line this often (ms) through `log`. */
  log?: ((progress: LoadProgress, text: string) => void) | null;
  logEveryMs?: number;
  /** Nothing is shown before this much time has passed (ms). */
  quietMs?: number;
  now?: () => number;
}

/**
 * Reports a load's progress. The terminal line is redrawn on a timer, so it moves even while files are
 * being read, before the first story is parsed; the timers never keep the process alive.
 */
export function progressReporter({
  label,
  terminal = null,
  log = null,
  logEveryMs = 5000,
  quietMs = 1000,
  now = () => performance.now(),
}: ReporterOptions): ProgressReporter {
  const started = now();
  let done = 0;
  let total = 0;
  let drawn = false;
  const state = (): LoadProgress => ({ done, total, elapsedMs: now() - started });
  const draw = () => {
    if (!terminal) return;
    const text = describeProgress(label, state());
    terminal.write(`\r${text.slice(0, (terminal.columns || 100) - 1)}\x1b[K`);
    drawn = true;
  };
  const timers: NodeJS.Timeout[] = [];
  if (terminal)
    timers.push(
      setTimeout(() => {
        draw();
        timers.push(setInterval(draw, 250).unref());
      }, quietMs).unref(),
    );
  if (log)
    timers.push(
      setTimeout(() => {
        const tick = () => log(state(), describeProgress(label, state()));
        tick();
        timers.push(setInterval(tick, logEveryMs).unref());
      }, quietMs).unref(),
    );
  return {
    update(nextDone, nextTotal) {
      done = nextDone;
      total = nextTotal;
    },
    end() {
      for (const timer of timers) clearTimeout(timer);
      if (drawn) terminal?.write('\r\x1b[K');
    },
  };
}
