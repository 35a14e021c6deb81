import { useEffect, useState } from 'preact/hooks';
import type { CandidateRecord, DuplicateClash, Match } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';

/** `readable` false: the rep may not see the record, so only what Zoho's DUPLICATE_DATA said is shown. */
export type ClashMatch = {
  readonly clash: DuplicateClash;
  readonly match: Match;
  readonly readable: boolean;
};

export type ClashState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly items: readonly ClashMatch[] };

const fromClash = (clash: DuplicateClash): CandidateRecord => ({
  module: clash.record.module,
  id: clash.record.id,
  values: {},
  owner: clash.record.owner,
  modifiedTime: null,
  converted: false,
});

const asMatch = (clash: DuplicateClash, record: CandidateRecord): Match => ({
  candidate: record,
  classification: 'blocking',
  score: 1,
  fields: [{ field: clash.field, candidateField: clash.field, how: 'exact', similarity: 1 }],
  blockingFields: [clash.field],
});

/** Fetches the records a DUPLICATE_DATA answer points at; one that cannot be read still shows what Zoho said. */
export const useClashRecords = (client: CrmClient, clashes: readonly DuplicateClash[]): ClashState => {
  const [state, setState] = useState<ClashState>(
    clashes.length > 0 ? { status: 'loading' } : { status: 'none' },
  );
  useEffect(() => {
    if (clashes.length === 0) return setState({ status: 'none' });
    const controller = new AbortController();
    setState({ status: 'loading' });
    Promise.all(
      clashes.map(async (clash) => {
        const got = await client.getRecord(clash.record.module, clash.record.id, {
          signal: controller.signal,
        });
        return { clash, match: asMatch(clash, got.ok ? got.value : fromClash(clash)), readable: got.ok };
      }),
    ).then((items) => {
      if (!controller.signal.aborted) setState({ status: 'ready', items });
    });
    return () => controller.abort();
  }, [client, clashes]);
  return state;
};
