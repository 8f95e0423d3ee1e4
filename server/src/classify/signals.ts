/** Signal kinds: what a lexicon phrase means, which category it points to, and how a reason reads. */
import type { Category } from '../meta/categories';

/** Promotional kinds: any one of them at weight 1 makes a template marketing. */
export const MARKETING_KINDS = [
  'discount', 'offer', 'urgency', 'call-to-buy', 'upsell', 'renewal-to-save', 'abandoned-cart', 're-engagement', 'sales-outreach',
  'greeting', 'generic-survey', 'review-request', 'app-promotion', 'free-gift', 'new-product', 'invitation', 'referral', 'opt-out', 'custom',
] as const;
/** References to the customer's own affairs and essential alerts: what a utility message is about. */
export const UTILITY_KINDS = [
  'order-reference', 'account-reference', 'payment-reference', 'delivery-reference', 'appointment-reference', 'security-alert',
] as const;
/** Kinds that point to no category: the other rules' findings and the words around them. */
export const OTHER_KINDS = ['one-time-code', 'sensitive-data', 'request', 'negation', 'threat', 'salutation'] as const;

export type MarketingKind = (typeof MARKETING_KINDS)[number];
export type UtilityKind = (typeof UTILITY_KINDS)[number];
export type LexiconKind = MarketingKind | UtilityKind | (typeof OTHER_KINDS)[number];
/**
 * Features that weigh only when no phrase decides the category (classify.ts, `cues`): promotional style on one side, the
 * customer's specifics on the other. The possessives come from each lexicon's `possessives` lists: "our" has the business
 * talk about itself (as promotions do), "your" before a word names something of the customer's (what utility is about).
 */
export const STYLE_KINDS = ['exclamations', 'business-possessive', 'free-text-slot', 'opt-out-footer', 'name-only', 'greeting-led'] as const;
export const SPECIFIC_KINDS = ['customer-possessive', 'record-fields'] as const;
export type StyleKind = (typeof STYLE_KINDS)[number];
export type SpecificKind = (typeof SPECIFIC_KINDS)[number];

/** What a reason can name: a lexicon kind, or a feature of the template's shape. */
export type SignalKind = LexiconKind | StyleKind | SpecificKind | 'otp-button' | 'coupon-button' | 'coupon-code' | 'catalog-button' | 'unclear-content' | 'no-reference' | 'no-promotion';

export const LEXICON_KINDS: ReadonlySet<string> = new Set<string>([...MARKETING_KINDS, ...UTILITY_KINDS, ...OTHER_KINDS]);

const CATEGORY_OF = new Map<string, Category>([
  ...MARKETING_KINDS.map((k) => [k, 'marketing'] as const),
  ...UTILITY_KINDS.map((k) => [k, 'utility'] as const),
  ['one-time-code', 'authentication'],
  ['otp-button', 'authentication'],
  ['coupon-button', 'marketing'],
  ['coupon-code', 'marketing'],
  ['catalog-button', 'marketing'],
  ['unclear-content', 'marketing'],
  ['no-reference', 'marketing'],
  ['no-promotion', 'utility'],
  ...STYLE_KINDS.map((k) => [k, 'marketing'] as const),
  ...SPECIFIC_KINDS.map((k) => [k, 'utility'] as const),
]);

/** The category a signal points to, or null for neutral kinds (salutations, sensitive data, threats). Style and specifics count only when no phrase decides. */
export function categoryOf(kind: SignalKind): Category | null {
  return CATEGORY_OF.get(kind) ?? null;
}

/** How a phrase of each kind reads, for messages: `"20% off" reads as ${describe('discount')}`. */
const DESCRIPTION: Record<SignalKind, string> = {
  discount: 'a discount',
  offer: 'an offer',
  urgency: 'urgency to buy',
  'call-to-buy': 'a call to buy',
  upsell: 'an upsell or cross-sell',
  'renewal-to-save': 'a renewal offer',
  'abandoned-cart': 'an abandoned-cart nudge',
  're-engagement': 'a re-engagement nudge',
  'sales-outreach': 'a sales follow-up or pitch to a prospect',
  greeting: 'a greeting',
  'generic-survey': 'a generic survey',
  'review-request': 'a request for a public review or rating',
  'app-promotion': 'app promotion',
  'free-gift': 'a free gift or incentive',
  'new-product': 'a product announcement',
  invitation: 'an invitation',
  referral: 'a referral incentive',
  'opt-out': 'a marketing opt-out',
  custom: "a phrase this project's watpl.config.json lists as promotional",
  'order-reference': "a reference to the customer's order",
  'account-reference': "a reference to the customer's account",
  'payment-reference': "a reference to the customer's payment",
  'delivery-reference': "a reference to the customer's delivery",
  'appointment-reference': "a reference to the customer's booking",
  'security-alert': 'a security or service alert',
  'one-time-code': 'a one-time code',
  'sensitive-data': 'sensitive data',
  request: 'a request',
  negation: 'a negation',
  threat: 'a threat',
  salutation: 'a salutation',
  'customer-possessive': "something of the customer's (your ...)",
  'business-possessive': 'the business talking about itself (our ...)',
  exclamations: 'repeated exclamation marks, as promotions use them',
  'free-text-slot': 'a placeholder standing alone for the message, so its content is unknown at review',
  'opt-out-footer': 'a reply-keyword opt-out in the footer (reply STOP), as marketing messages carry',
  'name-only': "no placeholder but the customer's name, so nothing specific to the customer",
  'greeting-led': 'a welcome or greeting with no order, booking, account or payment of the customer',
  'record-fields': 'fields of a record (Label: {{1}}), as receipts and status updates list them',
  'otp-button': 'a one-time-password button',
  'coupon-button': 'a coupon (copy code) button',
  'coupon-code': 'a coupon code',
  'catalog-button': 'a catalog button',
  'unclear-content': 'content with no clear purpose',
  'no-reference': 'no reference to an order, booking, account or payment of the customer',
  'no-promotion': 'no promotional element',
};

/** "a discount", "a reference to the customer's order"... */
export function describe(kind: SignalKind): string {
  return DESCRIPTION[kind];
}
