/**
 * What the pane remembers between clicks, and the interface views use to read it and act.
 */
import type { FormatOutcome, ValidateOutcome } from '../actions';
import type { ApplyResult, Extra } from '../excel-host';
import type { FixCategory, FixPlan } from '../fixes';
import type { Lang, MessageKey, Params } from '../i18n';
import type { FieldMessage, PlanForm } from '../plan-form';
import type { Readiness } from '../ready';

export const TABS = ['new', 'format', 'validate', 'fix', 'ready'] as const;
export type TabId = (typeof TABS)[number];

export const TAB_LABELS: Record<TabId, MessageKey> = {
  new: 'tabNew',
  format: 'tabFormat',
  validate: 'tabValidate',
  fix: 'tabFix',
  ready: 'tabReady',
};

export type StatusKind = 'info' | 'success' | 'warning' | 'error';

export interface Status {
  kind: StatusKind;
  key: MessageKey;
  params?: Params;
  /** Further lines (notes, missing features), already keyed. */
  extra?: { key: MessageKey; params?: Params }[];
}

export interface State {
  lang: Lang;
  tab: TabId;
  /** The action running, if any: its button shows it, the others wait. */
  busy: string | null;
  status: Status | null;
  form: PlanForm;
  formErrors: Partial<Record<keyof PlanForm, FieldMessage>>;
  prefilled: boolean;
  inserted: { sheet: string; missing: Extra[] } | null;
  formatted: FormatOutcome | null;
  highlight: boolean;
  validation: ValidateOutcome | null;
  fixCategories: Set<FixCategory>;
  preview: FixPlan | null;
  applied: (ApplyResult & { sheet: string }) | null;
  readiness: Readiness | null;
}

/** What views call: read the state, change it, run an action. */
export interface ViewContext {
  state: State;
  t(key: MessageKey, params?: Params): string;
  update(patch: Partial<State>): void;
  /** Runs an action with the busy flag and error reporting; re-renders after. */
  act(name: string, fn: () => Promise<void>): Promise<void>;
  actions: {
    insert(): Promise<void>;
    format(): Promise<void>;
    validate(): Promise<void>;
    select(sheet: string, cell: string): Promise<void>;
    clearHighlights(): Promise<void>;
    preview(): Promise<void>;
    apply(): Promise<void>;
    undo(): Promise<void>;
    readiness(): Promise<void>;
    goTo(tab: TabId): void;
  };
  canHighlight: boolean;
}
