import { checkOas, checkOasComponent, type OasCheck, type OasTarget } from './oas';
import { routeOf } from './oas-route';
import { wireIssues } from './oas-wire';

/** Operations answered by no shipped file still owe Zoho's request-level error shape. */
const NO_TARGET: OasTarget = { file: '', path: '', method: '' };

const ajvLines = (check: OasCheck) =>
  check.errors.map((e) => `  ajv ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

const excerpt = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

/** What is wrong with a sandbox answer under Zoho's OAS and the src/zoho schemas; null when nothing is. */
export const oasProblem = (method: string, url: string, status: number, text: string): string | null => {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/crm/v8/')) return null;
  const request = `${method.toUpperCase()} ${pathname}`;
  if (status === 204) return text === '' ? null : `${request} -> 204 carries a body: ${excerpt(text)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${request} -> ${status} is not JSON: ${excerpt(text)}`;
  }
  const { target, undocumented } = routeOf(method, pathname);
  const isError = status >= 400;
  if (!target && !isError) {
    return undocumented ? null : `${request} -> ${status}: no shipped OAS file documents this operation`;
  }
  const check = target
    ? checkOas(body, status, target)
    : checkOasComponent(body, 'common.json', 'API_Exception');
  const wire = wireIssues(target ?? NO_TARGET, body);
  if (check.valid && wire.length === 0) return null;
  const operation = target ? `${target.file} ${target.method.toUpperCase()} ${target.path}` : 'API_Exception';
  return [
    `${request} -> ${status} does not match ${operation} (${check.schema})`,
    ...ajvLines(check),
    ...wire.map((w) => `  src/zoho ${w}`),
    `  body: ${excerpt(text)}`,
  ].join('\n');
};

/** Throws, failing the calling test, when a sandbox answer breaks Zoho's documented shape. */
export const assertOasAnswer = (method: string, url: string, status: number, text: string): void => {
  const problem = oasProblem(method, url, status, text);
  if (problem) throw new Error(`sandbox response breaks Zoho's OAS:\n${problem}`);
};

type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** A fetch that checks every sandbox answer it hands back, for tests that bypass the harnesses. */
export const validatingFetch =
  (inner: (request: Request) => Promise<Response>): FetchLike =>
  async (input, init) => {
    const request = new Request(input, init);
    const res = await inner(request);
    assertOasAnswer(request.method, request.url, res.status, await res.clone().text());
    return res;
  };
