/** The bot's dialog as it sees chats, independent of the Telegram library. */

/** Where a chat's dialog stands; stored in telegram_chats.state. */
export enum DialogState {
  IDLE = 'IDLE',
  AWAIT_IDENTIFIER = 'AWAIT_IDENTIFIER',
  AWAIT_PHONE = 'AWAIT_PHONE',
  AWAIT_NAME = 'AWAIT_NAME',
  AWAIT_POSITION = 'AWAIT_POSITION',
  AWAIT_SUBJECT = 'AWAIT_SUBJECT',
  AWAIT_DESCRIPTION = 'AWAIT_DESCRIPTION',
  AWAIT_CRITICALITY = 'AWAIT_CRITICALITY',
}

/** A reply keyboard, independent of the Telegram library. */
export type ChatKeyboard =
  | { readonly kind: 'sharePhone'; readonly label: string }
  | { readonly kind: 'choices'; readonly choices: readonly { readonly label: string; readonly data: string }[] }
  | { readonly kind: 'remove' };

/** How a dialog step answers: the replies go out once the chat's new state is saved. */
export type Say = (text: string, keyboard?: ChatKeyboard) => void;

export interface ChatReply {
  readonly text: string;
  readonly keyboard?: ChatKeyboard;
}

/** One incoming update, as the dialog needs it. */
export interface ChatInput {
  readonly updateId: number;
  readonly chatId: string;
  readonly displayName: string | null;
  readonly text?: string;
  /** A contact card the user shared; `own` when it is their own number (the "share my phone" button). */
  readonly sharedPhone?: { readonly phone: string; readonly own: boolean };
  /** An inline button pressed. */
  readonly callbackData?: string;
}
