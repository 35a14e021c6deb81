/** A Zoho request-level error: `{code, details, message, status: "error"}` with its HTTP status. */
export type ZohoErrorBody = {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly message: string;
  readonly status: 'error';
};

/** Thrown inside a route to answer with a Zoho error; the app's error handler turns it into the response. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly httpStatus: number,
    readonly body: ZohoErrorBody,
  ) {
    super(body.message);
  }
}

export const zohoError = (
  code: string,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): ZohoErrorBody => ({ code, details, message, status: 'error' });

export const fail = (
  httpStatus: number,
  code: string,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): never => {
  throw new ApiError(httpStatus, zohoError(code, message, details));
};

export const invalidToken = (): never => fail(401, 'INVALID_TOKEN', 'invalid oauth token');
export const invalidModule = (): never =>
  fail(400, 'INVALID_MODULE', 'The module name given seems to be invalid', { resource_path_index: 0 });
export const invalidUrl = (): never =>
  fail(404, 'INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one');
/** Zoho names the profile permissions the caller lacks, where it says (e.g. Crm_Implied_Variables_Access). */
export const noPermission = (permissions: readonly string[] = []): never =>
  fail(403, 'NO_PERMISSION', 'permission denied', { permissions });
export const requiredParam = (param: string): never =>
  fail(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: param });
export const invalidData = (details: Readonly<Record<string, unknown>>, message = 'invalid data'): never =>
  fail(400, 'INVALID_DATA', message, details);
