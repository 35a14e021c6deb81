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
      readonly coql: Call;
      readonly getOrgVariable: Call<[string]>;
    };
    readonly META: { readonly getFields: Call; readonly getModules: Call<[]> };
    readonly CONFIG: { readonly getCurrentUser: Call<[]>; readonly getOrgInfo: Call<[]> };
    /** `invokeAPI("crm.set", {apiname, value})` writes an extension's org variable. */
    readonly CONNECTOR: { readonly invokeAPI: Call<[string, Readonly<Record<string, unknown>>]> };
    /** A CRM connection: the only SDK route to REST endpoints it has no method for. */
    readonly CONNECTION: { readonly invoke: Call<[string, Readonly<Record<string, unknown>>]> };
  };
};
