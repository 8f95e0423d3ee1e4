/** placeholder-mixed: a template uses named or positional placeholders, never both (Meta, template components: parameter_format is one or the other). */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'placeholder-mixed',
    severity: 'error',
    description: 'Named and positional placeholders in one template.',
    source: 'Meta, template components (parameter_format is named or positional)',
    fixable: false,
  },
  check({ template, report }) {
    const named = template.placeholders.filter((p) => p.style === 'named');
    const positional = template.placeholders.filter((p) => p.style === 'positional');
    if (named.length === 0 || positional.length === 0) return;
    // Report the less used style (ties: the positional ones), since that is the one to change.
    const minority = named.length < positional.length ? named : positional;
    const majority = minority === named ? positional : named;
    const [mine, theirs] = minority === named ? ['named', 'positional'] : ['positional', 'named'];
    const sample = `{{${majority[0].key}}}`;
    for (const p of minority) {
      report({
        span: p.span,
        message: `"{{${p.key}}}" is a ${mine} placeholder, but this template also uses ${theirs} ones such as ${sample}: Meta rejects a template that mixes named and positional placeholders. Use ${theirs} placeholders throughout.`,
      });
    }
  },
});
