import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';

/** A quiet line when the admin's settings could not be used and the defaults shaped the check. */
export const SettingsNote = ({ state }: { readonly state: CheckState }) => {
  const t = useT();
  const notice = 'policy' in state ? state.policy.notice : null;
  return notice ? <p class="note settings-note">{t(`notice.${notice}`)}</p> : null;
};
