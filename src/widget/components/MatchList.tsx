import { useState } from 'preact/hooks';
import type { CandidateRecord, Match, Values } from '../../dedupe/types';
import { useT } from '../i18n/i18n-context';
import type { VerdictContext } from '../verdict';
import { type FillAction, MatchCard } from './MatchCard';

const VISIBLE = 5;
const MERGE_MAX = 3;

export type MatchListProps = {
  readonly matches: readonly Match[];
  readonly labelOf: (field: string) => string;
  readonly urlOf: (match: Match) => string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
  /** On an edit page: "Merge this record into …", or null where it does not apply. */
  readonly mergeIntoFor?: ((match: Match) => (() => void) | null) | undefined;
  /** What the form holds, for "Rob → Robert (nickname)". */
  readonly incoming?: Values | undefined;
  /** "Fill the form from this record", on a create/edit page button only. */
  readonly fillFor?: ((match: Match) => FillAction | null) | undefined;
  readonly onMerge: ((records: readonly CandidateRecord[]) => void) | null;
  /** The record a record page shows: every merge there includes it. */
  readonly anchor?: CandidateRecord | null;
  readonly context?: VerdictContext | null;
};

const live = (r: CandidateRecord) => !r.converted;

/** The "Possible duplicates" region: most certain first, five at a time, with merging of 2–3 same-module records. */
export const MatchList = ({
  matches,
  labelOf,
  urlOf,
  updateFor,
  mergeIntoFor,
  incoming,
  fillFor,
  onMerge,
  anchor = null,
  context = null,
}: MatchListProps) => {
  const t = useT();
  const [all, setAll] = useState(false);
  const [picked, setPicked] = useState<readonly Match[]>([]);
  const shown = all ? matches : matches.slice(0, VISIBLE);
  const base = anchor && live(anchor) ? [anchor] : [];
  // A converted record cannot be merged, so a record page showing one offers no merge at all.
  const canMerge = onMerge !== null && (anchor === null || base.length === 1);
  const module = base[0]?.module ?? picked[0]?.candidate.module;
  const peers = (m: Match) =>
    matches.filter((o) => o.candidate.module === m.candidate.module && live(o.candidate)).length;
  const mergeable = (m: Match): boolean =>
    canMerge &&
    live(m.candidate) &&
    peers(m) + base.length > 1 &&
    (module === undefined || m.candidate.module === module) &&
    (picked.length + base.length < MERGE_MAX || picked.includes(m));
  const select = (m: Match, on: boolean) => setPicked((p) => (on ? [...p, m] : p.filter((x) => x !== m)));
  const records = [...base, ...picked.map((m) => m.candidate)];
  return (
    <section class="matches" aria-labelledby="matches-title">
      {/* The status line above is the one visible heading; this one names the region for screen readers. */}
      <h2 id="matches-title" class="sr">
        {t('listLabel')}
      </h2>
      <ul>
        {shown.map((m) => (
          <MatchCard
            key={`${m.candidate.module}:${m.candidate.id}`}
            match={m}
            labelOf={labelOf}
            url={urlOf(m)}
            updateFor={updateFor}
            mergeIntoFor={mergeIntoFor}
            incoming={incoming}
            fillFor={fillFor}
            context={context}
            {...(mergeable(m) ? { selected: picked.includes(m), onSelect: select } : {})}
          />
        ))}
      </ul>
      <div class="actions">
        {matches.length > VISIBLE && (
          <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('showFewer') : t('showAll', { count: matches.length })}
          </button>
        )}
        {onMerge && picked.length > 0 && records.length >= 2 && (
          <button type="button" class="primary" onClick={() => onMerge(records)}>
            {t('mergeRecords', { count: records.length })}
          </button>
        )}
      </div>
    </section>
  );
};
