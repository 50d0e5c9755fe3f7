import type { Scenario } from '../types.js';

/** Travel and hospitality: plans falling apart with a date attached. */
export const TRAVEL_SCENARIOS: Scenario[] = [
  {
    id: 'flight-cancelled',
    title: 'Flight cancelled before a wedding',
    industry: 'travel',
    persona: {
      name: 'Priya Nair',
      archetype: 'anxious',
      summary:
        "Her flight to her sister's wedding was cancelled the night before; she is the maid of honour.",
      volatility: 1.1,
    },
    brief: 'Priya just got a cancellation text. She is frightened of missing the wedding.',
    start: { emotion: 'anxiety', intensity: 0.8 },
    opening: [
      "My flight tomorrow was just cancelled and my sister's wedding is on Saturday. I'm the maid of honour. I'm so worried I won't make it, what do I do?",
      "I just got a text saying my flight is cancelled. I have to be at my sister's wedding on Saturday and I'm panicking.",
    ],
    issue: 'the cancelled flight',
    facts: [
      {
        id: 'booking',
        says: 'My booking reference is KX7Q2L, flying from Manchester to Rome.',
        about: ['booking', 'reference', 'flight', 'from', 'where'],
        ask: 'Could you share your booking reference and where you are flying from?',
      },
      {
        id: 'deadline',
        says: 'I have to be in Rome by Friday evening for the rehearsal dinner.',
        about: ['when', 'need', 'arrive', 'latest', 'by'],
        ask: 'By when do you need to arrive at the latest?',
      },
    ],
    goal: {
      summary: 'Learn the booking and when she must arrive, then rebook her in time.',
      facts: ['booking', 'deadline'],
      resolves: ['rebook', 'new flight', 'another flight', 'seat on'],
    },
    options: [
      'rebook you on the first flight tomorrow morning',
      'a full refund so you can book another airline',
    ],
    nextStep: 'email your new boarding pass within 30 minutes',
    turnLimit: 8,
  },
  {
    id: 'honeymoon-overbooked',
    title: 'Honeymoon room overbooked',
    industry: 'hospitality',
    persona: {
      name: 'Tom Becker',
      archetype: 'angry',
      summary: 'Arrived at the resort on his honeymoon to find the sea-view suite given away.',
      volatility: 1.2,
    },
    brief: 'Tom is at the front desk with his wife and luggage. The suite he paid for is gone.',
    start: { emotion: 'anger', intensity: 0.85 },
    opening: [
      'We are on our HONEYMOON and you gave our suite away?! We booked this eight months ago. This is outrageous!',
      "We've just arrived for our honeymoon and the suite we paid for months ago has been given to someone else. Unbelievable!",
    ],
    issue: 'the lost suite',
    facts: [
      {
        id: 'nights',
        says: 'We booked seven nights, the sea-view suite.',
        about: ['nights', 'long', 'stay', 'booked', 'room'],
        ask: 'How many nights did you book, and which room?',
      },
      {
        id: 'occasion',
        says: 'We chose this place because my wife has dreamt of that view since she was a child.',
        about: ['chose', 'why', 'special', 'matters', 'important'],
        ask: 'What made this stay special for you both?',
      },
    ],
    goal: {
      summary: 'Learn what they booked and why it matters, then upgrade or move them and make it right.',
      facts: ['nights', 'occasion'],
      resolves: ['upgrade', 'suite', 'move you'],
    },
    options: ['upgrade you to the penthouse suite tonight', 'refund three nights and move you tomorrow'],
    nextStep: 'have someone take your bags up within ten minutes',
    turnLimit: 8,
  },
  {
    id: 'lost-luggage',
    title: 'Luggage lost on a business trip',
    industry: 'travel',
    persona: {
      name: 'Kwame Mensah',
      archetype: 'hurried',
      summary:
        'Landed in Frankfurt for a pitch tomorrow; his suit and samples are in a bag that never arrived.',
      volatility: 1,
    },
    brief: 'Kwame needs his bag before a 9 am meeting. He is short on time, not patience, yet.',
    start: { emotion: 'urgency', intensity: 0.7 },
    opening: [
      "My bag didn't arrive in Frankfurt and I have a pitch at 9 tomorrow. My suit and samples are in it. I need it tonight.",
      'Landed an hour ago, no bag. Everything for tomorrow morning is in it. How fast can you get it to me?',
    ],
    issue: 'the missing bag',
    facts: [
      {
        id: 'tag',
        says: 'The bag tag number is LH449102.',
        about: ['tag', 'number', 'reference', 'bag'],
        ask: 'What is the number on your bag tag?',
      },
      {
        id: 'hotel',
        says: "I'm staying at the Hotel Adler near the station.",
        about: ['staying', 'hotel', 'address', 'where', 'deliver'],
        ask: 'Where are you staying tonight, so we can deliver it?',
      },
    ],
    goal: {
      summary: 'Get the tag number and hotel, then arrange delivery tonight and cover essentials.',
      facts: ['tag', 'hotel'],
      resolves: ['deliver', 'courier', 'bring it'],
    },
    options: [
      'deliver the bag to your hotel by courier tonight',
      'cover a new suit if it is not there by 8 am',
    ],
    nextStep: 'text you the courier tracking within the hour',
    turnLimit: 7,
  },
];
