import { useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import { useT } from '../i18n/i18n-context';
import type { VerdictContext } from '../verdict';
import { MatchCard } from './MatchCard';

const VISIBLE = 5;
const MERGE_MAX = 3;

export type MatchListProps = {
  readonly matches: readonly Match[];
  readonly labelOf: (field: string) => string;
  readonly urlOf: (match: Match) => string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
  readonly onMerge: ((matches: readonly Match[]) => void) | null;
  readonly context?: VerdictContext | null;
};

/** The "Possible duplicates" region: most certain first, five at a time, with merging of 2–3 same-module records. */
export const MatchList = ({
  matches,
  labelOf,
  urlOf,
  updateFor,
  onMerge,
  context = null,
}: MatchListProps) => {
  const t = useT();
  const [all, setAll] = useState(false);
  const [picked, setPicked] = useState<readonly Match[]>([]);
  const shown = all ? matches : matches.slice(0, VISIBLE);
  const module = picked[0]?.candidate.module;
  const mergeable = (m: Match): boolean =>
    onMerge !== null &&
    !m.candidate.converted &&
    matches.filter((o) => o.candidate.module === m.candidate.module && !o.candidate.converted).length > 1 &&
    (module === undefined || m.candidate.module === module) &&
    (picked.length < MERGE_MAX || picked.includes(m));
  const select = (m: Match, on: boolean) => setPicked((p) => (on ? [...p, m] : p.filter((x) => x !== m)));
  return (
    <section class="matches" aria-labelledby="matches-title">
      <h2 id="matches-title">{t('listLabel')}</h2>
      <ul>
        {shown.map((m) => (
          <MatchCard
            key={`${m.candidate.module}:${m.candidate.id}`}
            match={m}
            labelOf={labelOf}
            url={urlOf(m)}
            updateFor={updateFor}
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
        {onMerge && picked.length >= 2 && (
          <button type="button" class="primary" onClick={() => onMerge(picked)}>
            {t('mergeRecords', { count: picked.length })}
          </button>
        )}
      </div>
    </section>
  );
};
