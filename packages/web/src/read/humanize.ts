/**
 * An identifier as words a person reads: `threat_to_leave` → `threat to leave`.
 *
 * @example
 * humanize('repeat_contact'); // 'repeat contact'
 */
export function humanize(id: string): string {
  return id.replace(/[_-]+/g, ' ').trim();
}

/** A 0..1 figure as a whole percentage. */
export function percent(value: number): string {
  return `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%`;
}
