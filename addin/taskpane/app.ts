/**
 * The pane: a header with the language switch, five tabs (keyboard: arrows, Home, End), a status
 * line read out by screen readers, and the active tab's view. State lives here; views render it
 * and call back through the ViewContext.
 */
import { ActionError, explain, type Actions } from '../actions';
import type { Extra, HostCaps } from '../excel-host';
import { LOG_SHEET } from '../fix-log';
import { ALL_CATEGORIES } from '../fixes';
import { initialLang, t as translate, type Lang, type MessageKey, type Params } from '../i18n';
import { defaultForm } from '../plan-form';
import { h, icon } from './dom';
import { TAB_LABELS, TABS, type State, type Status, type TabId, type ViewContext } from './state';
import { fixView } from './views/fix';
import { formatView } from './views/format';
import { newSheetView } from './views/new-sheet';
import { readyView } from './views/ready';
import { validateView } from './views/validate';

const LANG_KEY = 'sujarit.lang';

const VIEWS: Record<TabId, (ctx: ViewContext) => HTMLElement> = {
  new: newSheetView,
  format: formatView,
  validate: validateView,
  fix: fixView,
  ready: readyView,
};

const EXTRA_LABELS: Record<Extra, MessageKey> = { dropdowns: 'featureDropdowns', freeze: 'featureFreeze', print: 'featurePrint' };

export interface AppOptions {
  actions: Actions;
  caps: HostCaps;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

function safeGet(storage: AppOptions['storage'], key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null; // storage can be blocked in some Office webviews
  }
}

export class App {
  readonly state: State;
  private readonly root: HTMLElement;
  private readonly opts: AppOptions;

  constructor(root: HTMLElement, opts: AppOptions) {
    this.root = root;
    this.opts = opts;
    this.state = {
      lang: initialLang(safeGet(opts.storage, LANG_KEY)),
      tab: 'new',
      busy: null,
      status: null,
      form: defaultForm(),
      formErrors: {},
      prefilled: false,
      inserted: null,
      formatted: null,
      highlight: false,
      validation: null,
      fixCategories: new Set(ALL_CATEGORIES),
      preview: null,
      applied: null,
      readiness: null,
    };
  }

  t = (key: MessageKey, params?: Params): string => translate(this.state.lang, key, params);

  /** First render, then the form filled in from the workbook's metadata sheet if there is one. */
  async start(): Promise<void> {
    this.render();
    try {
      const filled = await this.opts.actions.prefill(this.state.form);
      if (filled && !this.state.busy) this.update({ form: filled, prefilled: true });
    } catch {
      // A workbook that cannot be read yet still gets the empty form.
    }
    this.root.dataset.ready = 'true';
  }

  update(patch: Partial<State>): void {
    Object.assign(this.state, patch);
    this.render();
  }

  private setStatus(kind: Status['kind'], key: MessageKey, params?: Params, extra?: Status['extra']): void {
    this.state.status = { kind, key, params, extra };
  }

  private async act(name: string, fn: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.update({ busy: name, status: null });
    try {
      await fn();
    } catch (error) {
      const e = error instanceof ActionError ? error : explain(error);
      this.setStatus('error', e.key, e.params);
    } finally {
      this.state.busy = null;
      this.render();
    }
  }

