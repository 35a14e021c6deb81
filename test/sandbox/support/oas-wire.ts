import * as z from 'zod/mini';
import { errorItemWire } from '../../../src/zoho/schemas/common';
import {
  duplicateCheckPreferenceEnvelopeWire,
  duplicateCheckPreferenceSavedWire,
} from '../../../src/zoho/schemas/duplicate-check-preference';
import { fieldsWire } from '../../../src/zoho/schemas/fields';
import { mergeResultWire } from '../../../src/zoho/schemas/merge';
import { modulesWire } from '../../../src/zoho/schemas/modules';
import { orgEnvelopeWire } from '../../../src/zoho/schemas/org';
import { variablesSavedWire, variablesWire } from '../../../src/zoho/schemas/org-variable';
import { pageWire } from '../../../src/zoho/schemas/records';
import { usersWire } from '../../../src/zoho/schemas/user';
import { writeResultWire } from '../../../src/zoho/schemas/write-result';
import type { OasTarget } from './oas';

type Wire = z.ZodMiniType;

/** The src/zoho schema the product parses each operation's success body with. */
const SUCCESS_WIRES: Readonly<Record<string, Wire>> = {
  'record.json get /crm/v8/{module_api_name}/{id}': pageWire,
  'record.json get /crm/v8/{module_api_name}': pageWire,
  'record.json post /crm/v8/{module_api_name}': writeResultWire,
  'record.json put /crm/v8/{module_api_name}': writeResultWire,
  'record.json delete /crm/v8/{module_api_name}': writeResultWire,
  'record.json post /crm/v8/{module_api_name}/upsert': writeResultWire,
  'module_search.json get /crm/v8/{module}/search': pageWire,
  'coql.json post /crm/v8/coql': pageWire,
  'modules.json get /crm/v8/settings/modules': modulesWire,
  'fields.json get /crm/v8/settings/fields': fieldsWire,
  'users.json get /crm/v8/users': usersWire,
  'org.json get /crm/v8/org': orgEnvelopeWire,
  'variables.json get /crm/v8/settings/variables': variablesWire,
  'variables.json post /crm/v8/settings/variables': variablesSavedWire,
  'variables.json put /crm/v8/settings/variables': variablesSavedWire,
  'duplicate_check_preference.json get /crm/v8/settings/duplicate_check_preference':
    duplicateCheckPreferenceEnvelopeWire,
  'duplicate_check_preference.json post /crm/v8/settings/duplicate_check_preference':
    duplicateCheckPreferenceSavedWire,
  'duplicate_check_preference.json put /crm/v8/settings/duplicate_check_preference':
    duplicateCheckPreferenceSavedWire,
  'duplicate_check_preference.json delete /crm/v8/settings/duplicate_check_preference':
    duplicateCheckPreferenceSavedWire,
  'find_and_merge.json post /crm/v8/{module}/{masterrecordid}/actions/merge': mergeResultWire,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The product's own parser for this body: per-record answers keep their wrapper, request-level errors do not. */
export const wireFor = (target: OasTarget, body: unknown): Wire | null => {
  if (isObject(body) && body.status === 'error' && typeof body.code === 'string') return errorItemWire;
  return SUCCESS_WIRES[`${target.file} ${target.method.toLowerCase()} ${target.path}`] ?? null;
};

/** Issues the product's zod schema finds in a body (empty when it parses or no schema applies). */
export const wireIssues = (target: OasTarget, body: unknown): readonly string[] => {
  const wire = wireFor(target, body);
  if (!wire) return [];
  const parsed = z.safeParse(wire, body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
};
