import type { FieldInfo } from '../../../dedupe/types';
import { useT } from '../import-i18n';

type Props = {
  readonly headers: readonly string[];
  readonly fields: readonly FieldInfo[];
  readonly columns: readonly (string | null)[];
  readonly onChange: (columns: readonly (string | null)[]) => void;
  readonly onCheck: () => void;
  readonly onBack: () => void;
};

/** Step two: each column's Zoho field, guessed from the header, editable, remembered per module. */
export const MappingStep = ({ headers, fields, columns, onChange, onCheck, onBack }: Props) => {
  const t = useT();
  const writable = fields.filter((f) => !f.readOnly);
  return (
    <section class="step mapping">
      <h2>{t('mapping.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('mapping.column')}</th>
            <th>{t('mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((h, i) => (
            <tr key={`${i}-${h}`}>
              <td>{h}</td>
              <td>
                <select
                  aria-label={h}
                  value={columns[i] ?? ''}
                  onChange={(e) => {
                    const next = [...columns];
                    next[i] = e.currentTarget.value || null;
                    onChange(next);
                  }}
                >
                  <option value="">{t('mapping.none')}</option>
                  {writable.map((f) => (
                    <option key={f.apiName} value={f.apiName}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="primary" onClick={onCheck}>
          {t('mapping.check')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
};
