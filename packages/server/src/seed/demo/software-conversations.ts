import type { DemoConversation } from './demo-types.js';

export const SOFTWARE_CONVERSATIONS: readonly DemoConversation[] = [
  {
    ref: 'software-outage',
    industry: 'software',
    channel: 'email',
    status: 'open',
    subject: 'Dashboard down before client demo',
    customer: 'cust-lena',
    agent: 'sam@demo.rapport.local',
    daysAgo: 0,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: 'Our dashboard has shown a 502 error since 9am. We have a client demo at 2pm today. This is urgent, 12 people on my team are blocked.',
      },
      { from: 'system', at: 1, body: 'Priority raised to urgent (keyword: demo, blocked).' },
      {
        from: 'agent',
        at: 12,
        body: 'Hi Lena, thanks for the details. We are aware of the issue, engineering is working on it.',
      },
      { from: 'customer', at: 50, body: 'That tells me nothing. Will it be fixed before 2pm or not?' },
    ],
  },
  {
    ref: 'software-export-howto',
    industry: 'software',
    channel: 'chat',
    status: 'solved',
    subject: 'How do I export invoices?',
    customer: 'cust-david',
    agent: 'priya@demo.rapport.local',
    daysAgo: 2,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "Sorry if this is a dumb question, I can't figure out how to export my invoices for my accountant. I don't see an export button anywhere?",
      },
      {
        from: 'agent',
        at: 3,
        body: 'Not a dumb question at all, David, the button is well hidden. Go to Billing, then Invoices, tick the ones you need, and choose Export at the bottom of the list. Would CSV or PDF suit your accountant better?',
      },
      { from: 'customer', at: 5, body: 'PDF. Found it, thanks a lot!' },
    ],
  },
  {
    ref: 'software-cancel',
    industry: 'software',
    channel: 'email',
    status: 'pending',
    subject: 'Cancelling our subscription',
    customer: 'cust-lena',
    agent: 'lukas@demo.rapport.local',
    daysAgo: 14,
    messages: [
      {
        from: 'customer',
        at: 0,
        body: "We've been customers since 2020 but honestly the last three releases broke our workflow every time. I'm disappointed. Please tell me how to cancel our Team plan at the end of the month.",
      },
      {
        from: 'agent',
        at: 120,
        body: "Lena, after four years with us that is hard to read, and I'm sorry the last releases broke your workflow. I can cancel at the end of the month as you ask. Before I do: would a call with our product lead this week help, so we can fix what broke for your team? Either way, I'll confirm the cancellation date in writing.",
      },
    ],
  },
];
