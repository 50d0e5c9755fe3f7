/** A customer message with a first draft that needs work, so a newcomer can watch the coach at once. */
export interface CoachExample {
  title: string;
  customer: string;
  customerName: string;
  draft: string;
}

export const COACH_EXAMPLES: readonly CoachExample[] = [
  {
    title: 'Blunt reply to a double charge',
    customer:
      'This is the THIRD time I am writing about this!!! You charged me twice for order 4471 and I am still waiting for my refund.',
    customerName: 'Dana',
    draft:
      'As I already said, refunds take 5-7 business days per our policy. You should have checked your statement before contacting us again.',
  },
  {
    title: 'Canned reply to a worried traveller',
    customer:
      "My flight to Lisbon was cancelled and I haven't heard anything back. I'm really worried I'll miss my daughter's wedding on Saturday.",
    customerName: 'Marco',
    draft:
      'We apologise for any inconvenience caused. Your request is important to us and has been forwarded to the relevant department.',
  },
];
