import { useState } from 'preact/hooks';
import type { CrmClient, MergeOutcome, MergeRequest } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';

export type RecordMergeState =
  | { readonly status: 'choosing' }
  | { readonly status: 'merging' }
  | { readonly status: 'merged'; readonly outcome: MergeOutcome }
  | { readonly status: 'failed'; readonly error: CrmError };

/** Sends a Merge API request for 2–3 records of one module. */
export const useRecordMerge = (client: CrmClient, module: string) => {
  const [state, setState] = useState<RecordMergeState>({ status: 'choosing' });
  const merge = async (masterId: string, request: MergeRequest) => {
    setState({ status: 'merging' });
    const result = await client.merge(module, masterId, request);
    setState(
      result.ok ? { status: 'merged', outcome: result.value } : { status: 'failed', error: result.error },
    );
  };
  return { state, merge, reset: () => setState({ status: 'choosing' }) };
};
