/** The rule registry: every rule, in the order the docs list them. One module per rule, file name = rule id. */
import frontMatter from './front-matter';
import unknownField from './unknown-field';
import nameFormat from './name-format';
import languageCode from './language-code';
import categoryValue from './category-value';
import sectionStructure from './section-structure';
import bodyRequired from './body-required';
import commentSyntax from './comment-syntax';
import exampleSyntax from './example-syntax';
import unknownRuleId from './unknown-rule-id';
import placeholderSyntax from './placeholder-syntax';
import placeholderName from './placeholder-name';
import placeholderLegacy from './placeholder-legacy';
import placeholderSequence from './placeholder-sequence';
import placeholderMixed from './placeholder-mixed';
import placeholderEdge from './placeholder-edge';
import placeholderAdjacent from './placeholder-adjacent';
import placeholderDensity from './placeholder-density';
import placeholderAlone from './placeholder-alone';
import headerPlaceholders from './header-placeholders';
import footerPlaceholder from './footer-placeholder';
import exampleMissing from './example-missing';
import exampleUnused from './example-unused';
import exampleValue from './example-value';
import lengthLimit from './length-limit';
import lengthHydrated from './length-hydrated';
import headerFormat from './header-format';
import blankLines from './blank-lines';
import buttonSyntax from './button-syntax';
import buttonCount from './button-count';
import buttonGrouping from './button-grouping';
import buttonUrl from './button-url';
import buttonPhone from './button-phone';
import authenticationShape from './authentication-shape';
import linkShortener from './link-shortener';
import marketingWording from './marketing-wording';
import categoryMismatch from './category-mismatch';
import otpOutsideAuthentication from './otp-outside-authentication';
import unclearContent from './unclear-content';
import sensitiveRequest from './sensitive-request';
import threateningContent from './threatening-content';
import optOutMissing from './opt-out-missing';
import buttonOverflow from './button-overflow';
import duplicateTemplate from './duplicate-template';
import duplicateContent from './duplicate-content';
import translationDrift from './translation-drift';
import translationMissing from './translation-missing';
import { isWorkspaceRule, type Rule, type TemplateRule, type WorkspaceRule } from './types';
import { knownRuleIds } from './unknown-rule-id';

/** Every rule. The docs, the defaults, `watpl rules` and the settings schema are generated from this list. */
export const allRules: readonly Rule[] = [
  frontMatter,
  unknownField,
  nameFormat,
  languageCode,
  categoryValue,
  sectionStructure,
  bodyRequired,
  commentSyntax,
  exampleSyntax,
  unknownRuleId,
  placeholderSyntax,
  placeholderName,
  placeholderLegacy,
  placeholderSequence,
  placeholderMixed,
  placeholderEdge,
  placeholderAdjacent,
  placeholderDensity,
  placeholderAlone,
  headerPlaceholders,
  footerPlaceholder,
  exampleMissing,
  exampleUnused,
  exampleValue,
  lengthLimit,
  lengthHydrated,
  headerFormat,
  blankLines,
  buttonSyntax,
  buttonCount,
  buttonGrouping,
  buttonUrl,
  buttonPhone,
  authenticationShape,
  marketingWording,
  categoryMismatch,
  otpOutsideAuthentication,
  unclearContent,
  sensitiveRequest,
  threateningContent,
  linkShortener,
  optOutMissing,
  buttonOverflow,
  duplicateTemplate,
  duplicateContent,
  translationDrift,
  translationMissing,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
export const templateRules: readonly TemplateRule<any>[] = allRules.filter((r): r is TemplateRule<any> => !isWorkspaceRule(r));
export const workspaceRules: readonly WorkspaceRule[] = allRules.filter(isWorkspaceRule);
for (const r of allRules) knownRuleIds.add(r.meta.id);
