export { ApiError } from './errors';
export type { FieldDef } from './metadata/field-def';
export { MODULES } from './metadata/modules';
export { DEFAULT_OPTIONS, OPTIONS_HEADER, type SandboxOptions } from './options';
export { createSandbox, type Sandbox } from './sandbox';
export { bulkInsert, loadSeed, type PlainRecord } from './store/load-seed';
export { createStore, DEFAULT_DB_PATH, type Store, type StoreOptions } from './store/store';
export type { StoredRecord, User } from './store/types';
export { formatZohoTime, parseZohoTime } from './time';
