import type { GoldenCase } from './types.js';

const I = 'utilities' as const;

/** Energy, water, broadband and phone: outages, bills, meters, engineers. */
export const UTILITIES: GoldenCase[] = [
  {
    id: 'utilities-001',
    industry: I,
    name: 'Bridget',
    customer:
      "We've had no power since last night. I have a newborn and it's freezing. When will it be back?",
    reply:
      "Bridget, I'm so sorry — no power overnight with a newborn in the cold must be really frightening. A cable fault in your street is being repaired now, and power is expected back by 2pm today. Because you have a baby, I've added you to our priority list, so a crew will drop off a heater within the hour.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-002',
    industry: I,
    customer:
      "We've had no power since last night. I have a newborn and it's freezing. When will it be back?",
    reply: 'There is an outage in your area. Our DNO partner is working on it. No ETA at this time.',
    present: ['information'],
    flags: ['jargon', 'canned', 'personalized'],
  },
  {
    id: 'utilities-003',
    industry: I,
    customer: "My bill this month is £410. It's usually £90. There must be a mistake.",
    reply:
      "A jump from £90 to £410 would shock anyone. It looks like this bill used an estimated reading that's far too high. Could you send me a photo of your meter today? Once I have it, I'll reissue the bill with the real usage, usually within 24 hours.",
    present: ['acknowledge', 'paraphrase', 'information', 'question', 'next_step'],
    flags: ['jargon'],
  },
  {
    id: 'utilities-004',
    industry: I,
    customer: "My bill this month is £410. It's usually £90. There must be a mistake.",
    reply: 'The bill is correct based on your consumption. Energy prices have gone up.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-005',
    industry: I,
    customer: 'How do I submit a meter reading?',
    reply:
      'You can submit it in the app under Meter readings, or online at myenergy.co.uk/read. Enter the numbers in black, from left to right.',
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'utilities-006',
    industry: I,
    customer: "The engineer didn't turn up. I took a day off work for this. Third missed appointment.",
    reply:
      "I'm really sorry. Taking a day off work for an engineer who doesn't show is infuriating, and for it to be the third time is unacceptable. I've booked a guaranteed first slot, 8-9am on Thursday, and I'll credit £30 for each missed visit — £90 in total. If Thursday doesn't work, tell me a day that does.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'utilities-007',
    industry: I,
    customer: "The engineer didn't turn up. I took a day off work for this.",
    reply: 'Engineers are sometimes delayed due to previous jobs running over. Please rebook online.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-008',
    industry: I,
    customer: 'My broadband keeps dropping out every evening. I work from home and this is affecting my job.',
    reply:
      "That's really stressful when your job depends on it. I've run a line test: there's a fault at the cabinet that shows up when the network is busy in the evenings. An engineer will fix it on Tuesday. Until then, I can send a 4G backup router for free so you're covered for work. Would that help?",
    present: ['acknowledge', 'paraphrase', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'utilities-009',
    industry: I,
    customer: 'My broadband keeps dropping out every evening.',
    reply: 'Have you tried turning it off and on again? Also, you should not have so many devices connected.',
    present: ['options'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'utilities-010',
    industry: I,
    customer: "I'm 82 and I can't afford my heating bill this winter. I'm scared.",
    reply:
      "Thank you for telling us, and please don't be scared — we'll help you through this. You may qualify for the Warm Home Discount, which takes £150 off your bill, and I can set up a payment plan that spreads the cost over the year. I'll also add you to our Priority Services Register. Could I call you tomorrow morning to go through it together?",
    present: ['reassurance', 'information', 'options', 'question', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-011',
    industry: I,
    customer: "I'm 82 and I can't afford my heating bill this winter. I'm scared.",
    reply:
      'Failure to pay may result in a prepayment meter being installed. Please contact our collections department.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-012',
    industry: I,
    customer: 'Is there a water outage in SE15? Nothing coming out of the taps.',
    reply:
      'Yes, sorry — a burst main on Rye Lane has cut supply to most of SE15. Crews are on site and we expect water back by 6pm. Bottled water is available at Peckham Library until then.',
    present: ['apology', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-013',
    industry: I,
    customer: "You've been taking £200 a month by direct debit and I'm £600 in credit. I want it back.",
    reply:
      "You're right, £600 in credit is too much to sit with us. I've refunded the full £600 to your bank today — it'll arrive in 3-5 working days — and lowered your monthly payment to £140 so it doesn't build up again.",
    present: ['paraphrase', 'information', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-014',
    industry: I,
    customer: "You've been taking £200 a month by direct debit and I'm £600 in credit.",
    reply:
      'Credit balances are used to cover higher winter usage per the terms of your tariff. A refund is not recommended.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'utilities-015',
    industry: I,
    customer: 'Just moved in, how do I set up an account?',
    reply:
      "Welcome to your new home! Send me your full address and the meter reading from the day you moved in, and I'll set the account up today.",
    present: ['information', 'next_step', 'acknowledge'],
    flags: [],
  },
  {
    id: 'utilities-016',
    industry: I,
    customer:
      'My phone signal has been terrible for two weeks and I keep getting told "we\'re looking into it".',
    reply:
      "Two weeks of \"we're looking into it\" with no real answer is frustrating — sorry. Here's what's happening: the mast near you was damaged in the storm and the repair is booked for Friday. Until then, turn on Wi-Fi calling in your phone's settings so calls work over your broadband. I've also taken £10 off your bill.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-017',
    industry: I,
    customer: 'My phone signal has been terrible for two weeks.',
    previous: [
      'We are aware of the issue and our engineers are looking into it. We apologise for any inconvenience.',
    ],
    reply:
      'We are aware of the issue and our engineers are looking into it. We apologise for any inconvenience.',
    present: ['apology'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'utilities-018',
    industry: I,
    customer: "Thank you for switching my tariff, I'm saving £30 a month now!",
    reply:
      "That's fantastic — £30 a month really adds up! Thanks for letting us know, and enjoy the savings.",
    present: ['acknowledge', 'paraphrase', 'caring_close'],
    flags: [],
  },
  {
    id: 'utilities-019',
    industry: I,
    customer: "Your smart meter stopped sending readings and now I'm getting estimated bills again.",
    reply:
      "Sorry about that. Smart meters sometimes lose their connection after a network update. I've sent a reset signal, which usually fixes it within 24 hours. If your next bill is still estimated, I'll book an engineer visit at a time that suits you.",
    present: ['apology', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'utilities-020',
    industry: I,
    customer: 'Your smart meter stopped sending readings.',
    reply:
      'Your SMETS1 meter has lost WAN connectivity to the DCC. This will be resolved when it is migrated.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'utilities-021',
    industry: I,
    customer: "I reported a gas smell 3 hours ago and nobody has come. I'm really scared.",
    reply:
      "I understand how scary this is, and you've done the right thing. Please open your windows, don't use any switches, and wait outside. I've marked your report as an emergency and an engineer is 20 minutes away. I'll stay on the line with you until they arrive.",
    present: ['acknowledge', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-022',
    industry: I,
    customer: 'I reported a gas smell 3 hours ago and nobody has come.',
    reply: 'Your report is in the queue. Engineers attend in order of priority.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-023',
    industry: I,
    customer: "What's the cheapest tariff you have right now?",
    reply:
      'Our cheapest right now is Fix & Save 12, at 24.5p per kWh and 48p a day standing charge. Would you like me to compare it against what you pay now?',
    present: ['information'],
    flags: [],
  },
  {
    id: 'utilities-024',
    industry: I,
    customer: "I cancelled my contract but you're still charging me. This is theft.",
    reply:
      "I can see why you're angry — being charged after you've cancelled isn't right. I'm sorry. Your cancellation was logged but never completed on the billing side. I've closed the account properly and refunded both payments, £58 in total, which you'll see in 3 working days.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-025',
    industry: I,
    customer: "I cancelled my contract but you're still charging me. This is theft.",
    reply: 'It is not theft. You did not return the router, so the contract is still active.',
    present: ['information'],
    flags: ['blame', 'agent_tone', 'personalized'],
  },
  {
    id: 'utilities-026',
    industry: I,
    customer: 'Can I get a paper bill instead of email?',
    reply:
      'Of course. I have switched you to paper bills, and your next one will arrive by post around the 5th.',
    present: ['information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-027',
    industry: I,
    name: 'Ahmed',
    customer: "Internet has been down for 4 days. I've called 6 times. I'm paying for nothing.",
    reply:
      "Ahmed, four days offline and six calls is awful, and I'm sorry we've let it drag on. I'll make sure you don't pay for days without service: I've credited £20 for the outage. An engineer is booked for tomorrow between 8am and 12pm, and I'll call you after the visit to check it's working.",
    present: ['acknowledge', 'paraphrase', 'apology', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-028',
    industry: I,
    customer: "Internet has been down for 4 days. I've called 6 times.",
    reply: 'Calling multiple times does not speed up the repair. An engineer has been booked.',
    present: ['next_step'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'utilities-029',
    industry: I,
    customer: 'Why do you need access to my property to change the meter?',
    reply:
      'Good question. The old meter is inside your home and has reached the end of its certified life, so the law requires us to replace it. It takes about an hour. What day and time would suit you?',
    present: ['information', 'question'],
    flags: [],
  },
  {
    id: 'utilities-030',
    industry: I,
    customer:
      'My elderly mother has been cut off because of a missed payment. She relies on an oxygen machine!',
    reply:
      "I'm so sorry — that should never have happened, especially with her oxygen machine. I've reconnected her supply now; an engineer will confirm it's on within the hour. I've also registered her as a priority customer so she can never be cut off like this again. How is she doing?",
    present: ['apology', 'acknowledge', 'information', 'next_step', 'reassurance', 'question'],
    flags: [],
  },
  {
    id: 'utilities-031',
    industry: I,
    customer: 'My elderly mother has been cut off because of a missed payment.',
    reply:
      'Disconnection happens after 3 missed payments. Your mother was sent several letters which she ignored.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'utilities-032',
    industry: I,
    customer: 'How long does it take to switch supplier to you?',
    reply:
      'Switching takes around 5 working days. We handle everything with your old supplier, and your supply is never interrupted.',
    present: ['information', 'reassurance'],
    flags: [],
  },
  {
    id: 'utilities-033',
    industry: I,
    customer: 'The workmen dug up my garden to fix a pipe and left it a total mess. Flowers destroyed.',
    reply:
      "I'm sorry. Coming home to your garden dug up and your flowers ruined is upsetting. That's not how our crews should leave anything. A team will come back on Monday to reinstate the lawn, and I'd like to cover the cost of new plants. Could you send me a rough idea of what was lost?",
    present: ['apology', 'acknowledge', 'paraphrase', 'next_step', 'question', 'information'],
    flags: [],
  },
  {
    id: 'utilities-034',
    industry: I,
    customer: 'The workmen dug up my garden to fix a pipe and left it a mess.',
    reply:
      'The works were necessary and carried out under our statutory rights. Reinstatement is basic only.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-035',
    industry: I,
    customer: 'can u tell me my account number pls',
    reply:
      "Sure! For security, could you confirm your postcode and date of birth first? Then I'll send it over.",
    present: ['question', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-036',
    industry: I,
    customer: 'Your price rise letter was so confusing. Am I paying more or not?',
    reply:
      "I can see why the letter was confusing. In short, yes: from 1 April your monthly payment goes from £96 to £104, an extra £8. Nothing else changes. If that's a stretch, we can look at a cheaper fixed tariff together.",
    present: ['acknowledge', 'information', 'options'],
    flags: [],
  },
  {
    id: 'utilities-037',
    industry: I,
    customer: 'Your price rise letter was so confusing. Am I paying more or not?',
    reply:
      'Please note that the unit rate and standing charge have been revised in line with the price cap. Kindly refer to the enclosed tariff information.',
    present: ['information'],
    flags: ['canned', 'dismissive', 'personalized'],
  },
  {
    id: 'utilities-038',
    industry: I,
    customer:
      'Water coming through my ceiling from the flat above, the building water supply is yours. Emergency!',
    reply:
      "That sounds really alarming — let's get help to you now. First, if water is near any lights or sockets, switch the electricity off at the fuse box. I've dispatched an emergency plumber who will be with you within 2 hours, and they'll call you when they're 15 minutes away.",
    present: ['acknowledge', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-039',
    industry: I,
    customer: "I'm moving house next month. What do I need to do?",
    reply:
      "Exciting! Just tell us your moving date and new address at least 2 days before, and take a meter reading on the day. We'll send a final bill within 2 weeks. Would you like to keep us as your supplier at the new place?",
    present: ['acknowledge', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-040',
    industry: I,
    customer: "Your online account shows someone else's name and address. That's a data breach!",
    reply:
      "You're right to be alarmed, and thank you for telling us straight away. I'm sorry. I've locked that view and our data protection team is investigating today. Your own details haven't been shown to anyone else. I'll email you what we find by Friday.",
    present: ['acknowledge', 'apology', 'information', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'utilities-041',
    industry: I,
    customer: "Your online account shows someone else's name and address.",
    reply: 'That is not possible. You are probably logged into the wrong account.',
    present: [],
    flags: ['blame', 'agent_tone', 'personalized'],
  },
  {
    id: 'utilities-042',
    industry: I,
    customer: "I've been waiting 8 weeks for my broadband installation. I was promised 2 weeks.",
    reply:
      "Eight weeks instead of the two you were promised is a huge letdown, and I'm so sorry. The delay is a missing permit to dig on your road, which came through yesterday. Your installation is now booked for the 14th. As an apology, your first three months are free.",
    present: ['paraphrase', 'apology', 'information', 'next_step', 'acknowledge'],
    flags: [],
  },
  {
    id: 'utilities-043',
    industry: I,
    customer: "I've been waiting 8 weeks for my broadband installation.",
    reply:
      'Thank you for your patience. Your order is progressing through our provisioning system and an engineer will be assigned in due course.',
    present: ['information', 'next_step', 'caring_close'],
    flags: ['canned', 'jargon', 'personalized'],
  },
  {
    id: 'utilities-044',
    industry: I,
    customer: 'Do you offer a social tariff for people on Universal Credit?',
    reply:
      'We do — our Essential broadband is £15 a month for customers on Universal Credit, with no contract. You can apply online in about 5 minutes, and I can send you the link now.',
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'utilities-045',
    industry: I,
    name: 'Lucy',
    customer:
      'The engineer who came today was brilliant, explained everything and even fixed a second problem. Thank you!',
    reply:
      "Lucy, that's wonderful to hear! I'll make sure Dan knows how much you appreciated it. Enjoy the working heating!",
    present: ['acknowledge', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'utilities-046',
    industry: I,
    customer:
      "I've been charged a £60 exit fee but I'm leaving because you can't provide service at my new address.",
    reply:
      "That doesn't seem fair, and you're right — when we can't supply your new address, there's no exit fee. I've removed the £60 and your final bill will show £0 for it.",
    present: ['acknowledge', 'paraphrase', 'information'],
    flags: ['personalized'],
  },
  {
    id: 'utilities-047',
    industry: I,
    customer:
      "I've been charged a £60 exit fee but I'm leaving because you can't provide service at my new address.",
    reply:
      'The exit fee applies to all early terminations as per the contract you signed. We cannot make exceptions.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'utilities-048',
    industry: I,
    customer: 'Is my supply affected by the planned works on Saturday?',
    reply:
      "Yes, your street is included: power will be off from 9am to 1pm on Saturday. If you rely on medical equipment, let me know and we'll arrange a generator.",
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'utilities-049',
    industry: I,
    customer: 'Your bills are impossible to understand. I have dyslexia and need something clearer.',
    reply:
      "Thank you for telling me — that's really helpful to know. I can send your bills in a simpler format with larger text, or talk you through each one by phone every month. Which would suit you better? I've also added a note so everyone here knows.",
    present: ['options', 'information'],
    flags: [],
  },
  {
    id: 'utilities-050',
    industry: I,
    customer: 'Your bills are impossible to understand.',
    reply:
      'Our bills are regulated and contain all the required information. Many customers find them straightforward.',
    present: ['information'],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'utilities-051',
    industry: I,
    customer: "The hot water doesn't work after your engineer serviced the boiler yesterday.",
    reply:
      "Sorry — no hot water right after our service visit isn't good enough. It's likely a valve the engineer left closed. Could you check whether the switch labelled \"HW\" on the boiler is on? If it is, we'll send the engineer back today free of charge.",
    present: ['apology', 'paraphrase', 'information', 'question', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-052',
    industry: I,
    customer: "The hot water doesn't work after your engineer serviced the boiler yesterday.",
    reply: 'Our engineer completed the service correctly. You must have changed the settings after he left.',
    present: ['information'],
    flags: ['blame', 'agent_tone', 'personalized'],
  },
  {
    id: 'utilities-053',
    industry: I,
    customer: 'When is my contract end date?',
    reply:
      'Your contract ends on 30 September. You can switch or renew from 49 days before that with no exit fee.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'utilities-054',
    industry: I,
    customer: 'You switched me to a new supplier without my permission! I never agreed to this.',
    reply:
      "That's really alarming, and I'm sorry. You should never be switched without agreeing to it. I've cancelled the switch, so you'll stay with your current supplier and nothing will change on your bill. I'm also investigating how it happened and will let you know what I find by next Wednesday.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'reassurance', 'next_step'],
    flags: [],
  },
  {
    id: 'utilities-055',
    industry: I,
    customer: 'My bill went up again. Why?',
    reply:
      'Hello, thank you for contacting us. Please note that prices change from time to time. We value your custom. Have a nice day.',
    present: ['information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'utilities-056',
    industry: I,
    customer: 'My bill went up again. Why?',
    reply:
      "Your bill rose £12 this month because the heating was on more in the cold snap: you used 310 kWh against 240 last month. Your prices haven't changed. If it helps, I can spread winter costs evenly across the year so the bills don't jump.",
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'utilities-057',
    industry: I,
    customer: "Router keeps flashing orange. I've no idea what that means, not very techy.",
    reply:
      "No problem at all — orange just means the router can't reach the internet. Could you unplug it for 30 seconds and plug it back in? It takes about 3 minutes to turn white. If it's still orange after that, let me know and I'll check the line from here.",
    present: ['reassurance', 'information', 'question', 'options'],
    flags: [],
  },
  {
    id: 'utilities-058',
    industry: I,
    customer: "Router keeps flashing orange. I've no idea what that means.",
    reply: 'Orange indicates PPP authentication failure on the ONT. Please power cycle the CPE.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'utilities-059',
    industry: I,
    customer: 'I have been waiting on the phone for an hour, this is ridiculous. I want to make a complaint.',
    reply:
      "An hour on hold is ridiculous, you're right, and I'm sorry. I've logged your complaint about the wait, and a complaints manager will contact you within 2 working days. What else would you like to include in the complaint?",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step', 'question'],
    flags: [],
  },
  {
    id: 'utilities-060',
    industry: I,
    customer: 'I have been waiting on the phone for an hour, this is ridiculous.',
    reply: 'Well, you got through now. What do you want?',
    present: ['question'],
    flags: ['agent_tone', 'dismissive', 'personalized'],
  },
];
