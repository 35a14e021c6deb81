import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OAS_DIR, type OasTarget } from './oas';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Operations the sandbox serves that no shipped OAS file documents: their bodies are checked only when they
 * are request-level errors (against common.json's API_Exception). Each entry is `METHOD template`.
 */
export const UNDOCUMENTED_OPERATIONS: readonly string[] = [
  // None of the shipped v8.0 files documents Convert Lead (its file is not in ../shared/zoho-oas/v8.0).
  'post /crm/v8/Leads/{id}/actions/convert',
  // Nor Get Profiles (zoho/crm-oas v8.0/profiles.json is not among them): test/sandbox/profiles.test.ts checks it.
  'get /crm/v8/settings/profiles',
  'get /crm/v8/settings/profiles/{id}',
];

type Candidate = OasTarget & {
  readonly segments: readonly string[];
  readonly literals: number;
  readonly order: number;
};

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');
const split = (path: string) => path.split('/').filter((s) => s !== '');

let candidates: readonly Candidate[] | undefined;

/** Every operation of every shipped file, read once. */
const allCandidates = (): readonly Candidate[] => {
  if (candidates) return candidates;
  const out: Candidate[] = [];
  for (const file of readdirSync(OAS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(OAS_DIR, file), 'utf8')) as {
      readonly paths?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    };
    for (const [path, ops] of Object.entries(doc.paths ?? {})) {
      const segments = split(path);
      const literals = segments.filter((s) => !isParam(s)).length;
      for (const method of METHODS.filter((m) => m in ops)) {
        out.push({ file, path, method, segments, literals, order: out.length });
      }
    }
  }
  candidates = out;
  return out;
};

const matches = (template: readonly string[], actual: readonly string[]) =>
  template.length === actual.length &&
  template.every((s, i) => isParam(s) || s.toLowerCase() === actual[i]?.toLowerCase());

/** record.json repeats operations that have a dedicated file (search); on a tie the dedicated file wins. */
const generic = (c: Candidate) => (c.file === 'record.json' ? 1 : 0);

const undocumented = UNDOCUMENTED_OPERATIONS.map((op) => {
  const [method = '', path = ''] = op.split(' ');
  return [method, split(path)] as const;
});

export type Route = { readonly target: OasTarget | null; readonly undocumented: boolean };

/**
 * The OAS operation documenting a request (method + URL path), most specific first: more literal segments,
 * then a dedicated file over record.json, then file order. null when no file documents it.
 */
export const routeOf = (method: string, pathname: string): Route => {
  const m = method.toLowerCase();
  const actual = split(pathname);
  const listed = undocumented.some(([um, us]) => um === m && matches(us, actual));
  if (listed) return { target: null, undocumented: true };
  const best = allCandidates()
    .filter((c) => c.method === m && matches(c.segments, actual))
    .sort((a, b) => b.literals - a.literals || generic(a) - generic(b) || a.order - b.order)[0];
  return {
    target: best ? { file: best.file, path: best.path, method: best.method } : null,
    undocumented: false,
  };
};
