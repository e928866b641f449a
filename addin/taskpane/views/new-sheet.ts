/** The "New plan sheet" tab: the form that becomes core's official layout in the workbook. */
import { PROVINCES } from '../../../core/places';
import { ORG_TYPES } from '../../../core/schema';
import { ORG_TYPE_NAMES } from '../../../core/thai';
import { FORM_KINDS, KIND_LABELS, switchKind, type FormField, type FormKind } from '../../plan-form';
import { h } from '../dom';
import type { ViewContext } from '../state';

function field(ctx: ViewContext, name: FormField, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const error = ctx.state.formErrors[name];
  const errorId = `f-${name}-error`;
  const hintId = `f-${name}-hint`;
  if (error) {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', errorId);
  } else if (hint) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: `field${error ? ' field-invalid' : ''}` },
    h('label', { for: `f-${name}` }, label),
    control,
    hint && !error ? h('div', { class: 'hint', id: hintId }, hint) : null,
    error ? h('div', { class: 'field-error', id: errorId, role: 'alert' }, ctx.t(error.key, error.params)) : null,
  );
}

function input(ctx: ViewContext, name: FormField, attrs: Record<string, string> = {}): HTMLInputElement {
  return h('input', {
    id: `f-${name}`,
    name,
    type: 'text',
    value: ctx.state.form[name],
    autocomplete: 'off',
    ...attrs,
    oninput: (e: Event) => {
      // Typing does not re-render (it would move the caret); the value is kept for the submit,
      // and the field's old complaint goes away.
      const el = e.target as HTMLInputElement;
      ctx.state.form = { ...ctx.state.form, [name]: el.value };
      if (ctx.state.formErrors[name]) {
        const { [name]: _gone, ...rest } = ctx.state.formErrors;
        ctx.state.formErrors = rest;
        el.removeAttribute('aria-invalid');
        el.removeAttribute('aria-describedby');
        el.closest('.field')?.classList.remove('field-invalid');
        document.getElementById(`f-${name}-error`)?.remove();
      }
    },
  });
}

export function newSheetView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const form = state.form;
  const multi = form.kind === 'plan-multi-year';

  const kind = h(
    'select',
    {
      id: 'f-kind',
      name: 'kind',
      onchange: (e: Event) => ctx.update({ form: switchKind(form, (e.target as HTMLSelectElement).value as FormKind, new Date()), formErrors: {} }),
    },
    ...FORM_KINDS.map((k) => h('option', { value: k, selected: k === form.kind }, t(KIND_LABELS[k]))),
  );
  const type = h(
    'select',
    {
      id: 'f-type',
      name: 'type',
      onchange: (e: Event) => {
        ctx.state.form = { ...ctx.state.form, type: (e.target as HTMLSelectElement).value as typeof form.type };
        ctx.update({});
      },
    },
    ...ORG_TYPES.map((ty) => h('option', { value: ty, selected: ty === form.type }, `${ty} ${ORG_TYPE_NAMES.find((n) => n.type === ty)?.full ?? ''}`)),
  );
  const provinces = h('datalist', { id: 'provinces' }, ...PROVINCES.map((p) => h('option', { value: p })));

  const short = { inputmode: 'numeric', maxlength: '4', class: 'short' };
  const years = multi
    ? [field(ctx, 'firstYear', t('fieldFirstYear'), input(ctx, 'firstYear', short)), field(ctx, 'lastYear', t('fieldLastYear'), input(ctx, 'lastYear', short))]
    : [field(ctx, 'firstYear', t('fieldYear'), input(ctx, 'firstYear', short))];

  const busy = state.busy === 'insert';
  return h(
    'form',
    {
      class: 'stack',
      novalidate: true,
      'aria-labelledby': 'new-title',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void ctx.actions.insert();
      },
    },
    h('h2', { id: 'new-title' }, t('newTitle')),
    h('p', { class: 'intro' }, t('newIntro')),
    state.prefilled ? h('p', { class: 'note' }, t('prefilled')) : null,
    field(ctx, 'kind', t('fieldKind'), kind),
    field(ctx, 'type', t('fieldType'), type),
    field(ctx, 'council', t('fieldCouncil'), input(ctx, 'council', { placeholder: t('councilHint') }), t('councilHint')),
    form.type === 'อบจ.' ? null : field(ctx, 'district', t('fieldDistrict'), input(ctx, 'district')),
    field(ctx, 'province', t('fieldProvince'), input(ctx, 'province', { list: 'provinces' })),
    provinces,
    h('div', { class: 'field-row' }, ...years, field(ctx, 'version', t('fieldVersion'), input(ctx, 'version', { ...short, maxlength: '3' }))),
    h('p', { class: 'hint' }, t('metadataNote')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'insert', disabled: Boolean(state.busy) }, busy ? t('working') : t('insertButton'))),
  );
}
