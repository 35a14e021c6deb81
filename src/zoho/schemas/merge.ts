import * as z from 'zod/mini';
import { errorItemWire } from './common';

/** `{merge: [{code: SUCCESS|SCHEDULED, details: {id} | {job_id}}]}`, or error items in the same list. */
export const mergeResultWire = z.looseObject({ merge: z.array(errorItemWire) });
export const mergeDetailsWire = z.looseObject({ id: z.optional(z.string()), job_id: z.optional(z.string()) });
