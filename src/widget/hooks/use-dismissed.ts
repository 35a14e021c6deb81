import { useEffect, useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import type { CheckState } from './use-duplicate-check';

/** The set of matched records, whatever order they were ranked in. */
export const matchSignature = (matches: readonly Match[]): string =>
  matches
    .map((m) => `${m.candidate.module}:${m.candidate.id}`)
    .sort()
    .join(',');

export type Dismissal = {
  /** The rep hid the panel and the matches are still the ones they hid. */
  readonly hidden: boolean;
  /** Hides the panel until the set of matches changes; null when there are no matches to hide. */
  readonly hide: (() => void) | null;
  readonly show: () => void;
};

/** A panel the rep hid stays hidden until a check finds another set of records. */
export const useDismissed = (state: CheckState): Dismissal => {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const signature = state.status === 'found' ? matchSignature(state.matches) : null;
  const changed = dismissed !== null && signature !== null && signature !== dismissed;
  useEffect(() => {
    if (changed) setDismissed(null);
  }, [changed]);
  return {
    hidden: dismissed !== null && !changed,
    hide: signature === null ? null : () => setDismissed(signature),
    show: () => setDismissed(null),
  };
};
