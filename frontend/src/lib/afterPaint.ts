// Waiting for a frame to be painted before doing what can come later (a fetch, a
// refresh), so that it does not delay the frame that shows the user's action.

/**
 * Resolves after the next frame has been painted (a task after the next animation
 * frame), or after 100 ms if no frame comes: a hidden window or tab does not paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100); // a promise settles once: whichever comes first
  });
}

/**
 * Resolves once the next frame has been painted and the window is idle after it (at most
 * `timeout` ms later): for what can wait until what the user asked for is on screen and
 * every task already queued has run (the reader's side lists after the first article).
 */
export async function afterPaintIdle(timeout = 300): Promise<void> {
  await afterPaint();
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
