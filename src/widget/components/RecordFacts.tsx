import { useState } from 'preact/hooks';
import type { CandidateRecord } from '../../dedupe/types';
import { dateText, moduleLabel } from '../format';
import { useT } from '../i18n/i18n-context';
import { useCurrentUser } from './current-user';
import { ownerName } from './owner-name';

/** Module, owner, last change and the record id behind a copy button, as a compact description list. */
export const RecordFacts = ({ record }: { readonly record: CandidateRecord }) => {
  const t = useT();
  const me = useCurrentUser();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(record.id).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <dl class="facts">
      <dt class="sr">{t('moduleLabel')}</dt>
      <dd class="module">{moduleLabel(t, record.module, record.converted)}</dd>
      <dt>{t('owner')}</dt>
      <dd>{ownerName(t, record.owner, me)}</dd>
      {record.modifiedTime && (
        <>
          <dt>{t('modified')}</dt>
          <dd>{dateText(t, record.modifiedTime)}</dd>
        </>
      )}
      <dt>{t('recordId')}</dt>
      <dd class="id">
        <button type="button" class="copy" title={record.id} onClick={copy}>
          {copied ? t('copied') : t('copyId')}
          <span class="sr"> {record.id}</span>
        </button>
      </dd>
    </dl>
  );
};
