import * as z from 'zod/mini';

/** Zoho sends absent, null or a string for most optional text. */
export const optText = z.optional(z.nullable(z.string()));
export const optBool = z.optional(z.nullable(z.boolean()));
/** Any JSON object: a loose object with no known keys (cheaper in the bundle than z.record). */
export const looseRecord = z.looseObject({});

export const userRefWire = z.looseObject({ id: z.string(), name: optText, email: optText, zuid: optText });

/** `{code, details, message, status}`: a request-level error or one per-record answer. */
export const errorItemWire = z.looseObject({
  code: z.string(),
  message: optText,
  status: optText,
  details: z.optional(z.nullable(looseRecord)),
});
export type ErrorItemWire = z.infer<typeof errorItemWire>;

/** `{api_name}` references (modules, fields) as Zoho nests them. */
export const namedWire = z.looseObject({ api_name: z.string() });
