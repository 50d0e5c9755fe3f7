/**
 * Hand-written fragments for the sample of public posts: several ways to voice each complaint,
 * with slots filled at random. Themes share words on purpose (a lost parcel is also late; a refund
 * is also money), so grouping them takes more than one keyword.
 */

/** The complaint themes planted in the sample; `praise` and `question` are the non-complaints. */
export const SAMPLE_THEMES = [
  'late_delivery',
  'rude_staff',
  'billing',
  'lost_items',
  'app_crash',
  'refund',
  'praise',
  'question',
] as const;
export type SampleTheme = (typeof SAMPLE_THEMES)[number];

export type ComplaintTheme = Exclude<SampleTheme, 'praise' | 'question'>;

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  item: [
    'sofa',
    'blender',
    'winter coat',
    'grocery order',
    'phone case',
    'birthday present',
    'desk lamp',
    'kettle',
    'pair of trainers',
    'baby monitor',
  ],
  days: ['three days', 'five days', 'a week', 'ten days', 'two weeks', 'nearly three weeks'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  role: [
    'the driver',
    'the delivery guy',
    'the woman at the counter',
    'the store manager',
    'the agent on the phone',
    'your support agent',
    'the man at the returns desk',
    'the cashier',
  ],
  amount: ['£12.99', '£45', '£89.50', '£23', '£150', '£7.99'],
  screen: ['checkout', 'login screen', 'basket', 'payment page', 'order tracking page', 'home screen'],
  phone: ['iPhone', 'Pixel', 'Samsung', 'iPad', 'Android phone'],
  wait: ['an hour on hold', 'forty minutes on the phone', 'three chats', 'four emails', 'two calls'],
};

/** Core sentences per complaint theme; `{slot}` is filled from SLOTS. */
export const COMPLAINT_CORES: Readonly<Record<ComplaintTheme, readonly string[]>> = {
  late_delivery: [
    'My {item} was supposed to arrive on {weekday} and it still has not been delivered.',
    'Delivery is {days} late and the tracking just says "in transit".',
    'Ordered a {item} with next day delivery, waited {days}. Next day my foot.',
    'Still waiting for my delivery, the estimated date keeps moving back.',
    'The courier missed the delivery slot twice, I took a day off work for nothing.',
    'Delivery date pushed back again, now {days} late with no explanation.',
    'Paid extra for express delivery and it turned up {days} late.',
    'Where is my delivery? Promised {weekday}, nothing came, no update.',
    'Late again. Every single delivery from you is late.',
    'Waited in all day for the delivery window and the van never came.',
    'My {item} delivery is {days} overdue and the delivery date keeps changing.',
  ],
  rude_staff: [
    '{role} was incredibly rude to me and rolled their eyes when I asked a question.',
    'Never been spoken to so rudely. {role} was dismissive and sarcastic.',
    '{role} shouted at me in front of other customers.',
    'Rude staff, {role} could not have cared less and hung up on me.',
    '{role} was so rude and condescending, treated me like an idiot.',
    'The attitude of {role} was disgusting, rude and unprofessional.',
    'Asked {role} for help and got a rude, patronising answer.',
    '{role} swore at me when I asked about my {item}. Rude and aggressive.',
    'Staff were rude, ignored me at the counter and laughed among themselves.',
    'Unbelievably rude staff member, {role} told me to stop wasting their time.',
  ],
  billing: [
    'I was charged twice for the same order, {amount} taken two times from my account.',
    'You overcharged me {amount} and the bill does not match the price on the website.',
    'Double charged again! Check your billing system.',
    'My card was charged {amount} for a subscription I cancelled months ago.',
    'Hidden fees on the bill, I was charged {amount} more than the price at checkout.',
    'Billed for an order I never placed, {amount} gone from my card.',
    'The invoice says {amount} but my bank statement shows a different charge.',
    'Charged the wrong amount and a mystery service fee of {amount} on my statement.',
    'Your payment system took {amount} from my card twice in one day.',
    'Still being billed monthly after cancelling, another {amount} charge this month.',
  ],
  lost_items: [
    'My parcel is lost. Tracking says delivered but nothing arrived.',
    'Half my order was missing, the box came without the {item}.',
    'The {item} never arrived and the courier says the package is lost.',
    'Package marked as delivered, it was not. Lost parcel and nobody can find it.',
    'Items missing from my order again, paid for the {item} and it was not in the bag.',
    'You lost my parcel and now say it is not your problem.',
    'The box arrived empty, the {item} is missing.',
    'Parcel lost somewhere in your warehouse, nobody knows where my {item} is.',
    'Opened the delivery and two items were missing, including the {item}.',
    'Tracking shows delivered to an address I do not recognise, my parcel is gone.',
  ],
  app_crash: [
    'The app crashes every time I open the {screen}.',
    'Since the last update the app keeps crashing on my {phone}.',
    'App freezes at the {screen} and then closes. Useless.',
    'Cannot log in, the app crashes on the {screen} after the update.',
    'Your app crashed three times while I was paying, and I had to start over.',
    'The new version of the app is broken, it crashes on startup on my {phone}.',
    'App keeps freezing and crashing, I cannot even see my orders.',
    'Every time I tap the {screen} the app crashes. Reinstalled twice, same bug.',
    'The update broke the app, blank screen and then it crashes.',
    'App crashes constantly on {phone}, fix your software.',
  ],
  refund: [
    'Still waiting for my refund of {amount}, it has been {days}.',
    'Returned the {item} {days} ago and no refund yet.',
    'You promised a refund within 5 days, it has been {days} and still nothing.',
    'Refund was approved but the money never came back to my account.',
    'Where is my refund? Sent the {item} back and heard nothing since.',
    'Asked for a refund {days} ago and keep being told to wait.',
    'Refund refused even though the {item} was faulty, and I returned it as asked.',
    'My refund of {amount} is "processing" for {days} now.',
    'Gave me store credit instead of the refund I asked for. I want my money back.',
    'Refund still not received after returning the {item}, {wait} and no answers.',
  ],
};

/** Openers and add-ons that any complaint may carry: they blur the themes together. */
export const COMPLAINT_OPENERS = [
  '',
  '',
  '',
  'Absolutely fuming.',
  'Really disappointed.',
  'Honestly the worst experience.',
  'Long time customer here.',
  'Not happy at all.',
  'Ugh.',
  'Second time this month.',
  'Where do I start.',
];

export const COMPLAINT_ADDONS = [
  '',
  '',
  '',
  'Customer service has been useless, {wait} and nobody helps.',
  'Nobody answers the phone.',
  'Spent {wait} with support and still nothing.',
  'Really expected better from you.',
  'This is the third time I am writing about this.',
  'Terrible service.',
  'Avoid this company.',
  'So disappointed.',
  'Zero stars if I could.',
];

/** Signals that raise priority: leaving, going public, legal action. */
export const ESCALATIONS = [
  'I am cancelling my account and going elsewhere.',
  'I will never order from you again.',
  'I will be posting this everywhere until someone responds.',
  'Going to report you to trading standards.',
  'If this is not fixed today I will take legal action.',
  'Telling all my friends to avoid you.',
];

/** Personal data people paste into public posts; a public reply must never repeat it. */
export const PERSONAL_DETAILS = [
  'Order number 48213977.',
  'My order #A12-99341 if anyone cares.',
  'Email me at jo.bloggs@example.com.',
  'Call me on 07700 900123.',
  'Ref NW-558201.',
  'My number is +44 20 7946 0958.',
  'Order no. 7734512, contact sam.k@mailbox.example.',
];
