import { computed, nextTick, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, type RouteLocationRaw } from 'vue-router';
import { apiErrorMessage } from '@/shared/graphql/api-error';
import { fieldErrorsOf, firstErrorField, type FieldErrors } from '@/shared/forms/field-errors';
import type { Translate } from '@/shared/forms/problem-text';

/** Labels of the ticket form's own fields; an appendix-1 item is labelled `portal.fields.<item>`. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  identifier: 'portal.form.identifier',
  organizationName: 'portal.form.organizationName',
  'contact.fullName': 'portal.form.fullName',
  'contact.position': 'portal.form.position',
  'contact.phone': 'portal.form.phone',
  'contact.email': 'portal.form.email',
  category: 'portal.form.category',
  criticality: 'portal.form.criticality',
  subject: 'portal.form.subject',
  description: 'portal.form.description',
};

/**
 * Sending a form that creates a ticket (the portal's and the phone form).
 * Problems, found before sending or named by the server (`extensions.fields`),
 * go next to their fields in the user's words and into the summary in the
 * order of the form, with the caret on the first (on the summary when no field
 * has it); any other failure is the form's alert; the new ticket opens.
 */
export function useTicketForm(options: {
  form: Readonly<Ref<HTMLElement | null>>;
  /** The form's fields in the order they appear. */
  order: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** The API's English wording in the user's language. */
  wording: (message: string, t: Translate) => string;
  /** Problems caught before asking the server. */
  check?: () => FieldErrors;
  /** `createTicket`; its result's ticket. */
  create: () => Promise<{ id: string } | null | undefined>;
  /** Where the new ticket opens. */
  open: (ticket: { id: string }) => RouteLocationRaw;
  /** The alert for a failure that names no field, when the API's own message will not do. */
  failure?: (error: ReturnType<typeof apiErrorMessage>) => string | undefined;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const errors = ref<FieldErrors>({});
  const formError = ref<string | null>(null);
  const submitting = ref(false);

  function problems(field: string): string[] | undefined {
    return errors.value[field]?.map((message) => options.wording(message, t));
  }

  function label(field: string): string {
    const key = options.labels[field] ?? `portal.fields.${field}`;
    const text = t(key);
    return text === key ? field : text;
  }

  const summary = computed(() =>
    [...options.order, ...Object.keys(errors.value).filter((field) => !options.order.includes(field))]
      .filter((field) => errors.value[field]?.length)
      .map((field) => ({ field, label: label(field), text: problems(field)?.join('; ') ?? '' })),
  );

  function control(field: string): HTMLElement | null {
    return options.form.value?.querySelector<HTMLElement>(`[data-field="${field}"]`) ?? null;
  }

  function focusField(field: string): void {
    control(field)?.focus();
  }

  function show(found: FieldErrors): void {
    errors.value = found;
    void nextTick(() => {
      const field = firstErrorField(found, options.order);
      ((field ? control(field) : null) ?? options.form.value?.querySelector<HTMLElement>('[data-testid="form-errors"]'))?.focus();
    });
  }

  async function submit(): Promise<void> {
    if (submitting.value) return;
    errors.value = {};
    formError.value = null;
    const local = options.check?.() ?? {};
    if (Object.keys(local).length > 0) return show(local);
    submitting.value = true;
    try {
      const created = await options.create();
      if (!created) throw new Error('createTicket returned nothing');
      await router.push(options.open(created));
    } catch (cause) {
      const fields = fieldErrorsOf(cause);
      if (Object.keys(fields).length > 0) return show(fields);
      const error = apiErrorMessage(cause);
      formError.value = error.network ? t('portal.form.networkError') : (options.failure?.(error) ?? error.message);
    } finally {
      submitting.value = false;
    }
  }

  return { errors, problems, summary, focusField, formError, submitting, submit };
}
