/**
 * The plain-text part: the same facts as the HTML one, readable on its own (links written out).
 * Rendered by Handlebars without escaping — it is text, not markup.
 */
export const LAYOUT_TEXT = `{{greeting}}

{{#each blocks}}{{#if quote}}{{quote}}{{else}}{{text}}{{/if}}

{{/each}}{{#each facts}}{{label}}: {{value}}
{{/each}}{{#if facts.length}}
{{/if}}{{#each actions}}{{label}}: {{url}}
{{/each}}{{#if actions.length}}
{{/if}}{{#each notes}}{{this}}

{{/each}}{{signature}}
`;
