/**
 * The "Validate" tab: findings grouped by severity, each a button that selects its cell;
 * optional highlighting that never overwrites the clerk's formatting.
 */
import { countBySeverity, groupFindings, type FindingEntry } from '../../findings-view';
import { h, icon } from '../dom';
import type { ViewContext } from '../state';

function entryView(ctx: ViewContext, e: FindingEntry, fixable: boolean): HTMLElement {
  const { t } = ctx;
  const body = [
    h('span', { class: 'finding-cell' }, e.cell ?? t('findingNoCell')),
    h('span', { class: 'finding-text' }, h('span', { class: 'finding-title' }, e.title), h('span', { class: 'finding-message' }, e.message)),
    fixable ? h('span', { class: 'tag' }, t('fixableTag')) : null,
  ];
  if (!e.selectable) return h('li', { class: `finding finding-${e.severity}` }, h('div', { class: 'finding-static' }, ...body));
  return h(
    'li',
    { class: `finding finding-${e.severity}` },
    h(
      'button',
      {
        type: 'button',
        class: 'finding-button',
        'data-cell': e.cell ?? '',
        'data-code': e.code,
        title: t('findingGoTo', { cell: e.cell ?? '' }),
        onclick: () => void ctx.actions.select(e.sheet as string, e.cell as string),
      },
      ...body,
    ),
  );
}

export function validateView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const v = state.validation;
  const groups = v ? groupFindings(v.findings, state.lang) : [];
  const counts = v ? countBySeverity(v.findings) : null;
  const fixable = new Set(v?.fixableCells ?? []);
  const highlight = h('input', {
    type: 'checkbox',
    id: 'highlight',
    checked: state.highlight,
    disabled: !ctx.canHighlight,
    onchange: (e: Event) => ctx.update({ highlight: (e.target as HTMLInputElement).checked }),
  });
  return h(
    'section',
    { class: 'stack', 'aria-labelledby': 'validate-title' },
    h('h2', { id: 'validate-title' }, t('validateTitle')),
    h('p', { class: 'intro' }, t('validateIntro')),
    h(
      'div',
      { class: 'check' },
      highlight,
      h('label', { for: 'highlight' }, t('highlightToggle'), h('span', { class: 'hint block' }, ctx.canHighlight ? t('highlightHelp') : t('highlightUnsupported'))),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'validate', disabled: Boolean(state.busy), onclick: () => void ctx.actions.validate() }, state.busy === 'validate' ? t('working') : t('validateButton')),
      h('button', { type: 'button', class: 'secondary', id: 'clear-highlights', disabled: Boolean(state.busy) || !ctx.canHighlight, onclick: () => void ctx.actions.clearHighlights() }, t('clearHighlights')),
    ),
    v && !v.mergesRead ? h('p', { class: 'hint' }, t('readPartial')) : null,
    v && counts
      ? h(
          'div',
          { class: 'results', id: 'results' },
          !v.hasTable
            ? h('div', { class: 'card card-warning' }, h('p', {}, t('validateNoTable', { sheet: v.sheet })))
            : counts.error === 0
              ? h('div', { class: 'card card-success', id: 'validate-clean' }, icon('pass'), h('p', {}, t('validateClean', { sheet: v.sheet })))
              : null,
          h(
            'p',
            { class: 'summary', id: 'validate-summary' },
            h('span', { class: 'chip chip-error' }, icon('error'), `${t('severityError')} ${counts.error}`),
            h('span', { class: 'chip chip-warning' }, icon('warning'), `${t('severityWarning')} ${counts.warning}`),
            h('span', { class: 'chip chip-info' }, icon('info'), `${t('severityInfo')} ${counts.info}`),
          ),
          fixable.size > 0 && counts.error > 0 ? h('p', { class: 'hint' }, t('fixableHint')) : null,
          ...groups.map((g) =>
            h(
              'section',
              { class: `group group-${g.severity}`, 'aria-label': `${t(g.label)} ${g.entries.length}` },
              h('h3', {}, icon(g.severity), `${t(g.label)} (${g.entries.length})`),
              h('ul', { class: 'findings' }, ...g.entries.map((e) => entryView(ctx, e, Boolean(e.cell && fixable.has(e.cell))))),
            ),
          ),
        )
      : null,
  );
}
