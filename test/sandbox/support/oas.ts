import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { wireIssues } from './oas-wire';

/** Zoho's OpenAPI files live beside the repository: <repo>/../shared/zoho-oas/v8.0. */
export const OAS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/zoho-oas/v8.0');
/** The files reference each other by these URLs; each loaded file takes its URL as `$id`. */
const BASE = 'https://raw.githubusercontent.com/Zohocorp-Pvt-Ltd/crm-oas/refs/heads/main/v8.0/';
/** Zoho's generic error: status, code, message and details, all required. */
const API_EXCEPTION = `${BASE}common.json#/components/schemas/API_Exception`;
/** Per-record and request-level codes ZOHO.md documents that the OAS enums leave out. */
const UNLISTED_CODES = [
  'MULTIPLE_OR_MULTI_ERRORS',
  'ALREADY_MODIFIED',
  'TOO_MANY_REQUESTS',
  'INVALID_TOKEN',
  'LIMIT_REACHED',
];

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies the relaxations Zoho's spec needs, each for a quirk seen in its own samples. */
const relax = (node: Json, shipped: ReadonlySet<string>): Json => {
  if (Array.isArray(node)) return node.map((n) => relax(n, shipped));
  if (!isObj(node)) return node;
  const ref = node.$ref;
  // Files outside the v8.0 folder we have (layouts.json, tags.json, ...) cannot be checked: accept anything there.
  if (
    typeof ref === 'string' &&
    ref.startsWith(BASE) &&
    !shipped.has(ref.slice(BASE.length).split('#')[0] ?? '')
  )
    return {};
  const out: Obj = {};
  for (const [key, value] of Object.entries(node)) {
    // Zoho's oneOf branches overlap (an object with optional `data` also matches API_Exception): anyOf says what they mean.
    out[key === 'oneOf' ? 'anyOf' : key] = relax(value, shipped);
  }
  // OpenAPI 3.0 `nullable` needs a `type` for ajv; without one, null is already accepted.
  if (out.nullable === true && out.type === undefined) delete out.nullable;
  // OpenAPI 3.0 lets a nullable enum be null; ajv's enum would still refuse it.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...out.enum, null];
  const props = out.properties;
  if (isObj(props)) {
    // Messages are prose and the enums list only some of them; the code and shape still pin the response.
    if (isObj(props.message)) delete props.message.enum;
    // Zoho's upsert samples answer `"duplicate_field": null` on insert, which the spec types as a plain string.
    if (isObj(props.duplicate_field)) props.duplicate_field = { ...props.duplicate_field, nullable: true };
    // The item schemas list status/code/message without `required`, so any object would pass; Zoho always sends them.
    if (['status', 'code', 'message'].every((k) => k in props)) out.required = ['status', 'code', 'message'];
    // Likewise a `data` wrapper without `required` accepts `{}`; Zoho's answers that have one always fill it.
    if ('data' in props && !Array.isArray(out.required)) out.required = ['data'];
    // users.json masks a sample address as the email `pattern`, and types time_zone as an object for "Asia/Kolkata".
    if (isObj(props.email) && typeof props.email.pattern === 'string') props.email = { type: 'string' };
    if (isObj(props.time_zone) && props.time_zone.type === 'object')
      props.time_zone = { type: ['string', 'object'], nullable: true };
    // Convert answers `"Deals": null` when it creates no Deal; the spec types the three as plain records.
    for (const key of ['Contacts', 'Deals', 'Accounts'] as const) {
      if (isObj(props[key]) && 'Deals' in props) props[key] = { anyOf: [props[key], { type: 'null' }] };
    }
    // A variable's `value` is typed object (the SDKs' Object); Zoho sends the string, number or boolean itself.
    if (isObj(props.value) && 'variable_group' in props) props.value = {};
    const code = props.code;
    if (isObj(code) && Array.isArray(code.enum) && code.enum.includes('DUPLICATE_DATA')) {
      props.code = { ...code, enum: [...new Set([...code.enum, ...UNLISTED_CODES])] };
    }
  }
  return out;
};

let ajv: Ajv | undefined;
const docs = new Map<string, Obj>();
const validators = new Map<string, ValidateFunction>();

const load = (): Ajv => {
  if (ajv) return ajv;
  if (!existsSync(OAS_DIR)) throw new Error(`Zoho's OpenAPI files are missing: ${OAS_DIR}`);
  const files = readdirSync(OAS_DIR).filter((f) => f.endsWith('.json'));
  const shipped = new Set(files);
  ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  for (const file of files) {
    const doc = relax(JSON.parse(readFileSync(join(OAS_DIR, file), 'utf8')), shipped) as Obj;
    docs.set(file, doc);
    ajv.addSchema({ ...doc, $id: BASE + file });
  }
  return ajv;
};

