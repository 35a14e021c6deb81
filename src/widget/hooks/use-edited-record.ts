import { useEffect, useState } from 'preact/hooks';
import type { CandidateRecord } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { StartData } from '../start-data';

/** On an edit page, the stored record being edited: one side of "Merge this record into …". Null until read. */
export const useEditedRecord = (
  client: CrmClient | null,
  start: StartData | null,
): CandidateRecord | null => {
  const [record, setRecord] = useState<CandidateRecord | null>(null);
  const id = start && start.placement !== 'record' ? start.recordId : null;
  const module = start?.module ?? '';
  useEffect(() => {
    setRecord(null);
    if (!client || !id) return;
    const controller = new AbortController();
    client.getRecord(module, id, { signal: controller.signal }).then((got) => {
      if (!controller.signal.aborted && got.ok) setRecord(got.value);
    });
    return () => controller.abort();
  }, [client, module, id]);
  return record;
};
