import type { CrmError } from '../../../zoho/crm-error';
import type { DiagnosticsContext } from './diagnostics-context';

export type CheckId = 'sdk' | 'dataCentre' | 'client' | 'variable' | 'connection' | 'search' | 'user';

/** One touchpoint's outcome: pass or fail, a short finding (translation key + values) and Zoho's raw answer. */
export type CheckResult = {
  readonly id: CheckId;
  readonly ok: boolean;
  readonly finding: string;
  readonly values: Readonly<Record<string, string>>;
  readonly raw: unknown;
};

export const CHECK_IDS: readonly CheckId[] = [
  'sdk',
  'dataCentre',
  'client',
  'variable',
  'connection',
  'search',
  'user',
];

const describe = (error: CrmError): string =>
  error.kind === 'zoho'
    ? `${error.code}: ${error.message}`
    : error.kind === 'invalid-response'
      ? error.issues.join('; ')
      : error.kind;

const pass = (
  id: CheckId,
  finding: string,
  raw: unknown,
  values: Record<string, string> = {},
): CheckResult => ({
  id,
  ok: true,
  finding,
  values,
  raw,
});
const fail = (
  id: CheckId,
  finding: string,
  raw: unknown,
  values: Record<string, string> = {},
): CheckResult => ({
  id,
  ok: false,
  finding,
  values,
  raw,
});

/** The SDK's version from its script path (…/js-sdk/1.5/…); null when the page loads it from elsewhere. */
const versionOf = (src: string | null): string | null => /\/js-sdk\/([\d.]+)\//.exec(src ?? '')?.[1] ?? null;

/** Every Zoho touchpoint the product uses, once each: reads, and a write that puts back what it read. */
const CHECKS: Readonly<Record<CheckId, (c: DiagnosticsContext) => Promise<CheckResult>>> = {
  sdk: async ({ sdk }) => {
    const version = versionOf(sdk.scriptSrc) ?? '?';
    return sdk.sessionRest && sdk.currentEnvironment
      ? pass('sdk', 'check.sdk.ok', sdk, { version })
      : fail('sdk', 'check.sdk.old', sdk, { version });
  },
  dataCentre: async ({ dataCentre, serviceOrigin, environment }) =>
    dataCentre
      ? pass('dataCentre', 'check.dataCentre.ok', { serviceOrigin, environment }, { dc: dataCentre })
      : fail('dataCentre', 'check.dataCentre.unknown', { serviceOrigin, environment }),
  client: async ({ clientBridge }) =>
    (await clientBridge())
      ? pass('client', 'check.client.ok', { $Client: 'present' })
      : fail('client', 'check.client.missing', { $Client: 'undefined' }),
  variable: async ({ client, variable }) => {
    const read = await client.getOrgVariable(variable);
    if (!read.ok)
      return fail('variable', 'check.variable.readFailed', read.error, {
        variable,
        reason: describe(read.error),
      });
    // Writing back what was read proves the write path without changing the admin's settings.
    const written = await client.setOrgVariable(variable, read.value ?? '');
    if (!written.ok)
      return fail('variable', 'check.variable.writeFailed', written.error, {
        variable,
        reason: describe(written.error),
      });
    return pass('variable', 'check.variable.ok', { read: read.value }, { variable });
  },
  connection: async ({ client, route }) => {
    const answer = await client.getDuplicateCheckPreference('Leads');
    return answer.ok
      ? pass('connection', `check.connection.ok.${route}`, answer.value)
      : fail('connection', 'check.connection.failed', answer.error, { reason: describe(answer.error) });
  },
  search: async ({ client }) => {
    const page = await client.search(
      'Leads',
      { type: 'email', value: 'diagnostics@duplicate-preview.invalid' },
      { converted: 'both' },
    );
    return page.ok
      ? pass('search', 'check.search.ok', page.value, { count: String(page.value.records.length) })
      : fail('search', 'check.search.failed', page.error, { reason: describe(page.error) });
  },
  user: async ({ client }) => {
    const user = await client.getCurrentUser();
    if (!user.ok) return fail('user', 'check.user.failed', user.error, { reason: describe(user.error) });
    const profile = user.value.profile ?? '?';
    return pass('user', 'check.user.ok', user.value, { name: user.value.name, profile });
  },
};

/** Runs one check; anything it throws is a failure with the error as its raw answer, never a crash. */
export const runCheck = async (id: CheckId, context: DiagnosticsContext): Promise<CheckResult> => {
  try {
    return await CHECKS[id](context);
  } catch (error) {
    return fail(id, 'check.threw', String(error), { reason: String(error) });
  }
};
