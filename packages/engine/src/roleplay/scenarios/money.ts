import type { Scenario } from '../types.js';

/** Banking and insurance: money taken, accounts closed, claims waiting. */
export const MONEY_SCENARIOS: Scenario[] = [
  {
    id: 'charged-twice',
    title: 'Charged twice',
    industry: 'banking',
    persona: {
      name: 'Maria Lopez',
      archetype: 'angry',
      summary:
        'A freelance designer whose card was charged twice for one purchase; her rent payment bounced.',
      volatility: 1.2,
    },
    brief: 'Maria writes in about a duplicate card payment. She is furious and short of money this week.',
    start: { emotion: 'anger', intensity: 0.8 },
    opening: [
      'You charged my card TWICE for the same purchase and now my rent payment bounced. I want my money back today!',
      'Two identical payments left my account for one purchase and my rent bounced because of it. This is unacceptable!',
    ],
    issue: 'the double charge',
    facts: [
      {
        id: 'amount',
        says: 'It was 249 euros, taken twice on Monday.',
        about: ['amount', 'much', 'when', 'date', 'charge'],
        ask: 'Could you tell me the amount and the day both charges were taken?',
      },
      {
        id: 'fee',
        says: 'My landlord charged me a 35 euro late fee because of the bounce.',
        about: ['fee', 'rent', 'landlord', 'cost', 'else'],
        ask: 'Has the bounced rent payment cost you anything else, like a fee?',
      },
    ],
    goal: {
      summary:
        'Learn the amount and what the bounce cost her, then refund the duplicate charge and cover the fee.',
      facts: ['amount', 'fee'],
      resolves: ['refund', 'reverse', 'pay back', 'reimburse'],
    },
    options: ['refund the second charge today', 'cover the late fee as well'],
    nextStep: 'confirm the refund by email within the hour',
    turnLimit: 8,
  },
  {
    id: 'late-parent-account',
    title: "Closing a late parent's account",
    industry: 'banking',
    persona: {
      name: 'David Chen',
      archetype: 'grieving',
      summary: 'His mother died three weeks ago; he is the executor and has already sent the papers once.',
      volatility: 0.9,
    },
    brief: "David needs to close his late mother's current account. He is grieving and tired of paperwork.",
    start: { emotion: 'sadness', intensity: 0.7 },
    opening: [
      "My mother passed away three weeks ago and I need to close her account. I sent the death certificate already and I just can't keep doing this.",
      "I'm trying to close my late mum's account. I've already posted the certificate once and it's hard enough as it is.",
    ],
    issue: "closing mum's account",
    facts: [
      {
        id: 'sent',
        says: 'I posted the certificate and the will on the 2nd, recorded delivery.',
        about: ['sent', 'posted', 'when', 'certificate', 'documents', 'papers'],
        ask: 'When did you send the documents, and how?',
      },
      {
        id: 'direct-debit',
        says: 'There is still a direct debit for her care home going out, and I am worried it will bounce.',
        about: ['debit', 'payments', 'bills', 'going out', 'else', 'worried'],
        ask: 'Are there any payments still going out of the account that worry you?',
      },
    ],
    goal: {
      summary:
        'Find out what was sent and what still leaves the account, then close it without more paperwork.',
      facts: ['sent', 'direct-debit'],
      resolves: ['close the account', 'closing the account', 'close it', 'take care of'],
    },
    options: ['close the account for you today', 'keep it open until the care home is paid'],
    nextStep: 'call you tomorrow morning to confirm everything is done',
    turnLimit: 8,
  },
  {
    id: 'locked-out-abroad',
    title: 'Card blocked abroad',
    industry: 'banking',
    persona: {
      name: 'Sofia Rossi',
      archetype: 'hurried',
      summary:
        'A student in Lisbon whose card was blocked for fraud checks; her hostel wants payment tonight.',
      volatility: 1.1,
    },
    brief: 'Sofia is abroad and cannot pay for anything. Every minute counts for her.',
    start: { emotion: 'urgency', intensity: 0.75 },
    opening: [
      "My card has been blocked and I'm in Lisbon with no other way to pay. The hostel needs payment tonight, please hurry!",
      "I'm abroad and my card just stopped working. I need it unblocked right now or I have nowhere to sleep tonight!",
    ],
    issue: 'the blocked card',
    facts: [
      {
        id: 'last-payment',
        says: 'The last thing I paid for was a train ticket this morning, 18 euros.',
        about: ['last', 'payment', 'recent', 'bought', 'transaction'],
        ask: 'What was the last payment you made with the card?',
      },
    ],
    goal: {
      summary: 'Confirm the last payment was hers, then unblock the card straight away.',
      facts: ['last-payment'],
      resolves: ['unblock', 'reactivate', 'working again', 'lift the block'],
    },
    options: ['unblock the card right now', 'send emergency cash to a nearby branch'],
    nextStep: 'text you as soon as the card works again',
    turnLimit: 6,
  },
  {
    id: 'flood-claim-delayed',
    title: 'Flood claim delayed',
    industry: 'insurance',
    persona: {
      name: 'Graham Ellis',
      archetype: 'let_down',
      summary: 'Retired, his kitchen flooded a month ago; the loss adjuster never came.',
      volatility: 1,
    },
    brief: 'Graham has paid his premiums for twenty years and his claim has stalled.',
    start: { emotion: 'disappointment', intensity: 0.65 },
    opening: [
      "My kitchen flooded a month ago and nobody has come to assess it. Twenty years I've paid you and this is how I'm treated. I'm very disappointed.",
      'A month since the flood and still no visit from your adjuster. I expected far better after twenty years as a customer.',
    ],
    issue: 'the flood claim',
    facts: [
      {
        id: 'claim-ref',
        says: 'The claim reference is CL-20931, I rang it in on the 4th.',
        about: ['reference', 'claim', 'number', 'when', 'reported'],
        ask: 'Could you give me the claim reference so I can look at it?',
      },
      {
        id: 'living',
        says: "We've been cooking on a camping stove in the living room since.",
        about: ['living', 'managing', 'cope', 'kitchen', 'use', 'home'],
        ask: 'How are you managing at home without the kitchen?',
      },
    ],
    goal: {
      summary:
        'Learn the claim reference and how they are living, then book the adjuster and offer interim help.',
      facts: ['claim-ref', 'living'],
      resolves: ['adjuster', 'visit', 'book', 'assessment'],
    },
    options: ['book the adjuster for this week', 'pay for a temporary kitchen in the meantime'],
    nextStep: 'send you the visit date by tomorrow afternoon',
    turnLimit: 8,
  },
];
