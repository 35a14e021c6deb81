import type { RowDecision } from '../dedupe/write-plan';

export type DecisionsResult =
  | { readonly ok: true; readonly decisions: ReadonlyMap<number, RowDecision> }
  | { readonly ok: false; readonly error: string };

const rowDecision = (text: string): RowDecision | null => {
  const [verb = '', arg = ''] = text.split(':', 2).map((s) => s.trim());
  if (verb === 'skip') return { kind: 'skip' };
  if (verb === 'create') return { kind: 'create' };
  if (verb === 'default') return { kind: 'default' };
  if (verb === 'update' && arg) return { kind: 'update', recordId: arg };
  if (verb === 'merge' && /^\d+$/.test(arg)) return { kind: 'merge', intoRow: Number(arg) };
  return null;
};

/**
 * `--decisions FILE`: `{"clusters": {"<first row>": "keep:<row>" | "merge" | "all"}, "rows": {"<row>": "skip" |
 * "create" | "update:<record id>" | "merge:<row>" | "default"}}`. Row decisions win over cluster ones.
 */
export const parseDecisions = (text: string, clusters: readonly (readonly number[])[]): DecisionsResult => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `decisions file is not JSON: ${String(e)}` };
  }
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, error: 'decisions file must hold an object' };
  const { rows = {}, clusters: byCluster = {} } = raw as {
    rows?: Record<string, unknown>;
    clusters?: Record<string, unknown>;
  };
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
