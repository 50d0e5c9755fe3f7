import type { GoldenCase } from './types.js';

const I = 'travel' as const;

/** Airlines, hotels, rail and holidays: delays, cancellations, lost luggage, bookings. */
export const TRAVEL: GoldenCase[] = [
  {
    id: 'travel-001',
    industry: I,
    name: 'Elena',
    customer:
      "My flight to Lisbon was cancelled and I'm going to miss my sister's wedding tomorrow. Please help, I'm desperate.",
    reply:
      "Elena, I'm so sorry — with your sister's wedding tomorrow, this must be incredibly stressful. I've found two ways to get you there: a 7:40am flight tomorrow landing at 10:15, or tonight's 21:05 via Madrid. Both seats are on hold for you. Which would you like? I'll confirm the moment you reply.",
    present: ['apology', 'acknowledge', 'paraphrase', 'options', 'information', 'question', 'next_step'],
    flags: [],
  },
  {
    id: 'travel-002',
    industry: I,
    customer:
      "My flight to Lisbon was cancelled and I'm going to miss my sister's wedding tomorrow. Please help, I'm desperate.",
    reply:
      'Flight cancellations are due to operational reasons beyond our control. Please check our website for rebooking options.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'travel-003',
    industry: I,
    customer: "My bag didn't arrive in Rome. All my medication is in it.",
    reply:
      "That sounds really frightening, especially with your medication inside. Your bag is in Frankfurt and goes on the 14:30 flight, so it should reach your hotel by 8pm tonight. In the meantime, keep receipts for any medicine you need to buy — we'll reimburse them in full.",
    present: ['acknowledge', 'paraphrase', 'information', 'next_step', 'reassurance', 'options'],
    flags: [],
  },
  {
    id: 'travel-004',
    industry: I,
    customer: "My bag didn't arrive in Rome. All my medication is in it.",
    reply: 'Please file a PIR at the baggage desk. Delayed baggage is usually located within 5 days.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'travel-005',
    industry: I,
    customer: 'Is breakfast included in my booking at the Harbour Hotel?',
    reply: 'Yes, breakfast is included for both guests, served 7-10am in the Garden Room. Enjoy your stay!',
    present: ['information', 'caring_close'],
    flags: [],
  },
  {
    id: 'travel-006',
    industry: I,
    name: 'Marcus',
    customer:
      "We got to the hotel and they gave away our room. It's midnight and we have two kids with us. Unbelievable.",
    reply:
      "Marcus, I'm so sorry — arriving at midnight with two tired kids to find no room is awful. I've booked you a family room at the Bayview, five minutes away, and a taxi is on its way to you now, paid by us. We'll refund the original booking too. I'll check in with you in the morning.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'travel-007',
    industry: I,
    customer:
      "We got to the hotel and they gave away our room. It's midnight and we have two kids with us. Unbelievable.",
    reply:
      'Sorry for the inconvenience. Overbooking is standard practice in the hotel industry. You were supposed to check in before 10pm.',
    present: ['apology', 'information'],
    flags: ['canned', 'blame', 'personalized'],
  },
  {
    id: 'travel-008',
    industry: I,
    customer: 'Can I bring my guitar as cabin luggage?',
    reply:
      "You can! Guitars count as your cabin bag if they fit in the overhead locker, roughly 118cm long. Is yours a full-size acoustic? If so, I'd suggest adding a seat for it so it travels with you.",
    present: ['information', 'question', 'options'],
    flags: [],
  },
  {
    id: 'travel-009',
    industry: I,
    customer: 'My train was 90 minutes late and I missed a job interview. Fuming.',
    reply:
      "I'm really sorry. Missing a job interview because our train ran 90 minutes late is awful, and I'd be fuming too. You're entitled to a full refund of the ticket under Delay Repay; I've started the claim for you, so the money will be back within 5 working days. If it would help, I can also write a letter confirming the delay for the employer.",
    present: ['apology', 'paraphrase', 'acknowledge', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'travel-010',
    industry: I,
    customer: 'My train was 90 minutes late and I missed a job interview. Fuming.',
    reply: 'Trains are sometimes delayed. You should have taken an earlier train to leave time for delays.',
    present: [],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'travel-011',
    industry: I,
    customer: "I booked the wrong dates by mistake, can I change them? I'm so stressed.",
    reply:
      "Don't worry, this happens all the time and it's easy to fix. What dates did you mean to book? Changes are free until 48 hours before check-in, so there's no charge.",
    present: ['reassurance', 'question', 'information'],
    flags: [],
  },
  {
    id: 'travel-012',
    industry: I,
    customer: 'I booked the wrong dates by mistake, can I change them?',
    reply: 'Date changes are subject to the fare basis of your PNR and may incur a fee as per the GDS.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'travel-013',
    industry: I,
    customer:
      'The flight attendant on my flight yesterday was so kind to my nervous daughter. Please thank her!',
    reply:
      "What a lovely message — thank you! I'm so glad your daughter felt looked after. I've passed your kind words to the crew on flight BA284, and I know they'll be thrilled.",
    present: ['acknowledge', 'paraphrase', 'information', 'caring_close'],
    flags: [],
  },
  {
    id: 'travel-014',
    industry: I,
    customer:
      "Still waiting for my refund for the cancelled Paris trip. It's been 8 weeks. I'm done with you.",
    reply:
      "Eight weeks is far too long, and I completely understand why you've had enough. I'm sorry. I've escalated it and pushed the refund of €640 through today; it will be on your card by Friday. I'll email you once it's sent.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step'],
    flags: ['jargon'],
  },
  {
    id: 'travel-015',
    industry: I,
    customer:
      "Still waiting for my refund for the cancelled Paris trip. It's been 8 weeks. I'm done with you.",
    reply:
      'Your refund is in the queue. Refunds are processed in the order received. We thank you for your patience and understanding.',
    present: ['information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'travel-016',
    industry: I,
    customer: 'Do I need a visa for a layover in Canada?',
    reply:
      'It depends on your passport. Which passport will you be travelling on? Most visitors need an eTA for a Canadian layover, which costs CAD 7 and usually comes through within minutes.',
    present: ['question', 'information'],
    flags: [],
  },
  {
    id: 'travel-017',
    industry: I,
    name: 'Hannah',
    customer: "My wheelchair was damaged on the flight. I can't get around properly now. This is a disaster.",
    reply:
      "Hannah, I'm so sorry. Your wheelchair is your independence, and I can only imagine how difficult today has been. We'll cover the full repair. A loan chair will be delivered to your hotel this evening, and our accessibility team will call you tomorrow morning to arrange the repair wherever suits you.",
    present: ['apology', 'acknowledge', 'reassurance', 'next_step', 'information'],
    flags: [],
  },
  {
    id: 'travel-018',
    industry: I,
    customer: "My wheelchair was damaged on the flight. I can't get around properly now.",
    reply: 'Damage claims must be filed within 7 days. Please complete the claim form.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'travel-019',
    industry: I,
    customer: 'Why do I have to pay for seat selection? I just want to sit with my wife.',
    reply:
      "I get it — you just want to sit together, and paying for that feels unfair. Seats are assigned free at check-in, 24 hours before departure, and we keep couples together where we can. Alternatively, you could pick seats now for £8 each if you'd rather be certain.",
    present: ['acknowledge', 'paraphrase', 'information', 'options'],
    flags: [],
  },
  {
    id: 'travel-020',
    industry: I,
    customer: 'Why do I have to pay for seat selection? I just want to sit with my wife.',
    reply: "Seat selection is a paid extra. If you want a free seat, check in online. That's how it works.",
    present: ['information', 'options'],
    flags: ['personalized'],
  },
  {
    id: 'travel-021',
    industry: I,
    customer: 'The room was dirty — hair in the shower and stains on the sheets. Disgusting.',
    reply:
      "That's not acceptable and I'm sorry. Hair in the shower and stained sheets is the opposite of what you should find. Housekeeping will have the room fully cleaned within the hour, or we can move you to a fresh room on a higher floor right now. Which would you prefer?",
    present: ['acknowledge', 'apology', 'paraphrase', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'travel-022',
    industry: I,
    customer: 'The room was dirty — hair in the shower and stains on the sheets. Disgusting.',
    reply:
      'Our rooms are cleaned to a high standard every day. We did nothing wrong, the room was inspected before your arrival.',
    present: ['information'],
    flags: ['agent_tone', 'personalized'],
  },
  {
    id: 'travel-023',
    industry: I,
    customer: 'What time does check-in open for flight EZ1402?',
    reply:
      'Online check-in for EZ1402 opens 30 days before departure and closes 2 hours before. Bag drop at the airport opens 2.5 hours before the flight.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'travel-024',
    industry: I,
    customer: 'I was charged a cancellation fee even though YOU cancelled the tour, not me!',
    reply:
      "You're absolutely right — we cancelled the tour, so you should never have been charged. I'm sorry. I've reversed the €45 fee; it will be back on your card within 5 working days.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'travel-025',
    industry: I,
    customer: 'I was charged a cancellation fee even though YOU cancelled the tour, not me!',
    reply: 'Please stop shouting. The fee is automatic. I will look into it.',
    present: ['information', 'next_step'],
    flags: ['agent_tone', 'dismissive', 'personalized'],
  },
  {
    id: 'travel-026',
    industry: I,
    customer: 'Our cruise got cut short by 2 days because of weather. Are we getting anything back?',
    reply:
      "It's such a shame to lose two days of your holiday. Yes: you'll receive a refund for the two missed days, plus a 20% credit toward a future cruise. Would you prefer the refund to your card or added to the credit?",
    present: ['acknowledge', 'paraphrase', 'information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'travel-027',
    industry: I,
    customer:
      "I have a connecting flight with only 50 minutes. Is that enough? I'm nervous about missing it.",
    reply:
      "It's natural to feel nervous about a tight connection. 50 minutes is enough at this airport — both flights use Terminal 2, and if the first one is late, we'll rebook you on the next flight at no cost. You're protected either way.",
    present: ['acknowledge', 'paraphrase', 'information', 'reassurance'],
    flags: [],
  },
  {
    id: 'travel-028',
    industry: I,
    customer: 'I have a connecting flight with only 50 minutes. Is that enough?',
    reply: 'The MCT at this hub is 45 minutes, so your itinerary is legal.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'travel-029',
    industry: I,
    name: 'Yusuf',
    customer:
      'The airline lost my booking and I had to buy a new ticket at the airport for $480. I want that money back.',
    reply:
      "Yusuf, I'm sorry — having to buy a new $480 ticket at the desk after we lost your booking is awful. It was our error, so we'll refund the full $480. Could you send me a photo of the receipt? Once I have it, the refund goes through within 48 hours.",
    present: ['apology', 'acknowledge', 'paraphrase', 'reassurance', 'question', 'next_step', 'information'],
    flags: [],
  },
  {
    id: 'travel-030',
    industry: I,
    customer: 'The airline lost my booking and I had to buy a new ticket at the airport for $480.',
    reply:
      'There is no record of a booking under your name. You must have booked with a third party or entered an incorrect email.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'travel-031',
    industry: I,
    customer: 'Can I bring my dog on the train?',
    reply:
      'Yes, dogs travel free on our trains as long as they are on a lead or in a carrier, and up to two per passenger.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'travel-032',
    industry: I,
    customer:
      'We waited 3 hours on the tarmac with no water and no information. Absolutely shocking treatment.',
    reply:
      "Three hours on the tarmac without water or any updates is shocking, and you're right to be angry. I'm sorry. We should have kept you informed and looked after. Under our delay policy you're due €250 each in compensation, and I've already submitted the claim. You'll get confirmation by email tomorrow.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'travel-033',
    industry: I,
    customer:
      'We waited 3 hours on the tarmac with no water and no information. Absolutely shocking treatment.',
    reply:
      'We are sorry for any inconvenience. Delays are sometimes necessary for safety reasons. Thank you for flying with us.',
    present: ['apology', 'information', 'caring_close'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'travel-034',
    industry: I,
    customer: "Hi, I'd like to add an extra night to my stay, is that possible?",
    reply:
      'Of course! Your room is free on the 15th as well, at £120 for the extra night. Shall I add it to your booking?',
    present: ['information'],
    flags: [],
  },
  {
    id: 'travel-035',
    industry: I,
    customer:
      'Booked a sea-view room, got a view of the car park. Disappointed, this was our anniversary trip.',
    reply:
      "Oh no — for your anniversary of all trips, that's so disappointing, and I'm sorry. A sea-view room opens up tomorrow morning and I've reserved it for you. Tonight, please enjoy dinner in our restaurant with our compliments. Happy anniversary to you both.",
    present: ['acknowledge', 'apology', 'paraphrase', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'travel-036',
    industry: I,
    customer:
      'Booked a sea-view room, got a view of the car park. Disappointed, this was our anniversary trip.',
    reply:
      'Sea views are subject to availability as stated in the booking terms. Please read the terms before booking in future.',
    present: ['information'],
    flags: ['dismissive', 'blame', 'personalized'],
  },
  {
    id: 'travel-037',
    industry: I,
    customer: "My e-ticket isn't showing in the app.",
    reply:
      "Sorry about that. Could you try pulling down on the Trips screen to refresh it? If it still doesn't appear, I can email you the PDF ticket instead so you have it either way.",
    present: ['apology', 'question', 'options', 'information'],
    flags: [],
  },
  {
    id: 'travel-038',
    industry: I,
    customer: 'I need to cancel my holiday because my father is seriously ill. Will I lose everything?',
    reply:
      "I'm so sorry to hear about your father. Please don't worry about the holiday right now. Because it's a family medical emergency, you can cancel without losing your deposit; we just need a doctor's note when you're able. I'll take care of the rest and email you the confirmation today. I'm thinking of you and your family.",
    present: ['acknowledge', 'apology', 'reassurance', 'information', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'travel-039',
    industry: I,
    customer: 'I need to cancel my holiday because my father is seriously ill. Will I lose everything?',
    reply:
      'Cancellations within 30 days of departure are non-refundable. You should have bought travel insurance.',
    present: ['information'],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'travel-040',
    industry: I,
    customer: 'Which terminal does the 6am flight to Dublin leave from?',
    reply:
      'The 6:05am flight to Dublin leaves from Terminal 1. Security opens at 4am, so I would aim to be there by 4:30. Safe travels!',
    present: ['information', 'caring_close', 'options'],
    flags: [],
  },
  {
    id: 'travel-041',
    industry: I,
    customer: 'Your rental car had a flat tyre when we picked it up and nobody helped us. Wasted half a day.',
    reply:
      "Losing half a day of your trip to a flat tyre we should have spotted is really frustrating, and I'm sorry nobody helped. I've refunded one day of the rental, €55, to your card. If you'd like, I can also add free roadside cover for the rest of your hire.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'options'],
    flags: [],
  },
  {
    id: 'travel-042',
    industry: I,
    customer: 'Your rental car had a flat tyre when we picked it up.',
    reply: 'All vehicles are inspected before hire. You should have reported it at the desk before leaving.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'travel-043',
    industry: I,
    name: 'Olu',
    customer:
      "I've called 5 times about my missing refund and every agent tells me something different. I'm exhausted.",
    reply:
      "Olu, I'm sorry. Five calls and five different answers would exhaust anyone. Here's the real picture: your refund of £312 was approved on 3 May but stuck on a bank detail error. I've corrected it and it's paid today. I'm your contact from now on, so you won't need to explain it again.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'reassurance'],
    flags: [],
  },
  {
    id: 'travel-044',
    industry: I,
    customer: "I've called 5 times about my missing refund and every agent tells me something different.",
    reply:
      'As previously advised, refunds take 6-8 weeks. Please be advised that calling repeatedly will not speed up the process.',
    present: ['information'],
    flags: ['dismissive', 'canned', 'agent_tone', 'personalized'],
  },
  {
    id: 'travel-045',
    industry: I,
    customer: 'Just landed after the smoothest flight ever. Crew were brilliant. Thank you!',
    reply: "Welcome home! That's brilliant to hear, and I'll make sure the crew hear it too.",
    present: ['acknowledge', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'travel-046',
    industry: I,
    customer: 'My hotel booking confirmation has the wrong name on it. Will they let me check in?',
    reply:
      "Yes, they will — I've corrected the name on the booking to match your passport, and sent you an updated confirmation. You're all set.",
    present: ['reassurance', 'information'],
    flags: [],
  },
  {
    id: 'travel-047',
    industry: I,
    customer: 'The bus driver was really rude to my elderly mum and drove off before she sat down. She fell.',
    reply:
      "I'm so sorry. Is your mum okay? That should never have happened, and I can imagine how upsetting it was for both of you. I've reported the driver to the depot manager and we'll investigate this week. If she needs any medical costs covered, please tell me and we'll handle it.",
    present: ['apology', 'question', 'acknowledge', 'next_step', 'reassurance', 'information'],
    flags: [],
  },
  {
    id: 'travel-048',
    industry: I,
    customer: 'The bus driver was really rude to my elderly mum and drove off before she sat down.',
    reply:
      'Thank you for your feedback. We take all complaints seriously. Your feedback has been passed to the relevant department.',
    present: ['information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'travel-049',
    industry: I,
    customer: 'Can I get a refund if I cancel 10 days before?',
    reply:
      'It depends on the fare. Flexible fares get a full refund up to 24 hours before; Saver fares get the taxes back only. Could you send me your booking reference so I can check which one you have?',
    present: ['information', 'question'],
    flags: [],
  },
  {
    id: 'travel-050',
    industry: I,
    customer:
      'Flight delayed 5 hours. Missed my connection. Now stuck in Doha overnight with no hotel. WHAT DO I DO',
    reply:
      "That sounds exhausting and stressful — let's get you sorted right now. I've booked you into the Oryx Hotel at the airport, with a meal voucher, and rebooked you on tomorrow's 09:10 to Manchester. Show this message at the transfer desk and they'll take you to the shuttle. I'll stay on this until you're home.",
    present: ['acknowledge', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'travel-051',
    industry: I,
    customer:
      'Flight delayed 5 hours. Missed my connection. Now stuck in Doha overnight with no hotel. WHAT DO I DO',
    reply: 'PLEASE DO NOT USE CAPITALS. Go to the transfer desk.',
    present: ['information'],
    flags: ['agent_tone', 'dismissive', 'personalized'],
  },
  {
    id: 'travel-052',
    industry: I,
    customer: 'Is there parking at the station?',
    reply:
      'Yes, there is a 200-space car park next to the station, £6 a day. You can also book a space online in advance.',
    present: ['information', 'options'],
    flags: [],
  },
  {
    id: 'travel-053',
    industry: I,
    customer: "My ski lessons were cancelled with no notice and we'd paid £300. Pretty annoyed.",
    reply:
      "Pretty annoyed is fair — paying £300 and getting no notice isn't on. Sorry. I can refund the £300 today, or rebook the lessons for tomorrow with an extra hour free. Let me know which works better.",
    present: ['acknowledge', 'paraphrase', 'apology', 'options'],
    flags: [],
  },
  {
    id: 'travel-054',
    industry: I,
    customer: 'The hotel pool was closed the entire week and nobody told us before we booked.',
    reply:
      "I'm really sorry — a closed pool all week is a big letdown, especially when nobody warned you. I've refunded 15% of your stay, £126, to your card. It should arrive in 3-5 days.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'travel-055',
    industry: I,
    customer: 'The hotel pool was closed the entire week and nobody told us before we booked.',
    reply: 'Maintenance work is sometimes necessary. It is not our fault the pool was closed.',
    present: ['information'],
    flags: ['agent_tone', 'personalized'],
  },
  {
    id: 'travel-056',
    industry: I,
    customer: 'how do i add my frequent flyer number to a booking',
    reply:
      'Open Manage Booking, select your flight, then tap Passenger details and enter your number in the Loyalty field. Miles are added within 72 hours of flying.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'travel-057',
    industry: I,
    name: 'Chen',
    customer: "I'm flying alone for the first time with a baby. Any tips? A bit anxious honestly.",
    previous: [],
    reply:
      "Chen, feeling anxious before your first solo flight with a baby is completely normal — you've got this. A few things that help: book a bassinet seat (I can add one for free now), bring a feed for take-off and landing, and use the family lane at security. Would you like me to add the bassinet?",
    present: ['acknowledge', 'reassurance', 'options', 'information'],
    flags: [],
  },
  {
    id: 'travel-058',
    industry: I,
    customer: "We were promised an upgrade for our honeymoon and didn't get it.",
    reply: 'Sorry to hear that. I have passed your comments on to the hotel.',
    present: ['apology', 'information'],
    flags: ['personalized'],
  },
  {
    id: 'travel-059',
    industry: I,
    customer: "We were promised an upgrade for our honeymoon and didn't get it.",
    reply:
      "Congratulations on your wedding, and I'm sorry — a promised honeymoon upgrade that never happened is such a disappointment. I've arranged the suite for your last three nights, and the hotel will move you tomorrow at noon. Enjoy the rest of your honeymoon!",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'travel-060',
    industry: I,
    customer: 'Why is my flight showing as "schedule change"? What does that mean for me?',
    reply:
      "I can see why that message is confusing. It means the departure time moved: your flight now leaves at 14:20 instead of 13:05. Nothing else changes, and if the new time doesn't work for you, you can switch to another flight or get a full refund.",
    present: ['acknowledge', 'information', 'options', 'reassurance'],
    flags: [],
  },
];
