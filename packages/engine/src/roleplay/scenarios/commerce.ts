import type { Scenario } from '../types.js';

/** Retail, food delivery and software: orders and products gone wrong. */
export const COMMERCE_SCENARIOS: Scenario[] = [
  {
    id: 'first-time-user',
    title: 'Confused first-time user',
    industry: 'software',
    persona: {
      name: 'Walter Brooks',
      archetype: 'confused',
      summary: 'Seventy-two, setting up the photo-sharing app his grandchildren asked him to use.',
      volatility: 0.8,
    },
    brief: 'Walter cannot find how to see the photos his family shared. He feels silly asking.',
    start: { emotion: 'confusion', intensity: 0.55 },
    opening: [
      "I'm new to this app and I don't understand how to see the photos my grandchildren shared. I feel a bit silly. Where do I look?",
      'Sorry, I am confused. My family says they shared pictures with me but I cannot find them anywhere in the app.',
    ],
    issue: 'finding the photos',
    facts: [
      {
        id: 'device',
        says: "I'm on an iPad my daughter gave me.",
        about: ['device', 'phone', 'tablet', 'ipad', 'using', 'computer'],
        ask: 'Are you using a phone, a tablet or a computer?',
      },
      {
        id: 'invite',
        says: 'I got an email invitation but I did not click anything in it.',
        about: ['email', 'invite', 'invitation', 'link', 'message'],
        ask: 'Did you receive an email invitation from your family?',
      },
    ],
    goal: {
      summary:
        'Learn his device and whether he accepted the invitation, then walk him through it in plain steps.',
      facts: ['device', 'invite'],
      resolves: ['step', 'tap', 'walk you through'],
    },
    options: ['walk you through it step by step', 'resend the invitation so you can tap it'],
    nextStep: 'stay with you in this chat until you can see the photos',
    turnLimit: 8,
  },
  {
    id: 'subscription-renewed',
    title: 'Subscription renewed without warning',
    industry: 'software',
    persona: {
      name: 'Jordan Pike',
      archetype: 'angry',
      summary: 'A student charged 119 dollars for a yearly renewal they thought was cancelled.',
      volatility: 1.2,
    },
    brief: 'Jordan believes they cancelled. The renewal email went to spam.',
    start: { emotion: 'anger', intensity: 0.75 },
    opening: [
      'You just took 119 dollars for a renewal I never agreed to! I cancelled this months ago and I am furious. Give it back.',
      "Why did you charge me 119 dollars?! I thought I'd cancelled. That's basically a scam.",
    ],
    issue: 'the renewal charge',
    facts: [
      {
        id: 'cancelled-how',
        says: 'I turned off the app on my phone in March, I thought that cancelled it.',
        about: ['cancel', 'how', 'when', 'turned off', 'tried'],
        ask: 'How and when did you try to cancel?',
      },
    ],
    goal: {
      summary: 'Learn how they tried to cancel, then refund the renewal and cancel properly.',
      facts: ['cancelled-how'],
      resolves: ['refund', 'money back'],
    },
    options: ['refund the renewal in full and cancel the plan', 'a free month before deciding'],
    nextStep: 'send the refund confirmation within the hour',
    turnLimit: 7,
  },
  {
    id: 'data-loss-small-business',
    title: 'Small business lost a day of orders',
    industry: 'software',
    persona: {
      name: 'Lena Fischer',
      archetype: 'anxious',
      summary:
        'Runs a bakery web shop; yesterday’s orders vanished after a sync error and customers are calling.',
      volatility: 1.1,
    },
    brief: 'Lena does not know which orders to bake for tomorrow morning.',
    start: { emotion: 'anxiety', intensity: 0.8 },
    opening: [
      "All of yesterday's orders have disappeared from my dashboard and I don't know what to bake for tomorrow morning. Are they gone for good? I'm panicking.",
      "My shop shows no orders since yesterday but customers say they ordered. I'm terrified they're lost.",
    ],
    issue: 'the missing orders',
    facts: [
      {
        id: 'since',
        says: 'The last order I can see came in at 2 pm yesterday.',
        about: ['last', 'when', 'since', 'time', 'see'],
        ask: 'What is the last order you can still see, and when did it come in?',
      },
      {
        id: 'count',
        says: 'Usually there are about forty orders in the afternoon.',
        about: ['how many', 'usually', 'number', 'orders', 'normally'],
        ask: 'Roughly how many orders would you expect in that time?',
      },
    ],
    goal: {
      summary: 'Learn since when and how many, then restore the orders from backup and tell her when.',
      facts: ['since', 'count'],
      resolves: ['restore', 'recover', 'backup'],
    },
    options: ['restore the orders from last night’s backup', 'email you the order list straight away'],
    nextStep: 'restore them within two hours and call you when it is done',
    turnLimit: 8,
  },
  {
    id: 'broken-birthday-gift',
    title: 'Birthday gift arrived broken',
    industry: 'retail',
    persona: {
      name: 'Emma Walsh',
      archetype: 'let_down',
      summary: "Ordered a handmade lamp for her son's tenth birthday; it arrived shattered two days before.",
      volatility: 1,
    },
    brief: 'Emma is deflated more than angry. The birthday is on Saturday.',
    start: { emotion: 'disappointment', intensity: 0.65 },
    opening: [
      "The lamp I ordered for my son's birthday arrived in pieces. His birthday is Saturday. I'm so disappointed, I'd been looking forward to this for weeks.",
      'The birthday present came smashed. I feel awful, it was meant to be the special one.',
    ],
    issue: 'the broken lamp',
    facts: [
      {
        id: 'order',
        says: 'The order number is 48213.',
        about: ['order', 'number', 'reference'],
        ask: 'Could you share the order number?',
      },
      {
        id: 'address',
        says: 'Same address as the order, and someone is home all Friday.',
        about: ['address', 'deliver', 'home', 'where', 'friday'],
        ask: 'Where should a replacement go, and when is someone home?',
      },
    ],
    goal: {
      summary: 'Learn the order and delivery details, then send a replacement before Saturday.',
      facts: ['order', 'address'],
      resolves: ['replacement', 'replace', 'new lamp', 'send another'],
    },
    options: ['send a replacement by express delivery for Friday', 'a full refund if you prefer'],
    nextStep: 'email you the tracking link this afternoon',
    turnLimit: 8,
  },
  {
    id: 'wrong-order-allergy',
    title: 'Wrong food order for an allergic child',
    industry: 'food',
    persona: {
      name: 'Sam Patel',
      archetype: 'angry',
      summary: 'Ordered a nut-free meal for their daughter; the delivered dish contained peanuts.',
      volatility: 1.3,
    },
    brief: 'Nobody was hurt, but Sam is shaken and furious.',
    start: { emotion: 'anger', intensity: 0.85 },
    opening: [
      'I ordered NUT-FREE for my daughter and the meal had peanuts in it. She is allergic! I checked just in time. How does this happen?!',
      'The dish you delivered had peanuts after I clearly ordered nut-free for my allergic daughter. I am furious.',
    ],
    issue: 'the peanuts',
    facts: [
      {
        id: 'daughter-ok',
        says: "She's fine, she didn't eat any of it. I checked before she did.",
        about: ['okay', 'ok', 'fine', 'safe', 'daughter', 'hurt', 'eat'],
        ask: 'Is your daughter okay, did she eat any of it?',
      },
      {
        id: 'restaurant',
        says: 'It was from Green Bowl on King Street, order 7731.',
        about: ['restaurant', 'order', 'where', 'from', 'number'],
        ask: 'Which restaurant was it from, and what was the order number?',
      },
    ],
    goal: {
      summary:
        "Check the daughter is safe, learn the order, then refund it and report the restaurant's error.",
      facts: ['daughter-ok', 'restaurant'],
      resolves: ['refund', 'investigate', 'report'],
    },
    options: [
      'refund the order in full and report it to the restaurant today',
      'a credit for a safe meal tonight',
    ],
    nextStep: 'tell you what the restaurant found by tomorrow',
    turnLimit: 8,
  },
];
