/**
 * Removes personal data from text meant for a public page: e-mail addresses, phone numbers,
 * order, booking and account references, card numbers. The words around them stay readable
 * ("your order #48213 hasn't arrived" → "your order hasn't arrived").
 * @example redactPersonal('order #48213 to jo@example.com') // 'order to'
 */
export function redactPersonal(text: string): string {
  return (
    text
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '')
      // Phone numbers: + or digit, then 8+ digits with spaces, dots, dashes or brackets between.
      .replace(/\+?\(?\d[\d\s().-]{7,}\d/g, '')
      // References: "#123", "no. 1234", and tokens with 4+ digits mixed with letters ("AB12345").
      .replace(/\s*(?:#|\bno\.?\s*|\bnumber\s+|\bref(?:erence)?\.?\s*)[A-Z0-9-]*\d[A-Z0-9-]*/gi, '')
      .replace(/\b(?=[A-Z0-9-]*\d{4})(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{5,}\b/gi, '')
      .replace(/\b\d{5,}\b/g, '')
      // A preposition left hanging where the detail was ("write to me at") goes too.
      .replace(/\s+(?:at|on|to|via|is)\s*(?=[,.!?]|$)/gi, '')
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.!?])/g, '$1')
      .trim()
  );
}
