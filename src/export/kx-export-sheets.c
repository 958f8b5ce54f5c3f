/* kx-export-sheets.c: the office's other workbooks — 专家评分表, 形式审查表, 公示名单, 资金拨付台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each reads its rows with one core query (kx-office-sheets.h,
 * kx_money_report_call) and writes them in order, as constant-memory mode
 * wants: title, header, rows, then the totals or the signature line.
 */

#define G_LOG_DOMAIN "kx-export"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-export-sheets.h"
#include "kx-money-report.h"
#include "kx-office-sheets.h"

/* The header is in row 1 and the data start in row 2, unless a sheet has
 * a subtitle row (the expert sheets). */
#define FIRST_ROW 2

/* The widest text of the string field at @offset of the rows. */
static double
measure (GArray *rows,
         gsize   offset)
{
  double width = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const char *row = rows->data + (gsize) i * g_array_get_element_size (rows);

      width = MAX (width, _kx_xlsx_text_width (G_STRUCT_MEMBER (const char *, row, offset)));
    }
  return width;
}

static lxw_worksheet *
start_sheet (KxXlsx             *x,
             const char         *name,
             const KxXlsxLayout *layout,
             const char         *title,
             const double       *widths)
{
  lxw_worksheet *sheet = _kx_xlsx_add_sheet (x, name);

  _kx_xlsx_lay_out (x, sheet, layout, title, widths);
  return sheet;
}

static void
write_header (KxXlsx             *x,
              lxw_worksheet      *sheet,
              const KxXlsxLayout *layout)
{
  _kx_xlsx_put (x, worksheet_set_row (sheet, layout->header_row, 30, NULL));
  for (lxw_col_t c = 0; c < layout->n_columns; c++)
    _kx_xlsx_text (x, sheet, layout->header_row, c, layout->headers[c], x->header);
}

static void
write_seq (KxXlsx        *x,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           guint          seq)
{
  _kx_xlsx_put (x, worksheet_write_number (sheet, row, 0, seq, x->integer));
}

/* 专家评分表 */

enum { SC_SEQ, SC_NUMBER, SC_APPLICANT, SC_TITLE, SC_CRITERIA, SC_TOTAL = SC_CRITERIA + 5,
       SC_N_COLS };
#define SC_FIRST_ROW 3

static void
validate_scores (KxXlsx         *x,
                 lxw_worksheet  *sheet,
                 const KxPolicy *policy,
                 lxw_row_t       last)
{
  for (int c = 0; c < KX_N_CRITERIA; c++)
    {
      g_autofree char *message = g_strdup_printf (_("Enter a whole number from 0 to %d."),
                                                  policy->weights[c]);
      lxw_data_validation v = {
        .validate = LXW_VALIDATION_TYPE_INTEGER,
        .criteria = LXW_VALIDATION_CRITERIA_BETWEEN,
        .minimum_number = 0,
        .maximum_number = policy->weights[c],
        .error_type = LXW_VALIDATION_ERROR_TYPE_STOP,
        .error_title = (char *) kx_criterion_label (c),
        .error_message = message,
      };

      _kx_xlsx_put (x, worksheet_data_validation_range (sheet, SC_FIRST_ROW, SC_CRITERIA + c,
                                                        last, SC_CRITERIA + c, &v));
    }
}

static void
write_score_row (KxXlsx                 *x,
                 lxw_worksheet          *sheet,
                 lxw_row_t               row,
                 guint                   seq,
                 const KxExpertSheetRow *r)
{
  g_autofree char *from = _kx_xlsx_cell (row, SC_CRITERIA);
  g_autofree char *to = _kx_xlsx_cell (row, SC_CRITERIA + KX_N_CRITERIA - 1);
  g_autofree char *total = g_strdup_printf ("=IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))",
                                            from, to, from, to);

  write_seq (x, sheet, row, seq);
  _kx_xlsx_text (x, sheet, row, SC_NUMBER, r->number, x->center);
  _kx_xlsx_text (x, sheet, row, SC_APPLICANT, r->applicant, x->text);
  _kx_xlsx_text (x, sheet, row, SC_TITLE, r->title, x->text);
  for (int c = 0; c < KX_N_CRITERIA; c++)
    _kx_xlsx_text (x, sheet, row, SC_CRITERIA + c, NULL, x->input);
  _kx_xlsx_put (x, worksheet_write_formula_str (sheet, row, SC_TOTAL, total, x->center, ""));
  _kx_xlsx_put (x, worksheet_set_row (sheet, row, 36, NULL));
}

