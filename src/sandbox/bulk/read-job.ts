import type { Store } from '../store/store';

/** Zoho's Bulk Read job states (bulk_read.json Job_Detail.state). */
export type JobState = 'ADDED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';

/** A Bulk Read job as the sandbox keeps it (in the store's meta table, so it outlives the process). */
export type ReadJob = {
  readonly id: string;
  readonly module: string;
  readonly fields: readonly string[];
  readonly page: number;
  readonly createdMs: number;
  readonly createdBy: string;
  /** Status answers given so far; the job completes after `bulkReadPolls` of them. */
  readonly polls: number;
  /** Record ids of the page, fixed when the job completes (the export is a snapshot). */
  readonly ids: readonly string[] | null;
  readonly moreRecords: boolean;
};

const key = (id: string) => `bulk_read:${id}`;

export const loadJob = (store: Store, id: string): ReadJob | null => {
  const raw = store.meta(key(id));
  return raw ? (JSON.parse(raw) as ReadJob) : null;
};

export const saveJob = (store: Store, job: ReadJob): void => store.setMeta(key(job.id), JSON.stringify(job));

export const stateOf = (job: ReadJob): JobState =>
  job.ids ? 'COMPLETED' : job.polls > 0 ? 'IN PROGRESS' : 'ADDED';

/** Zoho's next_page_token is opaque; the sandbox's names the page after this one. */
export const pageToken = (page: number): string => Buffer.from(`page:${page}`).toString('base64url');

export const pageOfToken = (token: string): number | null => {
  const m = /^page:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m?.[1] ? Number(m[1]) : null;
};
