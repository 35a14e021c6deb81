import type { CrmError } from '../../zoho/crm-error';
import { errorText } from '../format';
import { useT } from '../i18n/i18n-context';

/** A failure in plain words, with a way to try again. */
export const ErrorNotice = ({
  error,
  onRetry,
}: {
  readonly error: CrmError;
  readonly onRetry: () => void;
}) => {
  const t = useT();
  return (
    <div class="notice error">
      <p>{errorText(t, error)}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
};