/* One expert's sheet: rows [@first, @end) of @rows. */
static gboolean
write_expert (KxXlsx       *x,
              GArray       *rows,
              guint         first,
              guint         end,
              const char  **headers,
              GError      **error)
{
  const KxPolicy *policy = kx_call_get_policy (x->call);
  const KxExpertSheetRow *e = &g_array_index (rows, KxExpertSheetRow, first);
  double widths[SC_N_COLS] = { [SC_NUMBER] = 10, [SC_APPLICANT] = 24, [SC_TITLE] = 36 };
  KxXlsxLayout layout = { headers, NULL, SC_N_COLS, 2, FALSE };
  /* Translators: the title of an expert's score sheet; %d is the call's year */
  g_autofree char *title = g_strdup_printf (_("%d Society Service Capacity Programme: Expert "
                                            "Score Sheet"),
                                           kx_call_get_year (x->call));
  g_autofree char *who = g_strdup_printf (_("Expert: %s    Affiliation: %s"),
                                          e->expert_name, e->affiliation);
  lxw_row_t last = SC_FIRST_ROW + (end - first) - 1;
  lxw_worksheet *sheet = start_sheet (x, e->expert_name, &layout, title, widths);

  worksheet_set_portrait (sheet);
  _kx_xlsx_put (x, worksheet_merge_range (sheet, 1, 0, 1, SC_N_COLS - 1, who, x->subtitle));
  write_header (x, sheet, &layout);
  validate_scores (x, sheet, policy, last);
  for (guint i = first; i < end; i++)
    {
      write_score_row (x, sheet, SC_FIRST_ROW + i - first, i - first + 1,
                       &g_array_index (rows, KxExpertSheetRow, i));
      if (!_kx_xlsx_tick (x, error))
        return FALSE;
    }
  _kx_xlsx_put (x, worksheet_set_row (sheet, last + 2, 30, NULL));
  _kx_xlsx_put (x, worksheet_merge_range (sheet, last + 2, 0, last + 2, SC_N_COLS - 1,
                                          _("Expert's signature: ________________        "
                                            "Date: ________ (year) ____ (month) ____ (day)"),
                                          x->subtitle));
  return _kx_xlsx_check (x, error);
}

gboolean
_kx_export_scores (KxXlsx  *x,
                   GError **error)
{
  const KxPolicy *policy = kx_call_get_policy (x->call);
  g_autoptr(GArray) rows = kx_office_sheet_assignments (x->store, kx_call_get_id (x->call),
                                                        error);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  const char *headers[SC_N_COLS] = {
    _("No."), _("Project number"), _("Applicant"), _("Project name"),
  };
  guint first = 0;

  if (rows == NULL)
    return FALSE;
  for (int c = 0; c < KX_N_CRITERIA; c++)
    {
      headers[SC_CRITERIA + c] = g_strdup_printf (_("%s (max. %d)"), kx_criterion_label (c),
                                                  policy->weights[c]);
      g_ptr_array_add (labels, (char *) headers[SC_CRITERIA + c]);
    }
  headers[SC_TOTAL] = g_strdup_printf (_("Total (max. %d)"), 100);
  g_ptr_array_add (labels, (char *) headers[SC_TOTAL]);
  x->total = rows->len;
  if (rows->len == 0)
    return g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID,
                        _("No expert is assigned to a project of the call of %d"),
                        kx_call_get_year (x->call)), FALSE;
  for (guint i = 1; i <= rows->len; i++)
    if (i == rows->len || g_array_index (rows, KxExpertSheetRow, i).expert_id !=
                          g_array_index (rows, KxExpertSheetRow, first).expert_id)
      {
        if (!write_expert (x, rows, first, i, headers, error))
          return FALSE;
        first = i;
      }
  return TRUE;
}

/* 形式审查表 */

enum { FR_SEQ, FR_NUMBER, FR_APPLICANT, FR_TITLE, FR_TYPE, FR_CHECKS,
       FR_RESULT = FR_CHECKS + KX_N_FORMAL_CHECKS, FR_REVIEWER, FR_DATE, FR_NOTE, FR_N_COLS };

