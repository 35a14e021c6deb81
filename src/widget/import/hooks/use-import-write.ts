import { useState } from 'preact/hooks';
import { planWrites, type RowDecision } from '../../../dedupe/write-plan';
import { type ApplyOutcome, applyWrites } from '../../../zoho/batch-writer';
import type { CrmClient } from '../../../zoho/crm-client';
import { fingerprintOf, localJournal } from '../local-journal';
import type { Checked } from './use-preflight';

export type WriteState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing'; readonly done: number; readonly total: number }
  | { readonly status: 'written'; readonly outcome: ApplyOutcome };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The write with its progress; the journal in storage makes "Import" after a closed tab resume, never repeat. */
export const useImportWrite = (client: CrmClient, storage: Storage) => {
  const [state, setState] = useState<WriteState>({ status: 'idle' });
  const run = async (checked: Checked, decisions: ReadonlyMap<number, RowDecision>) => {
    const plan = planWrites(checked.preflight, checked.values, decisions);
    const fingerprint = fingerprintOf(
      `${checked.module}\u0000${checked.text}\u0000${JSON.stringify([...decisions])}`,
    );
    setState({ status: 'writing', done: 0, total: 1 });
    const outcome = await applyWrites({
      client,
      module: checked.module,
      plan,
      order: checked.order,
      journal: localJournal(storage, fingerprint),
      onProgress: (done, total) => setState({ status: 'writing', done, total }),
    });
    setState({ status: 'written', outcome });
  };
  return { state, run };
};
