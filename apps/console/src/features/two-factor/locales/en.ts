import type ru from './ru';

/** Two-factor sign-in (#15) in English, the second language (LVL-5). */
const en: typeof ru = {
  twoFactor: {
    nav: 'Two-factor sign-in',
    title: 'Two-factor sign-in',
    intro: 'Signing in takes, besides the password, the six-digit code of an authenticator app (Google Authenticator, Yandex Key, FreeOTP, …).',
    loading: 'Loading…',
    on: 'On since {at}. Unused recovery codes: {left}.',
    off: 'Off.',
    required: 'An admin requires two-factor sign-in for staff: it cannot be turned off.',
    code: 'Code from the app',
    codeHint: '6 digits; a new code every 30 seconds',
    password: 'Password',
    problems: {
      code: 'That code did not work: enter the current 6 digits of the app',
      password: 'Wrong password',
      recoveryCode: 'That recovery code is wrong or used already',
    },
    enrol: {
      start: 'Set up an app',
      starting: 'Preparing…',
      scan: '1. Scan the QR code with an authenticator app',
      qrAlt: 'QR code for the authenticator app',
      manual: 'or type the key in:',
      confirm: '2. Enter the code the app shows',
      submit: 'Turn two-factor sign-in on',
      required: 'An admin requires two-factor sign-in for staff. Set up an authenticator app to finish signing in.',
    },
    recovery: {
      title: 'Recovery codes',
      intro: 'Each code works once instead of an app code — say, when the phone is lost. They are shown only now: keep them somewhere safe.',
      copy: 'Copy',
      copied: 'Copied',
      download: 'Download .txt',
      fileHeader: 'Two-factor sign-in recovery codes (each works once)',
      saved: 'I have saved the codes',
      regenerate: 'New recovery codes',
      regenerateHint: 'The old codes stop working.',
    },
    disable: {
      title: 'Turn off',
      hint: 'Confirm with a current app code or your password.',
      submit: 'Turn two-factor sign-in off',
      done: 'Two-factor sign-in is off.',
    },
    signIn: {
      title: 'Confirm sign-in',
      hint: 'Enter the code of your authenticator app.',
      recoveryHint: 'Enter one of your recovery codes. Each code works once.',
      recoveryCode: 'Recovery code',
      useRecovery: 'No access to the app? Use a recovery code',
      useCode: 'Enter an app code',
      submit: 'Confirm',
      back: 'Start over',
      continue: 'Continue',
    },
    admin: {
      title: 'Staff two-factor sign-in',
      required: 'Required of agents, team leads and admins',
      hint: 'Staff without a second factor set one up at their next sign-in. Open sessions keep working.',
      on: 'on',
      reset: 'Reset 2FA',
      resetConfirm: "Reset {email}'s two-factor sign-in? They will set it up again.",
    },
  },
};

export default en;