gboolean
_kx_export_formal (KxXlsx  *x,
                   GError **error)
{
  g_autoptr(GArray) rows = kx_office_sheet_formal (x->store, kx_call_get_id (x->call), error);
  const char *headers[FR_N_COLS] = {
    _("No."), _("Project number"), _("Applicant"), _("Project name"), _("Type of project"),
    [FR_RESULT] = _("Conclusion"), _("Reviewer"), _("Date"), _("Note"),
  };
  double widths[FR_N_COLS] = { [FR_NUMBER] = 10, [FR_TYPE] = 12, [FR_DATE] = 10,
                               [FR_NOTE] = 24 };
  KxXlsxLayout layout = { headers, NULL, FR_N_COLS, 1, TRUE };
  /* Translators: the title of the formal review workbook; %d is the call's year */
  g_autofree char *title = g_strdup_printf (_("%d Society Service Capacity Programme: Formal "
                                            "Review"),
                                           kx_call_get_year (x->call));
  lxw_worksheet *sheet;

  if (rows == NULL)
    return FALSE;
  for (int c = 0; c < KX_N_FORMAL_CHECKS; c++)
    {
      headers[FR_CHECKS + c] = kx_formal_check_label (c);
      widths[FR_CHECKS + c] = _kx_xlsx_text_width (headers[FR_CHECKS + c]);
    }
  for (int r = KX_FORMAL_RESULT_PASS; r <= KX_FORMAL_RESULT_REJECT; r++)
    widths[FR_RESULT] = MAX (widths[FR_RESULT], _kx_xlsx_text_width (kx_formal_result_label (r)));
  widths[FR_APPLICANT] = measure (rows, G_STRUCT_OFFSET (KxFormalSheetRow, applicant));
  widths[FR_TITLE] = measure (rows, G_STRUCT_OFFSET (KxFormalSheetRow, title));
  x->total = rows->len;
  sheet = start_sheet (x, _("Formal review"), &layout, title, widths);
  _kx_xlsx_put (x, worksheet_autofilter (sheet, 1, 0, MAX (rows->len, 1) + 1, FR_N_COLS - 1));
  write_header (x, sheet, &layout);
  for (guint i = 0; i < rows->len; i++)
    {
      const KxFormalSheetRow *r = &g_array_index (rows, KxFormalSheetRow, i);
      lxw_row_t row = FIRST_ROW + i;

      write_seq (x, sheet, row, i + 1);
      _kx_xlsx_text (x, sheet, row, FR_NUMBER, r->number, x->center);
      _kx_xlsx_text (x, sheet, row, FR_APPLICANT, r->applicant, x->text);
      _kx_xlsx_text (x, sheet, row, FR_TITLE, r->title, x->text);
      _kx_xlsx_text (x, sheet, row, FR_TYPE, kx_project_type_short (r->type), x->center);
      for (int c = 0; c < KX_N_FORMAL_CHECKS; c++)
        _kx_xlsx_text (x, sheet, row, FR_CHECKS + c,
                       kx_result_label (r->ok[c] ? KX_RESULT_PASS : KX_RESULT_FAIL), x->center);
      _kx_xlsx_text (x, sheet, row, FR_RESULT, kx_formal_result_label (r->result), x->center);
      _kx_xlsx_text (x, sheet, row, FR_REVIEWER, r->reviewer, x->center);
      _kx_xlsx_text (x, sheet, row, FR_DATE, r->reviewed_on, x->center);
      _kx_xlsx_text (x, sheet, row, FR_NOTE, r->note, x->text);
      if (!_kx_xlsx_tick (x, error))
        return FALSE;
    }
  return _kx_xlsx_check (x, error);
}

/* 公示名单 */

enum { NO_SEQ, NO_NUMBER, NO_APPLICANT, NO_TITLE, NO_TYPE, NO_REQUESTED, NO_APPROVED,
       NO_START, NO_END, NO_N_COLS };