export type OasTarget = { readonly file: string; readonly path: string; readonly method: string };

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** A response object and its JSON pointer, following a local `$ref` into components/responses. */
const responseAt = (doc: Obj, parts: readonly string[]): { node: Obj; parts: readonly string[] } | null => {
  let node: Json = doc;
  for (const part of parts) node = isObj(node) ? node[part] : undefined;
  if (!isObj(node)) return null;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) return responseAt(doc, ref.slice(2).split('/'));
  return { node, parts };
};

/** The documented schema for a status; undocumented statuses fall back to the nearest documented one. */
const schemaRef = ({ file, path, method }: OasTarget, status: number): string => {
  load();
  const doc = docs.get(file);
  const op = ['paths', path, method.toLowerCase(), 'responses'];
  const responses = doc ? responseAt(doc, op)?.node : undefined;
  if (!doc || !responses) throw new Error(`${file} documents no ${method.toUpperCase()} ${path}`);
  const json = (s: string) => {
    const r = responseAt(doc, [...op, s]);
    return r && isObj((r.node.content as Obj | undefined)?.['application/json']) ? r.parts : null;
  };
  const documented = Object.keys(responses).filter((s) => json(s) !== null);
  const family = documented.filter((s) => s[0] === String(status)[0]);
  // Zoho documents one status per outcome but answers 201/207 with the 200 body, and 401/403/412/429 like 400.
  const chosen = documented.includes(String(status))
    ? String(status)
    : (family[0] ?? (status >= 400 && documented.includes('400') ? '400' : documented[0]));
  const parts = chosen ? json(chosen) : null;
  if (!parts) return API_EXCEPTION;
  return `${BASE}${file}#/${pointer(...parts, 'content', 'application/json', 'schema')}`;
};

export type OasCheck = {
  readonly valid: boolean;
  readonly errors: readonly ErrorObject[];
  readonly schema: string;
};

const validateRef = (ref: string, value: Json): OasCheck => {
  let validate = validators.get(ref);
  if (!validate) {
    validate = load().compile({ $ref: ref });
    validators.set(ref, validate);
  }
  const valid = validate(value) === true;
  return { valid, errors: valid ? [] : [...(validate.errors ?? [])], schema: ref };
};

/** ZOHO.md's request-level errors and their statuses: any operation may answer them, listed in its file or not. */
const REQUEST_LEVEL: Readonly<Record<string, number>> = {
  INVALID_TOKEN: 401,
  AUTHENTICATION_FAILURE: 401,
  OAUTH_SCOPE_MISMATCH: 401,
  NO_PERMISSION: 403,
  INVALID_MODULE: 400,
  INVALID_URL_PATTERN: 404,
  INVALID_QUERY: 400,
  LIMIT_REACHED: 400,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
};

/** Validates a parsed body against the schema Zoho documents for this operation and status. */
export const checkOas = (body: Json, status: number, target: OasTarget): OasCheck => {
  const check = validateRef(schemaRef(target, status), body);
  if (check.valid || !isObj(body) || typeof body.code !== 'string') return check;
  // Files list only their own errors (org.json none); a ZOHO.md request-level error with its status is API_Exception.
  if (REQUEST_LEVEL[body.code] !== status) return check;
  const generic = validateRef(API_EXCEPTION, body);
  return generic.valid ? generic : check;
};

/** Validates a value against one named schema of a file's components, for calls without a shipped path. */
export const checkOasComponent = (value: Json, file: string, schema: string): OasCheck =>
  validateRef(`${BASE}${file}#/components/schemas/${schema}`, value);

export type Answer = { readonly status: number; readonly body: Json };

/** Reads a Response once; a 204 must have an empty body. */
export const readAnswer = async (res: Response): Promise<Answer> => {
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as Json) };
};

/** Asserts a body matches Zoho's documented schema and the product's zod schema; returns the parsed body. */
export const expectMatchesOas = async (response: Response | Answer, target: OasTarget): Promise<Json> => {
  const answer = response instanceof Response ? await readAnswer(response) : response;
  if (answer.status === 204) {
    expect(answer.body, '204 carries no body').toBeUndefined();
    return undefined;
  }
  const check = checkOas(answer.body, answer.status, target);
  expect(
    check.errors.map((e) => `${e.instancePath} ${e.message}`),
    `${target.method} ${target.path} ${answer.status} vs ${check.schema}`,
  ).toEqual([]);
  expect(wireIssues(target, answer.body), 'the src/zoho schema for this body').toEqual([]);
  return answer.body;
};
