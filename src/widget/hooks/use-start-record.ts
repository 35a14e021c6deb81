import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CandidateRecord, Values } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import type { StartData } from '../start-data';

/** The values to check: the form's as given, or (on a record page) the shown record's once it has loaded. */
export type StartRecord =
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly values: Values; readonly record: CandidateRecord | null }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: CrmError };

const LOADING: StartRecord = { status: 'loading' };

const shownRecord = (start: StartData | null): string | null =>
  start?.placement === 'record' ? start.recordId : null;

/** A record page hands over only `{Entity, EntityId}`: read the record so its own values can be checked. */
export const useStartRecord = (
  client: CrmClient | null,
  start: StartData | null,
): { readonly record: StartRecord; readonly retry: () => void } => {
  // Tagged with the record it belongs to, so another record's answer is never shown for this one.
  const [loaded, setLoaded] = useState<{ readonly id: string; readonly state: StartRecord } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const id = shownRecord(start);
  const module = start?.module ?? '';
  useEffect(() => {
    if (!client || !id) return;
    const controller = new AbortController();
    client.getRecord(module, id, { signal: controller.signal }).then((got) => {
      if (controller.signal.aborted) return;
      setLoaded({
        id,
        state: got.ok
          ? { status: 'ready', values: got.value.values, record: got.value }
          : { status: 'failed', error: got.error },
      });
    });
    return () => controller.abort();
  }, [client, module, id, attempt]);
  // A form's values are known at once: deriving them here, not in an effect, starts their check a render sooner.
  const record = useMemo<StartRecord>(
    () =>
      !start
        ? { status: 'none' }
        : id
          ? loaded?.id === id
            ? loaded.state
            : LOADING
          : { status: 'ready', values: start.values, record: null },
    [start, id, loaded],
  );
  const retry = () => {
    setLoaded(null);
    setAttempt((n) => n + 1);
  };
  return { record, retry };
};
