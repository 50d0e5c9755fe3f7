import type { Scenario } from '../types.js';

/** Telecom, utilities and healthcare: services people cannot live without. */
export const SERVICE_SCENARIOS: Scenario[] = [
  {
    id: 'about-to-leave',
    title: 'Long-time customer about to leave',
    industry: 'telecom',
    persona: {
      name: 'Helen Murray',
      archetype: 'leaving',
      summary: 'A customer for eleven years who just saw new customers offered half her price.',
      volatility: 1,
    },
    brief: 'Helen has asked for her cancellation code. She feels loyalty was punished.',
    start: { emotion: 'disappointment', intensity: 0.7 },
    opening: [
      "I've been with you for eleven years and I just saw you offering new customers half what I pay. Send me my cancellation code, I'm leaving.",
      'Eleven years of loyalty and new customers get a better deal than me. I want to cancel and switch.',
    ],
    issue: 'the price',
    facts: [
      {
        id: 'bill',
        says: 'I pay 64 pounds a month for broadband and TV.',
        about: ['pay', 'bill', 'price', 'month', 'much'],
        ask: 'What are you paying each month at the moment?',
      },
      {
        id: 'uses',
        says: 'Honestly I barely watch the TV part, I mostly need fast internet for working from home.',
        about: ['use', 'need', 'matters', 'watch', 'most'],
        ask: 'Which parts of the package do you actually use most?',
      },
    ],
    goal: {
      summary: 'Learn what she pays and what she needs, then offer a fair price that keeps her.',
      facts: ['bill', 'uses'],
      resolves: ['price', 'discount', 'plan', 'match'],
    },
    options: [
      'match the new-customer price on a broadband-only plan',
      'a loyalty discount on your current package',
    ],
    nextStep: 'switch your plan today and email the new price',
    turnLimit: 8,
  },
  {
    id: 'callback-never-came',
    title: 'Promised call back never came',
    industry: 'utilities',
    persona: {
      name: 'Frank Doyle',
      archetype: 'let_down',
      summary: 'Was promised a call back about a wrong meter reading three times; nobody ever rang.',
      volatility: 1.1,
    },
    brief: 'Frank has been promised a call back three times. He no longer believes promises.',
    start: { emotion: 'frustration', intensity: 0.75 },
    opening: [
      'This is the third time I was promised a call back and nobody ever rang. My bill is still wrong. Why should I believe anything you say?',
      'Three times now someone said they would call me back about my bill. Nobody did. I am fed up.',
    ],
    issue: 'the wrong bill',
    facts: [
      {
        id: 'reading',
        says: 'The bill says 8,400 units but my meter shows 6,150.',
        about: ['meter', 'reading', 'units', 'bill', 'wrong'],
        ask: 'What does your meter show compared with the bill?',
      },
      {
        id: 'times',
        says: 'Mornings are best, I work afternoons.',
        about: ['time', 'reach', 'call', 'best', 'when'],
        ask: 'When is a good time to reach you?',
      },
    ],
    goal: {
      summary: 'Get the real reading and a good time, then correct the bill and keep a promise you can keep.',
      facts: ['reading', 'times'],
      resolves: ['correct', 'fix the bill', 'new bill', 'adjust'],
    },
    options: ['correct the bill to your meter reading today', 'credit the difference to your account'],
    nextStep: 'call you myself tomorrow at 10 am',
    turnLimit: 8,
  },
  {
    id: 'outage-working-from-home',
    title: 'Internet down while working from home',
    industry: 'telecom',
    persona: {
      name: 'Aisha Khan',
      archetype: 'angry',
      summary: 'A self-employed accountant with client deadlines; her internet has been down two days.',
      volatility: 1.1,
    },
    brief: 'Aisha is losing work every hour the line is down.',
    start: { emotion: 'frustration', intensity: 0.8 },
    opening: [
      "My internet has been down for TWO days. I work from home and I'm losing clients. Nobody tells me anything!",
      'Two days without internet. I run my business from home. This is costing me money and nobody is answering!',
    ],
    issue: 'the outage',
    facts: [
      {
        id: 'lights',
        says: 'The router light is flashing red, I restarted it twice.',
        about: ['router', 'light', 'tried', 'restart', 'box'],
        ask: 'What do the lights on the router show, and have you been able to restart it?',
      },
      {
        id: 'deadline',
        says: 'I have to submit a client return by Thursday.',
        about: ['deadline', 'when', 'need', 'work', 'by'],
        ask: 'Is there a deadline you are working towards?',
      },
    ],
    goal: {
      summary: 'Learn what she has tried and her deadline, then get an engineer out and keep her working.',
      facts: ['lights', 'deadline'],
      resolves: ['engineer', 'mobile data', 'dongle', 'hotspot'],
    },
    options: ['send an engineer tomorrow morning', 'post you a mobile data hotspot today'],
    nextStep: 'text you the engineer time slot by 5 pm',
    turnLimit: 8,
  },
  {
    id: 'moving-house-meter',
    title: 'Confused about switching energy when moving',
    industry: 'utilities',
    persona: {
      name: 'Ruth Okafor',
      archetype: 'confused',
      summary: 'Moving house for the first time on her own; the letters talk about MPANs and final reads.',
      volatility: 0.9,
    },
    brief: 'Ruth has never moved the energy account before. Plain steps help her most.',
    start: { emotion: 'confusion', intensity: 0.6 },
    opening: [
      "I'm moving house next week and your letter asks for an MPAN and a final read. I don't understand any of it. What am I supposed to do?",
      "I'm confused. I'm moving and I don't know what a final read is or how to take the account with me.",
    ],
    issue: 'the move',
    facts: [
      {
        id: 'date',
        says: 'I move on the 14th.',
        about: ['when', 'date', 'move', 'day'],
        ask: 'What day are you moving?',
      },
      {
        id: 'new-address',
        says: 'The new flat is 12 Elm Road, it already has a smart meter.',
        about: ['address', 'new', 'where', 'flat', 'meter'],
        ask: "What's the new address, and do you know what meter it has?",
      },
    ],
    goal: {
      summary:
        'Learn the date and the new home, then explain the steps plainly and move the account for her.',
      facts: ['date', 'new-address'],
      resolves: ['move your account', 'set up', 'take care of'],
    },
    options: [
      'move your account to the new flat for you',
      'set up a reminder for the meter photo on moving day',
    ],
    nextStep: 'send you a one-page checklist by email today',
    turnLimit: 8,
  },
  {
    id: 'hospital-bill-error',
    title: 'Billed for a covered procedure',
    industry: 'healthcare',
    persona: {
      name: 'Nora Svensson',
      archetype: 'anxious',
      summary: 'Recovering from surgery; a bill for 3,200 dollars arrived for a procedure her plan covers.',
      volatility: 1,
    },
    brief: 'Nora is frightened of the bill going to collections while she is still unwell.',
    start: { emotion: 'anxiety', intensity: 0.75 },
    opening: [
      "I got a bill for 3,200 dollars for my surgery, but my insurance covers it. I can't pay that. Will this go to collections? I'm really scared.",
      "There's a 3,200 dollar bill for my operation and I thought it was covered. I'm still recovering and I'm so worried about this.",
    ],
    issue: 'the surgery bill',
    facts: [
      {
        id: 'insurer',
        says: 'My insurer is BlueRiver, the member ID is on my card: BR-55102.',
        about: ['insurance', 'insurer', 'member', 'plan', 'card'],
        ask: 'Which insurer are you with, and what is the member ID on your card?',
      },
      {
        id: 'due',
        says: 'The bill says it is due in ten days.',
        about: ['due', 'when', 'date', 'deadline'],
        ask: 'When does the bill say it is due?',
      },
    ],
    goal: {
      summary: 'Learn the insurer and the due date, then put the bill on hold and resubmit the claim.',
      facts: ['insurer', 'due'],
      resolves: ['on hold', 'hold the bill', 'resubmit', 'pause'],
    },
    options: [
      'put the bill on hold while we resubmit to your insurer',
      'a payment plan at zero interest if it is not covered',
    ],
    nextStep: 'write to you by Friday with the insurer’s answer',
    turnLimit: 8,
  },
];