gboolean
_kx_export_notice (KxXlsx  *x,
                   GError **error)
{
  g_autoptr(GArray) rows = kx_office_sheet_notice (x->store, kx_call_get_id (x->call), error);
  const char *headers[NO_N_COLS] = {
    _("No."), _("Project number"), _("Applicant"), _("Project name"), _("Type of project"),
    _("Requested (yuan)"), _("Approved (yuan)"), _("Notice from"), _("Notice until"),
  };
  double widths[NO_N_COLS] = { [NO_NUMBER] = 10, [NO_TYPE] = 12, [NO_REQUESTED] = 12,
                               [NO_APPROVED] = 12, [NO_START] = 10, [NO_END] = 10 };
  KxXlsxLayout layout = { headers, NULL, NO_N_COLS, 1, TRUE };
  /* Translators: the title of the public notice list; %d is the call's year */
  g_autofree char *title = g_strdup_printf (_("%d Society Service Capacity Programme: Projects "
                                            "to Be Funded (Public Notice)"),
                                           kx_call_get_year (x->call));
  gint64 requested = 0, approved = 0;
  lxw_worksheet *sheet;
  lxw_row_t total_row = FIRST_ROW + (rows != NULL ? rows->len : 0);

  if (rows == NULL)
    return FALSE;
  widths[NO_APPLICANT] = measure (rows, G_STRUCT_OFFSET (KxNoticeSheetRow, applicant));
  widths[NO_TITLE] = measure (rows, G_STRUCT_OFFSET (KxNoticeSheetRow, title));
  x->total = rows->len;
  sheet = start_sheet (x, _("Public notice"), &layout, title, widths);
  write_header (x, sheet, &layout);
  for (guint i = 0; i < rows->len; i++)
    {
      const KxNoticeSheetRow *r = &g_array_index (rows, KxNoticeSheetRow, i);
      lxw_row_t row = FIRST_ROW + i;

      write_seq (x, sheet, row, i + 1);
      _kx_xlsx_text (x, sheet, row, NO_NUMBER, r->number, x->center);
      _kx_xlsx_text (x, sheet, row, NO_APPLICANT, r->applicant, x->text);
      _kx_xlsx_text (x, sheet, row, NO_TITLE, r->title, x->text);
      _kx_xlsx_text (x, sheet, row, NO_TYPE, kx_project_type_short (r->type), x->center);
      _kx_xlsx_money (x, sheet, row, NO_REQUESTED, r->requested_fen);
      _kx_xlsx_money (x, sheet, row, NO_APPROVED, r->approved_fen);
      _kx_xlsx_text (x, sheet, row, NO_START, r->notice_start, x->center);
      _kx_xlsx_text (x, sheet, row, NO_END, r->notice_end, x->center);
      requested += r->requested_fen;
      approved += r->approved_fen;
      if (!_kx_xlsx_tick (x, error))
        return FALSE;
    }
  _kx_xlsx_put (x, worksheet_merge_range (sheet, total_row, 0, total_row, NO_TYPE, _("Total"),
                                          x->total_label));
  _kx_xlsx_sum (x, sheet, total_row, NO_REQUESTED, FIRST_ROW, total_row - 1, requested);
  _kx_xlsx_sum (x, sheet, total_row, NO_APPROVED, FIRST_ROW, total_row - 1, approved);
  _kx_xlsx_text (x, sheet, total_row, NO_START, NULL, x->total_label);
  _kx_xlsx_text (x, sheet, total_row, NO_END, NULL, x->total_label);
  return _kx_xlsx_check (x, error);
}

/* 资金拨付台账 */

enum { LE_SEQ, LE_NUMBER, LE_APPLICANT, LE_TYPE, LE_APPROVED, LE_TRANCHE1, LE_TRANCHE2,
       LE_DISBURSED, LE_RECOVERED, LE_SPENT, LE_BALANCE, LE_STAGE, LE_N_COLS };

