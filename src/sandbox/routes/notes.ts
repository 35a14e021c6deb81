import type { Hono } from 'hono';
import { type Ctx, noContent, nowOf, readJson, type SandboxEnv } from '../env';
import { fail } from '../errors';
import { recordJson, writeDetails } from '../record-json';
import type { StoredRecord } from '../store/types';
import { canSee } from '../visibility';
import { writeResponse } from './write-response';

// Notes are records of the Notes module tied to a parent record (Zoho "Create Notes" doc, v8): stored as such.
const NOTES = 'Notes';

type Parent = { readonly module: string; readonly id: string };
type NoteItem =
  | {
      readonly code: 'SUCCESS';
      readonly details: ReturnType<typeof writeDetails>;
      readonly message: string;
      readonly status: 'success';
    }
  | {
      readonly code: string;
      readonly details: Record<string, unknown>;
      readonly message: string;
      readonly status: 'error';
    };

const itemError = (code: string, message: string, details: Record<string, unknown>): NoteItem => ({
  code,
  details,
  message,
  status: 'error',
});

/** v8 writes `Parent_Id: {module: {api_name}, id}`; older versions `Parent_Id: id` with `se_module`. */
const parentOf = (item: Record<string, unknown>): Parent | null => {
  const raw = item.Parent_Id;
  if (typeof raw === 'string')
    return typeof item.se_module === 'string' ? { module: item.se_module, id: raw } : null;
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, module } = raw as { readonly id?: unknown; readonly module?: { readonly api_name?: unknown } };
  const apiName = module?.api_name;
  return typeof id === 'string' && typeof apiName === 'string' ? { module: apiName, id } : null;
};

const addNote = (c: Ctx, item: unknown, index: number): NoteItem => {
  const path = (f: string) => `$.data[${index}].${f}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return itemError('INVALID_DATA', 'invalid data', { api_name: 'data', json_path: `$.data[${index}]` });
  const input = item as Record<string, unknown>;
  const content = input.Note_Content;
  if (typeof content !== 'string' || content.trim() === '')
    return itemError('MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'Note_Content',
      json_path: path('Note_Content'),
    });
  const parent = parentOf(input);
  const store = c.get('store');
  const target = parent ? store.get(parent.id) : undefined;
  if (!parent || !target || target.module.toLowerCase() !== parent.module.toLowerCase())
    return itemError('INVALID_DATA', 'invalid data', { api_name: 'Parent_Id', json_path: path('Parent_Id') });
  const user = c.get('user');
  if (!canSee(user, target))
    return itemError('NO_PERMISSION', 'permission denied', { api_name: 'Parent_Id' });
  const { nowMs, wallMs } = nowOf(c);
  const note: StoredRecord = {
    id: store.nextId(),
    module: NOTES,
    ownerId: user.id,
    createdBy: user.id,
    modifiedBy: user.id,
    createdMs: nowMs,
    modifiedMs: nowMs,
    indexedMs: wallMs,
    converted: null,
    values: {
      Note_Title: typeof input.Note_Title === 'string' ? input.Note_Title : null,
      Note_Content: content,
      Parent_Id: { module: { api_name: target.module }, id: target.id },
    },
  };
  store.put(note);
  return {
    code: 'SUCCESS',
    details: writeDetails(note, c.get('users')),
    message: 'record added',
    status: 'success',
  };
};

const create = async (c: Ctx) => {
  const data = (await readJson(c)).data;
  if (!Array.isArray(data) || data.length === 0)
    return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'data',
      json_path: '$.data',
    });
  const items = c.get('store').transaction(() => data.map((item, i) => addNote(c, item, i)));
  return writeResponse(c, items, 'insert');
};

/** `POST /Notes` adds notes to records; `GET /Notes` lists the ones the user may see (both the module's own paths). */
export const registerNotes = (app: Hono<SandboxEnv>): void => {
  app.post('/crm/v8/Notes', (c) => create(c));
  app.get('/crm/v8/Notes', (c) => {
    const store = c.get('store');
    const user = c.get('user');
    const notes = store.list(NOTES).filter((n) => {
      const parent = store.get((n.values.Parent_Id as { id?: string } | undefined)?.id ?? '');
      return parent !== undefined && canSee(user, parent);
    });
    if (notes.length === 0) return noContent(c);
    return c.json({
      data: notes.map((n) => recordJson(n, c.get('users'))),
      info: { per_page: 200, count: notes.length, page: 1, more_records: false },
    });
  });
};
