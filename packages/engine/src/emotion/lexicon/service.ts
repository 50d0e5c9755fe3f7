import type { LexiconEntry } from './entry.js';

/** Service failures: plain statements that are negative experiences even without emotion words. */
export const SERVICE_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'cx.still_waiting',
    pattern:
      'still waiting|wating|not|no|nothing|havent|hasnt|didnt|dont|cant|unresolved|broken|charging|missing|pending',
    emotions: { frustration: 0.75 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.been_waiting',
    pattern: 'been waiting|trying|chasing',
    emotions: { frustration: 0.7 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.waiting_for',
    pattern: 'waiting ~ for|since # ~ days|weeks|months|hours',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.waited',
    pattern: 'waited # ~ minutes|hours|days|weeks|mins|hrs',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.on_hold',
    pattern: 'on|kept hold',
    emotions: { frustration: 0.65 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.put_on_hold',
    pattern: 'put|placed|left me on hold',
    emotions: { frustration: 0.65 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.no_answer',
    pattern:
      '(no one|nobody|noone) ~ answers|answered|answering|responds|responded|replies|replied|returns|returned|helps|helped|picks|picked|gets|got|calls|called|cares',
    emotions: { frustration: 0.8, anger: 0.3 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.no_response',
    pattern: 'no response|reply|answer|callback|update|word|follow-up|followup',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.never_heard',
    pattern: 'never heard|got|received back|anything',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.not_received',
    pattern:
      'havent|hasnt|didnt|never|not|still|yet ~ received|receive|arrived|arrive|delivered|shipped|come|came|gotten|showed|refunded|credited',
    emotions: { frustration: 0.7, disappointment: 0.3 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.where_is',
    pattern: '(where is|wheres) my',
    emotions: { frustration: 0.5, urgency: 0.3 },
    sentiment: -0.4,
    cue: 'service_failure',
  },
  {
    id: 'cx.charged_twice',
    pattern: 'charged|billed|debited|taken ~ (twice|double|two times|again|wrong|without)',
    emotions: { anger: 0.55, frustration: 0.6 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.double_charged',
    pattern: 'double charged|billed|charge|charging|billing',
    emotions: { anger: 0.55, frustration: 0.6 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.overcharged',
    pattern:
      '(overcharged|overcharging|overbilled|unauthorized|unauthorised|fraudulent|hidden fees|hidden charges)',
    emotions: { anger: 0.6, frustration: 0.5 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.took_money',
    pattern: 'took|taken|stole|keep|kept ~ my money',
    emotions: { anger: 0.65 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.no_refund',
    pattern: 'no|still|without|never ~ refund*',
    emotions: { frustration: 0.7, anger: 0.3 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.refund_not',
    pattern: 'refund ~ not|never|still|hasnt|havent|denied|rejected|refused',
    emotions: { frustration: 0.6 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.cancelled_flight',
    pattern:
      '(cancelled|canceled|delayed|overbooked|missed) ~ flight|train|connection|booking|reservation|appointment|order|delivery|tour|trip|holiday|cruise|event|class|surgery',
    emotions: { frustration: 0.65, disappointment: 0.4 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.flight_cancelled',
    pattern:
      'flight|train|bus|order|booking|reservation|appointment|delivery|package|parcel|luggage|bag|suitcase|tour|trip|holiday|cruise|excursion|event|concert|show|class|course|lesson|surgery|visit|stay ~ (was|is|got|been|were|are|has|have) cancelled|canceled|delayed|lost|missing|stolen|damaged|late',
    emotions: { frustration: 0.65, disappointment: 0.4 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.delayed_by',
    pattern: 'delayed|late ~ # ~ hours|hrs|days|weeks|times|again',
    emotions: { frustration: 0.65 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.lost_item',
    pattern: 'lost my|our luggage|bag|bags|package|parcel|order|suitcase|data|files|account|money',
    emotions: { frustration: 0.6, anxiety: 0.4 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.wrong_item',
    pattern: 'wrong item|size|order|product|color|colour|address|amount|part|bill|invoice|charge',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.arrived_broken',
    pattern:
      '(arrived|came|showed up|delivered) ~ damaged|broken|cracked|smashed|defective|faulty|dead|opened|empty|late|incomplete|torn|crushed|squashed|dented|melted|leaking|mouldy|moldy|stale|soggy|wet|spoiled|cold',
    emotions: { disappointment: 0.6, frustration: 0.4 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.not_working',
    pattern:
      'doesnt|dont|didnt|isnt|wont|cant|not|never work|working|works|load|loading|open|connect|start|turn|charge|sync|respond',
    emotions: { frustration: 0.65 },
    sentiment: -0.55,
    cue: 'service_failure',
  },
  {
    // One word may sit between ("won't even start"), but not a clause: "don't know where to start"
    // is someone lost, not a device failing.
    id: 'cx.not_working_gap',
    pattern:
      'doesnt|didnt|isnt|wont|cant|never even|still|always|properly|really|seem|seems work|working|works|load|loading|open|connect|start|turn|charge|sync|respond',
    emotions: { frustration: 0.65 },
    sentiment: -0.55,
    cue: 'service_failure',
  },
  {
    id: 'cx.stopped_working',
    pattern: 'stopped|stops|quit ~ working|responding|charging|loading',
    emotions: { frustration: 0.65 },
    sentiment: -0.55,
    cue: 'service_failure',
  },
  {
    id: 'cx.broken',
    pattern:
      '(broken|broke|crashes|crashing|crashed|glitchy|glitching|buggy|freezes|freezing|down again|keeps crashing|error message)',
    emotions: { frustration: 0.55 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.cant_login',
    pattern: '(cant|cannot|unable to|couldnt) ~ log|login|sign|access|reach|get|contact|find|reset',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.locked_out',
    pattern: '(locked out|blocked my|suspended|deactivated|closed my|froze my)',
    emotions: { frustration: 0.55, anxiety: 0.45 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.disconnected',
    pattern:
      '(hung up on me|cut off|cut us off|cut me off|disconnected|transferred ~ again|transferred # times|transferred around)',
    emotions: { frustration: 0.7, anger: 0.3 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.runaround',
    pattern:
      '(runaround|run around|passed around|bounced around|going in circles|same answer|copy paste|scripted response|canned response)',
    emotions: { frustration: 0.8 },
    sentiment: -0.65,
    cue: 'service_failure',
  },
  {
    id: 'cx.broken_promise',
    pattern:
      '(you promised|they promised|was promised|were promised|told me it would|assured me|supposed to be|was supposed to|were supposed to)',
    emotions: { frustration: 0.5, disappointment: 0.5 },
    sentiment: -0.4,
    cue: 'service_failure',
  },
  {
    id: 'cx.nobody_helps',
    pattern:
      '(nobody|no one|noone) ~ (can|will|would|could|seems|knows|wants|is able|bothered|told|tells|helped|help|explains|explained)',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.waste_of_time',
    pattern: 'waste|wasted|wasting ~ time|money|hours|day',
    emotions: { frustration: 0.75, anger: 0.3 },
    sentiment: -0.7,
  },
  {
    id: 'cx.worst',
    pattern:
      '(worst|terrible|horrible|awful|appalling|atrocious|pathetic|useless|unacceptable|ridiculous|disgraceful|shameful|incompetent|incompetence|a joke|scam|rip off|ripoff|garbage|rubbish)',
    emotions: { anger: 0.6, frustration: 0.4 },
    sentiment: -0.8,
  },
  {
    id: 'cx.poor',
    pattern:
      'poor|bad|slow|rude|unhelpful|unprofessional|careless|sloppy ~ service|support|experience|response|quality|communication|agent|staff',
    emotions: { disappointment: 0.5, frustration: 0.4 },
    sentiment: -0.6,
  },
  {
    id: 'cx.no_one_cares',
    pattern: '(dont|doesnt|do not|does not) care|listen',
    emotions: { frustration: 0.6, anger: 0.3 },
    sentiment: -0.6,
  },
  {
    id: 'cx.fed_up',
    pattern: '(fed up|sick of|tired of|had enough|done with|over it|wits end|last straw|enough is enough)',
    emotions: { frustration: 0.85, anger: 0.35 },
    sentiment: -0.75,
  },
  {
    id: 'cx.keeps_happening',
    pattern:
      '(again and again|every time|over and over|every single time|yet again|once again|happened again|same problem|same issue)',
    emotions: { frustration: 0.6 },
    sentiment: -0.4,
  },
  {
    id: 'cx.still_not_fixed',
    pattern: 'still ~ (broken|happening|an issue|a problem|the same|unresolved|open)',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
  },
  {
    id: 'cx.no_fix',
    pattern:
      '(not fixed|not resolved|not solved|wasnt fixed|wasnt resolved|hasnt been fixed|hasnt been resolved|never fixed|never resolved|nothing has changed|nothing changed|nothing happened)',
    emotions: { frustration: 0.75 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.expected_better',
    pattern:
      '(expected better|expected more|let down|let me down|not what i expected|not as described|not worth|false advertising|misleading)',
    emotions: { disappointment: 0.8 },
    sentiment: -0.6,
  },
  {
    id: 'cx.outage',
    pattern:
      '(no internet|no signal|no power|no service|no wifi|no connection|no water|no heat|no hot water|outage)',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.missing',
    pattern: '(missing|never came|didnt come|didnt show|no show|never showed|stood up)',
    emotions: { frustration: 0.55, disappointment: 0.35 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.was_broken',
    pattern:
      '(is|was|are|were) (damaged|broken|cracked|smashed|defective|faulty|torn|crushed|squashed|dented|mouldy|moldy)',
    emotions: { disappointment: 0.5, frustration: 0.4 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.not_replied',
    pattern:
      '(not|hasnt|havent|didnt|never|wont|doesnt|dont|still not) ~ (replied|responded|answered|called back|got back|returned|reply|respond|answer|call back|get back)',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.delay',
    pattern:
      '(another|long|huge|endless|# hour|# hours|# day|# days|# week|hour long|more) ~ (delay|delays|wait|outage|error|problem|issue|excuse)',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.is_down',
    pattern: '(is|has been|been|are|was|were|went|still|keeps going|goes|is still) down',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.losing_money',
    pattern:
      '(costing me|costing us|cost me|lost|losing|lose) ~ (money|business|customers|sales|revenue|income|a days pay|work)',
    emotions: { frustration: 0.45, anxiety: 0.35, urgency: 0.35 },
    sentiment: -0.5,
  },
  {
    id: 'cx.price_rise',
    pattern:
      '(bill|price|fee|fees|premium|rate|charge|subscription|payment) ~ (went up|gone up|increased|doubled|tripled|jumped|higher)',
    emotions: { anger: 0.4, frustration: 0.5 },
    sentiment: -0.5,
  },
  {
    id: 'cx.charged_for',
    pattern:
      '(charged|billed|debited|renewed|took money) ~ (after|even though|despite|although|without) ~ (cancel*|asking|permission|consent|agreeing|notice)',
    emotions: { anger: 0.65, frustration: 0.5 },
    sentiment: -0.7,
    cue: 'service_failure',
  },
  {
    id: 'cx.charged_me',
    pattern: '(you|they) (charged|billed|debited) (me|us)',
    emotions: { frustration: 0.45, anger: 0.3 },
    sentiment: -0.45,
  },
  {
    id: 'cx.declined',
    pattern: '(card|payment|transfer|transaction) ~ (declined|rejected|bounced|failed|blocked|reversed)',
    emotions: { frustration: 0.55 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.how_you_treat',
    pattern:
      '(this is how you treat|is this how you treat|how you treat your|treated like|treat your customers)',
    emotions: { anger: 0.7, disappointment: 0.4 },
    sentiment: -0.7,
  },
  {
    id: 'cx.not_what_paid',
    pattern: '(not what i paid for|not what i ordered|not what we paid for|paid for nothing)',
    emotions: { disappointment: 0.7, frustration: 0.4 },
    sentiment: -0.6,
  },
  {
    id: 'cx.home_emergency',
    pattern:
      '(flooded|flooding|burst pipe|gas leak|house fire|fire damage|break-in|broken into|was stolen|were stolen|no heating|power cut|leaking roof|water leak)',
    emotions: { anxiety: 0.6, urgency: 0.45 },
    sentiment: -0.5,
  },
  {
    id: 'cx.vulnerable',
    // Someone who depends on the service: an outage for them is urgent, not an inconvenience.
    pattern:
      '(newborn|new baby|baby at home|lives alone|relies on it|relies on the|depends on it|elderly mother|elderly father|elderly parent|medical equipment|oxygen|dialysis|insulin|pregnant)',
    // Below detection alone (a nervous parent asking a question is not urgent); with an outage it is.
    emotions: { urgency: 0.35, anxiety: 0.35 },
    sentiment: -0.2,
  },
  {
    id: 'cx.stranded',
    pattern:
      '(nowhere to stay|nowhere to sleep|stranded|stuck at the airport|stuck at the station|stuck abroad)',
    emotions: { urgency: 0.6, anxiety: 0.45 },
    sentiment: -0.5,
  },
  {
    id: 'cx.does_nothing',
    pattern: '(does|did|do|button does|link does) nothing',
    emotions: { frustration: 0.55 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.no_explanation',
    pattern:
      'no|without (explanation|apology|apologies|help|compensation|notice|warning|reason|update|updates|information|info)',
    emotions: { frustration: 0.6 },
    sentiment: -0.5,
    cue: 'service_failure',
  },
  {
    id: 'cx.time_waiting',
    pattern:
      '# (minutes|mins|hours|hrs|days|weeks|months|years) ~ (waiting|wait|of waiting|chasing|on hold|trying|later|and counting|and still)',
    emotions: { frustration: 0.7 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
  {
    id: 'cx.waiting_for_thing',
    pattern:
      '(waiting|waited|wait) (for|on) (my|a|the|your|our) (refund|reply|response|callback|answer|money|order|package|parcel|delivery|engineer|technician|replacement|repair|credit)',
    emotions: { frustration: 0.55 },
    sentiment: -0.45,
    cue: 'service_failure',
  },
  {
    id: 'cx.keeps_failing',
    pattern:
      '(keeps|keep|kept|still) (buffering|crashing|freezing|failing|dropping|disconnecting|logging me out|charging me|happening|breaking|declining|rejecting|timing out|lagging|loading)',
    emotions: { frustration: 0.65 },
    sentiment: -0.55,
    cue: 'service_failure',
  },
  {
    id: 'cx.complaint',
    pattern: '(complain|complaint|complaining|complained)',
    emotions: { frustration: 0.5, disappointment: 0.3 },
    sentiment: -0.5,
  },
  {
    id: 'cx.want_money_back',
    pattern:
      '(refund me|want my money back|give me my money back|want a refund|demand a refund|i want a full refund|money back now)',
    emotions: { frustration: 0.55, anger: 0.25 },
    sentiment: -0.5,
  },
  {
    id: 'cx.thing_cancelled',
    pattern:
      'flight|train|bus|order|booking|reservation|appointment|delivery|package|parcel|luggage|bag|suitcase|slot|date|window (cancelled|canceled|delayed|lost|missing|stolen|damaged)',
    emotions: { frustration: 0.65, disappointment: 0.4 },
    sentiment: -0.6,
    cue: 'service_failure',
  },
];