  private readonly actions: ViewContext['actions'] = {
    insert: () =>
      this.act('insert', async () => {
        const out = await this.opts.actions.insert(this.state.form);
        if (!out.ok) {
          this.state.formErrors = out.errors;
          this.setStatus('error', 'formHasErrors');
          return;
        }
        this.state.formErrors = {};
        this.state.inserted = { sheet: out.sheet, missing: out.missing };
        const extra: NonNullable<Status['extra']> = out.notes.map((n) => ({ key: n.key, params: n.params }));
        if (out.renamed) extra.push({ key: 'insertedRenamed', params: { sheet: out.sheet } });
        if (out.missing.length) extra.push({ key: 'limitedFeatures', params: { missing: out.missing.map((m) => this.t(EXTRA_LABELS[m])).join(', ') } });
        this.setStatus('success', 'inserted', { sheet: out.sheet, meta: 'ข้อมูลหน่วยงาน', column: out.entry.column }, extra);
      }),
    format: () =>
      this.act('format', async () => {
        const out = await this.opts.actions.format();
        this.state.formatted = out;
        if (!out.found) this.setStatus('warning', 'formatNoTable');
        else
          this.setStatus('success', 'formatDone', { sheet: out.sheet, layout: out.found.layout[this.state.lang], from: out.found.from, to: out.found.to }, out.missing.length ? [{ key: 'limitedFeatures', params: { missing: out.missing.map((m) => this.t(EXTRA_LABELS[m])).join(', ') } }] : undefined);
      }),
    validate: () =>
      this.act('validate', async () => {
        const out = await this.opts.actions.validate({ highlight: this.state.highlight && this.opts.caps.conditionalFormats });
        this.state.validation = out;
        const errors = out.findings.filter((f) => f.severity === 'error').length;
        const warnings = out.findings.filter((f) => f.severity === 'warning').length;
        const infos = out.findings.filter((f) => f.severity === 'info').length;
        const extra = this.state.highlight && out.highlighted > 0 ? [{ key: 'highlightsApplied' as MessageKey, params: { n: out.highlighted } }] : undefined;
        // The panel shows the result; the status line only says what else happened.
        if (extra) this.setStatus('info', extra[0].key, extra[0].params);
        if (!out.hasTable) this.announce(this.t('validateNoTable', { sheet: out.sheet }));
        else if (errors === 0) this.announce(this.t('validateClean', { sheet: out.sheet }));
        else this.announce(this.t('validateSummary', { sheet: out.sheet, errors, warnings, infos }));
      }),
    select: (sheet, cell) =>
      this.act('select', async () => {
        await this.opts.actions.select(sheet, cell);
        this.setStatus('info', 'selected', { cell });
      }),
    clearHighlights: () =>
      this.act('clear', async () => {
        const n = await this.opts.actions.clearHighlights();
        this.setStatus('success', 'highlightsCleared', { n });
      }),
    preview: () =>
      this.act('preview', async () => {
        const out = await this.opts.actions.previewFixes(this.state.fixCategories);
        this.state.preview = out.plan;
        this.state.applied = null;
        this.announce(out.plan.changes.length === 0 ? this.t('previewNone', { sheet: out.sheet }) : this.t('previewCount', { n: out.plan.changes.length, sheet: out.sheet }));
      }),
    apply: () =>
      this.act('apply', async () => {
        const plan = this.state.preview;
        if (!plan) return;
        try {
          const out = await this.opts.actions.applyFixes(plan);
          this.state.applied = { ...out, sheet: plan.sheet };
          this.state.preview = null;
          this.state.validation = null;
          this.setStatus('success', 'applied', { n: out.applied, log: LOG_SHEET, batch: out.batch });
        } catch (error) {
          // A stale preview is thrown away: the clerk previews again.
          this.state.preview = null;
          throw error;
        }
      }),
    undo: () =>
      this.act('undo', async () => {
        const out = await this.opts.actions.undo();
        if (!out) this.setStatus('info', 'undoNothing');
        else {
          this.state.preview = null;
          this.state.validation = null;
          this.setStatus('success', 'undone', { batch: out.batch, n: out.restored });
        }
      }),
    readiness: () =>
      this.act('ready', async () => {
        this.state.readiness = await this.opts.actions.readiness();
        this.announce(this.t(this.state.readiness.ready ? 'readyYes' : 'readyNo'));
      }),
    goTo: (tab) => this.selectTab(tab, true),
  };

  private context(): ViewContext {
    return {
      state: this.state,
      t: this.t,
      update: (patch) => this.update(patch),
      act: (name, fn) => this.act(name, fn),
      actions: this.actions,
      canHighlight: this.opts.caps.conditionalFormats,
    };
  }

