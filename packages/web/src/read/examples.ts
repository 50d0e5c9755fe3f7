/** Sample customer messages so a newcomer can see the engine at work with one click. */
export interface Example {
  title: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    title: 'Charged twice',
    text: 'This is the THIRD time I am writing about this!!! You charged me twice for order 4471 and I am still waiting for my refund. If this is not fixed by Friday I am cancelling my account.',
  },
  {
    title: 'Worried traveller',
    text: "My flight to Lisbon was cancelled and I haven't heard anything back. I'm really worried I'll miss my daughter's wedding on Saturday. What are my options?",
  },
  {
    title: 'Confused by the bill',
    text: "I don't understand my new bill. Why is there a 'network adjustment fee'? I never agreed to that and I can't find it anywhere on your website.",
  },
  {
    title: 'Happy customer',
    text: 'Just wanted to say thank you to Priya for sorting out my delivery so quickly yesterday. Brilliant service, really made my week! 😊',
  },
];
