import { useState } from 'preact/hooks';
import type { CrmError } from '../../zoho/crm-error';
import { errorText } from '../format';
import { useT } from '../i18n/i18n-context';
import { removeCreated } from '../merge/remove-created';
import type { WidgetPorts } from '../ports';
import { RecordLink } from './RecordLink';

type Removal =
  | { readonly status: 'offered' | 'running' | 'removed' }
  | { readonly status: 'failed'; readonly error: CrmError };

/** Zoho created record `id` where an update was asked for: said plainly, with the new record offered for deletion. */
export const UnexpectedInsert = ({
  ports,
  module,
  id,
  onBack,
}: {
  readonly ports: WidgetPorts;
  readonly module: string;
  readonly id: string;
  readonly onBack: () => void;
}) => {
  const t = useT();
  const [removal, setRemoval] = useState<Removal>({ status: 'offered' });
  const remove = async () => {
    setRemoval({ status: 'running' });
    const outcome = await removeCreated(ports.client, module, id);
    setRemoval(
      outcome.kind === 'removed' ? { status: 'removed' } : { status: 'failed', error: outcome.error },
    );
  };

  return (
    <>
      <p class="notice error" role="alert">
        {t('inserted', { id })}
      </p>
      {removal.status === 'removed' && (
        <p class="notice ok" role="status">
          {t('insertedRemoved', { id })}
        </p>
      )}
      {removal.status === 'failed' && (
        <p class="notice warn" role="alert">
          {t('error.removeInserted', { reason: errorText(t, removal.error) })}
        </p>
      )}
      <div class="actions">
        {removal.status !== 'removed' && (
          <>
            <button type="button" class="primary" disabled={removal.status === 'running'} onClick={remove}>
              {removal.status === 'running' ? t('removingInserted') : t('removeInserted')}
            </button>
            <RecordLink url={ports.recordUrl(module, id)} name={t('insertedRecord', { id })} />
          </>
        )}
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </>
  );
};
