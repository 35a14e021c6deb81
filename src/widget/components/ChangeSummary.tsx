import type { FieldChange } from '../../dedupe/merge-plan';
import { fieldLabel, valueText } from '../format';
import { useT } from '../i18n/i18n-context';

/** Exactly what a write changes (or changed): one line per field, old -> new. */
export const ChangeSummary = ({
  changes,
  title,
  labelOf = fieldLabel,
}: {
  readonly changes: readonly FieldChange[];
  readonly title: string;
  readonly labelOf?: (field: string) => string;
}) => {
  const t = useT();
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">{title}</h3>
      {changes.length === 0 ? (
        <p>{t('nothingChanges')}</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.field}>
              {t('change', {
                field: labelOf(c.field),
                from: valueText(c.from) || t('empty'),
                to: valueText(c.to) || t('empty'),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
