import type { GoldenCase } from './types.js';

const I = 'retail' as const;

/** Retail and e-commerce: orders, deliveries, returns, damaged goods. */
export const RETAIL: GoldenCase[] = [
  {
    id: 'retail-001',
    industry: I,
    name: 'Priya',
    customer:
      "My order #55123 was supposed to arrive Friday for my son's birthday and it still hasn't come. I'm really upset.",
    reply:
      "Hi Priya,\nI'm so sorry — with your son's birthday riding on it, that's really upsetting. I've checked order #55123 and it's stuck at our depot. I've sent a replacement by next-day delivery, so it will arrive tomorrow before 1pm. Take care,\nJon",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'retail-002',
    industry: I,
    customer: "My order #55123 was supposed to arrive Friday and it still hasn't come. I'm really upset.",
    reply:
      'We apologise for any inconvenience caused. Your order is being processed. Thank you for your patience.',
    present: ['apology', 'caring_close'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-003',
    industry: I,
    name: 'Tom',
    customer: 'The blender I bought arrived with a cracked jug. Pretty annoyed, I needed it this weekend.',
    reply:
      "Hi Tom, a cracked jug straight out of the box is so annoying, especially when you had plans for it this weekend. Sorry about that! I can send a new jug today, or refund the blender in full if you'd rather — which would you prefer? If you could send a quick photo of the crack, that helps us with the courier.",
    present: ['acknowledge', 'paraphrase', 'apology', 'options', 'information'],
    flags: [],
  },
  {
    id: 'retail-004',
    industry: I,
    customer: 'The blender I bought arrived with a cracked jug.',
    reply: 'You must have dropped it when unpacking. Damage after delivery is not covered.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'retail-005',
    industry: I,
    customer: "Where is my parcel?? Tracking hasn't updated in 6 days!!",
    reply:
      "Six days with no tracking update would make anyone anxious. I've looked it up: the courier lost the scan at their hub, but the parcel is on the van today. You'll get a text with a delivery window this morning.",
    present: ['acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-006',
    industry: I,
    customer: "Where is my parcel?? Tracking hasn't updated in 6 days!!",
    reply: 'Please refer to the tracking page for updates on your order.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'retail-007',
    industry: I,
    name: 'Aisha',
    customer: 'I received the wrong size shoes. I ordered a 6 and got an 8.',
    reply:
      "Hi Aisha, thanks for letting us know. Could you tell me whether the box label says 6 or 8? That tells me if it was a picking error. Either way, I'll get the right pair out to you.",
    present: ['question', 'reassurance', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-008',
    industry: I,
    customer: 'Just wanted to say the dress arrived and it is PERFECT. Thank you!!',
    reply: "That's wonderful to hear! I'm so glad it fits perfectly. Enjoy wearing it!",
    present: ['acknowledge', 'caring_close'],
    flags: ['personalized'],
  },
  {
    id: 'retail-009',
    industry: I,
    customer: 'Just wanted to say the dress arrived and it is PERFECT. Thank you!!',
    reply: 'Thank you for contacting us. Is there anything else I can help you with today?',
    present: [],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-010',
    industry: I,
    customer: 'Can I return an item I bought in store to the online shop?',
    reply:
      'Yes, you can. Log in, go to Orders, choose "Return an in-store purchase" and enter the receipt number. Returns are free within 30 days.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'retail-011',
    industry: I,
    customer:
      "I've been charged for an order I cancelled two weeks ago. This is the third time I'm writing. Fix it.",
    reply:
      "You're right to be angry — you cancelled two weeks ago and you've had to write three times. That's on us. I've refunded the full £89.99 this minute; it'll show on your card in 2-3 working days. I've also added a note so you won't need to chase this again.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'retail-012',
    industry: I,
    customer:
      "I've been charged for an order I cancelled two weeks ago. This is the third time I'm writing. Fix it.",
    reply: 'As I already explained in my previous email, refunds take 14 days. Please wait until then.',
    present: ['information'],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'retail-013',
    industry: I,
    customer: "I've been charged for an order I cancelled two weeks ago. This is the third time I'm writing.",
    reply:
      'I understand your frustration. Refunds can take up to 14 days to process. We appreciate your patience.',
    present: ['acknowledge', 'information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-014',
    industry: I,
    name: 'Greg',
    customer: 'Your website took my money but I never got an order confirmation. Did it go through?',
    reply:
      "Hi Greg, I can see why that's worrying. Good news: the order went through, number #88231, and it ships tomorrow. The confirmation email bounced because of a typo in the address on file, so I've resent it to the one you're writing from.",
    present: ['acknowledge', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-015',
    industry: I,
    customer: 'Your website took my money but I never got an order confirmation. Did it go through?',
    reply:
      'Obviously it went through, otherwise you would not have been charged. You entered the wrong email address.',
    present: ['information'],
    flags: ['blame', 'dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'retail-016',
    industry: I,
    customer: "The sofa delivery guys scratched my wooden floor. I'm furious.",
    reply:
      "I'm really sorry. A scratched floor in your own home is awful and I'd be furious too. We'll cover the repair: you can send us a quote from a floor fitter of your choice, or we can send our own repair partner this week. I'll call you tomorrow morning to arrange whichever you pick.",
    present: ['apology', 'acknowledge', 'paraphrase', 'options', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'retail-017',
    industry: I,
    customer: "The sofa delivery guys scratched my wooden floor. I'm furious.",
    reply:
      'Our delivery partners are independent contractors and we are not responsible for their actions. Please contact them directly.',
    present: ['information'],
    flags: ['agent_tone', 'personalized'],
  },
  {
    id: 'retail-018',
    industry: I,
    customer: 'Hi, do you have the blue version of the Alto backpack back in stock yet?',
    reply:
      'Hi! The blue Alto is due back on 14 March. Would you like me to set up an email alert so you hear the moment it lands?',
    present: ['information'],
    flags: [],
  },
  {
    id: 'retail-019',
    industry: I,
    name: 'Lena',
    customer:
      "I bought a coat for my mum who passed away before I could give it to her. Can I still return it? It's been 40 days.",
    reply:
      "Lena, I'm so sorry for your loss. Please don't worry about the 40 days — I've extended the return window for you, so you can send it back whenever you feel ready. I'll email a free returns label today. Take care of yourself.",
    present: ['acknowledge', 'apology', 'reassurance', 'information', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'retail-020',
    industry: I,
    customer:
      "I bought a coat for my mum who passed away before I could give it to her. Can I still return it? It's been 40 days.",
    reply:
      'Unfortunately our returns policy is 30 days. Per our policy we cannot accept returns after this period.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'retail-021',
    industry: I,
    customer: "My discount code SAVE20 isn't working at checkout.",
    reply:
      'Sorry about that! SAVE20 only applies to full-price items, and two things in your basket are already on sale. If you remove those, the code will work on the rest, or I can apply 20% to the whole order manually — just say which.',
    present: ['apology', 'information', 'options'],
    flags: [],
  },
  {
    id: 'retail-022',
    industry: I,
    customer: "My discount code SAVE20 isn't working at checkout.",
    reply: 'Please read the terms and conditions of the promotion.',
    present: [],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'retail-023',
    industry: I,
    customer:
      'Ordered a gift, the box arrived open and half the chocolates are missing. So embarrassing, it was for my boss.',
    reply:
      "Oh no, that's mortifying, especially for a gift to your boss. I'm sorry. I'll send a fresh box gift-wrapped with a handwritten card to whichever address you like, free of charge. Would tomorrow work, or should it go out for Monday?",
    present: ['acknowledge', 'paraphrase', 'apology', 'options', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-024',
    industry: I,
    customer: 'I want to cancel my order please, I found it cheaper elsewhere.',
    reply:
      "No problem — I've cancelled order #31877 and the refund of $42.00 is on its way back to your card; it usually takes 3-5 business days.",
    present: ['information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-025',
    industry: I,
    customer: 'I want to cancel my order please, I found it cheaper elsewhere.',
    reply:
      'We have received your request. Please be advised that cancellation requests are processed within 48 hours. Thank you for choosing us.',
    present: ['information', 'next_step', 'caring_close'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-026',
    industry: I,
    name: 'Sam',
    customer: 'Third time my groceries came without the milk. Getting really fed up.',
    reply:
      "Sam, I'd be fed up too — three deliveries without the milk isn't good enough. I've refunded the milk from all three orders and flagged your account so the picker checks dairy twice. If it happens again, just reply here and I'll sort it personally.",
    present: ['acknowledge', 'paraphrase', 'information', 'reassurance', 'caring_close'],
    flags: [],
  },
  {
    id: 'retail-027',
    industry: I,
    customer: 'Third time my groceries came without the milk. Getting really fed up.',
    reply: "It's not a big deal, it's just milk. Items can be substituted or missing depending on stock.",
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'retail-028',
    industry: I,
    customer: 'The TV I bought stopped working after 3 weeks. The screen just stays black.',
    reply:
      "That's frustrating after only three weeks. Could you try holding the power button for 30 seconds with the plug out, then switching it back on? If the screen is still black, we'll swap it for a new one under warranty — I'll book the collection for you.",
    present: ['acknowledge', 'paraphrase', 'options', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-029',
    industry: I,
    customer: 'The TV I bought stopped working after 3 weeks. The screen just stays black.',
    reply:
      'Please raise an RMA via the portal and our tier 2 team will review the SKU for a warranty claim once the ticket is escalated.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'retail-030',
    industry: I,
    customer: "Hi, what's your returns address?",
    reply:
      "Hi! Returns go to: Returns Dept, Unit 4, Fenton Park, Stoke ST4 2RR. Pop your order number inside the parcel and you're all set. Have a lovely day!",
    present: ['information', 'caring_close', 'reassurance'],
    flags: [],
  },
  {
    id: 'retail-031',
    industry: I,
    customer: 'I was promised a callback yesterday about my faulty washing machine and nobody called. Again.',
    reply:
      "I'm sorry — being promised a call and then left waiting, again, is really frustrating. That's our mistake. I'll call you myself today between 2 and 4pm about the washing machine. If that time doesn't suit, tell me when does and I'll make it work.",
    present: ['apology', 'acknowledge', 'paraphrase', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'retail-032',
    industry: I,
    customer: 'I was promised a callback yesterday about my faulty washing machine and nobody called. Again.',
    reply:
      'We are currently looking into this and will get back to you as soon as possible. Your call is important to us.',
    present: ['next_step'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-033',
    industry: I,
    customer: "Why was my account suspended? I haven't done anything.",
    reply:
      "I can see how alarming that is. Your account was paused by our fraud check after three payment attempts failed in a row — you haven't done anything wrong. I've lifted the pause, so you can log in again right now.",
    present: ['acknowledge', 'information', 'reassurance'],
    flags: [],
  },
  {
    id: 'retail-034',
    industry: I,
    customer: "Why was my account suspended? I haven't done anything.",
    reply: 'Your account was flagged by our AML and KYC checks. The backend will sync within 24 hours.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'retail-035',
    industry: I,
    customer: 'the jacket zip broke on the first wear. cheap rubbish',
    reply:
      'Sorry, a zip going on the first wear is really disappointing. You can send it back for a full refund, or we can replace it with the newer model that has a metal zip. Which would you like?',
    present: ['apology', 'acknowledge', 'paraphrase', 'options'],
    flags: [],
  },
  {
    id: 'retail-036',
    industry: I,
    customer: 'the jacket zip broke on the first wear. cheap rubbish',
    reply:
      'Zips break when they are forced. If you had followed the care label this would not have happened.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'retail-037',
    industry: I,
    name: 'Ruth',
    customer:
      'Loved the candle so much I want to order 10 for my wedding guests. Can you do a bulk discount?',
    reply:
      "Ruth, congratulations on the wedding! That's lovely to hear. For 10 or more candles we can do 15% off, and we can gift-wrap each one for free. Would you like them in the original lavender, or a mix of scents?",
    present: ['acknowledge', 'information', 'options'],
    flags: [],
  },
  {
    id: 'retail-038',
    industry: I,
    customer: 'Can you tell me if this sofa fits through a 70cm doorway?',
    reply:
      'Good question! The sofa is 82cm deep, but the legs and back cushions come off, which brings it to 68cm. Do you know if the doorway has a turn straight after it?',
    present: ['information', 'question'],
    flags: [],
  },
  {
    id: 'retail-039',
    industry: I,
    customer: "I ordered 3 weeks ago and still nothing. I've emailed twice. Do you even read these??",
    reply:
      "Yes, and I'm sorry it's taken three weeks and two emails to get a real answer. That's not okay. Your order was held because one item went out of stock; I've shipped the rest today and refunded the missing item. You'll have tracking by this evening.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-040',
    industry: I,
    customer: "I ordered 3 weeks ago and still nothing. I've emailed twice. Do you even read these??",
    reply:
      'Yes we do read them, believe it or not. Your order is delayed. Nothing we can do about stock issues.',
    present: ['information'],
    flags: ['agent_tone', 'dismissive', 'personalized'],
  },
  {
    id: 'retail-041',
    industry: I,
    customer: "The size guide said medium but it's huge on me. Annoying.",
    reply:
      "Annoying indeed, sorry! Our sizing on that brand runs large. I can exchange it for a small at no cost, or refund it if you'd prefer to try something else.",
    present: ['apology', 'information', 'options', 'acknowledge'],
    flags: [],
  },
  {
    id: 'retail-042',
    industry: I,
    customer: 'How long does standard delivery take?',
    reply:
      'Standard delivery takes 3-5 working days, and you will get a tracking link by email once it ships.',
    present: ['information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-043',
    industry: I,
    customer: 'I was overcharged for shipping — paid £12 instead of £4.99. Not happy.',
    reply:
      "You're right, you should have paid £4.99. I'm sorry about the mix-up. I've refunded the £7.01 difference today, and it'll reach your card within 3 working days.",
    present: ['apology', 'paraphrase', 'information', 'next_step'],
    flags: ['personalized'],
  },
  {
    id: 'retail-044',
    industry: I,
    customer: 'I was overcharged for shipping — paid £12 instead of £4.99. Not happy.',
    reply:
      'Thank you for reaching out to us. We apologise for any inconvenience this may have caused. We value your feedback and have passed it on to the relevant team. Is there anything else we can help you with today?',
    present: ['apology'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-045',
    industry: I,
    name: 'Dev',
    customer: "My kid's school shoes fell apart after 2 weeks. We can't afford to keep buying new ones.",
    reply:
      "Dev, I'm really sorry — shoes falling apart in two weeks isn't acceptable, and I know money is tight with school costs. I've refunded them in full, and you're welcome to keep the pair. If you'd like a sturdier pair, I can send our Trek model at the same price with free delivery.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'options'],
    flags: [],
  },
  {
    id: 'retail-046',
    industry: I,
    customer: 'Do you ship to Ireland?',
    reply: 'We do! Delivery to Ireland takes 4-6 working days and costs €6.95, or it is free over €60.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'retail-047',
    industry: I,
    customer: "I can't log into my account to track my order, it says password invalid.",
    reply:
      "Let's get you back in. Tap \"Forgot password\" on the login page and we'll email a reset link within a couple of minutes. If it doesn't arrive, check your spam folder. Your order #77120 is out for delivery today in the meantime.",
    present: ['information', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-048',
    industry: I,
    customer: "I can't log into my account to track my order, it says password invalid.",
    reply: 'You are typing the wrong password. Reset it.',
    present: ['information'],
    flags: ['blame', 'personalized'],
  },
  {
    id: 'retail-049',
    industry: I,
    customer:
      'I\'ve been a customer for 10 years and this is how you treat me? My refund has been "processing" for a month.',
    reply:
      "Ten years with us and a month of waiting on a refund — I completely understand why you feel let down, and I'm sorry. I've pushed the refund through manually today, so you'll see the £230 by Thursday. Thank you for sticking with us for so long.",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'retail-050',
    industry: I,
    customer:
      'I\'ve been a customer for 10 years and this is how you treat me? My refund has been "processing" for a month.',
    reply:
      "Well, being a customer for ten years doesn't change how refunds work. It's processing. Calm down and give it a few more days.",
    present: ['information'],
    flags: ['dismissive', 'agent_tone'],
  },
  {
    id: 'retail-051',
    industry: I,
    customer:
      'The lamp I ordered is a slightly different colour from the photos. Not a big deal but a bit disappointed.',
    reply:
      "Thanks for telling us, and sorry it isn't quite the shade you expected. Screens can make that brass look lighter than it is. If you'd like to swap it, returns are free; or keep it and I'll add 10% credit to your account for the hassle.",
    present: ['apology', 'information', 'options', 'paraphrase'],
    flags: [],
  },
  {
    id: 'retail-052',
    industry: I,
    customer: "Is there any way to change the delivery address? I'm moving tomorrow and panicking a bit.",
    reply:
      "Don't worry, there's still time. What's the new address? As long as I have it before 6pm today, I can redirect the parcel and it'll go to your new place instead.",
    present: ['reassurance', 'question', 'information'],
    flags: [],
  },
  {
    id: 'retail-053',
    industry: I,
    customer: "Is there any way to change the delivery address? I'm moving tomorrow and panicking a bit.",
    reply:
      'Address changes are not possible once an order has entered the fulfillment center workflow and the carrier scan has been generated by our WMS.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'retail-054',
    industry: I,
    name: 'Kofi',
    customer:
      "The phone case I ordered doesn't fit my phone, even though the listing said it was compatible.",
    previous: [
      'Hi, thank you for contacting us. We apologise for any inconvenience this may have caused. Please return the item within 30 days for a full refund.',
    ],
    reply:
      'Hi, thank you for contacting us. We apologise for any inconvenience this may have caused. Please return the item within 30 days for a full refund.',
    present: ['apology', 'information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'retail-055',
    industry: I,
    name: 'Kofi',
    customer:
      "The phone case I ordered doesn't fit my phone, even though the listing said it was compatible.",
    reply:
      "Kofi, sorry — our listing said it fits and it doesn't, so that one's on us. Which phone model do you have? I'll send the right case today and you can keep the wrong one.",
    present: ['apology', 'paraphrase', 'question', 'next_step'],
    flags: [],
  },
  {
    id: 'retail-056',
    industry: I,
    customer: 'Thanks for sorting my refund so quickly yesterday, really appreciated.',
    reply: 'Thank you for taking the time to let us know — it made my day! Have a great week.',
    present: ['acknowledge', 'caring_close'],
    flags: ['personalized'],
  },
  {
    id: 'retail-057',
    industry: I,
    customer: "My package says delivered but it's not here. I checked with neighbours.",
    reply:
      "That's so frustrating, especially after checking with your neighbours. The driver's photo shows a blue door — does that match yours? If it's not your house, I'll send a replacement today at no cost.",
    present: ['acknowledge', 'paraphrase', 'question', 'options', 'information'],
    flags: [],
  },
  {
    id: 'retail-058',
    industry: I,
    customer: "My package says delivered but it's not here. I checked with neighbours.",
    reply:
      'Our records show the package was delivered. Clearly it was left at your address, so you need to check again.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'retail-059',
    industry: I,
    customer: 'Can I use two gift cards on one order?',
    reply:
      'Yes — you can add up to three gift cards at checkout. Enter the first code, press Apply, then repeat for the next one.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'retail-060',
    industry: I,
    customer: "I returned the boots 3 weeks ago and haven't had my money back. Getting worried.",
    reply:
      "I can understand why you're worried after three weeks. I've checked, and the boots reached our warehouse on the 4th but the refund wasn't triggered — I'm sorry about that. I've processed the £95 now; you'll get a confirmation email within the hour and the money in 3-5 days.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step'],
    flags: [],
  },
];
