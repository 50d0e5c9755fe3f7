/** Praise and plain questions for the sample: the posts that are not complaints. */

export const PRAISE_CORES = [
  'Delivery arrived a day early and the {item} was packed really well.',
  'Lovely staff, {role} went out of their way to help me.',
  'Quick refund when I returned the {item}, no questions asked. Great service.',
  'The app is so easy to use, ordering takes a minute.',
  'Brilliant service, my {item} arrived on time and in perfect condition.',
  'Had an issue with my bill and the agent sorted it out in five minutes. Thank you!',
  'Always reliable, the driver is friendly and delivery is on time.',
  'Really impressed, {role} was patient and kind.',
  'Great prices and fast delivery, will order again.',
  'Customer service was amazing, they replaced the {item} straight away.',
  'Love the new app update, checkout is much faster now.',
  'Five stars, the {item} is perfect and the delivery was quick.',
];

export const PRAISE_ADDONS = [
  '',
  '',
  'Highly recommend.',
  'Thanks team!',
  'Keep it up.',
  'Made my week.',
  ':)',
];

export const QUESTION_CORES = [
  'Do you deliver to the Isle of Wight?',
  'Is there a way to change my delivery address after ordering?',
  'What time does the store on the high street open on Sundays?',
  'Can I pay with a gift card in the app?',
  'Does the {item} come with a warranty?',
  'Are you open on bank holidays?',
  'How do I add a second card to my account?',
  'Is the {item} back in stock soon?',
];
