import { useState } from 'preact/hooks';
import type { CrmClient, MergeOutcome, MergeRequest } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { answerLost } from '../merge/guarded-write';
import { mergeLanded } from '../merge/merge-landed';

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
    const sent = await client.merge(module, masterId, request);
    // A lost answer may hide a merge that landed: the records themselves say which.
    const result =
      !sent.ok && answerLost(sent.error)
        ? await mergeLanded(
            client,
            module,
            masterId,
            request.children.map((c) => c.id),
            sent.error,
          )
        : sent;
    setState(
      result.ok ? { status: 'merged', outcome: result.value } : { status: 'failed', error: result.error },
    );
  };
  return { state, merge, reset: () => setState({ status: 'choosing' }) };
};
