import type { DemoConversation } from './demo-types.js';

export const RETAIL_CONVERSATIONS: readonly DemoConversation[] = [
  {
    ref: 'retail-double-charge',
    industry: 'retail',
    channel: 'email',
    status: 'open',
    subject: 'Charged twice for order #48213',
    customer: 'cust-ana',
    agent: 'sam@demo.rapport.local',
    daysAgo: 1,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: 'Hi, I was charged TWICE for order #48213 and this is the third time I am writing about it. I need the extra 89.90 back before my rent is due on Friday!!',
      },
      {
        from: 'agent',
        at: 42,
        body: 'Hi Ana, I am sorry you have had to chase this three times. I can see both charges for order #48213. I have refunded the duplicate 89.90 just now; it should reach your card within 3 business days. I will check on Thursday morning that it has landed and e-mail you either way.',
      },
      { from: 'customer', at: 65, body: 'Ok. Thank you, that is a relief. Please do check on Thursday.' },
    ],
  },
  {
    ref: 'retail-late-gift',
    industry: 'retail',
    channel: 'chat',
    status: 'solved',
    subject: 'Birthday present not arrived',
    customer: 'cust-james',
    agent: 'priya@demo.rapport.local',
    daysAgo: 3,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "The tracking has said 'out for delivery' since Monday. It's my daughter's birthday present and the party is on Saturday. I'm really worried it won't come in time.",
      },
      {
        from: 'agent',
        at: 4,
        body: 'I understand how stressful that is with the party on Saturday. The courier has marked the parcel as misrouted. I can send a replacement by express today, arriving Friday, or refund you in full right now. Which would you prefer?',
      },
      { from: 'customer', at: 6, body: 'The replacement please, Friday is fine.' },
      {
        from: 'agent',
        at: 9,
        body: 'Done: the replacement ships today with express delivery, no charge. You will get the tracking link by e-mail within the hour. I hope she has a wonderful birthday!',
      },
      { from: 'customer', at: 11, body: 'Brilliant, thank you so much Priya. You saved the day :)' },
    ],
  },
  {
    ref: 'retail-wrong-size',
    industry: 'retail',
    channel: 'email',
    status: 'pending',
    subject: 'Return label does not work',
    customer: 'cust-ana',
    agent: 'lukas@demo.rapport.local',
    daysAgo: 9,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "I'm confused, the return label you sent says 'invalid barcode' at the post office. How am I supposed to return the jacket?",
      },
      { from: 'agent', at: 180, body: 'As stated in our returns policy, labels must be printed in colour.' },
      {
        from: 'customer',
        at: 200,
        body: 'It WAS printed in colour. Seriously, is anyone actually reading my emails??',
      },
    ],
  },
];
