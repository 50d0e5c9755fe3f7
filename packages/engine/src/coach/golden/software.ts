import type { GoldenCase } from './types.js';

const I = 'software' as const;

/** Software and SaaS: logins, bugs, data, billing for subscriptions. */
export const SOFTWARE: GoldenCase[] = [
  {
    id: 'software-001',
    industry: I,
    name: 'Nadia',
    customer:
      "Your update deleted all my project files. I have a client deadline tomorrow. I'm freaking out.",
    reply:
      "Nadia, I can hear how scary this is with a deadline tomorrow. Your files aren't gone: the update moved them to a backup folder, and I can restore them for you right now. Could you confirm the project name so I restore the right one? I'll stay with you until everything is back.",
    present: ['acknowledge', 'paraphrase', 'reassurance', 'question', 'options', 'information'],
    flags: [],
  },
  {
    id: 'software-002',
    industry: I,
    customer: 'Your update deleted all my project files. I have a client deadline tomorrow.',
    reply: 'You should have backed up your files before updating. We recommend regular backups.',
    present: ['options'],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'software-003',
    industry: I,
    customer: 'How do I export my data to CSV?',
    reply:
      'Go to Reports, pick the date range, then click Export and choose CSV. The file downloads straight away.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'software-004',
    industry: I,
    customer: 'The app crashes every time I open the camera. iPhone 13, latest iOS.',
    reply:
      'Sorry about the crashes — thanks for the phone details, that helps. This is a known bug on iOS 17.4 that we fixed in version 5.2.1, out today. Could you update from the App Store and let me know if it still crashes?',
    present: ['apology', 'information', 'question'],
    flags: [],
  },
  {
    id: 'software-005',
    industry: I,
    customer: 'The app crashes every time I open the camera. iPhone 13, latest iOS.',
    reply: 'Our devs have identified the root cause and a hotfix will be deployed in the next sprint.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'software-006',
    industry: I,
    customer:
      "I've been locked out of my account for 3 days. I run my whole business on this. This is costing me money.",
    reply:
      "Three days locked out of the tool your business runs on — I understand how costly and stressful that is, and I'm sorry. I've unlocked your account and reset the two-factor device, so you can log in now with your password. I've also credited this month's subscription.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information'],
    flags: [],
  },
  {
    id: 'software-007',
    industry: I,
    customer: "I've been locked out of my account for 3 days. I run my whole business on this.",
    reply: 'Your ticket has been escalated to L2. Please allow 3-5 business days per our SLA.',
    present: ['next_step', 'information'],
    flags: ['jargon', 'dismissive', 'personalized'],
  },
  {
    id: 'software-008',
    industry: I,
    customer: 'Is there a dark mode?',
    reply:
      'Yes! Open Settings, then Appearance, and pick Dark. You can also set it to follow your system theme.',
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'software-009',
    industry: I,
    customer: 'I was billed for the annual plan but I chose monthly. Please refund the difference.',
    reply:
      "You're right, you chose monthly and we billed annual — sorry for that mistake. I've switched you to monthly and refunded $108, the difference. It will show in your account in 5-7 business days.",
    present: ['paraphrase', 'apology', 'information', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'software-010',
    industry: I,
    customer: 'I was billed for the annual plan but I chose monthly. Please refund the difference.',
    reply:
      'Our records show you selected the annual plan. Refunds are not available for annual subscriptions per our terms.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'software-011',
    industry: I,
    customer:
      "Sync between my laptop and phone stopped working. Notes I write on one don't show up on the other.",
    reply:
      "That's annoying when you rely on notes everywhere. Which app version is on each device? You'll find it under Settings > About. In the meantime, signing out and back in on the phone usually kicks sync back into life.",
    present: ['acknowledge', 'paraphrase', 'question', 'information', 'options'],
    flags: [],
  },
  {
    id: 'software-012',
    industry: I,
    customer: 'Can you add more users to my team? We just hired two people!',
    reply:
      'Congratulations on the new hires! Go to Team, click Invite, and add their emails. Each seat is $12 a month, prorated for this month.',
    present: ['acknowledge', 'information'],
    flags: [],
  },
  {
    id: 'software-013',
    industry: I,
    customer: "This is the WORST software I've ever used. Nothing works. I want to cancel.",
    reply:
      "I'm sorry it's been that bad. Before you go, could you tell me what's been breaking? If I can't fix it today, I'll cancel for you and refund this month in full — your call either way.",
    present: ['apology', 'question', 'options', 'next_step'],
    flags: [],
  },
  {
    id: 'software-014',
    industry: I,
    customer: "This is the WORST software I've ever used. Nothing works. I want to cancel.",
    reply:
      'Sorry you feel that way. Our software works fine for thousands of other customers. You can cancel in Settings.',
    present: ['information'],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'software-015',
    industry: I,
    name: 'Raj',
    customer: "The integration with Slack keeps posting duplicate messages. It's spamming my whole team.",
    reply:
      "Raj, sorry — duplicate messages flooding your team's Slack is no fun. This comes from the webhook being registered twice. I've removed the extra one on our side, so it should stop immediately. Could you check and tell me if anything still doubles up?",
    present: ['apology', 'paraphrase', 'information', 'question', 'acknowledge'],
    flags: ['jargon'],
  },
  {
    id: 'software-016',
    industry: I,
    customer: 'The integration with Slack keeps posting duplicate messages.',
    reply: 'Please clear your cache, check your OAuth token and reconfigure the webhook endpoint.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'software-017',
    industry: I,
    customer: 'I forgot my password and the reset email never comes.',
    reply:
      "Let's get you in. The reset emails were going to your old address, work@oldco.com, so I've updated it to the one you wrote from and sent a new link. It should arrive within 2 minutes; check spam just in case.",
    present: ['information', 'next_step', 'paraphrase'],
    flags: [],
  },
  {
    id: 'software-018',
    industry: I,
    customer: 'I forgot my password and the reset email never comes.',
    reply: 'You probably entered the wrong email. Try again.',
    present: ['options'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'software-019',
    industry: I,
    customer: 'Just wanted to say the new dashboard is fantastic. Saves me an hour a day!',
    reply:
      "An hour a day — that's amazing to hear, thank you! I'll pass this on to the design team; they'll be thrilled.",
    present: ['acknowledge', 'paraphrase', 'next_step'],
    flags: [],
  },
  {
    id: 'software-020',
    industry: I,
    customer: 'The invoice PDF shows the wrong company address. Our accounts team needs it fixed.',
    reply:
      "Thanks for flagging that. You can update the billing address under Billing > Company details, and every future invoice will use it. I've also regenerated last month's invoice with your new address and attached it here.",
    present: ['information', 'paraphrase'],
    flags: [],
  },
  {
    id: 'software-021',
    industry: I,
    customer: "We've been down for 2 hours. Your status page says everything is fine. What is going on?!",
    reply:
      "I'm sorry — two hours down with a status page saying all is fine is maddening. There's an outage in our EU region that the status page missed; engineers are restoring service now and expect it back within 30 minutes. I'll update you here every 15 minutes until it's fixed.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'software-022',
    industry: I,
    customer: "We've been down for 2 hours. Your status page says everything is fine. What is going on?!",
    reply: 'Our system is working fine. The issue is on your end, please check your network.',
    present: ['information'],
    flags: ['blame', 'agent_tone', 'personalized'],
  },
  {
    id: 'software-023',
    industry: I,
    customer: 'Does the Pro plan include API access?',
    reply:
      'It does — Pro includes API access with 10,000 requests a day. Your key is under Settings > Developers.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'software-024',
    industry: I,
    customer: "I'm confused about how the seat pricing works. Why did my bill go up?",
    reply:
      "I can see why that's confusing. Your bill went up because two new people joined on the 10th, and seats are charged from the day someone joins. That's $8 extra this month; next month it will be a flat $96. Does that match what you expected?",
    present: ['acknowledge', 'information', 'paraphrase'],
    flags: [],
  },
  {
    id: 'software-025',
    industry: I,
    customer: "I'm confused about how the seat pricing works. Why did my bill go up?",
    reply:
      'Please refer to the pricing page in our documentation. Seat pricing is prorated per the billing cycle.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'software-026',
    industry: I,
    customer: 'I accidentally deleted a shared folder and my team is going to kill me.',
    reply:
      "Don't panic — deleted folders stay in the bin for 30 days, so nothing is lost. Open Bin in the left menu, find the folder and click Restore, and everything comes back with the same sharing settings. Your team never needs to know.",
    present: ['reassurance', 'information'],
    flags: [],
  },
  {
    id: 'software-027',
    industry: I,
    customer: 'Your chatbot is useless. I want to talk to a human.',
    reply:
      "You've got one now — I'm Priya, and I'm sorry the bot went round in circles. What can I help you with?",
    present: ['apology', 'question'],
    flags: [],
  },
  {
    id: 'software-028',
    industry: I,
    customer: 'The app keeps logging me out every few minutes. Very irritating.',
    reply:
      "That's irritating, I'm sorry. It's caused by a setting that signs you out when your network changes. Go to Settings > Security and turn off \"Strict session\". Would you like me to turn it off for you instead?",
    present: ['acknowledge', 'apology', 'information', 'options'],
    flags: [],
  },
  {
    id: 'software-029',
    industry: I,
    customer: 'The app keeps logging me out every few minutes.',
    reply: 'This is expected behaviour due to SSO session token TTL configuration.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'software-030',
    industry: I,
    customer: "I've reported this bug 4 times. Each time I get told it's fixed. It's not fixed.",
    reply:
      "Four reports and four \"it's fixed\" when it isn't — I'd have lost patience too. I'm sorry. I've reproduced the bug myself this time and attached your account to the engineering task, so I'll see when the fix actually ships. I'll message you on Friday with a real status.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'software-031',
    industry: I,
    customer: "I've reported this bug 4 times. Each time I get told it's fixed. It's not fixed.",
    reply: 'As I said, the fix has been released. Have you even updated the app? Update it.',
    present: ['information'],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'software-032',
    industry: I,
    customer: "Can I get a discount? I'm a student.",
    reply:
      "We'd love to help with that. Students get 50% off any plan: sign up with your university email and the discount applies automatically.",
    present: ['information'],
    flags: [],
  },
  {
    id: 'software-033',
    industry: I,
    name: 'Gabriel',
    customer: "My free trial ended and I was charged $49 without any warning. I didn't want to continue.",
    reply:
      "Gabriel, sorry for the surprise charge. I've cancelled the subscription and refunded the $49, so you'll see it back in 3-5 days. Would you like us to keep your projects saved for 30 days in case you change your mind, or delete them now?",
    present: ['apology', 'paraphrase', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'software-034',
    industry: I,
    customer: 'My free trial ended and I was charged $49 without any warning.',
    reply: 'You agreed to the terms when you signed up for the trial. The charge is valid.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'software-035',
    industry: I,
    customer: 'Hi, is there a way to schedule posts for later?',
    reply:
      'Hi! Yes — when you create a post, click the arrow next to Publish and choose Schedule. You can pick any date and time up to a year ahead.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'software-036',
    industry: I,
    customer: "The search doesn't find anything older than a month. Is that a bug?",
    reply:
      "Good question. It's not a bug: on the Starter plan search covers the last 30 days. Which plan are you on? If it's Starter, I can turn on a 14-day trial of Pro so you can search your full history.",
    present: ['information', 'question', 'options'],
    flags: [],
  },
  {
    id: 'software-037',
    industry: I,
    customer: "I'm really worried — I got an email saying someone logged into my account from Russia.",
    reply:
      "That would worry anyone. I've signed out every session on your account and blocked that login, so your data is safe. Please reset your password now and turn on two-factor sign-in under Settings > Security. Is there anything in the account that looks changed to you?",
    present: ['acknowledge', 'reassurance', 'information', 'question'],
    flags: [],
  },
  {
    id: 'software-038',
    industry: I,
    customer: "I'm really worried — I got an email saying someone logged into my account from Russia.",
    reply: 'Thank you for contacting us. We take security very seriously. Please change your password.',
    present: ['information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'software-039',
    industry: I,
    customer: "The mobile app is so slow it's unusable. Takes 20 seconds to load a page.",
    reply:
      "Twenty seconds per page is far too slow, sorry. It's down to a bug in version 4.1 that hit older Android phones. Version 4.1.2 fixes it and should reach you by tomorrow. Until then, the web version at app.tasko.io runs at normal speed.",
    present: ['paraphrase', 'apology', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'software-040',
    industry: I,
    customer: "I can't figure out how to share a document with someone outside my company.",
    reply:
      'Happy to help! Could you tell me what happens when you try — do you see an error, or is the Share button greyed out? External sharing is sometimes switched off by your admin.',
    present: ['question', 'information'],
    flags: [],
  },
  {
    id: 'software-041',
    industry: I,
    customer: 'We need to move 500 users from our old system. Any help with migration?',
    reply:
      'Definitely. We offer a free migration service for teams over 100 users: our onboarding team imports the users and their data for you, usually within a week. Alternatively, you can do it yourself with our CSV importer. Shall I book a call with the onboarding team?',
    present: ['information', 'options', 'next_step'],
    flags: [],
  },
  {
    id: 'software-042',
    industry: I,
    customer: 'Your app charged me twice this month. I can see both on my card.',
    reply:
      'I am sorry for any inconvenience this may have caused. I will be happy to assist you with your query. Please allow 5-10 business days for the duplicate payment to be reversed. Is there anything else I can assist you with today?',
    present: ['apology', 'information', 'next_step'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'software-043',
    industry: I,
    customer: 'Your app charged me twice this month. I can see both on my card.',
    reply:
      "You're right, and I'm sorry — the second charge was a payment retry that shouldn't have gone through. I've refunded it in full today; it'll drop off your card within 5 business days.",
    present: ['apology', 'information', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'software-044',
    industry: I,
    customer: "After the redesign I can't find anything. Everything moved. Hate it.",
    reply:
      "Change like that is really disorienting, especially in a tool you use every day, and I'm sorry it's got in your way. What are you trying to find most often? I'll show you where it lives now. You can also switch back to the classic layout for the next 60 days under Settings > Layout.",
    present: ['acknowledge', 'apology', 'question', 'options', 'information'],
    flags: [],
  },
  {
    id: 'software-045',
    industry: I,
    customer: "After the redesign I can't find anything. Everything moved.",
    reply: 'The new design is more intuitive. It is not rocket science, just look around the menus.',
    present: ['options'],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'software-046',
    industry: I,
    customer: 'When will the Android version be ready?',
    reply:
      "We're aiming for the Android app in early June. If you'd like, I can add you to the beta list so you get it a few weeks earlier.",
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'software-047',
    industry: I,
    name: 'Fiona',
    customer: "I lost three hours of work because autosave didn't work. I'm so angry right now.",
    reply:
      "Fiona, three hours of work gone is awful, and I completely understand why you're angry. I'm sorry. Autosave failed because of a server error at 2:10pm, which we've fixed. I've looked for a recoverable copy and found one from 4:55pm — it's restored in your Versions panel now. I hope that saves most of it.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'caring_close'],
    flags: [],
  },
  {
    id: 'software-048',
    industry: I,
    customer: "I lost three hours of work because autosave didn't work.",
    reply: 'Autosave works. You must have closed the browser before it saved. Next time press Ctrl+S.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'software-049',
    industry: I,
    customer: 'Can I downgrade from Business to Pro without losing my data?',
    reply:
      'Yes, your data stays exactly as it is. The only change is that automations over the Pro limit of 20 will pause. The downgrade takes effect at your next renewal on 1 July.',
    present: ['reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'software-050',
    industry: I,
    customer: "My invoice says VAT was charged but we're VAT registered in Germany. Can you fix this?",
    reply:
      "Of course. Could you send me your VAT number? Once it's on the account, I'll reissue the invoice without VAT and refund the €38 difference within 2 working days.",
    present: ['question', 'next_step', 'information'],
    flags: [],
  },
  {
    id: 'software-051',
    industry: I,
    customer: 'The emails your system sends to my customers are going to spam. This is hurting my business.',
    reply:
      "I understand how much that matters when it's your customers missing emails. The cause is that your domain isn't verified with us yet. It takes about 10 minutes: go to Settings > Sending domain and add the two DNS records shown there. I can also send the steps to your IT person if that's easier.",
    present: ['acknowledge', 'paraphrase', 'information', 'options'],
    flags: ['jargon'],
  },
  {
    id: 'software-052',
    industry: I,
    customer: 'The emails your system sends to my customers are going to spam.',
    reply:
      'Please be advised that deliverability is affected by your DNS, SPF and DKIM configuration. Kindly refer to our documentation.',
    present: ['information'],
    flags: ['jargon', 'canned', 'dismissive', 'personalized'],
  },
  {
    id: 'software-053',
    industry: I,
    customer: 'I keep getting error 503 when I try to upload.',
    reply:
      'Sorry about that! A 503 means our upload server was overloaded this morning. It is back to normal now, so could you try again? If it fails, send me the file name and I will upload it for you.',
    present: ['apology', 'information', 'question', 'options'],
    flags: [],
  },
  {
    id: 'software-054',
    industry: I,
    customer: "Your new pricing doubled my bill with one week's notice. That's not okay.",
    reply:
      "You're right, one week's notice for a price that doubles your bill isn't okay, and I'm sorry. I've locked your current price for the next 6 months while you decide. After that, you can move to the Lite plan at your current price, or stay on Pro with a 25% loyalty discount.",
    present: ['acknowledge', 'paraphrase', 'apology', 'reassurance', 'options', 'information'],
    flags: [],
  },
  {
    id: 'software-055',
    industry: I,
    customer: "Your new pricing doubled my bill with one week's notice. That's not okay.",
    previous: [
      'We value your feedback. Pricing changes were communicated in accordance with our terms of service. Thank you for your understanding.',
    ],
    reply:
      'We value your feedback. Pricing changes were communicated in accordance with our terms of service. Thank you for your understanding.',
    present: ['information', 'caring_close'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'software-056',
    industry: I,
    customer: 'Does your app work offline?',
    reply:
      'Partly: you can read and edit notes offline, and changes sync when you reconnect. Sharing and search need a connection.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'software-057',
    industry: I,
    customer:
      "Honestly thank you, your support person Tom fixed in 5 minutes what I'd struggled with for days.",
    reply:
      "That's so good to hear — thank you for telling us! I'll make sure Tom and his manager see this. Enjoy the extra time back.",
    present: ['acknowledge', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'software-058',
    industry: I,
    customer: 'My calendar events are showing at the wrong time since the clocks changed.',
    reply:
      "Sorry, that's a real pain. The app is still using your old time zone. Go to Settings > Region and pick Europe/London, and your events will shift back to the right time. Does that fix it?",
    present: ['apology', 'acknowledge', 'information'],
    flags: [],
  },
  {
    id: 'software-059',
    industry: I,
    customer: 'My calendar events are showing at the wrong time since the clocks changed.',
    reply: 'You failed to update your time zone setting after the daylight saving change.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'software-060',
    industry: I,
    customer: 'I need an invoice for last year for my taxes, urgently. Accountant needs it by Monday.',
    reply:
      "No problem, I know how stressful tax deadlines are. I've attached all 12 invoices from last year as one PDF, so you can send them straight to your accountant. Good luck with the return!",
    present: ['acknowledge', 'information', 'caring_close', 'paraphrase'],
    flags: [],
  },
];
