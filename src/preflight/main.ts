import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPhoneLibrary } from '../dedupe/normalise-phone';
import { reportCsv } from '../dedupe/report-csv';
import { planWrites } from '../dedupe/write-plan';
import { type ApplyOutcome, applyWrites } from '../zoho/batch-writer';
import { recordLink, tabNameOf } from '../zoho/record-link';
import { parseCliArgs } from './args';
import { type Connection, openRemote, openSandbox } from './connection';
import { parseDecisions } from './decisions';
import { fileJournal } from './journal';
import { jsonOutput } from './json-output';
import { hostsFor, selfClient } from './remote-config';
import { runPreflight } from './run-preflight';
import { summaryLines } from './summary-text';

export type Io = {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Replaces globalThis.fetch for --crm (tests). */
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
};

const connect = (args: ReturnType<typeof parseCliArgs> & { ok: true }, io: Io): Connection | string => {
  const { crm, accounts, tokenFile, db } = args.args;
  if (!crm)
    try {
      return openSandbox(db);
    } catch (e) {
      return `cannot open the sandbox database ${db ?? '.sandbox/crm.db'}: ${e instanceof Error ? e.message : String(e)}`;
    }
  const client = selfClient(tokenFile, io.env);
  if (!client.ok) return client.error;
  return openRemote({
    ...hostsFor(crm, accounts),
    client: client.client,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.now ? { now: io.now } : {}),
    pollMs: crm.startsWith('http://127.0.0.1') || crm.startsWith('http://localhost') ? 50 : 2000,
  });
};

/** The preflight command; returns the exit code (0 done, 1 the input or Zoho stopped it, 2 bad arguments). */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.error);
    return 2;
  }
  const args = parsed.args;
  // A command line has no bundle to keep small: international numbers are read with full numbering plans.
  await loadPhoneLibrary();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.csv);
  } catch (e) {
    io.err(`cannot open --csv ${args.csv}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 1;
  }
  const connection = connect(parsed, io);
  if (typeof connection === 'string') {
    io.err(connection);
    return connection.startsWith('cannot open') ? 1 : 2;
  }
  try {
    io.err(`preflight of ${args.csv} into ${args.module} against ${connection.describe}`);
    const result = await runPreflight({
      bytes,
      module: args.module,
      map: args.map,
      read: args.read,
      connection,
    });
    if (!result.ok) {
      io.err(result.error);
      return 1;
    }
    const run = result.run;
    const org = await connection.client.getOrg();
    const link = (id: string) =>
      org.ok
        ? recordLink({
            dataCentre: org.value.dataCentre,
            zgid: org.value.zgid,
            tabName: tabNameOf(args.module, 'default', null),
            id,
          })
        : null;
    let apply: ApplyOutcome | null = null;
    if (args.apply) {
      const decisionsText = args.decisions ? readFileSync(args.decisions, 'utf8') : '{}';
      const decisions = parseDecisions(decisionsText, run.preflight.clusters);
      if (!decisions.ok) {
        io.err(decisions.error);
        return 1;
      }
      const fingerprint = createHash('sha256')
        .update(bytes)
        .update(`\u0000${args.module}\u0000${args.map}\u0000${decisionsText}`)
        .digest('hex');
      const journalPath = args.journal ?? `${args.report ?? args.csv}.journal.jsonl`;
      const journal = fileJournal(journalPath, fingerprint);
      if (!journal.ok) {
        io.err(journal.error);
        return 1;
      }
      const plan = planWrites(run.preflight, run.values, decisions.decisions);
      apply = await applyWrites({
        client: connection.client,
        module: args.module,
        plan,
        order: run.order,
        journal: journal.journal,
        concurrency: args.concurrency,
        onProgress: (done, total) => io.err(`written ${done}/${total} calls`),
      });
    }
    if (args.report) writeFileSync(args.report, reportCsv(run, apply?.rows ?? null, link));
    const warnings = [
      ...run.table.warnings,
      ...(run.read.truncated
        ? ['a search matched more than the 2,000 records Zoho serves; --read bulk sees them all']
        : []),
    ];
    for (const line of summaryLines(run, apply, connection.calls())) io.err(line);
    if (args.json)
      io.out(
        JSON.stringify(
          jsonOutput({
            module: args.module,
            preflight: run.preflight,
            read: run.read,
            calls: connection.calls(),
            warnings,
            unmapped: run.map.unmapped,
            apply,
          }),
        ),
      );
    return apply?.rows.some((r) => r.state === 'failed' || r.state === 'unknown') ? 1 : 0;
  } finally {
    connection.close();
  }
};
