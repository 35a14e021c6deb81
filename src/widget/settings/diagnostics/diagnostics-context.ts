import type { CrmClient } from '../../../zoho/crm-client';

/** Everything the Diagnostics panel inspects, gathered by the settings page's composition root. */
export type DiagnosticsContext = {
  readonly client: CrmClient;
  /** The `serviceOrigin` Zoho opened the page with (lib/ZSDK.js). */
  readonly serviceOrigin: string | null;
  readonly dataCentre: string | null;
  /** GetCurrentEnvironment's raw answer, or why there is none. */
  readonly environment: { readonly ok: boolean; readonly raw: unknown };
  /** How REST calls the SDK has no method for travel. */
  readonly route: 'session' | 'connection';
  readonly sdk: {
    /** The SDK script's address as the page loads it (its path names the version, e.g. /js-sdk/1.5/). */
    readonly scriptSrc: string | null;
    readonly sessionRest: boolean;
    readonly currentEnvironment: boolean;
  };
  /** Whether `$Client` has arrived (the CRM injects it after init()), waiting a few seconds for it. */
  readonly clientBridge: () => Promise<boolean>;
  /** The org variable the settings live in. */
  readonly variable: string;
};
