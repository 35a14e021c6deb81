import { useEffect, useState } from 'preact/hooks';
import type { CrmClient } from '../../../zoho/crm-client';

/** Whether the signed-in user may change the org's settings; 'unknown' until Zoho has said who they are. */
export type EditRight = 'checking' | 'admin' | 'read-only' | 'unknown';

// Zoho's built-in profile allowed to customise the org (Setup > Users and Control > Profiles); others read only.
const ADMIN_PROFILES = ['Administrator'];

/** The current user's profile through the SDK (CONFIG.getCurrentUser): only an administrator edits. */
export const useCanEdit = (client: CrmClient): EditRight => {
  const [right, setRight] = useState<EditRight>('checking');
  useEffect(() => {
    const controller = new AbortController();
    client.getCurrentUser({ signal: controller.signal }).then((user) => {
      if (controller.signal.aborted) return;
      if (!user.ok || user.value.profile === null) return setRight('unknown');
      setRight(ADMIN_PROFILES.includes(user.value.profile) ? 'admin' : 'read-only');
    });
    return () => controller.abort();
  }, [client]);
  return right;
};
