/** The placeholders a moment's subject and body may use. */
export const TEMPLATE_FIELDS = ['name', 'firstName', 'years', 'count', 'workspace'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

/**
 * The placeholders in `template` that are not known fields or `event.<field>`, so a rule with a
 * typo is refused when it is saved instead of sending "Dear {{frstName}}".
 * @example unknownPlaceholders('Hi {{frstName}}') // ['frstName']
 */
export function unknownPlaceholders(template: string): string[] {
  const unknown: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const known = (TEMPLATE_FIELDS as readonly string[]).includes(name) || /^event\.\w+$/.test(name);
    if (!known && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

export type TemplateValues = Partial<Record<TemplateField, string | number>> & {
  event?: Readonly<Record<string, unknown>>;
};

/**
 * Fills `{{field}}` placeholders; a value that is missing renders as empty text, never as the
 * placeholder itself.
 * @example renderTemplate('Happy birthday, {{firstName}}!', { firstName: 'Ann' })
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name.startsWith('event.')) {
      const value = values.event?.[name.slice('event.'.length)];
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
    }
    const value = values[name as TemplateField];
    return value === undefined ? '' : String(value);
  });
}

/** The first word of a name, for a friendly greeting. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