  private selectTab(tab: TabId, focus: boolean): void {
    this.update({ tab, status: null });
    if (focus) this.root.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private switchLanguage(): void {
    const lang: Lang = this.state.lang === 'th' ? 'en' : 'th';
    try {
      this.opts.storage?.setItem(LANG_KEY, lang);
    } catch {
      // remembered for this session only
    }
    this.update({ lang });
    this.root.querySelector<HTMLElement>('#lang')?.focus();
  }

  private tabList(): HTMLElement {
    const onKey = (e: KeyboardEvent) => {
      const i = TABS.indexOf(this.state.tab);
      const next =
        e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i - 1 + TABS.length) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
      if (!next) return;
      e.preventDefault();
      this.selectTab(next, true);
    };
    return h(
      'div',
      { class: 'tabs', role: 'tablist', 'aria-label': this.t('tabsLabel'), onkeydown: onKey as (e: Event) => void },
      ...TABS.map((tab) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${tab}`,
            'aria-selected': tab === this.state.tab ? 'true' : 'false',
            'aria-controls': 'panel',
            tabindex: tab === this.state.tab ? 0 : -1,
            onclick: () => this.selectTab(tab, false),
          },
          this.t(TAB_LABELS[tab]),
        ),
      ),
    );
  }

  /** Fills the status line, which stays in the page so that screen readers announce what it says. */
  private renderStatus(el: HTMLElement): void {
    const s = this.state.status;
    el.className = `status${s ? ` status-${s.kind}` : ''}`;
    if (!s) {
      el.replaceChildren();
      return;
    }
    const iconName = s.kind === 'success' ? 'pass' : s.kind === 'error' ? 'error' : s.kind === 'warning' ? 'warning' : 'info';
    el.replaceChildren(
      icon(iconName),
      h('div', { class: 'status-text' }, h('p', {}, this.t(s.key, s.params)), ...(s.extra ?? []).map((x) => h('p', { class: 'status-extra' }, this.t(x.key, x.params)))),
      h('button', { type: 'button', class: 'status-close', 'aria-label': this.t('close'), onclick: () => this.update({ status: null }) }, '×'),
    );
  }

  private shell: { header: HTMLElement; tabs: HTMLElement; status: HTMLElement; announce: HTMLElement; panel: HTMLElement } | null = null;

  /** Says something to screen readers without showing it (results the panel already shows). */
  announce(text: string): void {
    if (this.shell) this.shell.announce.textContent = text;
  }

  render(): void {
    const active = document.activeElement as HTMLElement | null;
    const focusId = active && this.root.contains(active) ? active.id : '';
    document.documentElement.lang = this.state.lang;
    if (!this.shell) {
      this.shell = {
        header: h('header', { class: 'header' }),
        tabs: h('nav', { class: 'tabs-wrap' }),
        status: h('div', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' }),
        announce: h('div', { class: 'sr-only', id: 'announce', 'aria-live': 'polite' }),
        panel: h('main', { class: 'panel', id: 'panel', role: 'tabpanel' }),
      };
      this.root.replaceChildren(this.shell.header, this.shell.tabs, this.shell.status, this.shell.announce, this.shell.panel);
    }
    const { header, tabs, status, panel } = this.shell;
    header.replaceChildren(
      h('img', { src: 'assets/icon-32.png', alt: '', width: 24, height: 24, class: 'logo' }),
      h('div', { class: 'brand' }, h('h1', {}, this.t('appName')), h('p', {}, this.t('appTagline'))),
      h('button', { type: 'button', class: 'lang', id: 'lang', lang: this.state.lang === 'th' ? 'en' : 'th', 'aria-label': this.t('switchLanguageLabel'), onclick: () => this.switchLanguage() }, this.t('switchLanguage')),
    );
    tabs.replaceChildren(this.tabList());
    this.renderStatus(status);
    panel.setAttribute('aria-labelledby', `tab-${this.state.tab}`);
    panel.setAttribute('aria-busy', this.state.busy ? 'true' : 'false');
    panel.replaceChildren(VIEWS[this.state.tab](this.context()));
    this.root.dataset.tab = this.state.tab;
    this.root.dataset.busy = this.state.busy ? 'true' : 'false';
    // Re-rendering replaces the elements; the one that had focus gets it back.
    if (focusId) this.root.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`)?.focus();
  }
}
