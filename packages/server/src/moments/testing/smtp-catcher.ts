import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server for tests (smtp-server, the library Nodemailer's authors use for theirs):
// it speaks the protocol on 127.0.0.1 and keeps every message it accepted.

export interface CaughtMail {
  to: string[];
  subject: string;
  messageId: string;
  text: string;
}

export interface SmtpCatcher {
  url: string;
  messages: CaughtMail[];
  /** Resolves when the next RCPT TO is being held (see `stallRecipients`). */
  stalled(): Promise<void>;
  /** While true, RCPT TO is never answered: the sender hangs mid-delivery until it gives up or dies. */
  stallRecipients: boolean;
  /** Answer RCPT TO with this SMTP error instead (for retry tests); undefined to accept. */
  refuseWith: { code: number; message: string } | undefined;
  close(): Promise<void>;
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  let onStall: (() => void) | undefined;
  const catcher: SmtpCatcher = {
    url: '',
    messages: [],
    stallRecipients: false,
    refuseWith: undefined,
    stalled: () =>
      new Promise<void>((resolve) => {
        onStall = resolve;
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    closeTimeout: 200,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (catcher.stallRecipients) {
        onStall?.();
        return; // never answer
      }
      if (catcher.refuseWith) {
        const error = Object.assign(new Error(catcher.refuseWith.message), {
          responseCode: catcher.refuseWith.code,
        });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
        catcher.messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header('Subject'),
          messageId: header('Message-ID'),
          text: raw
            .slice(split + 4)
            .replace(/\r\n/g, '\n')
            .trim(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  catcher.url = `smtp://127.0.0.1:${port}`;
  return catcher;
}
