/** A background loop a worker runs: a pass, then a pause unless the pass found work. */
export interface PollLoop {
  /** Starts the loop (once; a second call while running does nothing). */
  start(): void;
  /** Asks the loop to stop, cuts the pause short, and waits for the pass in progress. */
  stop(): Promise<void>;
  /** True from stop() on, so a pass can hand back work it will not finish. */
  readonly stopping: boolean;
}

/**
 * Runs `pass` until stopped, pausing `pollMs` after a pass that returns false (nothing to do);
 * a busy pass is followed by the next at once. `pass` handles its own errors.
 * @example const loop = pollLoop(async () => (await tick()).sent > 0, 5000); loop.start();
 */
export function pollLoop(pass: () => Promise<boolean>, pollMs: number): PollLoop {
  let stopping = false;
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function run(): Promise<void> {
    while (!stopping) {
      const busy = await pass();
      if (busy || stopping) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  return {
    get stopping() {
      return stopping;
    },
    start() {
      stopping = false;
      running ??= run().finally(() => {
        running = undefined;
      });
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
    },
  };
}
