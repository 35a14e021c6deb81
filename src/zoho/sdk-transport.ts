import * as z from 'zod/mini';
import { guarded, policyOf } from './call-policy';
import type { CallOptions } from './crm-client';
import type { CrmError } from './crm-error';
import { parse } from './interpret';
import type { HttpRequest } from './rest-transport';
import { err, ok, type Result } from './result';
import type { SdkClientConfig } from './sdk-client';
import { errorFromBody, invalidResponse } from './zoho-error';
import type { ZohoSdk } from './zoho-sdk';

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
  /** A REST call the SDK has no method for, through the extension's CRM connection. */
  readonly viaConnection: <T>(
    kind: Kind,
    req: HttpRequest,
    opts: CallOptions,
    interpret: (body: unknown) => R<T>,
  ) => Promise<R<T>>;
  readonly apiDomain: string;
};

const connectionAnswer = z.looseObject({
  details: z.looseObject({ statusMessage: z.optional(z.unknown()) }),
});

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

export const createSdkTransport = (zoho: ZohoSdk, config: SdkClientConfig): SdkTransport => {
  const policy = policyOf(config.policy);
  const apiDomain = config.apiDomain ?? 'https://www.zohoapis.com';
  const connection = config.connection ?? 'crm_api';

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

  const viaConnection: SdkTransport['viaConnection'] = (kind, req, opts, interpret) =>
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
        const body = unwrapConnection(answer);
        return body.ok ? interpret(body.value) : body;
      },
    );

  return { call, viaConnection, apiDomain };
};
