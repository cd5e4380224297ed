import type { ProblemList } from '../../common/errors.js';
import { emailProblem, normalizeEmail } from '../../common/email.js';
import { Locale } from '../../entities/notifications/notification.enums.js';

/** What a contact person is written as (ID-1), whichever way it arrives: the admins' form or an import (a type: the audit log takes it as a record). */
export type ContactDetails = {
  readonly fullName: string;
  readonly position: string;
  readonly phone: string;
  readonly email: string | null;
  readonly locale: Locale;
};

export interface ContactDetailsGiven {
  readonly fullName: string;
  readonly position: string;
  readonly phone: string;
  readonly email?: string | null;
  readonly locale?: Locale | null;
}

/** An organization's name, trimmed; empty or over 300 characters is named. */
export function checkOrganizationName(raw: string, field: string, problems: ProblemList): string {
  const name = raw.trim();
  if (!name || name.length > 300) problems.add(field, 'is required, at most 300 characters');
  return name;
}

/** A contact person's details, trimmed and the e-mail lower-cased; each bad one is named by `fieldOf` its property. */
export function checkContact(input: ContactDetailsGiven, problems: ProblemList, fieldOf: (property: keyof ContactDetails) => string = (p) => `input.${p}`): ContactDetails {
  const details = {
    fullName: input.fullName.trim(),
    position: input.position.trim(),
    phone: input.phone.trim(),
    email: input.email ? normalizeEmail(input.email) || null : null,
    locale: input.locale ?? Locale.RU,
  };
  if (!details.fullName || details.fullName.length > 300) problems.add(fieldOf('fullName'), 'is required, at most 300 characters');
  if (!details.position || details.position.length > 300) problems.add(fieldOf('position'), 'is required, at most 300 characters');
  if (!/\d{5,}/.test(details.phone.replace(/\D/g, '')) || details.phone.length > 50) problems.add(fieldOf('phone'), 'must be a phone number');
  const badEmail = details.email ? emailProblem(details.email) : null;
  if (badEmail) problems.add(fieldOf('email'), badEmail);
  return details;
}
