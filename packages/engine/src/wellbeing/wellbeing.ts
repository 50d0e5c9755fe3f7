import { strainOf } from './strain.js';
import type {
  ConversationStrain,
  RecentConversation,
  WellbeingAdvice,
  WellbeingLevel,
  WellbeingOptions,
  WellbeingReason,
} from './types.js';

const MINUTE = 60_000;
const HOSTILE_STREAK = 3;
const PAUSE_LOAD = 2;
const WATCH_LOAD = 1.2;
const ABUSE_RECENT_MINUTES = 15;
const LONG_STRETCH_MINUTES = 100;
const LONG_STRETCH_CONVERSATIONS = 8;

function render(level: WellbeingLevel, minutes: number, reasons: readonly WellbeingReason[]): string {
  const first = reasons[0];
  if (first === undefined) return 'You are doing fine; no pause needed.';
  const why: Record<WellbeingReason['code'], string> = {
    abusive: 'That last conversation was abusive, and nobody should carry that into the next one.',
    hostile_streak: `That is ${first.code === 'hostile_streak' ? first.count : HOSTILE_STREAK} hostile conversations in a row.`,
    high_load: 'The last hour has been a run of hard conversations.',
    long_stretch: 'You have been handling conversations for a long stretch without a break.',
  };
  const line = why[first.code];
  if (level === 'pause')
    return `${line} Take a ${minutes}-minute pause before the next one: stand up, breathe, get some water.`;
  return `${line} Keep an eye on how you feel, and take a short break if the next one is hard too.`;
}

/**
 * Says whether an agent's recent run of conversations calls for a short pause: an abusive
 * conversation, three hostile ones in a row, or a heavy time-weighted load. Time is passed in.
 * @example wellbeing(recent, { now: requestTime }) // { level: 'pause', minutes: 10, message: '...' }
 */
export function wellbeing(recent: readonly RecentConversation[], options: WellbeingOptions): WellbeingAdvice {
  const now = options.now;
  const windowMs = (options.windowMinutes ?? 120) * MINUTE;
  const halfLife = (options.halfLifeMinutes ?? 45) * MINUTE;
  const since = Math.max(now - windowMs, options.lastBreakAt ?? Number.NEGATIVE_INFINITY);
  // Entries with a bad time or from the future (clock skew) are left out rather than guessed at.
  const conversations: ConversationStrain[] = recent
    .filter((c) => Number.isFinite(c.at) && c.at <= now && c.at >= since)
    .map((c) => ({ ...(c.id !== undefined ? { id: c.id } : {}), at: c.at, ...strainOf(c.analysis) }))
    .sort((a, b) => b.at - a.at);

  const load = conversations.reduce((sum, c) => sum + c.strain * 0.5 ** ((now - c.at) / halfLife), 0);
  let hostileStreak = 0;
  for (const c of conversations) {
    if (!c.hostile) break;
    hostileStreak++;
  }
  const reasons: WellbeingReason[] = [];
  const abusive = conversations.find((c) => c.abusive && now - c.at <= ABUSE_RECENT_MINUTES * MINUTE);
  if (abusive !== undefined) {
    reasons.push({
      code: 'abusive',
      ...(abusive.id !== undefined ? { id: abusive.id } : {}),
      minutesAgo: Math.round((now - abusive.at) / MINUTE),
    });
  }
  if (hostileStreak >= HOSTILE_STREAK) reasons.push({ code: 'hostile_streak', count: hostileStreak });
  if (load >= WATCH_LOAD) reasons.push({ code: 'high_load', load: Math.round(load * 100) / 100 });
  const oldest = conversations[conversations.length - 1];
  const stretch = oldest === undefined ? 0 : (now - oldest.at) / MINUTE;
  if (
    stretch >= LONG_STRETCH_MINUTES &&
    conversations.length >= LONG_STRETCH_CONVERSATIONS &&
    options.lastBreakAt !== undefined
  ) {
    reasons.push({ code: 'long_stretch', minutes: Math.round(stretch), conversations: conversations.length });
  }

  const pause = abusive !== undefined || hostileStreak >= HOSTILE_STREAK || load >= PAUSE_LOAD;
  const level: WellbeingLevel = pause ? 'pause' : reasons.length > 0 ? 'watch' : 'ok';
  const minutes = !pause ? 0 : load >= PAUSE_LOAD || hostileStreak >= HOSTILE_STREAK + 2 ? 10 : 5;
  return {
    level,
    pause,
    minutes,
    message: render(level, minutes, reasons),
    reasons,
    load: Math.round(load * 100) / 100,
    hostileStreak,
    conversations,
  };
}
