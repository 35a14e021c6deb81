import type { CrmClient } from '../../zoho/crm-client';

/**
 * The widget speaks the language the user chose in Zoho (the users API's `language`, e.g. "de_DE"), not the
 * browser's; Zoho's underscore becomes BCP 47's hyphen. Unknown or unreadable: English.
 */
export const userLocale = (language: string | null | undefined): string => {
  const tag = (language ?? '').trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
};

/**
 * The locale a page speaks: the Zoho user's language when Zoho said one (CONFIG.getCurrentUser), else the
 * fallback (the browser's), which also covers a user Zoho did not answer for in time.
 */
export const zohoOrFallbackLocale = (language: string | null | undefined, fallback: string): string =>
  language?.trim() ? userLocale(language) : fallback;

/** The signed-in Zoho user's locale (CONFIG.getCurrentUser), or `fallback` when Zoho does not say. */
export const zohoUserLocale = async (
  client: Pick<CrmClient, 'getCurrentUser'>,
  fallback: string,
): Promise<string> => {
  const user = await client.getCurrentUser();
  return zohoOrFallbackLocale(user.ok ? user.value.language : null, fallback);
};
