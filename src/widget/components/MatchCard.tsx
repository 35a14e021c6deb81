import { useState } from 'preact/hooks';
import type { Match, Values } from '../../dedupe/types';
import { comparisonText, differenceText } from '../comparison-text';
import { dateText, moduleLabel, recordName } from '../format';
import { useT } from '../i18n/i18n-context';
import { type VerdictContext, verdictText } from '../verdict';
import { useCurrentUser } from './current-user';
import { ownerName } from './owner-name';
import { RecordFacts } from './RecordFacts';
import { RecordLink } from './RecordLink';

export type MatchCardProps = {
  readonly match: Match;
  /** A field's label from the module's metadata. */
  readonly labelOf: (field: string) => string;
  readonly url: string | null;
  /** The "Update this record instead" action for a match, or null where it does not apply. */
  readonly updateFor: (match: Match) => (() => void) | null;
  /** On an edit page: "Merge this record into …" for a match, or null where it does not apply. */
  readonly mergeIntoFor?: ((match: Match) => (() => void) | null) | undefined;
  /** On a create/edit page button: copy this record's values into the form's empty fields. */
  readonly fillFor?: ((match: Match) => FillAction | null) | undefined;
  /** Present when this record can be merged with others of its module. */
  readonly selected?: boolean;
  readonly onSelect?: (match: Match, selected: boolean) => void;
  /** The form and the admin's save rule, when known: they decide the wording of the verdict. */
  readonly context?: VerdictContext | null;
  /** What the form holds, for "Rob → Robert (nickname)". */
  readonly incoming?: Values | undefined;
};

/** The form fields a fill would set, and the call that sets them. */
export type FillAction = { readonly fields: readonly string[]; readonly run: () => void };

/** One possible duplicate, compact: who, where, whose and when, how it compares; the rest on demand. */
export const MatchCard = ({
  match,
  labelOf,
  url,
  updateFor,
  mergeIntoFor,
  fillFor,
  selected,
  onSelect,
  context = null,
  incoming = {},
}: MatchCardProps) => {
  const t = useT();
  const me = useCurrentUser();
  const record = match.candidate;
  const name = recordName(record, t);
  const onUpdate = updateFor(match);
  const onMergeInto = mergeIntoFor?.(match) ?? null;
  const verdict = verdictText(t, match, labelOf, context);
  const fill = fillFor?.(match) ?? null;
  const [filled, setFilled] = useState<readonly string[] | null>(null);
  const meta = [
    moduleLabel(t, record.module, record.converted),
    ownerName(t, record.owner, me),
    record.modifiedTime ? dateText(t, record.modifiedTime) : '',
  ].filter(Boolean);
  return (
    <li class={`card ${match.classification}`}>
      <h3 class="name">{name}</h3>
      <p class="meta">{meta.join(' · ')}</p>
      <p class="verdict">{verdict}</p>
      <p class="matched">
        <span class="sr">{t('matched')}: </span>
        {match.fields.map((f) => (
          <span key={f.field} class="field">
            <mark>{labelOf(f.field)}</mark> {comparisonText(t, f, match, incoming)}
          </span>
        ))}
      </p>
      {match.differing && match.differing.length > 0 && (
        <p class="differs">
          <span class="label">{t('differs')}: </span>
          {match.differing.map((d) => (
            <span key={d.field} class="field">
              {labelOf(d.field)} {differenceText(t, d, match, incoming)}
            </span>
          ))}
        </p>
      )}
      <div class="actions">
        <RecordLink url={url} name={name} />
        {onUpdate && (
          <button type="button" onClick={onUpdate}>
            {t('updateInstead')}
            <span class="sr">: {name}</span>
          </button>
        )}
        {onMergeInto && (
          <button type="button" onClick={onMergeInto}>
            {t('mergeInto', { name })}
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
      <details class="more">
        <summary>
          {t('details')}
          <span class="sr">: {name}</span>
        </summary>
        <RecordFacts record={record} />
      </details>
      {(fill || filled) && (
        <p role="status" class={filled ? 'notice ok' : 'sr'}>
          {filled && t('filled', { count: filled.length, fields: filled.map(labelOf).join(', ') })}
        </p>
      )}
    </li>
  );
};
