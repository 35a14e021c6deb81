import { agree, type Comparison, differ, equalAs } from './comparison';
import { withinOneEdit } from './edit-distance';
import { registeredDomain, registeredName } from './normalise-website';
import type { PreparedValue } from './prepared-value';

/** Websites: one host however written; the same registered domain; the same name under another suffix. */
export const compareWebsite = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (x === y) return equalAs(a.raw, b.raw, 'domain');
  if (registeredDomain(x) === registeredDomain(y)) return agree('close', 'domain', 0.9);
  const nx = registeredName(x);
  const ny = registeredName(y);
  if (nx === ny && nx.length >= 3) return agree('partial', 'domain', 0.7);
  return nx.length >= 5 && withinOneEdit(nx, ny) ? agree('close', 'typo', 0.8) : differ();
};
