/** The part of window.ZOHO (Zoho's embedded-app SDK) the product calls. Its answers are untrusted. */
type Call<A extends unknown[] = [Readonly<Record<string, unknown>>]> = (...args: A) => Promise<unknown>;

export type ZohoSdk = {
  readonly CRM: {
    readonly API: {
      readonly searchRecord: Call;
      readonly getRecord: Call;
      readonly insertRecord: Call;
      readonly updateRecord: Call;
      readonly upsertRecord: Call;
      readonly deleteRecord: Call;
      readonly coql: Call;
      readonly getOrgVariable: Call<[string]>;
      /** `getProfile({ID})`: one profile with its `permissions_details` (lib/ZohoCrmHelper.js, category PROFILES). */
      readonly getProfile: Call;
    };
    readonly META: { readonly getFields: Call; readonly getModules: Call<[]> };
    readonly CONFIG: {
      readonly getCurrentUser: Call<[]>;
      readonly getOrgInfo: Call<[]>;
      /** `{deployment: "US", ZGID, ZUID, appDetails}` (crm_release_1.1 lib/ZohoCrmHelper.js); absent in old SDKs. */
      readonly GetCurrentEnvironment?: Call<[]>;
    };
    /** `invokeAPI("crm.set", {apiname, value})` writes an extension's org variable. */
    readonly CONNECTOR: { readonly invokeAPI: Call<[string, Readonly<Record<string, unknown>>]> };
    /** A CRM connection: the SDK's route to REST endpoints it has no method for, when session REST is absent. */
    readonly CONNECTION: { readonly invoke: Call<[string, Readonly<Record<string, unknown>>]> };
  };
};

/**
 * SDK 1.5's session REST client (the `zrc` global, zohocrm.dev/explore/widgets/v1.5/zrc_methods): relative
 * `/crm/v8/...` paths go to the CRM the user is signed in to; it answers `{status, data, headers}`.
 */
export type ZohoSession = {
  readonly request: (config: {
    readonly method: string;
    readonly path: string;
    readonly body?: unknown;
    readonly headers?: Readonly<Record<string, string>>;
  }) => Promise<unknown>;
};
