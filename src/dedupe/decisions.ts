import type { RowDecision } from './write-plan';

export type DecisionsResult =
  | { readonly ok: true; readonly decisions: ReadonlyMap<number, RowDecision> }
  | { readonly ok: false; readonly error: string };

/** Choices as an admin gives them: per cluster (keyed by its first row) and per row; rows win over clusters. */
export type DecisionSpec = {
  readonly clusters?: Readonly<Record<string, unknown>>;
  readonly rows?: Readonly<Record<string, unknown>>;
};

const rowDecision = (text: string): RowDecision | null => {
  const [verb = '', arg = ''] = text.split(':', 2).map((s) => s.trim());
  if (verb === 'skip') return { kind: 'skip' };
  if (verb === 'create') return { kind: 'create' };
  if (verb === 'default') return { kind: 'default' };
  if (verb === 'update' && arg) return { kind: 'update', recordId: arg };
  if (verb === 'merge' && /^\d+$/.test(arg)) return { kind: 'merge', intoRow: Number(arg) };
  return null;
};

/** Per-row decisions from cluster and row choices: `keep:<row>`, `merge`, `all`; `skip`, `create`, `update:<id>`, `merge:<row>`, `default`. */
export const resolveDecisions = (
  spec: DecisionSpec,
  clusters: readonly (readonly number[])[],
): DecisionsResult => {
  const { rows = {}, clusters: byCluster = {} } = spec;
  const out = new Map<number, RowDecision>();
  for (const [first, choice] of Object.entries(byCluster)) {
    const cluster = clusters.find((c) => c[0] === Number(first));
    if (!cluster) return { ok: false, error: `decisions: no cluster starts at row ${first}` };
    const [verb, arg] = String(choice).split(':', 2);
    if (verb === 'keep' && cluster.includes(Number(arg))) {
      for (const r of cluster) if (r !== Number(arg)) out.set(r, { kind: 'skip' });
    } else if (verb === 'merge') {
      for (const r of cluster.slice(1)) out.set(r, { kind: 'merge', intoRow: cluster[0] ?? r });
    } else if (verb !== 'all')
      return {
        ok: false,
        error: `decisions: cluster ${first}: "${String(choice)}" is not keep:<row>, merge or all`,
      };
  }
  for (const [row, choice] of Object.entries(rows)) {
    const d = rowDecision(String(choice));
    if (!d || !/^\d+$/.test(row))
      return { ok: false, error: `decisions: row ${row}: "${String(choice)}" is not understood` };
    out.set(Number(row), d);
  }
  return { ok: true, decisions: out };
};
