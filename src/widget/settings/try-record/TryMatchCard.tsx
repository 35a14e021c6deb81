import type { Match, Thresholds, Values } from '../../../dedupe/types';
import { moduleLabel, recordName } from '../../format';
import { useT } from '../settings-i18n';
import { fieldRows } from './field-rows';
import { tierOf } from './tier';

type Props = {
  readonly match: Match;
  /** The module the try ran for. */
  readonly module: string;
  /** What the admin typed for the try. */
  readonly values: Values;
  /** The form's thresholds now: the tier follows them without another try. */
  readonly thresholds: Thresholds;
  readonly labelOf: (field: string) => string;
};

// Rounded down, so a score shown at a threshold is never one the tier puts below it.
const percent = (score: number): string => `${Math.floor(score * 1000) / 10}%`;

/** One record the try found: its score and tier, what Zoho's own check would do, and each typed field beside it. */
export const TryMatchCard = ({ match, module, values, thresholds, labelOf }: Props) => {
  const t = useT();
  const record = match.candidate;
  const name = recordName(record, t);
  const tier = tierOf(match.score, thresholds);
  const field = labelOf(match.blockingFields[0] ?? '');
  // Zoho's unique check on the module itself, or the Leads preference reaching a converted Lead or a Contact.
  const byPreference = record.converted || record.module !== module;
  return (
    <li class={`try-match ${tier}`}>
      <h3>{name}</h3>
      <p class="meta">
        {moduleLabel(t, record.module, record.converted)} · {record.id}
      </p>
      <p class="tier">
        <strong>{t(`tryout.tier.${tier}`)}</strong> · {t('tryout.score', { score: percent(match.score) })}
      </p>
      {match.blockingFields.length > 0 ? (
        <p class="note warning">
          {byPreference
            ? t('tryout.zoho.preference', { field, record: moduleLabel(t, record.module, record.converted) })
            : t('tryout.zoho.unique', { field })}
        </p>
      ) : null}
      <table class="try-fields">
        <caption>{t('tryout.fields.caption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tryout.fields.field')}</th>
            <th scope="col">{t('tryout.fields.typed')}</th>
            <th scope="col">{t('tryout.fields.record')}</th>
            <th scope="col">{t('tryout.fields.result')}</th>
          </tr>
        </thead>
        <tbody>
          {fieldRows(match, module, values).map((row) => (
            <tr key={row.field} class={row.how ? 'agreed' : 'differs'}>
              <th scope="row">{labelOf(row.field)}</th>
              <td>{row.typed}</td>
              <td>{row.theirs}</td>
              <td>
                {row.how
                  ? t('tryout.agreed', { how: t(`tryout.how.${row.how}`) })
                  : row.theirs === ''
                    ? t('tryout.empty')
                    : t('tryout.differs')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
};
