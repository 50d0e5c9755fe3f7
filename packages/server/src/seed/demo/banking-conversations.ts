import type { DemoConversation } from './demo-types.js';

export const BANKING_CONVERSATIONS: readonly DemoConversation[] = [
  {
    ref: 'banking-card-blocked',
    industry: 'banking',
    channel: 'phone',
    status: 'solved',
    subject: 'Card blocked abroad',
    customer: 'cust-grace',
    agent: 'sam@demo.rapport.local',
    daysAgo: 4,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "My card was declined at the hotel in Lisbon and I have no other way to pay. I'm stranded here, please help.",
      },
      {
        from: 'agent',
        at: 2,
        body: 'Grace, I can hear how worrying this is. Your card was paused by our fraud check because of the foreign payment. I have confirmed it was you and unblocked it; please try the payment again now. I am staying on the line until it goes through.',
      },
      { from: 'customer', at: 5, body: 'It worked. Oh thank god. Thank you.' },
    ],
  },
  {
    ref: 'banking-fee-dispute',
    industry: 'banking',
    channel: 'email',
    status: 'open',
    subject: 'Unexpected overdraft fee',
    customer: 'cust-henrik',
    agent: 'priya@demo.rapport.local',
    daysAgo: 2,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: 'I have banked with you for more than twenty years and today I find a 35 overdraft fee because my salary arrived one day late. I find this deeply unfair.',
      },
      {
        from: 'agent',
        at: 240,
        body: 'Dear Henrik, thank you for over twenty years with us. You are right that a one-day delay in your salary should not cost you 35. I have reversed the fee today, and I have set up a free overdraft buffer of 200 so a late payment cannot trigger it again. Is there anything else I can do for you?',
      },
    ],
  },
  {
    ref: 'banking-mortgage-confused',
    industry: 'banking',
    channel: 'chat',
    status: 'pending',
    subject: 'Mortgage letter questions',
    customer: 'cust-grace',
    agent: 'lukas@demo.rapport.local',
    daysAgo: 7,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "I received a letter about my mortgage 'moving to a variable rate tracker product'. I don't understand what this means. Will my payments go up?",
      },
      { from: 'agent', at: 8, body: 'The SVR applies post-term per clause 14.2 of your KFI.' },
      {
        from: 'customer',
        at: 10,
        body: "I'm sorry, I still don't understand. Can you explain it in plain words?",
      },
    ],
  },
];
