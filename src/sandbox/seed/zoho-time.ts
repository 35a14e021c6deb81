/** Seed times are fixed, never the wall clock, so a seed number always yields the same data. */
export const SEED_BASE_TIME = Date.UTC(2025, 1, 8, 17, 43, 8);

const OFFSET_MINUTES = -8 * 60;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Zoho's datetime format with the org's offset, e.g. 2025-02-08T09:43:08-08:00. */
export const formatZohoTime = (epochMs: number): string => {
  const local = new Date(epochMs + OFFSET_MINUTES * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = OFFSET_MINUTES < 0 ? '-' : '+';
  const abs = Math.abs(OFFSET_MINUTES);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
