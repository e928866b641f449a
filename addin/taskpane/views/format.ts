/** The "Format this sheet" tab. */
import { h } from '../dom';
import type { ViewContext } from '../state';

export function formatView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const done = state.formatted;
  return h(
    'section',
    { class: 'stack', 'aria-labelledby': 'format-title' },
    h('h2', { id: 'format-title' }, t('formatTitle')),
    h('p', { class: 'intro' }, t('formatIntro')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'format', disabled: Boolean(state.busy), onclick: () => void ctx.actions.format() }, state.busy === 'format' ? t('working') : t('formatButton')),
    ),
    done && done.found
      ? h(
          'div',
          { class: 'card card-success' },
          h('p', {}, t('formatDone', { sheet: done.sheet, layout: done.found.layout[state.lang], from: done.found.from, to: done.found.to })),
          h('p', { class: 'hint' }, t('formatUnchanged')),
        )
      : null,
    done && !done.found ? h('div', { class: 'card card-warning' }, h('p', {}, t('formatNoTable'))) : null,
  );
}
