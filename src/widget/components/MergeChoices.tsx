import type { Pick as Side } from '../../dedupe/merge-plan';
import type { FieldValue } from '../../dedupe/types';
import { fieldLabel, valueText } from '../format';
import { useT } from '../i18n/i18n-context';
import { type MergeRow, type Picks, pickOf } from '../merge/merge-rows';

export type MergeChoicesProps = {
  readonly rows: readonly MergeRow[];
  readonly picks: Picks;
  readonly onPick: (field: string, side: Side) => void;
  /** Fields someone else changed since the rep first looked. */
  readonly changedSince: readonly string[];
  /** A field's label from the module's metadata (a Lead's Designation reads "Title"). */
  readonly labelOf?: (field: string) => string;
};

const Option = (props: {
  readonly field: string;
  readonly side: Side;
  readonly value: FieldValue;
  readonly checked: boolean;
  readonly onPick: (field: string, side: Side) => void;
}) => {
  const t = useT();
  const text = valueText(props.value);
  return (
    <label class={`option ${props.checked ? 'picked' : ''}`}>
      <input
        type="radio"
        name={`pick-${props.field}`}
        checked={props.checked}
        onChange={() => props.onPick(props.field, props.side)}
      />
      <span class="source">{t(props.side)}</span>
      <span class={text ? 'value' : 'value none'}>{text || t('empty')}</span>
    </label>
  );
};

/** Existing and new values side by side; a choice per differing field, equal fields listed once. */
export const MergeChoices = ({
  rows,
  picks,
  onPick,
  changedSince,
  labelOf = fieldLabel,
}: MergeChoicesProps) => {
  const t = useT();
  return (
    <div class="choices">
      {rows.map((row) =>
        row.differs ? (
          <fieldset key={row.field} class={changedSince.includes(row.field) ? 'differs changed' : 'differs'}>
            <legend>
              {labelOf(row.field)}
              {changedSince.includes(row.field) && <em class="tag">{t('changedBy')}</em>}
            </legend>
            <Option
              field={row.field}
              side="existing"
              value={row.existing}
              checked={pickOf(row, picks) === 'existing'}
              onPick={onPick}
            />
            <Option
              field={row.field}
              side="incoming"
              value={row.incoming}
              checked={pickOf(row, picks) === 'incoming'}
              onPick={onPick}
            />
          </fieldset>
        ) : (
          <p key={row.field} class="same">
            <span class="source">{labelOf(row.field)}</span>{' '}
            <span class="value">{valueText(row.existing)}</span>
          </p>
        ),
      )}
    </div>
  );
};
