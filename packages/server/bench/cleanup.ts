/**
 * Undo steps, run last-in first-out: at the end of a run, after an error, or on Ctrl-C.
 * A failing step is reported and the others still run.
 */
export class Cleanup {
  private readonly steps: { what: string; run: () => Promise<void> | void }[] = [];
  private running: Promise<void> | null = null;

  add(what: string, run: () => Promise<void> | void) {
    this.steps.push({ what, run });
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run();
        } catch (error) {
          process.stderr.write(`cleanup: ${step.what} failed: ${String(error)}\n`);
        }
      }
    })();
    return this.running;
  }
}
