import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '@apollo/client/core';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import ReplyTemplatesPage from '../ReplyTemplatesPage.vue';

const user = (role: string) => ({ __typename: 'User', id: '1', email: 'x@demo.local', fullName: 'Ирина Руководитель', role, organization: null });
const teamGreeting = { __typename: 'ReplyTemplate', id: '1', title: 'Приветствие', bodyRu: 'Здравствуйте, {{contactName}}!', bodyEn: null, shared: true, editable: false };

function handler(saved: Operation[]) {
  return (operation: Operation) => {
    if (operation.operationName === 'ReplyTemplates') return { data: { replyTemplates: [teamGreeting] } };
    if (operation.operationName === 'CreateReplyTemplate') {
      saved.push(operation);
      return { data: { createReplyTemplate: { __typename: 'ReplyTemplate', id: '2', editable: true, ...(operation.variables.input as object) } } };
    }
    return { data: null };
  };
}

async function mountAs(role: string) {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user: user(role) }));
  const saved: Operation[] = [];
  const mounted = await mountWithApp(ReplyTemplatesPage, { handler: handler(saved), mount: { attachTo: document.body } });
  await flushPromises();
  return { ...mounted, saved };
}

describe('ReplyTemplatesPage (#19)', () => {
  beforeEach(() => localStorage.clear());

  it("lists the team's templates apart from one's own; an agent cannot change the team's", async () => {
    const { wrapper } = await mountAs('AGENT');
    expect(wrapper.get('[data-testid="templates-team"]').text()).toContain('Приветствие');
    expect(wrapper.get('[data-testid="templates-mine"]').text()).toContain('Пока нет');
    expect(wrapper.find('[data-testid="template-edit"]').exists()).toBe(false);
    await wrapper.get('[data-testid="template-new"]').trigger('click');
    expect(wrapper.find('[data-testid="template-shared"]').exists()).toBe(false);
  });

  it('a lead writes a team template: empty fields are named before anything is sent, the variables are listed', async () => {
    const { wrapper, saved } = await mountAs('TEAM_LEAD');
    await wrapper.get('[data-testid="template-new"]').trigger('click');
    expect(wrapper.get('[data-testid="template-form"]').text()).toContain('{{contactName}}, {{ticketNumber}}, {{deadline}}, {{product}}, {{agentName}}');
    await wrapper.get('[data-testid="template-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="field-error"]').length).toBeGreaterThanOrEqual(2);
    expect(saved).toHaveLength(0);
    await wrapper.get('input[name="title"]').setValue('Запрос журнала');
    await wrapper.get('textarea[name="bodyRu"]').setValue('{{contactName}}, пришлите журнал.');
    await wrapper.get('[data-testid="template-shared"]').setValue(true);
    await wrapper.get('[data-testid="template-form"]').trigger('submit');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.variables.input).toEqual({ title: 'Запрос журнала', bodyRu: '{{contactName}}, пришлите журнал.', bodyEn: null, shared: true });
    await vi.waitFor(() => expect(wrapper.get('[data-testid="templates-notice"]').text()).toBe('Шаблон сохранён'));
  });
});
