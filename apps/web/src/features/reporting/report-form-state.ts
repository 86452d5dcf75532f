import type {
  TFinding,
  TReportForm,
  TSaveReportRequest,
  TValidationConfig,
} from '@gongyeyun/contract';
import type { LocalizedText, ReportFigures, ValidationFinding } from '@gongyeyun/core';
import {
  MIN_EXPLANATION_LENGTH,
  completeFlow,
  parsePeriod,
  previousPeriodInYear,
  roundToDecimals,
  validateReport,
} from '@gongyeyun/core';

export type FigureField = 'month' | 'ytd' | 'prevYearYtd';
export const FIGURE_FIELDS: readonly FigureField[] = ['month', 'ytd', 'prevYearYtd'];

type Indicator = TReportForm['indicators'][number];
export type DraftFigures = Record<FigureField, string>;

/** What the user has typed on a form, with where each figure came from. */
export interface ReportDraft {
  /** The report version the figures were typed against (0: nothing saved yet). */
  version: number;
  values: Record<string, DraftFigures>;
  /** Per indicator, the one of 本月 / 本年累计 computed from the other, if any. */
  derived: Record<string, 'month' | 'ytd' | null>;
  /** Indicators whose 上年同期累计 was filled in from last year's 本年累计. */
  prefilled: Record<string, boolean>;
  explanations: Record<string, string>;
  /** Why submitted figures are changed (corrections). */
  reason: string;
}

const FIGURE_PATTERN = /^-?\d{1,15}(\.\d{1,4})?$/;

/** A typed figure: empty → null; not a number (up to 4 decimals) → NaN. Thousands commas are fine. */
export function parseFigure(text: string): number | null {
  const s = text.trim().replaceAll(',', '').replaceAll('，', '');
  if (s === '') return null;
  return FIGURE_PATTERN.test(s) ? Number(s) : Number.NaN;
}

const cleanFigure = (text: string): string | null => {
  const s = text.trim().replaceAll(',', '').replaceAll('，', '');
  return s === '' ? null : s;
};

/** A number as a form shows it for typing: fixed decimals, no separators. */
export const figureText = (value: number, decimals: number): string =>
  roundToDecimals(value, decimals).toFixed(decimals);

const emptyFigures = (): DraftFigures => ({ month: '', ytd: '', prevYearYtd: '' });

/** The form's saved figures as a draft; 上年同期累计 is prefilled from last year where empty. */
export function initDraft(form: TReportForm): ReportDraft {
  const values: Record<string, DraftFigures> = {};
  const prefilled: Record<string, boolean> = {};
  const derived: Record<string, 'month' | 'ytd' | null> = {};
  for (const indicator of form.indicators) {
    const saved = form.values[indicator.code];
    const figures = emptyFigures();
    for (const field of FIGURE_FIELDS) figures[field] = saved?.[field] ?? '';
    if (indicator.kind === 'stock') figures.month = '';
    const lastYear = form.lastYearYtd[indicator.code];
    if (form.canEdit && figures.prevYearYtd === '' && lastYear !== undefined) {
      figures.prevYearYtd = lastYear;
      prefilled[indicator.code] = true;
    }
    values[indicator.code] = figures;
    derived[indicator.code] = null;
  }
  return {
    version: form.report?.version ?? 0,
    values,
    derived,
    prefilled,
    explanations: { ...form.explanations },
    reason: '',
  };
}

/**
 * Last period's 本年累计 by indicator, as the rules and the derivation of 本月 need it: only when
 * the previous period shown is the previous one of the same year.
 */
export function previousYtdOf(form: TReportForm): Record<string, number> {
  const out: Record<string, number> = {};
  const expected = previousPeriodInYear(form.period.period);
  if (expected === null || form.previous.period !== expected) return out;
  for (const [code, figures] of Object.entries(form.previous.values)) {
    const value = figures.ytd === null ? null : Number(figures.ytd);
    if (value !== null && Number.isFinite(value)) out[code] = value;
  }
  return out;
}

/** The base 本年累计 of this period's 本月: 0 for 1–2月, else last period's, when known. */
export function baseYtd(form: TReportForm, previousYtd: Record<string, number>, code: string) {
  return parsePeriod(form.period.period)?.month === 2 ? 0 : previousYtd[code];
}

/**
 * The draft after the user typed `text` into one field. For a flow, typing 本月 fills an empty (or
 * earlier derived) 本年累计 from last period's 累计, and the other way round (core completeFlow).
 */
export function typeFigure(
  draft: ReportDraft,
  form: TReportForm,
  previousYtd: Record<string, number>,
  indicator: Indicator,
  field: FigureField,
  text: string,
): ReportDraft {
  const code = indicator.code;
  const figures = { ...(draft.values[code] ?? emptyFigures()), [field]: text };
  let derived = draft.derived[code] ?? null;
  if (derived === field) derived = null;
  const prefilled =
    field === 'prevYearYtd' ? { ...draft.prefilled, [code]: false } : draft.prefilled;

  if (indicator.kind === 'flow' && (field === 'month' || field === 'ytd')) {
    const other = field === 'month' ? 'ytd' : 'month';
    const base = baseYtd(form, previousYtd, code);
    const canFill = figures[other].trim() === '' || derived === other;
    if (canFill && base !== undefined) {
      const typed = parseFigure(text);
      if (typed === null || Number.isNaN(typed)) {
        if (derived === other) {
          figures[other] = '';
          derived = null;
        }
      } else {
        const done = completeFlow(
          {
            month: field === 'month' ? typed : null,
            ytd: field === 'ytd' ? typed : null,
            prevYearYtd: null,
          },
          base,
          indicator.decimals,
        );
        const value = done[other];
        if (done.derived === other && value !== null) {
          figures[other] = figureText(value, indicator.decimals);
          derived = other;
        }
      }
    }
  }
  return {
    ...draft,
    values: { ...draft.values, [code]: figures },
    derived: { ...draft.derived, [code]: derived },
    prefilled,
  };
}

