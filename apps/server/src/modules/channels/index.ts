/** Intake channels beside the portal and the API (LVL-5): the helpdesk mailbox (SMTP) and the Telegram bot. */
export { startEmailIntake } from './email/email-intake.js';
export { mountTelegramWebhook } from './telegram/telegram-webhook.js';
