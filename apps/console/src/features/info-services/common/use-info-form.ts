import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { actionError, fromProblems, type ActionError, type FieldProblem } from '@/features/ticket/forms/field-errors';

export type { ActionError, FieldProblem };

/**
 * One staff form's submit cycle: local checks, then the mutation; a failure
 * keeps the input and places each `extensions.fields` problem next to its
 * input (`input.title` → `title`), the rest above the form.
 */
export function useInfoForm(options: { fields: readonly string[]; validate?: () => FieldProblem[]; run: () => Promise<unknown> }) {
  const { t } = useI18n();
  const submitting = ref(false);
  const error = ref<ActionError | null>(null);

  async function submit(): Promise<boolean> {
    if (submitting.value) return false;
    error.value = null;
    const problems = options.validate?.() ?? [];
    if (problems.length > 0) {
      error.value = fromProblems(problems, options.fields, { message: t('info.common.fixFields'), code: 'BAD_USER_INPUT', network: false });
      return false;
    }
    submitting.value = true;
    try {
      await options.run();
      return true;
    } catch (cause) {
      error.value = actionError(cause, options.fields);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  const fieldError = (name: string): string | null => error.value?.fields[name] ?? null;
  return { submitting, error, submit, fieldError };
}
