/** The "Ready to submit" tab: a checklist before the file goes to the provincial office. */
import type { CheckAction } from '../../ready';
import { h, icon } from '../dom';
import type { TabId, ViewContext } from '../state';

const ACTION_TAB: Record<CheckAction, TabId> = { validate: 'validate', fix: 'fix', new: 'new' };
const ACTION_LABEL = { validate: 'goValidate', fix: 'goFix', new: 'goNew' } as const;

export function readyView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const r = state.readiness;
  return h(
    'section',
    { class: 'stack', 'aria-labelledby': 'ready-title' },
    h('h2', { id: 'ready-title' }, t('readyTitle')),
    h('p', { class: 'intro' }, t('readyIntro')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'ready', disabled: Boolean(state.busy), onclick: () => void ctx.actions.readiness() }, state.busy === 'ready' ? t('working') : t('readyButton')),
    ),
    r
      ? h(
          'div',
          { class: 'results', id: 'readiness' },
          h('div', { class: `card ${r.ready ? 'card-success' : 'card-error'}`, id: 'ready-verdict' }, icon(r.ready ? 'pass' : 'fail'), h('p', { class: 'verdict' }, t(r.ready ? 'readyYes' : 'readyNo'))),
          h(
            'ul',
            { class: 'checklist' },
            ...r.items.map((item) =>
              h(
                'li',
                { class: `check-item check-${item.status}`, 'data-check': item.id },
                icon(item.status),
                h('span', { class: 'check-text' }, t(item.message, item.params)),
                item.action && item.status !== 'pass'
                  ? h('button', { type: 'button', class: 'link', onclick: () => ctx.actions.goTo(ACTION_TAB[item.action as CheckAction]) }, t(ACTION_LABEL[item.action]))
                  : null,
              ),
            ),
          ),
          r.fileName
            ? h('div', { class: 'field' }, h('span', { class: 'label', id: 'file-name-label' }, t('readyFileName')), h('p', { class: 'file-name', id: 'file-name', tabindex: 0, 'aria-labelledby': 'file-name-label' }, r.fileName))
            : null,
        )
      : null,
  );
}
