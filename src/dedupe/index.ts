export {
  type BatchReport,
  type BatchRequest,
  type BatchRow,
  CHUNK_SIZE,
  checkBatch,
  type RowOutcome,
} from './batch-check';
export { type BlockingKey, blockingKeys } from './blocking-keys';
export {
  type CheckPlan,
  type CheckRequest,
  MAX_CRITERIA,
  type PlannedCall,
  type PlanTarget,
  planCheck,
} from './check-plan';
export { duplicateCheckScope, type ScopeTarget } from './check-scope';
export { type Comparison, compareField } from './compare-field';
export { blockingFields, duplicateCheckOrder, type OrderInput } from './duplicate-check-order';
export { editDistance, withinOneEdit } from './edit-distance';
export { jaroWinkler } from './jaro-winkler';
export {
  CROSS_MODULE_FIELDS,
  configFromRules,
  DEFAULT_THRESHOLDS,
  type MatchConfig,
  matchConfigFor,
  thresholdsFor,
} from './match-config';
export { isMatchMethod, MATCH_METHODS, type MatchMethod, METHODS, matchField } from './match-methods';
export {
  applyPayload,
  type FieldChange,
  type MergeInput,
  type MergePlan,
  type Pick,
  planMerge,
} from './merge-plan';
export { areNicknames } from './nicknames';
export { normaliseCompany } from './normalise-company';
export { normaliseEmail } from './normalise-email';
export { normaliseName } from './normalise-name';
export { normalisePhone, type Phone, phoneSpellings, samePhone } from './normalise-phone';
export { phoneticKey } from './phonetic-key';
export { clashes, type ScoreOptions, scoreCandidates } from './score-candidates';
export { cacheKey, EMPTY_CACHE, rememberSearch, type SearchCache } from './search-cache';
export { SYSTEM_DUPLICATE_CHECK_FIELDS, systemDuplicateCheckField } from './system-fields';
export type * from './types';
export { previewUpsert, type UpsertClash, type UpsertPreview } from './upsert-preview';
