import { useEffect, useState } from 'preact/hooks';
import type { CrmClient } from '../../../zoho/crm-client';
import { type EditRight, readEditRight } from '../edit-right';

/** Whether the signed-in user's profile may change the settings: 'checking' until Zoho has answered. */
export const useCanEdit = (client: CrmClient): EditRight => {
  const [right, setRight] = useState<EditRight>('checking');
  useEffect(() => {
    const controller = new AbortController();
    void readEditRight(client, { signal: controller.signal }).then((next) => {
      if (!controller.signal.aborted) setRight(next);
    });
    return () => controller.abort();
  }, [client]);
  return right;
};
