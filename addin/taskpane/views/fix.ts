/**
 * The "Fix" tab: choose what to fix, see every cell that would change, confirm; undo from the log.
 */
import type { CellValue } from '../../../core/grid';
import { formatNumber } from '../../../core/thai';
import { LOG_SHEET } from '../../fix-log';
import { FIX_CATEGORIES, type CellChange, type FixCategory } from '../../fixes';
import { formatPreview } from '../../host-convert';
import type { MessageKey } from '../../i18n';
import { h } from '../dom';
import type { ViewContext } from '../state';

const CATEGORY_LABELS: Record<FixCategory, MessageKey> = {
  totals: 'catTotals',
  amounts: 'catAmounts',
  digits: 'catDigits',
  spaces: 'catSpaces',
  typos: 'catTypos',
};

/** A value as the preview shows it; invisible characters made visible so a "spaces" fix reads as one. */
function shown(value: CellValue): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return formatNumber(value);
  return String(value)
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '⟨ZW⟩')
    .replace(/\u00A0/g, '⍽')
    .replace(/^ +| +$/g, (m) => '·'.repeat(m.length))
    .replace(/ {2,}/g, (m) => '·'.repeat(m.length));
}

function stateView(ctx: ViewContext, s: CellChange['before'] | CellChange['after']): HTMLElement {
  const value = shown(s.value);
  return h(
    'div',
    { class: 'cell-state' },
    s.formula ? h('code', { class: 'formula', title: ctx.t('previewFormula') }, s.formula) : null,
    value ? h('span', { class: s.formula ? 'computed' : '' }, s.formula ? `= ${value}` : value) : s.formula ? null : h('span', { class: 'empty' }, ctx.t('previewEmpty')),
  );
}

export function fixView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const plan = state.preview;
  const categories = h(
    'fieldset',
    { class: 'categories' },
    h('legend', {}, t('fixCategories')),
    ...FIX_CATEGORIES.map((c) =>
      h(
        'div',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: `cat-${c}`,
          checked: state.fixCategories.has(c),
          onchange: (e: Event) => {
            const next = new Set(state.fixCategories);
            if ((e.target as HTMLInputElement).checked) next.add(c);
            else next.delete(c);
            ctx.update({ fixCategories: next, preview: null });
          },
        }),
        h('label', { for: `cat-${c}` }, t(CATEGORY_LABELS[c])),
      ),
    ),
  );

  const previewBlock = plan
    ? plan.changes.length === 0
      ? h('div', { class: 'card card-success', id: 'preview' }, h('p', {}, t('previewNone', { sheet: plan.sheet })))
      : h(
          'div',
          { class: 'preview', id: 'preview' },
          h('p', { class: 'summary' }, t('previewCount', { n: plan.changes.length, sheet: plan.sheet })),
          h(
            'table',
            { class: 'changes' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('previewCell')), h('th', { scope: 'col' }, t('previewBefore')), h('th', { scope: 'col' }, t('previewAfter')))),
            h(
              'tbody',
              {},
              ...plan.changes.flatMap((c) => [
                h(
                  'tr',
                  { class: 'change', 'data-cell': c.cell },
                  h('th', { scope: 'row', rowspan: 2 }, c.cell),
                  h('td', { class: 'before' }, stateView(ctx, c.before)),
                  h('td', { class: 'after' }, stateView(ctx, c.after), c.after.numberFormat ? h('div', { class: 'hint' }, `${t('previewFormat')} ${formatPreview(c.after.value, c.after.numberFormat)}`) : null),
                ),
                h('tr', { class: 'reason' }, h('td', { colspan: 2 }, state.lang === 'th' ? c.reason.th : c.reason.en)),
              ]),
            ),
          ),
          plan.skipped.length > 0
            ? h(
                'div',
                { class: 'card card-warning' },
                h('p', {}, t('previewSkipped', { n: plan.skipped.length })),
                h('ul', {}, ...plan.skipped.map((s) => h('li', {}, h('strong', {}, s.cell), ' ', state.lang === 'th' ? s.reason.th : s.reason.en))),
              )
            : null,
          h(
            'div',
            { class: 'actions sticky' },
            h('button', { type: 'button', class: 'primary', id: 'apply', disabled: Boolean(state.busy), onclick: () => void ctx.actions.apply() }, state.busy === 'apply' ? t('working') : t('applyButton', { n: plan.changes.length })),
            h('button', { type: 'button', class: 'secondary', id: 'cancel', disabled: Boolean(state.busy), onclick: () => ctx.update({ preview: null }) }, t('cancelButton')),
          ),
        )
    : null;

  return h(
    'section',
    { class: 'stack', 'aria-labelledby': 'fix-title' },
    h('h2', { id: 'fix-title' }, t('fixTitle')),
    h('p', { class: 'intro' }, t('fixIntro', { log: LOG_SHEET })),
    categories,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: plan ? 'secondary' : 'primary', id: 'preview-button', disabled: Boolean(state.busy) || state.fixCategories.size === 0, onclick: () => void ctx.actions.preview() },
        state.busy === 'preview' ? t('working') : t('previewButton'),
      ),
    ),
    previewBlock,
    h(
      'div',
      { class: 'actions undo' },
      h('button', { type: 'button', class: 'subtle', id: 'undo', disabled: Boolean(state.busy), onclick: () => void ctx.actions.undo() }, state.busy === 'undo' ? t('working') : t('undoButton')),
    ),
  );
}
