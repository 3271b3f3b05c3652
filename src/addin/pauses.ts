/**
 * Returning to the event loop during long work on the pane's only thread, so that the pane paints
 * and takes clicks (the stop button) and Excel never sees the add-in blocked for long.
 */

/** The longest a slice of work runs before the page may paint and take a click. */
export const SLICE_MS = 50;

/** Lets the browser paint and handle input before the next slice of work. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs work written in steps (a generator that pauses between its parts) to its end, returning to
 * the event loop whenever a slice has taken SLICE_MS. `afterPause` runs after each return: a stop
 * request is honoured there by throwing.
 */
export async function runWithPauses<T>(steps: Generator<void, T, void>, afterPause: () => void = () => undefined): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextMacrotask();
    afterPause();
    sliceStart = performance.now();
  }
}
