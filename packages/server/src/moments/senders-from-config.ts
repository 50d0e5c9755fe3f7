import type { Config } from '../config/index.js';
import { smtpSender } from './delivery/email-sender.js';
import type { MomentSender } from './delivery/types.js';
import { webhookSender } from './delivery/webhook-sender.js';

/** The senders the configuration allows: e-mail when RAPPORT_SMTP_URL is set, webhooks when a secret is. */
export function momentSendersFromConfig(config: Pick<Config, 'moments'>): {
  email?: MomentSender;
  webhook?: MomentSender;
} {
  const { smtpUrl, mailFrom, webhookSecret } = config.moments;
  return {
    ...(smtpUrl !== undefined && { email: smtpSender({ url: smtpUrl, from: mailFrom }) }),
    ...(webhookSecret !== undefined && { webhook: webhookSender({ secret: webhookSecret }) }),
  };
}
