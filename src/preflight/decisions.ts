import { type DecisionSpec, type DecisionsResult, resolveDecisions } from '../dedupe/decisions';

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
  return resolveDecisions(raw as DecisionSpec, clusters);
};
