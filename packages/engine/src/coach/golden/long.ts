import type { GoldenCase } from './types.js';

/**
 * Longer replies, so that readability is judged on the corpus too: some run-on sentences (over 30
 * words, counted by hand), a wall of text, and long replies that stay readable.
 */
export const LONG: GoldenCase[] = [
  {
    id: 'long-001',
    industry: 'banking',
    customer: 'Why was my payment to my landlord blocked? I need it to go through today.',
    reply:
      'We have reviewed the payment that you attempted to make to your landlord earlier today and we can confirm that it was stopped by our automated fraud prevention system because the payee was new and the amount was higher than the payments you usually make from this account, which is a standard check that we carry out to protect our customers from scams. The payment has now been released and it will reach your landlord today.',
    present: ['information', 'next_step', 'paraphrase'],
    flags: ['readability', 'personalized'],
  },
  {
    id: 'long-002',
    industry: 'banking',
    name: 'Ravi',
    customer: 'Why was my payment to my landlord blocked? I need it to go through today.',
    reply:
      "Hi Ravi, sorry for the worry. Our fraud check stopped the payment because your landlord was a new payee. That's a routine check, and you did nothing wrong. I've released it now. It will reach your landlord by 3pm today. Take care.",
    present: ['apology', 'information', 'reassurance', 'next_step', 'caring_close', 'acknowledge'],
    flags: [],
  },
  {
    id: 'long-003',
    industry: 'utilities',
    customer: 'I was told an engineer would come on Tuesday and nobody came. What is happening?',
    reply:
      'Thank you for getting in touch about your engineer appointment and I am sorry that the engineer did not arrive on Tuesday as planned, the reason for this is that the engineer who was allocated to your job was called out to an emergency in a neighbouring area and unfortunately our scheduling system did not automatically notify you of the change as it should have done, and we have now rebooked the visit for Friday morning between 8am and 12pm and the engineer will call you when they are on the way.',
    present: ['apology', 'paraphrase', 'information', 'next_step'],
    flags: ['readability', 'canned'],
  },
  {
    id: 'long-004',
    industry: 'retail',
    name: 'Mei',
    customer:
      'My sofa delivery was supposed to be today. Nobody came and I took the day off. Really annoyed.',
    reply:
      "Hi Mei,\n\nI'm so sorry. Taking a day off for a delivery that never came is really annoying, and it shouldn't have happened.\n\nThe van broke down this morning. We should have called you, and we didn't.\n\nI've booked the first slot tomorrow, 7-9am, or Saturday if that's easier for you. I've also refunded the £49 delivery charge.\n\nI'll ring you tonight to confirm which day suits.\n\nTake care,\nLeo",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'options', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'long-005',
    industry: 'software',
    customer: 'How do I connect your app to my Google calendar?',
    reply:
      'To connect your Google calendar you will first need to make sure that you are signed in to the same Google account in your browser as the one that holds the calendar you want to use, and then you should go to the Integrations section of the Settings page in our app where you will find a button labelled Connect Google which will open a new window asking you to grant permission for our app to read and write events, and once you have granted the permission the window will close and your calendar will begin to sync automatically which can take up to ten minutes for the first sync to complete depending on how many events you have in your calendar. If anything goes wrong during this process you can disconnect and reconnect the calendar from the same page at any time without losing any of your existing events or settings, and if the problem continues our support team will be happy to help you further.',
    present: ['information', 'options'],
    flags: ['readability', 'canned', 'personalized'],
  },
  {
    id: 'long-006',
    industry: 'software',
    customer: 'How do I connect your app to my Google calendar?',
    reply:
      "It takes about a minute. Open Settings, then Integrations, and click Connect Google. Sign in and allow access when asked. Your events will appear within ten minutes. If they don't, reply here and I'll check it for you.",
    present: ['information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'long-007',
    industry: 'travel',
    customer: 'My train was cancelled and I had to get a taxi home. Can I claim the fare back?',
    reply:
      'Yes, you can claim it. Send us the taxi receipt through the Delay Repay form on our website and tick "Alternative transport". We refund reasonable taxi fares in full, usually within 10 working days. Sorry your journey home was so disrupted.',
    present: ['information', 'next_step', 'apology', 'paraphrase'],
    flags: [],
  },
  {
    id: 'long-008',
    industry: 'travel',
    customer: 'My train was cancelled and I had to get a taxi home. Can I claim the fare back?',
    reply:
      'In relation to your enquiry regarding the reimbursement of alternative transport costs incurred as a result of the cancellation of your service we would advise that claims for taxi fares may be considered under the terms of the National Rail Conditions of Travel where the train operating company was unable to provide suitable alternative transport and where the costs incurred were reasonable, and claims should be submitted together with original receipts within twenty-eight days of the date of travel.',
    present: ['information'],
    flags: ['readability', 'personalized'],
  },
];
