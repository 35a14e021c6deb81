import * as z from 'zod/mini';
import { optText } from './common';

const nameRef = z.optional(z.nullable(z.looseObject({ name: optText })));
/** `{name, id}` (users.json Minified profile): the id is what Get Profile reads the profile's permissions by. */
const profileRef = z.optional(z.nullable(z.looseObject({ name: optText, id: optText })));
export const userWire = z.looseObject({
  id: z.string(),
  full_name: optText,
  first_name: optText,
  last_name: optText,
  email: optText,
  zuid: optText,
  profile: profileRef,
  role: nameRef,
  // The user's language setting, e.g. "en_US" (users.json in Zoho's v8 OpenAPI files); locale is the fallback.
  language: optText,
  locale: optText,
});
export const usersWire = z.looseObject({ users: z.array(userWire) });
