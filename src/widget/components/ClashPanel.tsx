import type { DuplicateClash, Match } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import { useClashRecords } from '../hooks/use-clash-records';
import { useT } from '../i18n/i18n-context';
import { MatchCard } from './MatchCard';

export type ClashPanelProps = {
  readonly client: CrmClient;
  readonly clashes: readonly DuplicateClash[];
  readonly labelOf: (field: string) => string;
  readonly urlOf: (match: Match) => string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
};

/** What a refused save (DUPLICATE_DATA) clashed with: the records fetched and shown like any other duplicate. */
export const ClashPanel = ({ client, clashes, labelOf, urlOf, updateFor }: ClashPanelProps) => {
  const t = useT();
  const state = useClashRecords(client, clashes);
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
            {state.items.map(({ clash, match, readable }) => (
              <li key={`${clash.field}:${clash.record.id}`} class="clash">
                <p class="verdict">{t('clashTitle', { field: labelOf(clash.field) })}</p>
                {/* A record the rep cannot read gets no link and no update: both would end in a permission error. */}
                {!readable && <p class="hint">{t('clashHidden')}</p>}
                <ul>
                  <MatchCard
                    match={match}
                    labelOf={labelOf}
                    url={readable ? urlOf(match) : null}
                    updateFor={readable ? updateFor : () => null}
                  />
                </ul>
                {clash.moreRecords && <p class="hint">{t('clashMore', { field: labelOf(clash.field) })}</p>}
              </li>
            ))}
          </ul>
        </section>
      );
  }
};
