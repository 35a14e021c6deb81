import * as z from 'zod/mini';
import { optText } from './common';

/** Bulk Read job states (shared/zoho-oas/v8.0/bulk_read.json Job_Detail.state). */
export const jobStateWire = z.enum(['ADDED', 'IN PROGRESS', 'COMPLETED', 'FAILURE']);

export const jobCreatedWire = z.looseObject({
  data: z.array(
    z.looseObject({
      code: z.string(),
      details: z.looseObject({ id: z.string(), state: jobStateWire }),
    }),
  ),
});

export const jobResultWire = z.looseObject({
  page: z.number(),
  count: z.number(),
  download_url: z.string(),
  per_page: z.optional(z.number()),
  more_records: z.boolean(),
  next_page_token: optText,
});

export const jobDetailWire = z.looseObject({
  data: z.array(
    z.looseObject({
      id: z.string(),
      state: jobStateWire,
      result: z.optional(z.nullable(jobResultWire)),
    }),
  ),
});
