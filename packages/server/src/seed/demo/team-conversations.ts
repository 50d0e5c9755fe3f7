import type { DemoConversation, DemoMessage } from './demo-types.js';

// More conversations for the team scorecard, so each demo agent has enough conversations over
// four weeks for their figures to be ranked rather than flagged: Sam is steady, Priya warm and
// precise, Lukas knows the product but slips into jargon and defensiveness under pressure.

const SAM = 'sam@demo.rapport.local';
const PRIYA = 'priya@demo.rapport.local';
const LUKAS = 'lukas@demo.rapport.local';

function thread(
  ref: string,
  industry: DemoConversation['industry'],
  agent: string,
  customer: string,
  daysAgo: number,
  subject: string,
  lines: [DemoMessage['from'], string][],
): DemoConversation {
  return {
    ref: `team-${ref}`,
    industry,
    channel: industry === 'travel' || industry === 'retail' ? 'chat' : 'email',
    status: 'solved',
    subject,
    customer,
    agent,
    daysAgo,
    messages: lines.map(([from, body], i) => ({ from, at: i * 6, body })),
  };
}

export const TEAM_CONVERSATIONS: readonly DemoConversation[] = [
  thread('sam-lost-parcel', 'retail', SAM, 'cust-omar', 6, 'Parcel marked delivered, not here', [
    [
      'customer',
      'The tracking says delivered but there is nothing here. I have looked everywhere and I am getting really annoyed.',
    ],
    [
      'agent',
      "Hi Omar, I'm sorry, that is really annoying when the tracking says otherwise. I've opened a claim with the courier and I can send a replacement today or refund you now. Which would you prefer?",
    ],
    ['customer', 'A replacement please. Thanks for sorting it quickly.'],
  ]),
  thread('sam-wrong-fare', 'travel', SAM, 'cust-lena', 11, 'Charged the wrong fare', [
    [
      'customer',
      'You charged me the flexible fare but I booked the saver one. That is 60 euros more and I am not happy.',
    ],
    [
      'agent',
      "Hi Lena, I'm sorry about that — being charged 60 euros more than the fare you chose is frustrating. I've refunded the difference today and it will be on your card within 3 days. I'll e-mail you the corrected ticket this afternoon.",
    ],
    ['customer', 'Perfect, thank you.'],
  ]),
  thread('sam-password', 'software', SAM, 'cust-david', 16, 'Locked out', [
    ['customer', "I'm locked out of my account and I have a client demo in an hour. Please help!"],
    [
      'agent',
      "Hi David, I know the clock is ticking with your demo in an hour. I've sent a reset link to your e-mail just now; it works for 15 minutes. Could you tell me if it arrives? I'll stay on this chat until you're back in.",
    ],
    ['customer', "It worked, I'm in. You're a lifesaver."],
  ]),
  thread('sam-fee', 'banking', SAM, 'cust-grace', 22, 'Unexpected fee', [
    ['customer', 'Why was I charged a 15 pound fee this month? Nobody told me about it.'],
    [
      'agent',
      "Hi Grace, sorry for the surprise. The 15 pound fee was for the paper statements, which started in March. I've refunded it this once and switched you to e-statements, which are free. Is there anything else I can check for you?",
    ],
    ['customer', 'Ok, that is fair. Thanks.'],
  ]),
  thread('sam-upgrade', 'software', SAM, 'cust-henrik', 26, 'Which plan', [
    ['customer', 'Hi, which plan do I need for five users?'],
    [
      'agent',
      'Hi Henrik, for five users the Team plan fits: it covers up to ten people for 40 euros a month. I can switch you today, and the price is adjusted for the days left this month.',
    ],
    ['customer', 'Great, please do.'],
  ]),
  thread('priya-hotel', 'travel', PRIYA, 'cust-mei', 5, 'Hotel cancelled my room', [
    [
      'customer',
      'The hotel cancelled my room the night before my sister’s wedding. I am in tears, I have nowhere to stay.',
    ],
    [
      'agent',
      "Mei, I'm so sorry — losing your room the night before your sister's wedding is awful. I've found two rooms nearby for the same price: the Grand on the square or the Riverside, ten minutes away. Which would you like? I'll confirm it within the hour.",
    ],
    ['customer', 'The Riverside, thank you so much. You have saved the day.'],
  ]),
  thread('priya-duplicate', 'banking', PRIYA, 'cust-ana', 9, 'Payment taken twice', [
    ['customer', 'My rent payment went out twice and now I am overdrawn. I am so stressed about this.'],
    [
      'agent',
      "Ana, I'm really sorry — a double rent payment leaving you overdrawn is so stressful. I've reversed the second payment today and waived the overdraft fee, so nothing else changes for you. I'll check tomorrow morning that it has cleared and let you know.",
    ],
    ['customer', 'Thank you, that is a huge relief.'],
  ]),
  thread('priya-confused', 'software', PRIYA, 'cust-james', 13, 'Export not working', [
    ['customer', "I don't understand how to export my reports. The button does nothing and I'm confused."],
    [
      'agent',
      "Hi James, that sounds confusing — the export button should not just do nothing. Just to check: are you on the Reports page or the Dashboard? Here are the steps: 1) open Reports, 2) pick the dates, 3) press Export. If it still does nothing, I'll look into it for you today.",
    ],
    ['customer', 'I was on the dashboard. It works now, thanks!'],
  ]),
  thread('priya-broken', 'retail', PRIYA, 'cust-omar', 19, 'Arrived broken', [
    ['customer', 'The lamp arrived smashed. Really disappointed, it was for my new flat.'],
    [
      'agent',
      "Omar, I'm sorry — a smashed lamp is a sad welcome to a new flat. I can send a new one tomorrow or refund you in full, whichever you prefer. There's no need to send the broken one back.",
    ],
    ['customer', 'A new one please. Thanks Priya.'],
  ]),
  thread('priya-thanks', 'travel', PRIYA, 'cust-lena', 24, 'Thank you', [
    ['customer', 'Just wanted to say thank you for rebooking me last week, the trip was wonderful!'],
    [
      'agent',
      "Lena, thank you for telling us — I'm so glad the trip was wonderful! Enjoy the memories, and we're here whenever you plan the next one.",
    ],
    ['customer', ':)'],
  ]),
  thread('lukas-outage', 'software', LUKAS, 'cust-david', 4, 'Sync broken again', [
    [
      'customer',
      'Sync has been broken for two days AGAIN. This is the third time this month. I am losing work.',
    ],
    [
      'agent',
      'The sync issue is caused by a webhook latency regression in the API gateway. Engineering has a P2 ticket open. Please clear your cache.',
    ],
    ['customer', 'That means nothing to me. I want it fixed.'],
  ]),
  thread('lukas-refund', 'retail', LUKAS, 'cust-james', 8, 'Where is my refund', [
    ['customer', 'I returned the jacket three weeks ago and still no refund. This is ridiculous.'],
    [
      'agent',
      'As I already said, refunds take up to 30 days per our policy. It is not our fault the courier was slow.',
    ],
    ['customer', 'Unbelievable. I will never order from you again.'],
  ]),
  thread('lukas-card', 'banking', LUKAS, 'cust-grace', 12, 'Card declined abroad', [
    ['customer', 'My card was declined at the airport and I am stuck abroad. Please help, I am panicking.'],
    [
      'agent',
      'I understand this is worrying, Grace. I have lifted the block on your card just now, so it works again straight away. I will also add your trip to your profile so it does not happen again.',
    ],
    ['customer', 'It works. Thank you!'],
  ]),
  thread('lukas-invoice', 'software', LUKAS, 'cust-henrik', 18, 'Invoice question', [
    ['customer', 'Can you resend the invoice for March?'],
    [
      'agent',
      'Hi Henrik, I have resent the March invoice to your billing address just now. It should arrive within a few minutes.',
    ],
    ['customer', 'Got it, thanks.'],
  ]),
  thread('lukas-delay', 'travel', LUKAS, 'cust-mei', 25, 'Train delayed, missed connection', [
    [
      'customer',
      'My train was 90 minutes late and I missed my connection. I am furious, I had to pay for a taxi.',
    ],
    [
      'agent',
      'Delays are caused by the rail operator, not us. You can submit a claim via the compensation portal under section 4.2 of the T&Cs.',
    ],
    ['customer', 'Typical. Nobody takes responsibility.'],
  ]),
];
