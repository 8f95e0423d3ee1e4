/** Every figure Meta enforces, in one table, with where it comes from. Rules read their numbers from here. */

export interface Limit {
  /** The limit in Unicode code points (or a count). */
  max: number;
  /** Where the figure comes from. */
  source: string;
}

const components = "Meta, WhatsApp Business Platform: template components";

/** Length and count limits. */
export const LIMITS = {
  name: { max: 512, source: components },
  headerText: { max: 60, source: components },
  body: { max: 1024, source: components },
  bodyLimitedTimeOffer: { max: 600, source: "Meta, limited-time offer templates" },
  footer: { max: 60, source: components },
  buttonsTotal: { max: 10, source: components },
  quickReplies: { max: 10, source: components },
  urlButtons: { max: 2, source: components },
  phoneButtons: { max: 1, source: components },
  copyCodeButtons: { max: 1, source: components },
  buttonLabel: { max: 25, source: components },
  phoneNumber: { max: 20, source: components },
  url: { max: 2000, source: components },
  copyCode: { max: 15, source: "Meta, copy code buttons (coupon templates allow 20 since December 2025)" },
  authCode: { max: 15, source: "Meta, authentication templates" },
  codeExpirationMin: { max: 1, source: "Meta, authentication templates" },
  codeExpirationMax: { max: 90, source: "Meta, authentication templates" },
  headerPlaceholders: { max: 1, source: components },
  urlPlaceholders: { max: 1, source: components },
  visibleButtons: { max: 3, source: "Meta, template components: the phone shows 2 buttons and \"See all options\" beyond 3" },
} satisfies Record<string, Limit>;
