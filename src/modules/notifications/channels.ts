import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Rendered } from './templates.ts';

/** Where notifications go. A channel left unconfigured is simply not offered (nothing is queued for it). */
/** Which channels this deployment can deliver through (an unconfigured one gets nothing queued). */
export interface NotifyChannels {
  email: boolean;
  webhook: boolean;
}

export interface Channels {
  email: ((to: string, message: Rendered) => Promise<void>) | null;
  webhook: ((to: string, message: Rendered, meta: Record<string, unknown>) => Promise<void>) | null;
}

export function channelsFrom(config: {
  smtpUrl: string | undefined;
  mailFrom: string;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
}): Channels {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  return {
    email: transport
      ? async (to, message) => {
          await transport.sendMail({
            from: config.mailFrom,
            to,
            subject: message.subject,
            text: message.text,
            html: message.html,
          });
        }
      : null,
    webhook: config.webhookUrl
      ? async (to, message, meta) => {
          // A WhatsApp/SMS gateway receives the text and verifies the signature with the shared secret.
          const body = JSON.stringify({ to, text: message.text, subject: message.subject, ...meta });
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (config.webhookSecret)
            headers['x-atap-signature'] =
              `sha256=${createHmac('sha256', config.webhookSecret).update(body).digest('hex')}`;
          const res = await fetch(config.webhookUrl as string, {
            method: 'POST',
            headers,
            body,
            signal: AbortSignal.timeout(5000),
          });
          if (!res.ok) throw new Error(`webhook answered ${res.status}`);
        }
      : null,
  };
}
