/**
 * The text of a reply template (#19): `{{name}}` placeholders for what a reply
 * usually repeats. Pure: the service supplies the values.
 */
export const TEMPLATE_VARIABLES = ['contactName', 'ticketNumber', 'deadline', 'product', 'agentName'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Readonly<Record<TemplateVariable, string>>;

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/** Placeholders the text names that are not variables, each once, in order. */
export function unknownVariables(text: string): string[] {
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !KNOWN.has(name));
  return [...new Set(unknown)];
}

/** The text with every known placeholder replaced; a value is inserted as it is, never read as a placeholder again. */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? values[name as TemplateVariable] : whole));
}
