import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Asks the host to resize the widget frame whenever the content's height changes. */
export const useFitContent = (
  ref: RefObject<HTMLElement>,
  resize: (size: { readonly height: number; readonly width: number }) => void,
): void => {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      // Zoho re-lays out the page on every Resize: skip unchanged heights.
      if (height === last) return;
      last = height;
      resize({ height, width: Math.ceil(element.getBoundingClientRect().width) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, resize]);
};
