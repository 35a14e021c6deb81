import type { CandidateRecord, Criterion, FieldMatch, Match, MatchHow, Values } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import { ok } from '../../zoho/result';
import type { Checker } from './types';

/** Fields worth searching on, per module; the engine's check plan supersedes this. */
const SEARCH_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Leads: ['Email', 'Phone', 'Mobile', 'Company'],
  Contacts: ['Email', 'Phone', 'Mobile'],
  Accounts: ['Account_Name', 'Phone', 'Website'],
};
const PHONE = /phone|mobile|fax/i;

const asText = (v: Values[string] | undefined): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
const digits = (s: string): string => s.replace(/\D/g, '').slice(-10);

const compare = (field: string, mine: string, theirs: string): MatchHow | null => {
  if (mine === '' || theirs === '') return null;
  if (mine === theirs) return 'exact';
  if (mine.toLowerCase() === theirs.toLowerCase()) return 'case';
  if (PHONE.test(field) && digits(mine).length >= 7 && digits(mine) === digits(theirs)) return 'format';
  return null;
};

const matchOf = (
  values: Values,
  fields: readonly string[],
  candidate: CandidateRecord,
  unique: readonly string[],
): Match | null => {
  const matched: FieldMatch[] = [];
  for (const field of fields) {
    const how = compare(field, asText(values[field]), asText(candidate.values[field]));
    if (how) matched.push({ field, candidateField: field, how, similarity: 1 });
  }
  if (matched.length === 0) return null;
  const blockingFields = matched
    .filter((m) => unique.includes(m.field) && m.how !== 'format')
    .map((m) => m.field);
  const filled = fields.filter((f) => asText(values[f]) !== '').length;
  return {
    candidate,
    classification: blockingFields.length > 0 ? 'blocking' : matched.length >= 2 ? 'likely' : 'possible',
    score: matched.length / Math.max(filled, 1),
    fields: matched,
    blockingFields,
  };
};

const RANK = { blocking: 0, likely: 1, possible: 2 } as const;

/** A plain exact/format checker over the CrmClient: one search per module, an OR of the filled fields. */
export const createBasicChecker =
  (client: CrmClient, unique: readonly string[] = ['Email']): Checker =>
  async ({ module, values, excludeId }, signal) => {
    const modules = module === 'Leads' ? ['Leads', 'Contacts'] : [module];
    const matches: Match[] = [];
    for (const target of modules) {
      const fields = SEARCH_FIELDS[target] ?? [];
      const criteria: Criterion[] = fields
        .filter((f) => asText(values[f]) !== '')
        .map((f) => ({ field: f, op: 'equals', value: asText(values[f]) }));
      if (criteria.length === 0) continue;
      const page = await client.search(
        target,
        { type: 'criteria', criteria },
        { signal, converted: target === 'Leads' ? 'both' : 'false' },
      );
      if (!page.ok) return page;
      for (const record of page.value.records) {
        const match = record.id === excludeId ? null : matchOf(values, fields, record, unique);
        if (match) matches.push(match);
      }
    }
    matches.sort((a, b) => RANK[a.classification] - RANK[b.classification] || b.score - a.score);
    return ok({ matches, modules });
  };
