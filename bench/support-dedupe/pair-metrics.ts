/** Precision, recall and F1 of a set of predicted pairs against the true ones (pair keys "a|b", a < b). */
export const pairMetrics = (
  predicted: ReadonlySet<string>,
  truth: ReadonlySet<string>,
): { precision: number; recall: number; f1: number } => {
  let hit = 0;
  for (const p of predicted) if (truth.has(p)) hit++;
  const precision = predicted.size ? hit / predicted.size : 1;
  const recall = truth.size ? hit / truth.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
};

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export const round = (x: number): number => Math.round(x * 10000) / 10000;
