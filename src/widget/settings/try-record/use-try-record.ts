import { useEffect, useRef, useState } from 'preact/hooks';
import type { ModuleSettings } from '../../../dedupe/settings';
import type { Values } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import type { CrmError } from '../../../zoho/crm-error';
import type { CheckAnswer } from '../../check/types';
import { tryRecord } from './try-check';

/** One finished try: the rules and values it ran with, and what the check answered. */
export type Tried = {
  readonly settings: ModuleSettings;
  readonly values: Values;
  readonly answer: CheckAnswer;
};

export type TryState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly tried: Tried }
  | { readonly status: 'failed'; readonly error: CrmError };

/** Runs a try with the settings the form holds now; a new try, or leaving the page, cancels the one under way. */
export const useTryRecord = (client: CrmClient, module: string) => {
  const [state, setState] = useState<TryState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (settings: ModuleSettings, values: Values) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: 'checking' });
    const answer = await tryRecord(client, module, settings, values, controller.signal);
    if (controller.signal.aborted) return;
    setState(
      answer.ok
        ? { status: 'done', tried: { settings, values, answer: answer.value } }
        : { status: 'failed', error: answer.error },
    );
  };
  return { state, run };
};
