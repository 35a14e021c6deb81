import { explainError } from '../explain-error';
import type { LoadNote } from '../hooks/use-settings';
import { useT } from '../settings-i18n';

/** Says why the page shows defaults; the widget keeps working either way. */
export const NoteBanner = ({ note }: { readonly note: LoadNote }) => {
  const t = useT();
  const text = (() => {
    switch (note.kind) {
      case 'missing':
        return t('note.missing');
      case 'corrupt':
        return t('note.corrupt', { issues: note.issues.slice(0, 3).join('; ') });
      case 'unreadable':
        return t('note.unreadable', { reason: explainError(t, note.error) });
    }
  })();
  return (
    <p class={`note ${note.kind === 'missing' ? 'info' : 'warning'}`} role="status">
      {text}
    </p>
  );
};
