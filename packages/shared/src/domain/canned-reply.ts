/**
 * Canned replies are templates with variables in double braces, filled in when a
 * coordinator picks one: {{name}} (how the person likes to be called), {{coordinator}},
 * {{municipality}}. An unknown variable is left as written, so a typo shows up instead of
 * silently disappearing.
 */
export const cannedReplyVariables = ['name', 'coordinator', 'municipality'] as const;
export type CannedReplyVariable = (typeof cannedReplyVariables)[number];

export function renderCannedReply(
  template: string,
  values: Partial<Record<CannedReplyVariable, string>>,
): string {
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => {
    const value = (values as Record<string, string | undefined>)[name];
    return value === undefined ? whole : value;
  });
}

/** Variables a template uses that the platform does not know. */
export function unknownVariables(template: string): string[] {
  const found = [...template.matchAll(/\{\{\s*([a-z]+)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [
    ...new Set(found.filter((name) => !(cannedReplyVariables as readonly string[]).includes(name))),
  ];
}
