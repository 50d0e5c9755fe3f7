import type { GoldenCase } from './types.js';

const I = 'banking' as const;

/** Banks and payments: cards, fraud, transfers, fees, loans. */
export const BANKING: GoldenCase[] = [
  {
    id: 'banking-001',
    industry: I,
    name: 'Joanna',
    customer: "There are three payments on my card I didn't make. £640 gone. I'm shaking.",
    reply:
      "Joanna, I'm so sorry — finding £640 of payments you didn't make is frightening. You're protected: I've frozen the card so nothing else can go out, and I've raised a fraud claim for all three payments. The £640 will be back in your account within 24 hours, and a new card will arrive by Thursday.",
    present: ['apology', 'acknowledge', 'paraphrase', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-002',
    industry: I,
    customer: "There are three payments on my card I didn't make. £640 gone.",
    reply: 'Please call our fraud department on the number on the back of your card.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-003',
    industry: I,
    customer: "What's the interest rate on your easy-access savings account?",
    reply:
      'The easy-access saver pays 4.1% AER, variable, and you can withdraw any time without losing interest.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'banking-004',
    industry: I,
    customer:
      "I was charged a £25 overdraft fee because your app was down and I couldn't move money in time.",
    reply:
      "That's really unfair — our app being down is exactly why you couldn't move the money, so the fee shouldn't stand. I'm sorry. I've refunded the £25 today.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-005',
    industry: I,
    customer:
      "I was charged a £25 overdraft fee because your app was down and I couldn't move money in time.",
    reply:
      'Fees are charged automatically when the account goes overdrawn. You should have kept sufficient funds in your account.',
    present: ['information'],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'banking-006',
    industry: I,
    customer: 'My mortgage application has been "in review" for 5 weeks. We\'re going to lose the house.',
    reply:
      "I can hear how worried you are, and five weeks is far too long when the house is on the line. I'm sorry. I've spoken to the underwriter: they need one more payslip, and once it's in, they'll give a decision within 48 hours. Could you upload it today? I'll personally chase it the moment it lands.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'question', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'banking-007',
    industry: I,
    customer: 'My mortgage application has been "in review" for 5 weeks.',
    reply:
      'Your application is currently in the underwriting queue pending KYC and AML checks. We will revert in due course.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'canned', 'personalized'],
  },
  {
    id: 'banking-008',
    industry: I,
    customer: 'How do I set up a standing order?',
    reply:
      'In the app, tap Payments, then Standing orders, then the plus sign. Enter the payee, amount and start date, and confirm with your PIN.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'banking-009',
    industry: I,
    customer:
      "My card was declined at the supermarket in front of everyone. So embarrassing. There's money in the account!",
    reply:
      "That's so embarrassing, and I'm really sorry it happened. Your card was blocked by our fraud system because the shop's terminal looked unusual — not because of anything you did. I've unblocked it, so it will work straight away. If you'd like fewer checks on local shops, I can add this one to your trusted list.",
    present: ['acknowledge', 'apology', 'information', 'reassurance', 'options'],
    flags: [],
  },
  {
    id: 'banking-010',
    industry: I,
    customer: "My card was declined at the supermarket. There's money in the account!",
    reply: 'Transactions may be declined for security reasons. We cannot disclose the reason.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-011',
    industry: I,
    name: 'Mr Okafor',
    customer: 'I sent £2,000 to the wrong account by mistake. Please help, it was my rent money.',
    reply:
      "Mr Okafor, I understand how frightening it is when it's your rent money. We'll do everything we can. I've started a recovery request with the receiving bank today; they usually reply within 10 working days. In the meantime, could you tell me when your rent is due? If it's sooner, I can look at a short-term option to cover it.",
    present: ['acknowledge', 'reassurance', 'information', 'next_step', 'question', 'options'],
    flags: [],
  },
  {
    id: 'banking-012',
    industry: I,
    customer: 'I sent £2,000 to the wrong account by mistake. Please help, it was my rent money.',
    reply:
      'You entered the wrong account details so this is your responsibility. We cannot reverse the payment.',
    present: ['information'],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'banking-013',
    industry: I,
    customer: 'When will my new card arrive?',
    reply:
      "Your new card was posted on Monday, so it should arrive by Friday. If it hasn't come by then, let me know and I'll send another.",
    present: ['information', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'banking-014',
    industry: I,
    customer: 'You closed my account without telling me. My salary was supposed to go in today!',
    reply:
      "I'm really sorry — having your account closed without warning on payday is alarming. It was closed in error after a mismatch on your address check. I've reopened it, so today's salary will land as normal by 5pm, and I've cleared the mismatch so it can't happen again.",
    present: ['apology', 'acknowledge', 'paraphrase', 'information', 'next_step', 'reassurance'],
    flags: [],
  },
  {
    id: 'banking-015',
    industry: I,
    customer: 'You closed my account without telling me. My salary was supposed to go in today!',
    reply:
      'We are not obliged to give a reason for closing accounts. Please refer to our terms and conditions.',
    present: [],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'banking-016',
    industry: I,
    customer: 'Can I increase my credit card limit?',
    reply:
      "You can. Which limit did you have in mind? You can request up to £5,000 in the app under Card > Limit, and we'll give you a decision within a few minutes.",
    present: ['question', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-017',
    industry: I,
    customer: "My husband died last month. I don't know what to do with his accounts. I'm overwhelmed.",
    reply:
      "I'm so sorry for your loss. Of course you feel overwhelmed — there's no rush, and we'll take this one step at a time. I'll be your single contact. First, when you feel able, could you send a copy of the death certificate? After that, I'll explain your options for each account. Please take care of yourself.",
    present: ['acknowledge', 'apology', 'reassurance', 'question', 'next_step', 'caring_close'],
    flags: [],
  },
  {
    id: 'banking-018',
    industry: I,
    customer: "My husband died last month. I don't know what to do with his accounts.",
    reply:
      'Please complete the bereavement form and submit it with the death certificate and grant of probate. Processing takes 15 working days.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-019',
    industry: I,
    customer: "The transfer I made yesterday hasn't arrived at the other bank. I'm starting to worry.",
    reply:
      "It's understandable to worry when money goes missing overnight. Your transfer of €1,200 left us yesterday at 4:12pm and is with the receiving bank now. International transfers can take up to 2 working days, so it should land by tomorrow. Would you like me to send you the payment reference for them?",
    present: ['acknowledge', 'paraphrase', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-020',
    industry: I,
    customer: "The transfer I made yesterday hasn't arrived at the other bank.",
    reply: 'Payments are subject to settlement times and the ledger balance will update upon posting.',
    present: ['information'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'banking-021',
    industry: I,
    customer:
      "Your branch in Leeds is closing and I can't use online banking. How am I supposed to bank now?",
    reply:
      "I'm sorry — losing your branch is a real worry when online banking isn't for you. You still have two good options: the Post Office on Briggate can do deposits and withdrawals for your account, or you can bank by phone with a real person on 0345 600 1234. I can also arrange for our community banker to visit you to get set up. Which would suit you?",
    present: ['apology', 'acknowledge', 'paraphrase', 'options', 'information'],
    flags: [],
  },
  {
    id: 'banking-022',
    industry: I,
    customer: "Your branch in Leeds is closing and I can't use online banking.",
    reply: 'Honestly, everyone banks online these days. It is not that hard to learn.',
    present: [],
    flags: ['dismissive', 'agent_tone', 'personalized'],
  },
  {
    id: 'banking-023',
    industry: I,
    customer: 'Thank you for helping me set up my first business account, the process was so easy!',
    reply:
      "That's brilliant to hear — congratulations on the new business! Wishing you every success, and we're here whenever you need us.",
    present: ['acknowledge', 'caring_close'],
    flags: ['personalized'],
  },
  {
    id: 'banking-024',
    industry: I,
    customer: "Why is there a pending transaction for £1 from a hotel I haven't stayed at yet?",
    reply:
      "Good question — that £1 is a temporary check the hotel makes to confirm your card is valid. It isn't a charge, and it disappears within 3 days.",
    present: ['information', 'reassurance'],
    flags: [],
  },
  {
    id: 'banking-025',
    industry: I,
    customer: "Why is there a pending transaction for £1 from a hotel I haven't stayed at yet?",
    reply: 'This is a pre-authorisation hold placed by the merchant. It will drop off after settlement.',
    present: ['information', 'next_step'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'banking-026',
    industry: I,
    customer: "I've been on hold for 45 minutes trying to report my stolen card!!! Is anyone there?",
    reply:
      "I'm here, and I'm so sorry you waited 45 minutes with a stolen card. I've cancelled the card now, so it can't be used. Have you noticed any payments you don't recognise? A replacement will reach you within 3 working days.",
    present: ['apology', 'paraphrase', 'reassurance', 'question', 'next_step', 'information'],
    flags: [],
  },
  {
    id: 'banking-027',
    industry: I,
    customer: "I've been on hold for 45 minutes trying to report my stolen card!!! Is anyone there?",
    reply: 'Due to high call volumes, wait times are longer than usual. Your call is important to us.',
    present: ['information'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'banking-028',
    industry: I,
    customer: "I'm struggling to make my loan repayments since I lost my job. I don't know what to do.",
    reply:
      "Thank you for telling us — I know that can't have been easy, and losing your job is a really hard time. You're not alone in this. We can pause your repayments for 3 months, or lower them to an amount you can manage. Could we book a call this week to go through what would help most?",
    present: ['acknowledge', 'reassurance', 'options', 'question', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-029',
    industry: I,
    customer: "I'm struggling to make my loan repayments since I lost my job.",
    reply:
      'Missed payments will affect your credit file and may result in additional charges. Please ensure payments are made on time.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-030',
    industry: I,
    customer: 'Do you charge fees for using my card abroad?',
    reply:
      "Not on our Travel account — no fees for spending or withdrawing abroad. On the Standard account it's 2.75% per transaction. Which one do you have? I can check for you.",
    present: ['information', 'question'],
    flags: [],
  },
  {
    id: 'banking-031',
    industry: I,
    customer: 'I got a text saying my account is locked and to click a link. Is this you?',
    reply:
      "Well spotted for checking — that text isn't from us, and your account isn't locked. We never send links asking you to log in. Please don't click it; forward the text to 7726 so it can be blocked. Your money is safe.",
    present: ['information', 'reassurance'],
    flags: [],
  },
  {
    id: 'banking-032',
    industry: I,
    customer:
      "Your app keeps asking me to verify my identity every single time I log in. It's driving me mad.",
    reply:
      'That would drive me mad too. It happens when the app can\'t remember your device, usually after an update. Go to Settings > Security > Trusted devices and tap "Trust this device", and it\'ll stop asking.',
    present: ['acknowledge', 'information', 'paraphrase'],
    flags: [],
  },
  {
    id: 'banking-033',
    industry: I,
    customer: 'Your app keeps asking me to verify my identity every single time I log in.',
    reply: 'This is for your security. It is not our fault if your phone settings are wrong.',
    present: ['information'],
    flags: ['agent_tone', 'blame', 'personalized'],
  },
  {
    id: 'banking-034',
    industry: I,
    name: 'Anita',
    customer: "I want to close my account. 20 years with you and you've treated me terribly this year.",
    reply:
      "Anita, I'm sorry to hear this. Twenty years is a long time, and I'd hate for it to end like this. Would you tell me what went wrong this year? If you still want to close it afterwards, I'll do it straight away and move your balance wherever you'd like.",
    present: ['apology', 'question', 'next_step', 'paraphrase', 'options'],
    flags: [],
  },
  {
    id: 'banking-035',
    industry: I,
    customer: 'I want to close my account.',
    reply:
      "I can help with that. Could you tell me where you'd like the remaining balance sent? Once I have the account details, I'll close it and send you written confirmation within 5 working days.",
    present: ['question', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-036',
    industry: I,
    customer: 'I was scammed by someone pretending to be your fraud team. They took my savings. £8,000.',
    reply:
      "I'm so sorry. Being targeted by someone pretending to be us is a horrible thing to go through, and it isn't your fault — these criminals are very convincing. I've opened a scam claim for the £8,000 and a specialist will call you tomorrow by 11am. Under the reimbursement code, most customers in your situation get their money back.",
    present: ['apology', 'acknowledge', 'paraphrase', 'reassurance', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-037',
    industry: I,
    customer: 'I was scammed by someone pretending to be your fraud team. They took my savings.',
    reply:
      'You authorised the payments yourself, so we are unable to help. You were warned not to share your codes.',
    present: ['information'],
    flags: ['blame', 'dismissive', 'personalized'],
  },
  {
    id: 'banking-038',
    industry: I,
    customer: 'What documents do I need to open a joint account?',
    reply:
      'You will both need photo ID (passport or driving licence) and a proof of address dated within 3 months, such as a utility bill.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'banking-039',
    industry: I,
    customer: 'My direct debit to the council bounced and now I have a late fee from them. Why did it fail??',
    reply:
      "I'm sorry, that's really stressful. The payment failed because of a fault on our side on the 2nd, which hit a small number of accounts. It wasn't your fault. I've re-sent the payment today and I'll write to the council confirming the error, so they should remove the fee. If they don't, send me their letter and we'll refund it.",
    present: ['apology', 'acknowledge', 'information', 'reassurance', 'next_step', 'options'],
    flags: [],
  },
  {
    id: 'banking-040',
    industry: I,
    customer: 'My direct debit to the council bounced. Why did it fail??',
    reply: 'There were insufficient funds at the time of the collection. Please ensure funds are available.',
    present: ['information'],
    flags: ['personalized'],
  },
  {
    id: 'banking-041',
    industry: I,
    customer: "Can you explain the difference between your two ISAs? I'm a bit confused.",
    reply:
      "Of course — they're easy to mix up. The Cash ISA pays fixed interest and your money can't fall in value. The Stocks ISA invests in funds, so it can grow more, but can also go down. Are you thinking of saving for a few years, or longer?",
    present: ['acknowledge', 'information', 'question', 'reassurance'],
    flags: [],
  },
  {
    id: 'banking-042',
    industry: I,
    customer: "I've asked three times to update my address and letters still go to the old one. Sick of it.",
    reply:
      "Three requests and still wrong letters — I'd be sick of it too, and I'm sorry. I've found why: the change was saved on your savings account but not your current account. Both are updated now, and I've checked every product you hold. Future letters will go to 14 Mill Lane.",
    present: ['acknowledge', 'paraphrase', 'apology', 'information', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-043',
    industry: I,
    customer: "I've asked three times to update my address and letters still go to the old one.",
    reply:
      'Hello. As I have mentioned before, address changes take up to 10 working days. Thank you for your patience.',
    present: ['information', 'caring_close'],
    flags: ['dismissive', 'canned', 'personalized'],
  },
  {
    id: 'banking-044',
    industry: I,
    customer: 'Is my money safe if your bank goes bust?',
    reply:
      'Yes — deposits are protected up to £85,000 per person by the Financial Services Compensation Scheme, so savings up to that amount are safe even if the bank fails.',
    present: ['reassurance', 'information'],
    flags: [],
  },
  {
    id: 'banking-045',
    industry: I,
    customer: 'You refused my loan with no explanation. I have a good salary. Insulting.',
    reply:
      "I understand why that feels insulting, especially with a good income. The decision came from your credit file showing a missed payment from 2022, not your salary. You can ask the credit agency to correct it if it's wrong, and you're welcome to reapply in 3 months. Would it help if I sent you a free copy of the report?",
    present: ['acknowledge', 'information', 'options'],
    flags: [],
  },
  {
    id: 'banking-046',
    industry: I,
    customer: 'You refused my loan with no explanation.',
    reply: 'We are not required to explain credit decisions. The decision is final.',
    present: ['information'],
    flags: ['dismissive', 'personalized'],
  },
  {
    id: 'banking-047',
    industry: I,
    customer: 'How long does a cheque take to clear?',
    reply: 'Cheques paid in before 3pm clear by 11:59pm the next working day.',
    present: ['information'],
    flags: [],
  },
  {
    id: 'banking-048',
    industry: I,
    customer: "My debit card snapped in half. Can I get a new one quickly? I'm travelling Friday.",
    reply:
      "Definitely. I've ordered a replacement by express post, so it will arrive by Wednesday — in time for Friday. Your card details stay the same, so nothing needs updating. Safe travels!",
    present: ['information', 'next_step', 'reassurance', 'caring_close'],
    flags: [],
  },
  {
    id: 'banking-049',
    industry: I,
    customer: 'My debit card snapped in half. Can I get a new one quickly?',
    reply:
      'Thank you for contacting us. We have received your request. A new card will be issued in due course.',
    present: ['next_step'],
    flags: ['canned', 'personalized'],
  },
  {
    id: 'banking-050',
    industry: I,
    customer:
      "The chatbot told me my transfer was done but it wasn't. Now I've missed a payment to my landlord.",
    reply:
      "I'm really sorry — the chatbot told you the transfer was done when it wasn't, and now your landlord payment is late. That's our error. I've sent the transfer now, and I can write a letter to your landlord explaining it was our fault. Shall I email it to you today?",
    present: ['apology', 'paraphrase', 'information', 'options', 'next_step'],
    flags: [],
  },
  {
    id: 'banking-051',
    industry: I,
    customer: 'Why did my credit score drop after I checked my eligibility with you??',
    reply:
      "That's worrying to see, but the good news is our eligibility check uses a soft search, which can't affect your score. The drop will have come from something else on your file, like a new card or a higher balance. Could you tell me which credit agency's app you use? I can point you to where it shows the reason.",
    present: ['acknowledge', 'reassurance', 'information', 'question'],
    flags: [],
  },
  {
    id: 'banking-052',
    industry: I,
    customer: "I'd like to order some euros for collection.",
    reply:
      'Happy to. How much would you like, and which branch should we send it to? Orders placed before 2pm are ready to collect the next day.',
    present: ['question', 'information'],
    flags: [],
  },
  {
    id: 'banking-053',
    industry: I,
    customer: 'Your advisor was so patient with my dad who has dementia. Just wanted to say thanks.',
    reply:
      "Thank you so much for letting us know — it means a lot. I'll pass this on to her and her manager. I hope your dad is keeping well.",
    present: ['next_step', 'caring_close'],
    flags: ['personalized'],
  },
  {
    id: 'banking-054',
    industry: I,
    customer: 'My account was debited twice for the same payment of €230. I need that money back now.',
    reply:
      "You're right — €230 went out twice, and I'm sorry. The duplicate was a processing error on our side. I've reversed it and the money is back in your account now; it will show as \"Reversal\" on your statement.",
    present: ['paraphrase', 'apology', 'information'],
    flags: [],
  },
  {
    id: 'banking-055',
    industry: I,
    customer: 'My account was debited twice for the same payment of €230.',
    reply:
      'Duplicate debits are typically caused by the merchant. Please contact the merchant for a chargeback or wait for the ACH return.',
    present: ['information', 'options'],
    flags: ['jargon', 'personalized'],
  },
  {
    id: 'banking-056',
    industry: I,
    customer: 'can i pay in cash at the post office',
    reply:
      "Yes, you can. Take your debit card or a paying-in slip to any Post Office counter; it's free, up to £1,000 a day.",
    present: ['information'],
    flags: [],
  },
  {
    id: 'banking-057',
    industry: I,
    customer:
      "I'm being chased by your debt collectors for a debt I already paid off last year. Feel harassed.",
    reply:
      "Being chased for a debt you've already paid is upsetting, and I'm so sorry. I've stopped all collection activity on your account today, so the calls will stop. Could you send me your proof of payment, or the date you paid? I'll confirm the balance is zero in writing by Friday.",
    present: ['acknowledge', 'paraphrase', 'apology', 'reassurance', 'question', 'next_step', 'information'],
    flags: [],
  },
  {
    id: 'banking-058',
    industry: I,
    customer: "I'm being chased by your debt collectors for a debt I already paid off last year.",
    reply: 'Our records show an outstanding debit balance. You must have missed the final payment.',
    present: ['information'],
    flags: ['blame', 'jargon', 'personalized'],
  },
  {
    id: 'banking-059',
    industry: I,
    customer: "My savings interest wasn't paid this month.",
    reply:
      "Sorry about that. This month's interest was delayed by a system update and will be paid by tomorrow, backdated, so you won't lose anything.",
    present: ['apology', 'information', 'next_step', 'reassurance'],
    flags: ['personalized'],
  },
  {
    id: 'banking-060',
    industry: I,
    customer:
      "I opened an account for my daughter's 18th birthday and the welcome bonus never appeared. A bit disappointed.",
    reply:
      "What a lovely gift for her 18th — and I'm sorry the bonus didn't show. It needs the first deposit of £50 to trigger, and her account had £40 paid in. If you top it up with £10, the £25 bonus will be added within 3 days. Please wish her a happy birthday from us!",
    present: ['acknowledge', 'apology', 'paraphrase', 'information', 'next_step', 'caring_close', 'options'],
    flags: [],
  },
];
