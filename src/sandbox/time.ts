/** The org's fixed offset: Zoho writes every datetime in the org's time zone, e.g. 2025-02-08T09:43:08-08:00. */
export const ORG_OFFSET_MINUTES = -8 * 60;
export const ORG_TIME_ZONE = 'America/Los_Angeles';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Zoho keeps second resolution; every stored time is truncated so comparisons agree with what clients see. */
export const toSecond = (epochMs: number): number => epochMs - (((epochMs % 1000) + 1000) % 1000);

export const formatZohoTime = (epochMs: number): string => {
  const local = new Date(toSecond(epochMs) + ORG_OFFSET_MINUTES * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const abs = Math.abs(ORG_OFFSET_MINUTES);
  const sign = ORG_OFFSET_MINUTES < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** Parses an ISO datetime with offset (If-Unmodified-Since, seed times); null when it is not one. */
export const parseZohoTime = (text: string): number | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) return null;
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? null : toSecond(ms);
};
