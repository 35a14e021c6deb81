import { parseArgs } from 'node:util';
import type { ReadWay } from '../dedupe/read-cost';

export type CliArgs = {
  readonly csv: string;
  readonly module: string;
  readonly map: string;
  readonly report: string | null;
  readonly json: boolean;
  readonly apply: boolean;
  readonly decisions: string | null;
  readonly db: string | null;
  readonly crm: string | null;
  readonly accounts: string | null;
  readonly tokenFile: string | null;
  readonly read: ReadWay | 'auto';
  readonly journal: string | null;
  readonly concurrency: number;
};

export const USAGE = `usage: npm run preflight -- --csv FILE --module Leads [--map "col=Field,..."] [--report out.csv]
  [--json] [--apply] [--decisions FILE] [--db FILE | --crm URL [--accounts URL] [--token-file FILE]]
  [--read auto|search|bulk] [--journal FILE] [--concurrency N]`;

export const parseCliArgs = (
  argv: readonly string[],
): { ok: true; args: CliArgs } | { ok: false; error: string } => {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        csv: { type: 'string' },
        module: { type: 'string' },
        map: { type: 'string', default: '' },
        report: { type: 'string' },
        json: { type: 'boolean', default: false },
        apply: { type: 'boolean', default: false },
        decisions: { type: 'string' },
        db: { type: 'string' },
        crm: { type: 'string' },
        accounts: { type: 'string' },
        'token-file': { type: 'string' },
        read: { type: 'string', default: 'auto' },
        journal: { type: 'string' },
        concurrency: { type: 'string', default: '5' },
      },
    }).values;
  } catch (e) {
    return { ok: false, error: `${e instanceof Error ? e.message : String(e)}\n${USAGE}` };
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : null);
  const csv = str('csv');
  const module = str('module');
  if (!csv || !module) return { ok: false, error: `--csv and --module are required\n${USAGE}` };
  if (str('db') && str('crm')) return { ok: false, error: '--db and --crm cannot go together' };
  const read = str('read') ?? 'auto';
  if (read !== 'auto' && read !== 'search' && read !== 'bulk')
    return { ok: false, error: `--read is auto, search or bulk, not ${read}` };
  const concurrency = Number(str('concurrency'));
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 25)
    return {
      ok: false,
      error: '--concurrency is a whole number from 1 to 25 (Zoho allows 5 to 25 by edition)',
    };
  return {
    ok: true,
    args: {
      csv,
      module,
      map: str('map') ?? '',
      report: str('report'),
      json: values.json === true,
      apply: values.apply === true,
      decisions: str('decisions'),
      db: str('db'),
      crm: str('crm'),
      accounts: str('accounts'),
      tokenFile: str('token-file'),
      read,
      journal: str('journal'),
      concurrency,
    },
  };
};
