import { useState } from 'preact/hooks';
import { type FieldRule, MATCH_METHODS, type MatchMethod } from '../../../dedupe/settings';
import type { FieldInfo } from '../../../dedupe/types';
import { useT } from '../settings-i18n';

/** Field types whose values can be compared for likely duplicates; the first three are offered at once. */
const LIKELY = new Set(['email', 'phone', 'website']);
const MATCHABLE = new Set([...LIKELY, 'text', 'autonumber']);

type Props = {
  readonly rules: readonly FieldRule[];
  /** The module's fields from Zoho; empty while loading or unreadable. */
  readonly fields: readonly FieldInfo[];
  readonly onChange: (rules: readonly FieldRule[]) => void;
};

/** One row per matchable field: not used, or the way it is compared. */
export const FieldRules = ({ rules, fields, onChange }: Props) => {
  const t = useT();
  const [all, setAll] = useState(false);
  const labels = new Map(fields.map((f) => [f.apiName, f.label]));
  const offered = fields.filter((f) => (all ? MATCHABLE : LIKELY).has(f.dataType) || f.unique);
  const names = [...rules.map((r) => r.field), ...offered.map((f) => f.apiName)].filter(
    (name, i, list) => list.indexOf(name) === i,
  );

  const set = (field: string, method: MatchMethod | '') => {
    const others = rules.filter((r) => r.field !== field);
    const at = rules.findIndex((r) => r.field === field);
    if (method === '') return onChange(others);
    const next = [...others];
    next.splice(at < 0 ? next.length : at, 0, { field, method });
    onChange(next);
  };

  return (
    <fieldset class="field-rules">
      <legend>{t('fields.legend')}</legend>
      <p class="hint">{t('fields.hint')}</p>
      <table>
        <tbody>
          {names.map((name) => {
            const id = `rule-${name}`;
            const current = rules.find((r) => r.field === name)?.method ?? '';
            return (
              <tr key={name}>
                <th scope="row">
                  <label for={id}>{labels.get(name) ?? name}</label>
                </th>
                <td>
                  <select
                    id={id}
                    value={current}
                    onChange={(e) => set(name, e.currentTarget.value as MatchMethod | '')}
                  >
                    <option value="">{t('method.none')}</option>
                    {MATCH_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t(`method.${m}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {all ? null : (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('fields.showAll')}
        </button>
      )}
    </fieldset>
  );
};
