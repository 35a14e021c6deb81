import type { CandidateRecord, Values } from '../../src/dedupe/types';

export const record = (id: string, values: Values, module = 'Leads'): CandidateRecord => ({
  module,
  id,
  values,
  owner: null,
  modifiedTime: '2025-02-08T09:43:08-08:00',
  converted: false,
});
