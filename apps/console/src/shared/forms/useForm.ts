import { computed, nextTick, ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { actionError, fromProblems, type ActionError, type FieldProblem } from './field-errors';

export type { ActionError, FieldProblem };

/**
 * One form's submit cycle: local checks first (the same rules the server
 * applies, so the user hears about them without a round trip), then the
 * mutation; a failure keeps the input and puts each of the API's
 * `extensions.fields` problems next to its input (`input.title` → `title`),
 * the rest above the form (FormErrorAlert).
 */
export function useForm(options: {
  /** The form's field names as the API names them (`input.` dropped). */
  fields: MaybeRefOrGetter<readonly string[]>;
  validate?: () => FieldProblem[];
  run: () => Promise<unknown>;
  /** The form element: after a failure the first offending input gets the focus. */
  formEl?: Ref<HTMLElement | null>;
  /** The i18n section with the form's `fixFields` wording (FormErrorAlert takes the same); `form` by default. */
  messages?: string;
}) {
  const { t } = useI18n();
  const submitting = ref(false);
  const error = ref<ActionError | null>(null);

  function focusFirstInvalid(): void {
    void nextTick(() => options.formEl?.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submit(): Promise<boolean> {
    if (submitting.value) return false;
    error.value = null;
    const problems = options.validate?.() ?? [];
    if (problems.length > 0) {
      const message = t(`${options.messages ?? 'form'}.fixFields`);
      error.value = fromProblems(problems, toValue(options.fields), { message, code: 'BAD_USER_INPUT', network: false });
      focusFirstInvalid();
      return false;
    }
    submitting.value = true;
    try {
      await options.run();
      return true;
    } catch (cause) {
      error.value = actionError(cause, toValue(options.fields));
      focusFirstInvalid();
      return false;
    } finally {
      submitting.value = false;
    }
  }

  function fieldError(name: string): string | null {
    return error.value?.fields[name] ?? null;
  }

  function clear(): void {
    error.value = null;
  }

  const hasError = computed(() => error.value !== null);
  return { submitting, error, hasError, submit, fieldError, clear };
}

export type FormState = ReturnType<typeof useForm>;
