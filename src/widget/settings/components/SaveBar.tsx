import { explainError } from '../explain-error';
import type { SaveStatus } from '../hooks/use-settings';
import { useT } from '../settings-i18n';

type Props = {
  readonly save: SaveStatus;
  readonly dirty: boolean;
  readonly invalid: boolean;
  readonly onSave: () => void;
};

export const SaveBar = ({ save, dirty, invalid, onSave }: Props) => {
  const t = useT();
  const message = (() => {
    switch (save.status) {
      case 'idle':
        return invalid ? t('save.invalid') : dirty ? t('save.unsaved') : '';
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved');
      case 'failed':
        return t('save.failed', { reason: explainError(t, save.error) });
    }
  })();
  return (
    <div class="save-bar">
      <button type="button" class="primary" disabled={invalid || save.status === 'saving'} onClick={onSave}>
        {t('save')}
      </button>
      <span role="status" class={save.status === 'failed' ? 'error-text' : ''}>
        {message}
      </span>
    </div>
  );
};
