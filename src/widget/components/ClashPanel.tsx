import type { Match } from '../../dedupe/types';
import { fieldLabel } from '../format';
import type { ClashState } from '../hooks/use-clash-records';
import { useT } from '../i18n/i18n-context';
import { MatchCard } from './MatchCard';

export type ClashPanelProps = {
  readonly state: ClashState;
  readonly urlOf: (match: Match) => string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
};

/** What a refused save (DUPLICATE_DATA) clashed with, shown like any other duplicate. */
export const ClashPanel = ({ state, urlOf, updateFor }: ClashPanelProps) => {
  const t = useT();
  switch (state.status) {
    case 'none':
      return null;
    case 'loading':
      return <p class="hint">{t('clashLoading')}</p>;
    case 'ready':
      return (
        <section class="matches clashes" aria-labelledby="clash-title">
          <h2 id="clash-title">{t('clashHeading')}</h2>
          <ul>
            {state.items.map(({ clash, match }) => (
              <li key={`${clash.field}:${clash.record.id}`} class="clash">
                <p class="verdict">{t('clashTitle', { field: fieldLabel(clash.field) })}</p>
                <ul>
                  <MatchCard match={match} url={urlOf(match)} updateFor={updateFor} />
                </ul>
                {clash.moreRecords && (
                  <p class="hint">{t('clashMore', { field: fieldLabel(clash.field) })}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      );
  }
};
