// Svelte action: a textarea as tall as its text, so it never hides the end of it
// behind an inner scrollbar. Re-measured when its value changes (typing, or the
// value passed in) and when its width changes (the text re-wraps). CSS
// `field-sizing: content` would do it, but the desktop window's WebKitGTK lacks it.

export function autosize(el: HTMLTextAreaElement, _value?: string): { update(value?: string): void; destroy(): void } {
  const fit = (): void => {
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  // Only a change of width re-wraps the text; reacting to the height this sets would loop.
  let width = el.clientWidth;
  let frame = 0;
  const ro = new ResizeObserver(() => {
    if (el.clientWidth === width || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      width = el.clientWidth;
      fit();
    });
  });
  ro.observe(el);
  el.addEventListener('input', fit);
  fit();
  return {
    // The new value reaches the element in the same flush as this call, maybe after it.
    update: () => queueMicrotask(fit),
    destroy() {
      ro.disconnect();
      cancelAnimationFrame(frame);
      el.removeEventListener('input', fit);
    },
  };
}
