import { useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import { recordName, valueText } from '../format';
import { useT } from '../i18n/i18n-context';
import { type VerdictContext, verdictText } from '../verdict';
import { RecordFacts } from './RecordFacts';
import { RecordLink } from './RecordLink';

export type MatchCardProps = {
  readonly match: Match;
  /** A field's label from the module's metadata. */
  readonly labelOf: (field: string) => string;
  readonly url: string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
  /** On a create/edit page button: copy this record's values into the form's empty fields. */
  readonly fillFor?: ((match: Match) => FillAction | null) | undefined;
  /** Present when this record can be merged with others of its module. */
  readonly selected?: boolean;
  readonly onSelect?: (match: Match, selected: boolean) => void;
  /** The form and the admin's save rule, when known: they decide the wording of the verdict. */
  readonly context?: VerdictContext | null;
};

/** The form fields a fill would set, and the call that sets them. */
export type FillAction = { readonly fields: readonly string[]; readonly run: () => void };

/** One possible duplicate: who, where, what matched and how, and what Zoho will do on save. */
export const MatchCard = ({
  match,
  labelOf,
  url,
  updateFor,
  fillFor,
  selected,
  onSelect,
  context = null,
}: MatchCardProps) => {
  const t = useT();
  const record = match.candidate;
  const name = recordName(record, t);
  const onUpdate = updateFor(match);
  const verdict = verdictText(t, match, labelOf, context);
  const fill = fillFor?.(match) ?? null;
  const [filled, setFilled] = useState<readonly string[] | null>(null);
  return (
    <li class={`card ${match.classification}`}>
      <h3 class="name">{name}</h3>
      <p class="verdict">{verdict}</p>
      <RecordFacts record={record} />
      <p class="matched">
        <span class="label">{t('matched')}:</span>
        {match.fields.map((f) => (
          <span key={f.field} class="field">
            <mark>{labelOf(f.field)}</mark> {valueText(record.values[f.candidateField])}{' '}
            <span class="how">({t(`how.${f.how}`)})</span>
          </span>
        ))}
      </p>
      <div class="actions">
        <RecordLink url={url} name={name} />
        {onUpdate && (
          <button type="button" onClick={onUpdate}>
            {t('updateInstead')}
            <span class="sr">: {name}</span>
          </button>
        )}
        {fill && (
          <button
            type="button"
            onClick={() => {
              fill.run();
              setFilled(fill.fields);
            }}
          >
            {t('fillFrom')}
            <span class="sr">: {name}</span>
          </button>
        )}
        {onSelect && (
          <label class="select">
            <input
              type="checkbox"
              checked={selected === true}
              onChange={(e) => onSelect(match, e.currentTarget.checked)}
            />
            {t('selectForMerge')}
            <span class="sr">: {name}</span>
          </label>
        )}
      </div>
      {(fill || filled) && (
        <p role="status" class={filled ? 'notice ok' : 'sr'}>
          {filled && t('filled', { count: filled.length, fields: filled.map(labelOf).join(', ') })}
        </p>
      )}
    </li>
  );
};
