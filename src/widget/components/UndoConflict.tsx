import type { CandidateRecord } from '../../dedupe/types';
import { fieldLabel, valueText } from '../format';
import { useT } from '../i18n/i18n-context';

/** A colleague's values that an Undo would write over: shown before the rep decides. */
export const UndoConflict = ({
  record,
  fields,
  labelOf = fieldLabel,
}: {
  readonly record: CandidateRecord;
  readonly fields: readonly string[];
  readonly labelOf?: (field: string) => string;
}) => {
  const t = useT();
  return (
    <div class="notice warn">
      <p>{t('undoChanged')}</p>
      <ul>
        {fields.map((f) => (
          <li key={f}>
            {t('fieldValue', { field: labelOf(f), value: valueText(record.values[f]) || t('empty') })}
          </li>
        ))}
      </ul>
    </div>
  );
};
