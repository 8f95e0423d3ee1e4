/**
 * zod schemas of Meta's template JSON: the body of `POST /<WABA_ID>/message_templates` and the items of
 * `GET .../message_templates` (Meta, WhatsApp Business Platform: template components, authentication
 * templates, message templates API). Type names are accepted in any case (Meta's own pages use both
 * `"type": "BODY"` and `"type": "body"`) and read as upper case. Pure: no I/O.
 */
import { z } from 'zod';

/** Components the .watpl format holds, and components Meta has that it cannot hold (reported, never dropped). */
export const COMPONENT_TYPES = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const;
export const UNSUPPORTED_COMPONENT_TYPES = ['CAROUSEL', 'LIMITED_TIME_OFFER', 'GREETING', 'CALL_PERMISSION_REQUEST'] as const;
export const HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION'] as const;
export const UNSUPPORTED_HEADER_FORMATS = ['PRODUCT'] as const;
export const BUTTON_TYPES = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP', 'FLOW', 'CATALOG'] as const;
export const UNSUPPORTED_BUTTON_TYPES = ['MPM', 'SPM', 'VOICE_CALL', 'ORDER_DETAILS'] as const;
export const OTP_TYPES = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'] as const;
export const PARAMETER_FORMATS = ['POSITIONAL', 'NAMED'] as const;

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);
/** An enum read in any case. */
const anyCase = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(upper, z.enum(values));
/** An object whose `type` is read in any case, so a discriminated union can match it. */
const upperType = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v ? { ...v, type: upper((v as { type: unknown }).type) } : v);

export const namedParam = z.looseObject({ param_name: z.string().min(1), example: z.string() });

const headerExample = z.looseObject({
  header_text: z.array(z.string()).optional(),
  header_text_named_params: z.array(namedParam).optional(),
  header_handle: z.array(z.string()).optional(),
});

export const headerComponent = z.looseObject({
  type: z.literal('HEADER'),
  format: anyCase([...HEADER_FORMATS, ...UNSUPPORTED_HEADER_FORMATS]),
  text: z.string().optional(),
  example: headerExample.optional(),
});

export const bodyComponent = z.looseObject({
  type: z.literal('BODY'),
  text: z.string().optional(),
  add_security_recommendation: z.boolean().optional(),
  example: z.looseObject({
    body_text: z.array(z.array(z.string())).optional(),
    body_text_named_params: z.array(namedParam).optional(),
  }).optional(),
});

export const footerComponent = z.looseObject({
  type: z.literal('FOOTER'),
  text: z.string().optional(),
  code_expiration_minutes: z.number().int().optional(),
});

const app = z.looseObject({ package_name: z.string(), signature_hash: z.string() });

export const button = z.preprocess(upperType, z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('QUICK_REPLY'), text: z.string() }),
  z.looseObject({ type: z.literal('URL'), text: z.string(), url: z.string(), example: z.union([z.array(z.string()), z.string()]).optional() }),
  z.looseObject({ type: z.literal('PHONE_NUMBER'), text: z.string(), phone_number: z.string() }),
  z.looseObject({ type: z.literal('COPY_CODE'), text: z.string().optional(), example: z.union([z.string(), z.array(z.string())]) }),
  z.looseObject({
    type: z.literal('OTP'),
    otp_type: anyCase(OTP_TYPES),
    text: z.string().optional(),
    autofill_text: z.string().optional(),
    package_name: z.string().optional(),
    signature_hash: z.string().optional(),
    supported_apps: z.array(app).optional(),
    zero_tap_terms_accepted: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal('FLOW'),
    text: z.string(),
    flow_id: z.union([z.string(), z.number()]).optional(),
    flow_name: z.string().optional(),
    flow_json: z.string().optional(),
    flow_action: z.string().optional(),
    navigate_screen: z.string().optional(),
  }),
  z.looseObject({ type: z.literal('CATALOG'), text: z.string() }),
  ...UNSUPPORTED_BUTTON_TYPES.map((t) => z.looseObject({ type: z.literal(t) })),
]));

export const buttonsComponent = z.looseObject({ type: z.literal('BUTTONS'), buttons: z.array(button).min(1) });

export const component = z.preprocess(upperType, z.discriminatedUnion('type', [
  headerComponent,
  bodyComponent,
  footerComponent,
  buttonsComponent,
  ...UNSUPPORTED_COMPONENT_TYPES.map((t) => z.looseObject({ type: z.literal(t) })),
]));

/** One template: the create payload, or an item of a GET response (which adds id, status, quality_score...). */
export const templatePayload = z.looseObject({
  name: z.string().min(1),
  language: z.string().min(1),
  category: z.string().min(1),
  parameter_format: anyCase(PARAMETER_FORMATS).optional(),
  sub_category: z.string().optional(),
  message_send_ttl_seconds: z.number().int().optional(),
  allow_category_change: z.boolean().optional(),
  components: z.array(component),
  id: z.union([z.string(), z.number()]).optional(),
  status: z.string().optional(),
  quality_score: z.looseObject({ score: z.string().optional() }).optional(),
  rejected_reason: z.string().optional(),
  previous_category: z.string().optional(),
});

/** The response of `GET /<WABA_ID>/message_templates`: items are validated one by one, so one bad item does not hide the others. */
export const getResponse = z.looseObject({
  data: z.array(z.unknown()),
  paging: z.looseObject({ next: z.string().optional() }).optional(),
});

export type TemplatePayload = z.infer<typeof templatePayload>;
export type Component = z.infer<typeof component>;
export type Button = z.infer<typeof button>;
export type HeaderComponent = z.infer<typeof headerComponent>;
export type BodyComponent = z.infer<typeof bodyComponent>;
export type FooterComponent = z.infer<typeof footerComponent>;
export type NamedParam = z.infer<typeof namedParam>;

/** Keys of a template object that belong to Meta's bookkeeping in GET responses, not to the template. */
export const STATUS_KEYS = ['id', 'status', 'quality_score', 'rejected_reason', 'previous_category'] as const;
/** Every key of a template object that the converters read. */
export const KNOWN_TEMPLATE_KEYS: readonly string[] = ['name', 'language', 'category', 'parameter_format', 'sub_category', 'message_send_ttl_seconds', 'allow_category_change', 'components', ...STATUS_KEYS];
