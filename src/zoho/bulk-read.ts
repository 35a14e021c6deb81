import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type * as z from 'zod/mini';
import type { CandidateRecord, FieldValue } from '../dedupe/types';
import type { CrmError } from './crm-error';
import { parse } from './interpret';
import type { Fetch } from './rest-transport';
import { err, ok, type Result } from './result';
import { jobCreatedWire, jobDetailWire, type jobResultWire } from './schemas/bulk-read';
import { encodeValue } from './well-formed';
import { errorFromBody, invalidResponse } from './zoho-error';

// Zoho Bulk Read (shared/zoho-oas/v8.0/bulk_read.json): POST /crm/bulk/v8/read creates a job for one page of at
// most 200,000 records, GET .../{id} answers its state, the result is a zip holding one CSV named after the job.
const BASE = '/crm/bulk/v8/read';

export type BulkReadConfig = {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch: Fetch;
  /** Waits between status polls (Zoho suggests polling, or a callback URL the CLI cannot offer). */
  readonly sleep: (ms: number) => Promise<void>;
  readonly pollMs?: number;
  /** Polls before a job counts as stuck. */
  readonly maxPolls?: number;
};

export type BulkReadOutcome = {
  readonly records: readonly CandidateRecord[];
  /** HTTP calls made: one create, the polls and one download per page. */
  readonly calls: number;
  readonly pages: number;
};

type R<T> = Result<T, CrmError>;
type JobResult = z.output<typeof jobResultWire>;

const asValue = (text: string): FieldValue => (text === '' ? null : text);

/** The CSV of one page as records: `Id` is the record id, every other column a field by API name. */
export const recordsOfCsv = (module: string, csv: string): readonly CandidateRecord[] => {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => {
    const { Id = '', Owner, Modified_Time, ...rest } = row;
    const values: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(rest)) values[k] = asValue(v);
    return {
      module,
      id: Id,
      values,
      owner: Owner ? { id: Owner, name: '' } : null,
      modifiedTime: Modified_Time || null,
      converted: false,
    };
  });
};

export const createBulkReader = (config: BulkReadConfig) => {
  let calls = 0;
  const url = (path: string) => `${config.baseUrl.replace(/\/+$/, '')}${path}`;
  const headers = { Authorization: `Zoho-oauthtoken ${config.token}` };

  const json = async (
    path: string,
    init: RequestInit = {},
  ): Promise<R<{ status: number; body: unknown }>> => {
    calls++;
    try {
      const res = await config.fetch(url(path), { ...init, headers: { ...headers, ...init.headers } });
      const text = await res.text();
      return ok({ status: res.status, body: text ? (JSON.parse(text) as unknown) : null });
    } catch (e) {
      return err(
        e instanceof SyntaxError
          ? invalidResponse('Bulk Read answer is not JSON')
          : { kind: 'offline', message: String(e) },
      );
    }
  };

  const createJob = async (
    module: string,
    fields: readonly string[],
    pageToken: string | null,
  ): Promise<R<string>> => {
    const query = {
      module: { api_name: module },
      fields,
      ...(pageToken ? { page_token: pageToken } : { page: 1 }),
    };
    const answer = await json(BASE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    if (!answer.ok) return answer;
    if (answer.value.status >= 400) return err(errorFromBody(answer.value.body, answer.value.status, module));
    const created = parse(jobCreatedWire, answer.value.body);
    const id = created.ok ? created.value.data[0]?.details.id : undefined;
    return id ? ok(id) : err(invalidResponse('Bulk Read job answer without an id'));
  };

  const waitFor = async (id: string): Promise<R<JobResult>> => {
    for (let poll = 0; poll < (config.maxPolls ?? 600); poll++) {
      const answer = await json(`${BASE}/${encodeValue(id)}`);
      if (!answer.ok) return answer;
      if (answer.value.status >= 400) return err(errorFromBody(answer.value.body, answer.value.status));
      const detail = parse(jobDetailWire, answer.value.body);
      if (!detail.ok) return detail;
      const job = detail.value.data[0];
      if (job?.state === 'FAILURE') return err(invalidResponse(`Bulk Read job ${id} failed`));
      if (job?.state === 'COMPLETED' && job.result) return ok(job.result);
      await config.sleep(config.pollMs ?? 2000);
    }
    return err({ kind: 'timeout', ms: (config.maxPolls ?? 600) * (config.pollMs ?? 2000) });
  };

  const download = async (path: string): Promise<R<string>> => {
    calls++;
    try {
      const res = await config.fetch(path.startsWith('http') ? path : url(path), { headers });
      if (!res.ok) return err(errorFromBody(await res.json().catch(() => null), res.status));
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const csv = Object.entries(files).find(([name]) => name.endsWith('.csv'))?.[1];
      return csv ? ok(new TextDecoder().decode(csv)) : err(invalidResponse('Bulk Read zip holds no CSV'));
    } catch (e) {
      return err({ kind: 'offline', message: String(e) });
    }
  };

  /** Every record of a module, page after page (each page is its own job, chained by next_page_token). */
  const readModule = async (module: string, fields: readonly string[]): Promise<R<BulkReadOutcome>> => {
    const records: CandidateRecord[] = [];
    let token: string | null = null;
    for (let pages = 1; ; pages++) {
      const id = await createJob(module, fields, token);
      if (!id.ok) return id;
      const result = await waitFor(id.value);
      if (!result.ok) return result;
      const csv = await download(result.value.download_url);
      if (!csv.ok) return csv;
      for (const r of recordsOfCsv(module, csv.value)) records.push(r);
      token = result.value.more_records ? (result.value.next_page_token ?? null) : null;
      if (!token) return ok({ records, calls, pages });
    }
  };

  return { readModule, calls: () => calls };
};
