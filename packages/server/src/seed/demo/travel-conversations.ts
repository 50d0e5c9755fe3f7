import type { DemoConversation } from './demo-types.js';

export const TRAVEL_CONVERSATIONS: readonly DemoConversation[] = [
  {
    ref: 'travel-cancelled-flight',
    industry: 'travel',
    channel: 'chat',
    status: 'open',
    subject: 'Flight cancelled, wedding tomorrow',
    customer: 'cust-mei',
    agent: 'sam@demo.rapport.local',
    daysAgo: 0,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "My flight LX318 to Zurich was just cancelled. I'm travelling for my sister's wedding TOMORROW morning. Please, I need to get there tonight, what are my options?",
      },
      {
        from: 'agent',
        at: 2,
        body: "Mei, I'm so sorry, I know how much tomorrow matters. Let me look right now. There are two ways to get you there tonight: via Frankfurt landing 22:40, or a direct flight at 19:05 with one seat left in business, which I can give you at no extra cost. Shall I book the direct one?",
      },
      { from: 'customer', at: 3, body: 'Yes yes please book the direct one!' },
    ],
  },
  {
    ref: 'travel-lost-bag',
    industry: 'travel',
    channel: 'email',
    status: 'pending',
    subject: 'Lost luggage, five days and no news',
    customer: 'cust-omar',
    agent: 'priya@demo.rapport.local',
    daysAgo: 5,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: 'Five days. Five days and my suitcase is still "being traced". Nobody calls back, the hotline hangs up after 40 minutes on hold. If I do not hear something concrete today I will dispute the charge and post about this everywhere.',
      },
      {
        from: 'agent',
        at: 95,
        body: "Omar, you are right to be angry: five days without news is not acceptable, and I'm sorry. Your bag was located in Doha this morning and is booked on tonight's flight; a courier will bring it to your hotel tomorrow before noon. I have also approved 250 for the things you had to buy. I'll text you the courier's number as soon as I have it.",
      },
    ],
  },
  {
    ref: 'travel-seat-thanks',
    industry: 'travel',
    channel: 'social',
    status: 'closed',
    subject: 'Thank you for the upgrade',
    customer: 'cust-mei',
    agent: 'lukas@demo.rapport.local',
    daysAgo: 20,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: 'Just wanted to say thank you to the crew on LX40 for the surprise upgrade on my anniversary trip. Made our day!',
      },
      {
        from: 'agent',
        at: 30,
        body: 'Mei, that is lovely to hear, thank you! Happy anniversary to you both, I have passed your note on to the crew.',
      },
    ],
  },
];
