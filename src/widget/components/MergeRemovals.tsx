import { fieldLabel, valueText } from '../format';
import { useT } from '../i18n/i18n-context';
import type { DroppedValue } from '../merge/record-merge-plan';

export type MergeRemovalsProps = {
  /** "Name (id)" of each record, in merge order. */
  readonly names: readonly string[];
  readonly master: number;
  readonly dropped: readonly DroppedValue[];
  /** A field's label from the module's metadata (a Lead's Designation reads "Title"). */
  readonly labelOf?: (field: string) => string;
};

/** Before a merge is confirmed: which records disappear and which values go with them. */
export const MergeRemovals = ({ names, master, dropped, labelOf = fieldLabel }: MergeRemovalsProps) => {
  const t = useT();
  const lines = names.map((record, i) => {
    const lost = dropped.filter((d) => d.from === i);
    if (i === master) return lost.length === 0 ? null : { record, intro: t('mergeLoses', { record }), lost };
    return {
      record,
      intro: lost.length === 0 ? t('mergeDeletes', { record }) : t('mergeDeletesWith', { record }),
      lost,
    };
  });
  return (
    <section class="summary removes" aria-labelledby="removes-title">
      <h3 id="removes-title">{t('mergeRemoves')}</h3>
      <ul>
        {lines.map(
          (line) =>
            line && (
              <li key={line.record}>
                {line.intro}
                {line.lost.length > 0 && (
                  <ul class="lost">
                    {line.lost.map((d) => (
                      <li key={d.field}>
                        {t('fieldValue', { field: labelOf(d.field), value: valueText(d.value) })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ),
        )}
      </ul>
      <p class="notice warn">{t('mergeFinal')}</p>
    </section>
  );
};
