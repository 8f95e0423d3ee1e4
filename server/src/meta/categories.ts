/** Template categories, and the legacy values providers used before Meta's three categories. */

export const CATEGORIES = ['marketing', 'utility', 'authentication'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Legacy category values (old "tags" and TRANSACTIONAL/OTP) and the category Meta maps them to today. */
const LEGACY: Record<string, Category> = {
  transactional: 'utility',
  account_update: 'utility',
  alert_update: 'utility',
  appointment_update: 'utility',
  issue_resolution: 'utility',
  payment_update: 'utility',
  personal_finance_update: 'utility',
  reservation_update: 'utility',
  shipping_update: 'utility',
  ticket_update: 'utility',
  transportation_update: 'utility',
  auto_reply: 'utility',
  otp: 'authentication',
};

/** The current category for `value`, or null if it is neither current nor legacy. */
export function normalizeCategory(value: string): { category: Category; legacy: boolean } | null {
  const lower = value.trim().toLowerCase();
  if ((CATEGORIES as readonly string[]).includes(lower)) return { category: lower as Category, legacy: false };
  const key = lower.replace(/[\s-]+/g, '_');
  const mapped = LEGACY[key];
  return mapped ? { category: mapped, legacy: true } : null;
}