/* Disbursed = the tranches; balance = disbursed − recovered − spent. */
static void
write_ledger_formula (KxXlsx        *x,
                      lxw_worksheet *sheet,
                      lxw_row_t      row,
                      lxw_col_t      col,
                      gint64         fen)
{
  g_autofree char *formula = NULL;
  char a[3][LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (a[0], row, col == LE_DISBURSED ? LE_TRANCHE1 : LE_DISBURSED);
  lxw_rowcol_to_cell (a[1], row, col == LE_DISBURSED ? LE_TRANCHE2 : LE_RECOVERED);
  lxw_rowcol_to_cell (a[2], row, LE_SPENT);
  if (col == LE_DISBURSED)
    formula = g_strdup_printf ("=%s+%s", a[0], a[1]);
  else
    formula = g_strdup_printf ("=%s-%s-%s", a[0], a[1], a[2]);
  _kx_xlsx_put (x, worksheet_write_formula_num (sheet, row, col, formula, x->money,
                                                fen / 100.0));
}

gboolean
_kx_export_ledger (KxXlsx  *x,
                   GError **error)
{
  g_autoptr(GArray) rows = kx_money_report_call (x->store, kx_call_get_id (x->call), error);
  const char *headers[LE_N_COLS] = {
    _("No."), _("Project number"), _("Applicant"), _("Type of project"), _("Approved (yuan)"),
    _("First tranche (yuan)"), _("Later tranches (yuan)"), _("Disbursed (yuan)"),
    _("Recovered (yuan)"), _("Spent (yuan)"), _("Balance (yuan)"), _("Current stage"),
  };
  double widths[LE_N_COLS] = { [LE_NUMBER] = 10, [LE_TYPE] = 12, [LE_STAGE] = 10 };
  KxXlsxLayout layout = { headers, NULL, LE_N_COLS, 1, TRUE };
  /* Translators: the title of the disbursement ledger; %d is the call's year */
  g_autofree char *title = g_strdup_printf (_("%d Society Service Capacity Programme: "
                                            "Disbursement Ledger"),
                                           kx_call_get_year (x->call));
  gint64 sums[LE_N_COLS] = { 0 };
  lxw_worksheet *sheet;
  lxw_row_t total_row;

  if (rows == NULL)
    return FALSE;
  for (lxw_col_t c = LE_APPROVED; c <= LE_BALANCE; c++)
    widths[c] = 13;
  widths[LE_APPLICANT] = measure (rows, G_STRUCT_OFFSET (KxMoneyReportRow, applicant));
  x->total = rows->len;
  total_row = FIRST_ROW + rows->len;
  sheet = start_sheet (x, _("Ledger"), &layout, title, widths);
  _kx_xlsx_put (x, worksheet_autofilter (sheet, 1, 0, MAX (rows->len, 1) + 1, LE_N_COLS - 1));
  write_header (x, sheet, &layout);
  for (guint i = 0; i < rows->len; i++)
    {
      const KxMoneyReportRow *r = &g_array_index (rows, KxMoneyReportRow, i);
      gint64 money[LE_N_COLS] = {
        [LE_APPROVED] = r->approved_fen, [LE_TRANCHE1] = r->tranche1_fen,
        [LE_TRANCHE2] = r->tranche2_fen, [LE_DISBURSED] = r->tranche1_fen + r->tranche2_fen,
        [LE_RECOVERED] = r->recovered_fen, [LE_SPENT] = r->spent_fen,
        [LE_BALANCE] = r->balance_fen,
      };
      lxw_row_t row = FIRST_ROW + i;

      write_seq (x, sheet, row, i + 1);
      _kx_xlsx_text (x, sheet, row, LE_NUMBER, r->number, x->center);
      _kx_xlsx_text (x, sheet, row, LE_APPLICANT, r->applicant, x->text);
      _kx_xlsx_text (x, sheet, row, LE_TYPE, kx_project_type_short (r->type), x->center);
      for (lxw_col_t c = LE_APPROVED; c <= LE_BALANCE; c++)
        if (c == LE_DISBURSED)
          write_ledger_formula (x, sheet, row, c, money[c]);
        else if (c == LE_BALANCE)
          write_ledger_formula (x, sheet, row, c, money[c]);
        else
          _kx_xlsx_money (x, sheet, row, c, money[c]);
      _kx_xlsx_text (x, sheet, row, LE_STAGE, kx_stage_label (r->stage), x->center);
      for (lxw_col_t c = LE_APPROVED; c <= LE_BALANCE; c++)
        sums[c] += money[c];
      if (!_kx_xlsx_tick (x, error))
        return FALSE;
    }
  _kx_xlsx_put (x, worksheet_merge_range (sheet, total_row, 0, total_row, LE_TYPE, _("Total"),
                                          x->total_label));
  for (lxw_col_t c = LE_APPROVED; c <= LE_BALANCE; c++)
    _kx_xlsx_sum (x, sheet, total_row, c, FIRST_ROW, total_row - 1, sums[c]);
  _kx_xlsx_text (x, sheet, total_row, LE_STAGE, NULL, x->total_label);
  return _kx_xlsx_check (x, error);
}
