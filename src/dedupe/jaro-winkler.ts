const flagsA: boolean[] = [];
const flagsB: boolean[] = [];

/** Jaro-Winkler similarity in 0..1 (prefix scale 0.1, up to 4 characters). */
export const jaroWinkler = (a: string, b: string): number => {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  for (let i = 0; i < la; i++) flagsA[i] = false;
  for (let j = 0; j < lb; j++) flagsB[j] = false;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (!flagsB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        flagsA[i] = true;
        flagsB[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let half = 0;
  for (let i = 0; i < la; i++) {
    if (!flagsA[i]) continue;
    while (!flagsB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) half++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - half / 2) / matches) / 3;
  let prefix = 0;
  const max = Math.min(4, la, lb);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
};
