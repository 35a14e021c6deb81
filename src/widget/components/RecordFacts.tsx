import type { CandidateRecord } from '../../dedupe/types';
import { dateText, moduleLabel } from '../format';
import { useT } from '../i18n/i18n-context';

/** Module, owner, id and last change of a record, as a compact description list. */
export const RecordFacts = ({ record }: { readonly record: CandidateRecord }) => {
  const t = useT();
  return (
    <dl class="facts">
      <dt class="sr">{t('moduleLabel')}</dt>
      <dd class="module">{moduleLabel(t, record.module, record.converted)}</dd>
      <dt>{t('owner')}</dt>
      <dd>{record.owner?.name || t('noOwner')}</dd>
      <dt>{t('recordId')}</dt>
      <dd class="id">{record.id}</dd>
      {record.modifiedTime && (
        <>
          <dt>{t('modified')}</dt>
          <dd>{dateText(t, record.modifiedTime)}</dd>
        </>
      )}
    </dl>
  );
};
