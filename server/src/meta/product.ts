/** Product facts shared by every front: version and where each rule is documented. */

export const VERSION = '0.1.0';
export const REPOSITORY = 'https://github.com/watpl/watpl';

/** The documentation page of a rule (an anchor in docs/rules.md), or of the rules list. */
export function docsUrl(ruleId?: string): string {
  return `${REPOSITORY}/blob/main/docs/rules.md${ruleId ? `#${ruleId}` : ''}`;
}
