import type { Match, Values } from '../../dedupe/types';
import type { CrmError } from '../../zoho/crm-error';
import type { Result } from '../../zoho/result';

export type CheckRequest = {
  readonly module: string;
  readonly values: Values;
  /** The record being edited: never its own duplicate. */
  readonly excludeId: string | null;
};

export type CheckAnswer = {
  /** Most certain first. */
  readonly matches: readonly Match[];
  /** Modules that were searched, for "No duplicates found in Leads, Contacts". */
  readonly modules: readonly string[];
  /** Field api name -> label from the module's metadata, for "Email must be unique". */
  readonly labels?: Readonly<Record<string, string>>;
};

/** Runs one duplicate check: search plan, candidates, matching. Built in main.tsx from a CrmClient and the engine. */
export type Checker = (request: CheckRequest, signal: AbortSignal) => Promise<Result<CheckAnswer, CrmError>>;
