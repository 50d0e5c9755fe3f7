// The words fact rules look for: channels, places and time zones, life events. Data, not code.

export const CHANNEL_WORDS: Record<string, string> = {
  email: 'email',
  'e-mail': 'email',
  mail: 'post',
  post: 'post',
  letter: 'post',
  letters: 'post',
  call: 'phone',
  calls: 'phone',
  calling: 'phone',
  phone: 'phone',
  'phone call': 'phone',
  'phone calls': 'phone',
  phoning: 'phone',
  ring: 'phone',
  text: 'sms',
  texts: 'sms',
  texting: 'sms',
  sms: 'sms',
  whatsapp: 'whatsapp',
  chat: 'chat',
  emailing: 'email',
};

export const channel = (word: string | undefined) => (word ? CHANNEL_WORDS[word.toLowerCase()] : undefined);

// Cities people name as where they are, and abbreviations they write times in.
export const CITY_ZONES: Record<string, string> = {
  london: 'Europe/London',
  dublin: 'Europe/Dublin',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  madrid: 'Europe/Madrid',
  amsterdam: 'Europe/Amsterdam',
  rome: 'Europe/Rome',
  'new york': 'America/New_York',
  boston: 'America/New_York',
  toronto: 'America/Toronto',
  chicago: 'America/Chicago',
  denver: 'America/Denver',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  vancouver: 'America/Vancouver',
  'mexico city': 'America/Mexico_City',
  'são paulo': 'America/Sao_Paulo',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  auckland: 'Pacific/Auckland',
  tokyo: 'Asia/Tokyo',
  singapore: 'Asia/Singapore',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
};
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  est: 'America/New_York',
  edt: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  gmt: 'Europe/London',
  bst: 'Europe/London',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  jst: 'Asia/Tokyo',
};
export const CITIES = Object.keys(CITY_ZONES).join('|');
export const ABBREVIATIONS = Object.keys(ZONE_ABBREVIATIONS).join('|');

export const LIFE_EVENTS: Array<{ id: string; label: string; pattern: RegExp; confidence: number }> = [
  {
    id: 'moving',
    label: 'moving home',
    pattern:
      /\b(?:(?:i'?m|i am|we'?re|we are)\s+moving(?:\s+house|\s+home|\s+to\b)?|(?:are|is)\s+moving\s+(?:house|home|to\b)|(?:just\s+)?moved\s+(?:house|home|to|into)\b|relocating\b|my\s+new\s+address)/gi,
    confidence: 0.8,
  },
  {
    id: 'new_baby',
    label: 'new baby',
    pattern:
      /\b(?:(?:just\s+)?had\s+(?:a|our)\s+baby|new\s*born|(?:i'?m|i am|we'?re|we are|my wife is|my partner is)\s+(?:pregnant|expecting)|(?:maternity|paternity|parental)\s+leave)/gi,
    confidence: 0.85,
  },
  {
    id: 'wedding',
    label: 'wedding',
    pattern: /\b(?:(?:getting|got|just got)\s+married|(?:my|our)\s+wedding|(?:my|our)\s+honeymoon)/gi,
    confidence: 0.85,
  },
  {
    id: 'bereavement',
    label: 'bereavement',
    pattern:
      /\b(?:passed\s+away|funeral|bereavement|lost\s+my\s+(?:mother|father|mum|mom|dad|husband|wife|son|daughter|brother|sister|partner))/gi,
    confidence: 0.85,
  },
  {
    id: 'health',
    label: 'health problem',
    pattern:
      /\b(?:(?:in|out\s+of|from)\s+(?:the\s+)?hospital|(?:my|had|having)\s+(?:an?\s+)?(?:surgery|operation)|(?:i'?ve|i have)\s+been\s+(?:ill|sick|unwell)|chemotherapy|chemo\b)/gi,
    confidence: 0.75,
  },
  {
    id: 'job_change',
    label: 'job change',
    pattern:
      /\b(?:(?:started|starting)\s+a\s+new\s+job|(?:lost|losing)\s+my\s+job|(?:been|got|was)\s+(?:laid\s+off|made\s+redundant)|(?:i'?m|i am|just)\s+retir(?:ed|ing))/gi,
    confidence: 0.8,
  },
  {
    id: 'travel',
    label: 'travelling',
    pattern:
      /\b(?:(?:i'?m|i am|we'?re|we are)\s+(?:travel+ing|flying|abroad|on\s+holiday|on\s+vacation)|my\s+(?:flight|trip|holiday|vacation)\b)/gi,
    confidence: 0.7,
  },
];
