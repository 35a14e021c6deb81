import { useState } from 'preact/hooks';
import { MODULES } from '../../../dedupe/modules';
import type { DuplicateCheckPreference, FieldInfo } from '../../../dedupe/types';
import { explainError } from '../explain-error';
import type { PreferenceAction } from '../hooks/use-zoho-config';
import { useT } from '../settings-i18n';

type Mode = 'off' | DuplicateCheckPreference['type'];
type Mapping = DuplicateCheckPreference['fieldMappings'][number];
const MODES: readonly Mode[] = ['off', 'converted_records', 'mapped_module_records'];
const MAPPABLE = new Set(['text', 'email', 'phone', 'website']);

type Props = {
  readonly preference: DuplicateCheckPreference | null;
  readonly leadFields: readonly FieldInfo[];
  readonly contactFields: readonly FieldInfo[];
  readonly action: PreferenceAction;
  readonly onApply: (next: DuplicateCheckPreference | null) => void;
};

const toPreference = (mode: Mode, mappings: readonly Mapping[]): DuplicateCheckPreference | null =>
  mode === 'off'
    ? null
    : mode === 'converted_records'
      ? { type: mode, mappedModule: null, fieldMappings: [] }
      : { type: mode, mappedModule: MODULES.Leads.conversion.mappedModule, fieldMappings: mappings };

/** Zoho's Leads duplicate check preference: off, converted Leads too, or Contacts through field mappings.
 * Its parent keys it by the preference, so a change in Zoho restarts the draft. */
export const PreferenceEditor = ({ preference, leadFields, contactFields, action, onApply }: Props) => {
  const t = useT();
  const [mode, setMode] = useState<Mode>(preference?.type ?? 'off');
  const [mappings, setMappings] = useState<readonly Mapping[]>(preference?.fieldMappings ?? []);

  const choose = (next: Mode) => {
    setMode(next);
    if (next === 'mapped_module_records' && mappings.length === 0) {
      setMappings([{ currentField: 'Email', mappedField: 'Email' }]);
    }
  };
  const edit = (index: number, change: Partial<Mapping>) =>
    setMappings(mappings.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const options = (fields: readonly FieldInfo[]) =>
    fields
      .filter((f) => MAPPABLE.has(f.dataType))
      .map((f) => (
        <option key={f.apiName} value={f.apiName}>
          {f.label}
        </option>
      ));

  return (
    <fieldset class="preference">
      <legend>{t('preference.legend')}</legend>
      <p class="hint">{t(`preference.now.${preference?.type ?? 'off'}`)}</p>
      {MODES.map((m) => (
        <label key={m}>
          <input type="radio" name="preference-mode" checked={mode === m} onChange={() => choose(m)} />
          {t(`preference.mode.${m}`)}
        </label>
      ))}
      {mode === 'mapped_module_records' ? (
        <ul class="mappings">
          {mappings.map((m, i) => (
            <li key={`${i}-${m.currentField}`}>
              <select
                aria-label={t('preference.leadField', { n: i + 1 })}
                value={m.currentField}
                onChange={(e) => edit(i, { currentField: e.currentTarget.value })}
              >
                {options(leadFields)}
              </select>
              <span aria-hidden="true">→</span>
              <select
                aria-label={t('preference.contactField', { n: i + 1 })}
                value={m.mappedField}
                onChange={(e) => edit(i, { mappedField: e.currentTarget.value })}
              >
                {options(contactFields)}
              </select>
              <button
                type="button"
                aria-label={t('preference.remove', { n: i + 1 })}
                onClick={() => setMappings(mappings.filter((_, j) => j !== i))}
              >
                {t('preference.removeShort')}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              onClick={() => setMappings([...mappings, { currentField: 'Email', mappedField: 'Email' }])}
            >
              {t('preference.add')}
            </button>
          </li>
        </ul>
      ) : null}
      <button
        type="button"
        disabled={action.status === 'applying'}
        onClick={() => onApply(toPreference(mode, mappings))}
      >
        {t('preference.apply')}
      </button>
      {action.status === 'failed' ? (
        <p role="alert" class="error-text">
          {explainError(t, action.error)}
        </p>
      ) : (
        <p role="status">{action.status === 'idle' ? '' : t(`preference.${action.status}`)}</p>
      )}
    </fieldset>
  );
};
