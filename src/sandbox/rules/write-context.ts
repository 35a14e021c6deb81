import type { ModuleDef } from '../metadata/modules';
import type { SandboxOptions } from '../options';
import type { UserLookup } from '../record-json';
import type { Store } from '../store/store';
import type { User } from '../store/types';

/** Everything one write call needs; `touched` collects the ids written so far in this call. */
export type WriteContext = {
  readonly store: Store;
  readonly module: ModuleDef;
  readonly user: User;
  readonly users: UserLookup;
  readonly options: SandboxOptions;
  /** This call's time at Zoho's second resolution. */
  readonly nowMs: number;
  /** The wall clock for search index lag. */
  readonly wallMs: number;
  readonly touched: Set<string>;
  /** The ids inserted so far in this call (an upsert never targets them: see upsertOne). */
  readonly created: Set<string>;
  /** If-Unmodified-Since as epoch ms, when given. */
  readonly unmodifiedSince: number | null;
};

export const clashScope = (ctx: WriteContext, selfId?: string) => ({
  ...(selfId !== undefined ? { selfId } : {}),
  ...(ctx.options.inBatchDuplicates === 'allowed' ? { skipIds: ctx.touched } : {}),
  systemFieldBlocks: ctx.options.systemFieldBlocksInsert,
});
