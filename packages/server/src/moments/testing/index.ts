// Test helpers only (not exported from the package): real SMTP and HTTP receivers on 127.0.0.1.
export { type CaughtMail, type SmtpCatcher, startSmtpCatcher } from './smtp-catcher.js';
export { type CaughtRequest, startWebhookCatcher, type WebhookCatcher } from './webhook-catcher.js';