/** Fields whose text is not a number the form can keep. */
export function invalidFields(draft: ReportDraft): { code: string; field: FigureField }[] {
  const out: { code: string; field: FigureField }[] = [];
  for (const [code, figures] of Object.entries(draft.values)) {
    for (const field of FIGURE_FIELDS) {
      if (Number.isNaN(parseFigure(figures[field]))) out.push({ code, field });
    }
  }
  return out;
}

const toNumberOrNull = (text: string): number | null => {
  const value = parseFigure(text);
  return value === null || Number.isNaN(value) ? null : value;
};

/** Core's validation of what is typed now (the same rules the server runs on saving). */
export function validateDraft(
  form: TReportForm,
  draft: ReportDraft,
  config: TValidationConfig,
  previousYtd: Record<string, number>,
): ValidationFinding[] {
  const values: Record<string, ReportFigures> = {};
  for (const indicator of form.indicators) {
    const figures = draft.values[indicator.code] ?? emptyFigures();
    values[indicator.code] = {
      month: indicator.kind === 'stock' ? null : toNumberOrNull(figures.month),
      ytd: toNumberOrNull(figures.ytd),
      prevYearYtd: toNumberOrNull(figures.prevYearYtd),
    };
  }
  const lastYearYtd: Record<string, number> = {};
  for (const [code, text] of Object.entries(form.lastYearYtd)) {
    const value = Number(text);
    if (Number.isFinite(value)) lastYearYtd[code] = value;
  }
  return validateReport({
    period: form.period.period,
    indicators: form.indicators,
    values,
    previousYtd,
    lastYearYtd,
    history: form.history,
    config,
  });
}

/** A finding as the form shows it, whether computed here or stored by the server. */
export interface ShownFinding {
  key: string;
  severity: 'hard' | 'soft';
  indicator: string;
  field: FigureField | null;
  message: string;
}

export const fromCore = (
  finding: ValidationFinding,
  label: (text: LocalizedText) => string,
): ShownFinding => ({
  key: finding.key,
  severity: finding.severity,
  indicator: finding.indicator,
  field: finding.field,
  message: label(finding.message),
});

export const fromServer = (finding: TFinding): ShownFinding => ({ ...finding });

/** The body of a save: every indicator's figures as typed (cleaned), explanations, reason. */
export function toSaveRequest(form: TReportForm, draft: ReportDraft): TSaveReportRequest {
  const values: TSaveReportRequest['values'] = {};
  for (const indicator of form.indicators) {
    const figures = draft.values[indicator.code] ?? emptyFigures();
    values[indicator.code] = {
      month: indicator.kind === 'stock' ? null : cleanFigure(figures.month),
      ytd: cleanFigure(figures.ytd),
      prevYearYtd: cleanFigure(figures.prevYearYtd),
    };
  }
  const explanations = Object.fromEntries(
    Object.entries(draft.explanations).filter(([, text]) => text.trim() !== ''),
  );
  const reason = draft.reason.trim();
  return { version: draft.version, values, explanations, reason: reason === '' ? null : reason };
}

/** Whether the draft differs from what the server holds. */
export function isDraftDirty(form: TReportForm, draft: ReportDraft): boolean {
  if (form.report === null) return true;
  for (const indicator of form.indicators) {
    const saved = form.values[indicator.code];
    const typed = draft.values[indicator.code] ?? emptyFigures();
    for (const field of FIGURE_FIELDS) {
      if (indicator.kind === 'stock' && field === 'month') continue;
      const a = toNumberOrNull(typed[field]);
      const b = saved?.[field] == null ? null : Number(saved[field]);
      if (a !== b) return true;
    }
  }
  const keys = new Set([...Object.keys(form.explanations), ...Object.keys(draft.explanations)]);
  for (const key of keys) {
    if ((form.explanations[key] ?? '').trim() !== (draft.explanations[key] ?? '').trim())
      return true;
  }
  return false;
}

/** Whether the form may be submitted: no error, and every warning explained (as core checks it). */
export function submissionCheck(
  findings: readonly ShownFinding[],
  explanations: Readonly<Record<string, string>>,
): { ok: boolean; blocking: ShownFinding[]; unexplained: ShownFinding[] } {
  const blocking = findings.filter((f) => f.severity === 'hard');
  const unexplained = findings.filter(
    (f) =>
      f.severity === 'soft' &&
      [...(explanations[f.key] ?? '').trim()].length < MIN_EXPLANATION_LENGTH,
  );
  return { ok: blocking.length === 0 && unexplained.length === 0, blocking, unexplained };
}
