import type { LexiconEntry } from './entry.js';

/** Phrases that are cues for risk: repeat contact, deadlines, threats and sarcasm. */
export const CUE_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'cue.repeat_contact',
    pattern:
      '(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|nth|umpteenth|#th) time ~ (i|im|ive|weve|we|writing|calling|contacting|asking|emailing|reaching|messaging|chatting|this)',
    emotions: { frustration: 0.75 },
    sentiment: -0.5,
    cue: 'repeat_contact',
  },
  {
    id: 'cue.times_contacted',
    pattern:
      '(called|emailed|contacted|phoned|written|wrote|messaged|chatted|asked|complained|rang|reached out) ~ (# times|several times|multiple times|many times|repeatedly|again|twice|already|before|last week|yesterday|every day)',
    emotions: { frustration: 0.7 },
    sentiment: -0.45,
    cue: 'repeat_contact',
  },
  {
    id: 'cue.already_contacted',
    pattern:
      '(already|ive|i have|weve|we have) ~ (called|emailed|contacted|explained|sent|told|reported|asked|raised|submitted|tried)',
    emotions: { frustration: 0.55 },
    sentiment: -0.35,
    cue: 'repeat_contact',
  },
  {
    id: 'cue.how_many_times',
    pattern:
      '(how many times|how many more times|keep having to|have to keep|again and again|for the last time|as i said|as i already said|like i said|as mentioned|i repeat)',
    emotions: { frustration: 0.8, anger: 0.3 },
    sentiment: -0.55,
    cue: 'repeat_contact',
  },
  {
    id: 'cue.ticket_reopen',
    pattern:
      '(another ticket|new ticket again|reopen|reopened|follow up on|following up on|following up again|chasing this|still chasing)',
    emotions: { frustration: 0.55 },
    sentiment: -0.3,
    cue: 'repeat_contact',
  },
  {
    id: 'cue.deadline_by',
    pattern:
      'by|before (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of day|eod|end of the day|end of the week|the weekend|noon|# am|# pm|@time|the #|# am|# pm)',
    emotions: { urgency: 0.55 },
    cue: 'deadline',
  },
  {
    id: 'cue.deadline_within',
    pattern: '(within|in the next) # (hours|hour|days|minutes|hrs|mins|business days|working days)',
    emotions: { urgency: 0.55 },
    cue: 'deadline',
  },
  {
    id: 'cue.deadline_event',
    pattern:
      '(today or|tonight or|tomorrow or|my flight is|flight leaves|leaving tomorrow|rent is due|payment is due|due tomorrow|due today|deadline is|deadline|expires today|expires tomorrow|closing tomorrow|moving tomorrow|tomorrow morning|in an hour|in two hours|is on monday|is on tuesday|is on wednesday|is on thursday|is on friday|is on saturday|is on sunday|is tomorrow|is today)',
    emotions: { urgency: 0.55, anxiety: 0.25 },
    cue: 'deadline',
  },
  {
    id: 'cue.time_pressure',
    pattern:
      '(running out of time|no time|time is running out|every minute|every hour|losing money|losing business|losing customers|business is down|cant work|cannot work|store is closed|customers are waiting|clients are waiting|costing me money|costing us money|costing me business|costing us business|costing me customers|costing us customers|costing me a fortune|costing us a fortune)',
    emotions: { urgency: 0.7, anxiety: 0.3 },
    sentiment: -0.4,
    cue: 'time_pressure',
  },
  {
    id: 'cue.leave',
    pattern:
      '(cancel|cancelling|canceling|close|closing|terminate|terminating|delete|deleting) ~ (my|our|the) ~ (account|subscription|membership|contract|plan|service|order)',
    emotions: { frustration: 0.3 },
    sentiment: -0.3,
    cue: 'threat_to_leave',
  },
  {
    id: 'cue.leave_switch',
    pattern:
      '(switch to|switching to|switching providers|switch providers|move to a competitor|moving to|go elsewhere|going elsewhere|take my business elsewhere|taking my business|find another|finding another|look elsewhere|looking elsewhere|lost a customer|lost me as a customer|done with you|done with this company|youve lost|you have lost|goodbye|unsubscribe|port my number|leaving you)',
    emotions: { anger: 0.35, disappointment: 0.35 },
    sentiment: -0.5,
    cue: 'threat_to_leave',
  },
  {
    id: 'cue.public',
    pattern:
      '(post|posting|posted|share|sharing|write|writing|leave|leaving|put) ~ (review|reviews|twitter|facebook|instagram|tiktok|reddit|yelp|trustpilot|google|online|social media|everyone|publicly|news)',
    emotions: { anger: 0.45 },
    sentiment: -0.5,
    cue: 'threat_to_go_public',
  },
  {
    id: 'cue.public_tell',
    pattern:
      '(tell everyone|tell all my|warn everyone|warn others|let everyone know|go public|going public|media|journalist|press|bbb|better business bureau|one star|1 star|zero stars|0 stars|negative review|bad review|viral)',
    emotions: { anger: 0.45 },
    sentiment: -0.5,
    cue: 'threat_to_go_public',
  },
  {
    id: 'cue.legal',
    pattern:
      '(lawyer|lawyers|attorney|solicitor|sue|suing|lawsuit|legal action|legal|court|small claims|chargeback|charge back|dispute the charge|dispute with my bank|consumer protection|ombudsman|trading standards|regulator|ftc|fcc|cfpb|report you|reporting you|file a complaint|formal complaint|ombudsman)',
    emotions: { anger: 0.6 },
    sentiment: -0.6,
    cue: 'threat_legal',
  },
  {
    id: 'cue.sarcasm_great',
    pattern:
      '(great|perfect|wonderful|fantastic|brilliant|lovely|awesome|terrific|marvelous|marvellous) just (great|perfect|wonderful|fantastic|brilliant|lovely|awesome|terrific|marvelous|marvellous)',
    emotions: { frustration: 0.75 },
    sentiment: -0.9,
    cue: 'sarcasm',
  },
  {
    id: 'cue.sarcasm_thanks_for_bad',
    pattern:
      'thanks|thank (for|you for) (the|your|such|this) terrible|horrible|awful|useless|appalling|rubbish|lousy|pathetic service|help|support|experience|customer',
    emotions: { frustration: 0.7 },
    sentiment: -0.8,
    cue: 'sarcasm',
  },
  {
    id: 'cue.sarcasm_thanks',
    pattern:
      '(thanks for nothing|thanks a lot for nothing|thanks for the help not|yeah right|oh great|oh wonderful|oh perfect|oh fantastic|oh joy|just what i needed|just what i wanted|love that for me|how wonderful|how lovely|real helpful|really helpful not|so helpful not|very helpful not|what a surprise|surprise surprise|slow clap|what a joke|you never disappoint|oh wait|another day another|thanks for the help not|great service not)',
    emotions: { frustration: 0.7 },
    sentiment: -0.8,
    cue: 'sarcasm',
  },
  {
    id: 'cue.leave_never',
    pattern:
      'never (again|order|ordering|buy|buying|use|using|fly|flying|shop|shopping|book|booking|recommend) ~ (again|with you|from you|here|this)',
    emotions: { anger: 0.35, disappointment: 0.35 },
    sentiment: -0.5,
    cue: 'threat_to_leave',
  },
  {
    id: 'cue.leave_never_short',
    pattern:
      '(never again|never flying with you|never ordering from you|never shopping here|never using you|last time i order|last time i use|last time i fly|last time i shop|last time i book)',
    emotions: { anger: 0.35, disappointment: 0.35 },
    sentiment: -0.5,
    cue: 'threat_to_leave',
  },
  {
    id: 'cue.legal_dispute',
    pattern: 'disput* ~ (charge|charges|transaction|payment|bank|card|credit card)',
    emotions: { anger: 0.55 },
    sentiment: -0.55,
    cue: 'threat_legal',
  },
  {
    id: 'cue.sarcasm_not',
    pattern:
      '(helpful|great|wonderful|fantastic|brilliant|amazing|perfect|useful|fast|quick) ~ (support|service|job|work|response|team|help) not',
    emotions: { frustration: 0.7 },
    sentiment: -0.8,
    cue: 'sarcasm',
  },
  {
    id: 'cue.expedite',
    pattern:
      '(expedite|expedited|rush it|rush this|hurry|speed this up|speed it up|any sooner|get it sooner|fast track|fast-track|prioritise|prioritize)',
    emotions: { urgency: 0.65 },
    sentiment: -0.1,
    cue: 'time_pressure',
  },
  {
    id: 'cue.leave_considering',
    pattern:
      '(dont make me leave|do not make me leave|dont make me cancel|dont make me switch|make me leave|thinking of leaving|thinking about leaving|considering leaving|about to leave|ready to leave|going to leave|looking at other|looking for another|shopping around|other options|better deal elsewhere)',
    emotions: { disappointment: 0.45 },
    sentiment: -0.4,
    cue: 'threat_to_leave',
  },
  {
    id: 'cue.loyal',
    pattern:
      '(loyal customer|customer for # ~ years|customer for # ~ yrs|been with you for|years of loyalty)',
    emotions: { disappointment: 0.35 },
    sentiment: -0.1,
  },
  {
    id: 'cue.deadline_event_soon',
    // "The wedding is on Saturday" is pressing; "my wedding is in June" is not.
    pattern: 'wedding|event|surgery|party|funeral is today|tomorrow|tonight|this|on',
    emotions: { urgency: 0.55, anxiety: 0.25 },
    cue: 'deadline',
  },
  {
    id: 'cue.deadline_appointment',
    // A dated event the problem puts at risk ("I have a job interview Wednesday morning").
    pattern:
      '(interview|exam|exams|surgery|operation|funeral|wedding|hearing|court date|appointment) ~ (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    // Below detection alone ("I have an interview on Monday, call after 2pm"); with a failure it is urgent.
    emotions: { urgency: 0.4, anxiety: 0.2 },
    cue: 'deadline',
  },
  {
    id: 'cue.customers_blocked',
    pattern:
      '(customers|clients) (cannot|cant|are unable to|can no longer) (pay|order|book|reach|log in|access)',
    emotions: { urgency: 0.7, frustration: 0.3 },
    sentiment: -0.4,
    cue: 'time_pressure',
  },
  {
    id: 'cue.deadline_travel',
    pattern:
      '(arrive|arriving|leave|leaving|fly|flying|travel|travelling|traveling|check in|checking in|move|moving) (tonight|today|tomorrow|this evening|this afternoon|in the morning)',
    emotions: { urgency: 0.5 },
    cue: 'deadline',
  },
];
