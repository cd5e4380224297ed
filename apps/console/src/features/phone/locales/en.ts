import type ru from './ru';

/** Phone registration of a call (TKT-11): English, the second interface language. */
const en: typeof ru = {
  phone: {
    nav: 'Call',
    title: 'Register a call',
    subtitle: "A ticket on the caller's behalf: it arrived when the call started (TKT-11, SLA-2).",
    call: {
      title: 'Call',
      startedAt: 'Call started, MSK',
      startedAtHint: 'Taken when the form opened; correct it if the call began earlier.',
      now: 'Now',
      nowLabel: 'Set the call start to now',
      running: 'Running {time}',
      timerLabel: 'Call duration',
    },
    lookup: {
      hint: 'License number, serial number or activation code — matched from the start, ignoring case and spaces.',
      typeMore: 'Type at least {n} characters to find the contract.',
      searching: 'Looking up the contract…',
      failed: 'Could not check the number: {message}',
      candidates: 'Not complete yet. Contracts starting with “{typed}”:',
      choose: 'Choose',
      chosen: 'Chosen',
      unknownTitle: 'No contract “{typed}”',
      unknownText: 'Without a contract the request is refused (ID-1, ID-2): the server says no and keeps it in the refused-requests log. Ask the caller for the number again.',
    },
    contract: {
      title: 'Contract',
      organization: 'Organization',
      product: 'Product',
      level: 'Service level',
      validity: 'Support period',
      validRange: '{from} to {until}',
      extensions: 'Extensions of the level',
      kind: {
        LICENSE_NUMBER: 'License number',
        SERIAL_NUMBER: 'Serial number',
        ACTIVATION_CODE: 'Activation code',
      },
      status: {
        ACTIVE: 'Support active',
        EXPIRED: 'Support expired',
        NOT_STARTED: 'Support not started yet',
      },
      expiredText: 'Support ended on {until}. The ticket will be registered as Rejected (support expired, ID-2) and the customer told why, so the request is not lost and sales can follow up.',
      notStartedText: 'Support starts on {from}. The ticket will be registered as Rejected (ID-2) and the customer told why.',
      organizationMismatch: 'The contract belongs to “{name}” — the server checks the organization.',
    },
    form: {
      contactHint: "The caller's contact details; e-mail if they give one.",
      appendixToggle: 'Technical details (appendix 1) — optional',
      submit: 'Register ticket',
      submitRejected: 'Register (will be rejected)',
      submitting: 'Registering…',
      deadlineLead: 'For a call that started at {at} MSK, an agent must take the ticket into work by:',
      forbidden: 'Not allowed: only support staff register calls.',
    },
    problems: {
      future: 'The call cannot start in the future',
      startRequired: 'Say when the call started',
    },
  },
};

export default en;
