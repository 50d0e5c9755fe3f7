import type { LexiconEntry } from './entry.js';

/** Words customers use to say how they feel, mapped to the ten customer-service emotions. */
export const FEELINGS_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'feel.anger',
    pattern:
      '(furious|livid|outraged|enraged|irate|fuming|infuriated|infuriating|outrageous|disgusted|disgusting|appalled|pissed|angry|mad as hell|so mad|beyond angry)',
    emotions: { anger: 0.85 },
    sentiment: -0.8,
  },
  {
    id: 'feel.anger_phrase',
    pattern:
      '(how dare you|shame on you|screw you|to hell with|absolutely ridiculous|this is insane|unbelievable)',
    emotions: { anger: 0.75 },
    sentiment: -0.7,
  },
  {
    id: 'feel.frustration',
    pattern:
      '(frustrated|frustrating|frustration|annoyed|annoying|irritated|irritating|exasperated|aggravated|aggravating|fed up|fedup|sick and tired|hassle|nightmare|headache|ugh|argh|seriously)',
    emotions: { frustration: 0.8 },
    sentiment: -0.6,
  },
  {
    id: 'feel.anxiety',
    pattern:
      '(worried|worrying|anxious|nervous|scared|afraid|panicking|panic|stressed|stressful|stressing|concerned|uneasy|terrified|freaking out|losing sleep|desperate)',
    emotions: { anxiety: 0.8 },
    sentiment: -0.5,
  },
  {
    id: 'feel.anxiety_what_if',
    pattern:
      '(what if|what happens if|am i going to lose|will i lose|is my money|is my data|is my account) ~ safe|lose|lost|gone|hacked|stolen',
    emotions: { anxiety: 0.6 },
    sentiment: -0.3,
  },
  {
    id: 'feel.fraud_fear',
    pattern:
      '(hacked|compromised|identity theft|someone used my|i didnt make|i did not make|dont recognise|dont recognize|do not recognise|do not recognize|suspicious)',
    emotions: { anxiety: 0.7 },
    sentiment: -0.5,
  },
  {
    id: 'feel.confusion',
    pattern:
      '(confused|confusing|unclear|makes no sense|doesnt make sense|does not make sense|dont understand|do not understand|dont get it|not sure|no idea|puzzled|baffled|lost here|which one|what does this mean|what does that mean|make sense of|figure out|am i missing something|im lost|i am lost|contradict each other|contradicts|conflicting information|conflicting answers|mixed messages|different answer every time)',
    emotions: { confusion: 0.8 },
    sentiment: -0.2,
  },
  {
    id: 'feel.confusion_how',
    pattern:
      '(how do i|how can i|how to|where do i|where can i|can someone explain|could you explain|can you explain|why is|why does|why did|why was|why am i|why have|why has)',
    emotions: { confusion: 0.35 },
  },
  {
    id: 'feel.disappointment',
    pattern:
      '(disappointed|disappointing|disappointment|let down|letdown|underwhelmed|underwhelming|expected more|expected better|not impressed|unimpressed|shame|such a pity|what a pity|regret|regretting)',
    emotions: { disappointment: 0.85 },
    sentiment: -0.6,
  },
  {
    id: 'feel.sadness',
    pattern:
      '(sad|upset|heartbroken|devastated|gutted|crushed|depressed|miserable|unhappy|hurt|in tears|crying|cried|broke my heart|passed away|died|funeral|losing hope|lost hope|heartbreaking)',
    emotions: { sadness: 0.8 },
    sentiment: -0.6,
  },
  {
    id: 'feel.urgency',
    pattern:
      '(urgent|urgently|asap|a s a p|immediately|right now|right away|straight away|as soon as possible|emergency|time sensitive|time-sensitive|critical|cant wait any longer|cannot wait any longer|need this fixed|need it today|need it now|need an answer|need help now)',
    emotions: { urgency: 0.8 },
    sentiment: -0.2,
    cue: 'time_pressure',
  },
  {
    id: 'feel.gratitude',
    pattern:
      '(thank you|thanks|thank|thanking|thank u|thx|ty|many thanks|much appreciated|appreciate|appreciated|grateful|thankful|cheers)',
    emotions: { gratitude: 0.75 },
    sentiment: 0.5,
  },
  {
    id: 'feel.gratitude_strong',
    pattern:
      '(thank you so much|thanks so much|thanks a lot|thank you very much|really appreciate|truly appreciate|so grateful|lifesaver|life saver|you saved|saved my|above and beyond)',
    emotions: { gratitude: 0.9 },
    sentiment: 0.7,
  },
  {
    id: 'feel.delight',
    pattern:
      '(love|loved|loving|amazing|awesome|fantastic|wonderful|excellent|brilliant|perfect|delighted|thrilled|great|superb|outstanding|impressed|impressive|happy|glad|pleased|stoked|excited|best|beautiful|lovely|works perfectly|works great|exceeded|exceeds|blown away|so good|well done|kudos|five stars|5 stars)',
    emotions: { delight: 0.7 },
    sentiment: 0.65,
  },
  {
    id: 'feel.relief',
    pattern:
      '(relieved|finally works|finally working|finally fixed|finally sorted|all sorted|sorted now|resolved now|fixed now|working now|works now|problem solved|that did it|that worked|that fixed it)',
    emotions: { delight: 0.55, gratitude: 0.3 },
    sentiment: 0.6,
  },
  {
    id: 'feel.profanity',
    pattern:
      '(fuck|fucking|fucked|fck|wtf|shit|shitty|bullshit|crap|crappy|damn|goddamn|bloody hell|piss|screw this|ffs|omfg)',
    emotions: { anger: 0.55, frustration: 0.4 },
    sentiment: -0.6,
    cue: 'profanity',
  },
  {
    id: 'feel.bereavement',
    pattern:
      'lost my (mother|father|mom|mum|dad|husband|wife|son|daughter|partner|brother|sister|grandmother|grandfather|baby|job)',
    emotions: { sadness: 0.85 },
    sentiment: -0.6,
  },
  {
    id: 'feel.embarrassed',
    pattern: '(embarrassing|embarrassed|humiliating|humiliated|mortified|ashamed)',
    emotions: { sadness: 0.5, frustration: 0.4 },
    sentiment: -0.5,
  },
  {
    id: 'feel.helpful',
    pattern:
      '(helpful|friendly|kind|patient|efficient|professional|painless|seamless|knowledgeable|responsive|a star|a legend|so quick|so fast|super fast|super quick)',
    emotions: { delight: 0.5 },
    sentiment: 0.45,
  },
  {
    id: 'feel.at_stake',
    pattern:
      '(or i|or we|otherwise i|otherwise we|or else i) ~ (lose|miss|will lose|will miss|get evicted|be evicted|be charged|be fined|cant|run out)',
    emotions: { anxiety: 0.6, urgency: 0.5 },
    sentiment: -0.3,
  },
  {
    id: 'feel.allergy',
    pattern: '(allergy|allergic|allergies|anaphylaxis|anaphylactic|epipen)',
    emotions: { anxiety: 0.5 },
    sentiment: -0.1,
  },
  {
    id: 'feel.what_now',
    pattern:
      '(what am i supposed to|what are we supposed to|what should i do|what do i do|what now|what happens now|what can i do)',
    emotions: { confusion: 0.5, frustration: 0.3 },
    sentiment: -0.3,
  },
];
