/** Resources to release, in reverse order of acquisition, exactly once. */
export class Teardown {
  private readonly steps: (() => unknown)[] = [];
  private done: Promise<void> | null = null;

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.done ??= (async () => {
      for (const step of this.steps.reverse()) await step();
    })();
    return this.done;
  }
}
