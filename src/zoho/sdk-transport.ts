import * as z from 'zod/mini';
import { guarded, policyOf } from './call-policy';
import type { CallOptions } from './crm-client';
import type { CrmError } from './crm-error';
import { parse } from './interpret';
import type { HttpRequest } from './rest-transport';
import { err, ok, type Result } from './result';
import type { SdkClientConfig } from './sdk-client';
import { errorFromBody, invalidResponse } from './zoho-error';
import type { ZohoSdk, ZohoSession } from './zoho-sdk';

type R<T> = Result<T, CrmError>;
type Kind = 'read' | 'write';

/** How every SDK call runs: under the call policy, with rejections and odd answers turned into values. */
export type SdkTransport = {
  readonly call: <T>(
    kind: Kind,
    opts: CallOptions,
    run: () => Promise<unknown>,
    interpret: (body: unknown) => R<T>,
    rejected?: (raw: unknown) => R<T>,
  ) => Promise<R<T>>;
  /** A REST call the SDK has no method for: session REST where the SDK has it, else the extension's connection. */
  readonly rest: <T>(
    kind: Kind,
    req: HttpRequest,
    opts: CallOptions,
    interpret: (body: unknown) => R<T>,
  ) => Promise<R<T>>;
  readonly apiDomain: string;
  /** Which route `rest` takes: for the Diagnostics panel and the report. */
  readonly route: 'session' | 'connection';
};

/** The code of the error a connection that cannot be used gets, with the connection's name in the message. */
export const CONNECTION_UNAVAILABLE = 'CONNECTION_UNAVAILABLE';

const connectionAnswer = z.looseObject({
  details: z.looseObject({ statusMessage: z.optional(z.unknown()) }),
});
const sessionAnswer = z.looseObject({ status: z.optional(z.number()), data: z.optional(z.unknown()) });

const requestErrorWire = z.looseObject({ code: z.string(), status: z.literal('error') });
const isRequestError = (body: unknown): boolean => z.safeParse(requestErrorWire, body).success;

/** CONNECTION.invoke wraps the REST body in details.statusMessage, sometimes as a JSON string. */
const unwrapConnection = (answer: unknown): R<unknown> => {
  const parsed = parse(connectionAnswer, answer);
  if (!parsed.ok) return parsed;
  const message = parsed.value.details.statusMessage;
  if (typeof message !== 'string') return ok(message ?? null);
  if (message.trim() === '') return ok(null);
  try {
    return ok(JSON.parse(message) as unknown);
  } catch {
    return err(invalidResponse('connection answer is not JSON'));
  }
};

/** Any failure of the connection itself (not a REST answer relayed through it) names the connection. */
const connectionFailed = (name: string, raw: unknown): CrmError => {
  const zoho = errorFromBody(raw, null);
  const said = zoho.kind === 'zoho' ? `${zoho.code}: ${zoho.message}` : JSON.stringify(raw ?? null);
  return {
    kind: 'zoho',
    status: 400,
    code: CONNECTION_UNAVAILABLE,
    message: `the connection "${name}" could not be used (${said}). Add it to the extension and authorise it.`,
    details: { connection: name },
    clashes: [],
  };
};

/** A rejected session call carries the REST answer as `{status, data}`; anything else is Zoho's raw payload. */
const sessionRejected = (raw: unknown): CrmError => {
  const answer = z.safeParse(sessionAnswer, raw);
  return answer.success && answer.data.data !== undefined
    ? errorFromBody(answer.data.data, answer.data.status ?? null)
    : errorFromBody(raw, null);
};

export const createSdkTransport = (zoho: ZohoSdk, config: SdkClientConfig): SdkTransport => {
  const policy = policyOf(config.policy);
  const apiDomain = config.apiDomain ?? 'https://www.zohoapis.com';
  const connection = config.connection ?? 'crm_api';
  // Looked up per call where given as a function: the SDK may define `zrc` only after init() has resolved.
  const lookup = config.session;
  const sessionNow = (): ZohoSession | null => (typeof lookup === 'function' ? lookup() : (lookup ?? null));

  /** The SDK never times out and rejects with Zoho's raw payload: both become values here. */
  const call: SdkTransport['call'] = (
    kind,
    opts,
    run,
    interpret,
    rejected = (raw) => err(errorFromBody(raw, null)),
  ) =>
    guarded(policy, opts, kind, async () => {
      let body: unknown;
      try {
        body = await run();
      } catch (raw) {
        // A thrown Error is a transport failure, not a CRM payload (checked by tag: it may come from another realm).
        if (Object.prototype.toString.call(raw) === '[object Error]') throw raw;
        return rejected(raw);
      }
      return interpret(body);
    });

  const viaSession = <T>(
    session: ZohoSession,
    kind: Kind,
    req: HttpRequest,
    opts: CallOptions,
    interpret: (body: unknown) => R<T>,
  ): Promise<R<T>> =>
    call(
      kind,
      opts,
      () =>
        session.request({
          method: req.method,
          path: req.path,
          ...(req.body === undefined ? {} : { body: req.body }),
          ...(req.headers ? { headers: req.headers } : {}),
        }),
      (answer) => {
        const parsed = parse(sessionAnswer, answer);
        return parsed.ok ? interpret(parsed.value.data ?? null) : parsed;
      },
      (raw) => err(sessionRejected(raw)),
    );

  const viaConnection: SdkTransport['rest'] = (kind, req, opts, interpret) =>
    call(
      kind,
      opts,
      () =>
        zoho.CRM.CONNECTION.invoke(connection, {
          url: `${apiDomain}${req.path}`,
          method: req.method,
          param_type: 2,
          parameters: req.body ?? {},
          headers: req.headers ?? {},
        }),
      (answer) => {
        // No relayed REST answer at all: the connection itself failed (e.g. not declared or not authorised).
        if (!z.safeParse(connectionAnswer, answer).success) return err(connectionFailed(connection, answer));
        const body = unwrapConnection(answer);
        if (!body.ok) return body;
        // The connection hides the HTTP status: a request-level error body is recognised by its own shape.
        return isRequestError(body.value) ? err(errorFromBody(body.value, null)) : interpret(body.value);
      },
      (raw) => err(connectionFailed(connection, raw)),
    );

  const rest: SdkTransport['rest'] = (kind, req, opts, interpret) => {
    const session = sessionNow();
    return session
      ? viaSession(session, kind, req, opts, interpret)
      : viaConnection(kind, req, opts, interpret);
  };
  return {
    call,
    rest,
    apiDomain,
    get route() {
      return sessionNow() ? 'session' : 'connection';
    },
  };
};
