import type { PreflightRow } from '../../../dedupe/preflight-plan';
import type { CandidateRecord } from '../../../dedupe/types';
import { useT } from '../import-i18n';

export type MatchChoice = 'update' | 'skip' | 'create';

type Props = {
  readonly row: PreflightRow;
  readonly record: CandidateRecord | null;
  readonly labelOf: (field: string) => string;
  readonly link: (id: string) => string | null;
  readonly choice: MatchChoice;
  readonly onChoose: (choice: MatchChoice) => void;
};

/** One row's verdict: what Zoho will do, which row or record it clashes with, whose record, and the choice. */
export const RowLine = ({ row, record, labelOf, link, choice, onChoose }: Props) => {
  const t = useT();
  const id = row.recordId ?? '';
  const href = id ? link(id) : null;
  const text = t(`action.${row.action}`, {
    id,
    field: row.field ? labelOf(row.field) : '',
    other: row.duplicateOfRow ?? '',
  });
  return (
    <li class={`row ${row.action}`} data-row={row.row}>
      <strong>{t('row', { row: row.row })}</strong> {text}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {id}
        </a>
      )}
      {record?.owner && (
        <span class="owner"> {t('owner', { name: record.owner.name || record.owner.id })}</span>
      )}
      {row.likelyRows.length > 0 && (
        <span class="likely"> · {t('likelyRows', { rows: row.likelyRows.join(', ') })}</span>
      )}
      {row.likelyRecords.length > 0 && (
        <span class="likely"> · {t('likelyRecords', { ids: row.likelyRecords.join(', ') })}</span>
      )}
      {(row.action === 'update' || row.action === 'duplicate-error') && (
        <select
          aria-label={t('row', { row: row.row })}
          value={choice}
          onChange={(e) => onChoose(e.currentTarget.value as MatchChoice)}
        >
          <option value="update">{t('match.update')}</option>
          <option value="skip">{t('match.skip')}</option>
          <option value="create">{t('match.create')}</option>
        </select>
      )}
    </li>
  );
};
