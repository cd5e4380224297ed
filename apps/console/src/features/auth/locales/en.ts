import type ru from './ru';

/** Sign-in page: English, the second interface language (LVL-5). */
const en: typeof ru = {
  signIn: {
    title: 'Sign in to the console',
    subtitle: 'The ticket queue with response-time control',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failed: 'Sign-in failed',
    networkError: 'The server is unreachable. Check your connection and try again.',
    required: 'Enter your e-mail and password',
    demoTitle: 'Demo accounts',
    demoPassword: 'Password for all: {password}',
    demoUse: 'Fill in {email}',
    demoRoles: {
      agent: 'agent',
      lead: 'team lead',
      customer: 'customer (ПАО Бета)',
      partner: 'partner',
    },
    phonesTitle: 'Support phones',
    phonesBasic: 'Basic level',
    phonesExtended: 'Extended level',
    extensions: 'ext. {list}',
  },
};

export default en;
