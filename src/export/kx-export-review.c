/* kx-export-review.c: the review results workbook (评审结果汇总表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over kx_review_sheet_new()'s rows writes each row twice: on
 * the summary sheet and on its type's sheet. A first pass counts the rows
 * per sheet and measures the text, because in constant-memory mode the
 * autofilter and the column widths must be set before the rows.
 */

#define G_LOG_DOMAIN "kx-export"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-export-review.h"
#include "kx-review-sheet.h"

typedef struct
{
  lxw_worksheet *sheet;
  guint          n;        /* rows it will hold */
  guint          written;
  gint64         requested_fen;
  gint64         recommended_fen;
  gint64         approved_fen;
} Sheet;

static const char *
decision_label (int decision)
{
  if (decision < 0)
    return NULL;
  /* Translators: the Party group's decision in the review results */
  return decision ? _("Agreed") : _("Not agreed");
}

static void
fill_headers (const char *headers[KX_REVIEW_N_COLS])
{
  headers[KX_REVIEW_COL_SEQ] = _("No.");
  headers[KX_REVIEW_COL_APPLICANT] = _("Applicant");
  headers[KX_REVIEW_COL_TITLE] = _("Project name");
  headers[KX_REVIEW_COL_TYPE] = _("Type of project");
  headers[KX_REVIEW_COL_FORMAL] = _("Formal review");
  for (int c = 0; c < KX_N_CRITERIA; c++)
    headers[KX_REVIEW_COL_CRITERIA + c] = kx_criterion_label (c);
  headers[KX_REVIEW_COL_SCORE] = _("Overall score");
  headers[KX_REVIEW_COL_RANK] = _("Ranking");
  headers[KX_REVIEW_COL_REQUESTED] = _("Requested (yuan)");
  headers[KX_REVIEW_COL_RECOMMENDED] = _("Recommended (yuan)");
  headers[KX_REVIEW_COL_DECISION] = _("Party group");
  headers[KX_REVIEW_COL_APPROVED] = _("Approved (yuan)");
  headers[KX_REVIEW_COL_STAGE] = _("Current stage");
}

/* Counts the rows of each type and measures the text columns. */
static void
measure (KxReviewSheet *rows,
         Sheet          sheets[KX_N_PROJECT_TYPES + 1],
         double         widths[KX_REVIEW_N_COLS])
{
  guint n = kx_review_sheet_get_n (rows);

  for (guint i = 0; i < n; i++)
    {
      const KxProjectSummary *p = kx_review_sheet_peek (rows, i)->project;

      sheets[p->type].n++;
      widths[KX_REVIEW_COL_APPLICANT] = MAX (widths[KX_REVIEW_COL_APPLICANT],
                                             _kx_xlsx_text_width (p->organization_name));
      widths[KX_REVIEW_COL_TITLE] = MAX (widths[KX_REVIEW_COL_TITLE],
                                         _kx_xlsx_text_width (p->title));
    }
  sheets[0].n = n;
  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    widths[KX_REVIEW_COL_TYPE] = MAX (widths[KX_REVIEW_COL_TYPE],
                                      _kx_xlsx_text_width (kx_project_type_label (t)));
  for (int r = KX_FORMAL_RESULT_PASS; r <= KX_FORMAL_RESULT_REJECT; r++)
    widths[KX_REVIEW_COL_FORMAL] = MAX (widths[KX_REVIEW_COL_FORMAL],
                                        _kx_xlsx_text_width (kx_formal_result_label (r)));
  widths[KX_REVIEW_COL_DECISION] = MAX (_kx_xlsx_text_width (decision_label (0)),
                                        _kx_xlsx_text_width (decision_label (1)));
  for (int s = 0; s < KX_N_STAGES; s++)
    widths[KX_REVIEW_COL_STAGE] = MAX (widths[KX_REVIEW_COL_STAGE],
                                       _kx_xlsx_text_width (kx_stage_label (s)));
  widths[KX_REVIEW_COL_SEQ] = 6;
  widths[KX_REVIEW_COL_REQUESTED] = 12;
  widths[KX_REVIEW_COL_RECOMMENDED] = 12;
  widths[KX_REVIEW_COL_APPROVED] = 12;
}

static void
lay_out (KxXlsx       *x,
         Sheet        *s,
         const char   *name,
         const char   *title,
         const char  **headers,
         const double *widths)
{
  KxXlsxLayout layout = { headers, NULL, KX_REVIEW_N_COLS, 1, TRUE };
  lxw_row_t last = KX_REVIEW_FIRST_ROW + MAX (s->n, 1) - 1;

  s->sheet = _kx_xlsx_add_sheet (x, name);
  _kx_xlsx_lay_out (x, s->sheet, &layout, title, widths);
  _kx_xlsx_put (x, worksheet_autofilter (s->sheet, 1, 0, last, KX_REVIEW_N_COLS - 1));
  _kx_xlsx_put (x, worksheet_set_row (s->sheet, 1, 30, NULL));
  for (lxw_col_t c = 0; c < KX_REVIEW_N_COLS; c++)
    _kx_xlsx_text (x, s->sheet, 1, c, headers[c], x->header);
}

/* Empty cells are not written: the row's format borders them, which
 * saves about a fifth of the time on a big call. */
static void
write_row (KxXlsx                 *x,
           Sheet                  *s,
           const KxReviewSheetRow *r)
{
  const KxProjectSummary *p = r->project;
  lxw_worksheet *ws = s->sheet;
  lxw_row_t row = KX_REVIEW_FIRST_ROW + s->written++;

  _kx_xlsx_put (x, worksheet_set_row (ws, row, LXW_DEF_ROW_HEIGHT, x->text));
  _kx_xlsx_put (x, worksheet_write_number (ws, row, KX_REVIEW_COL_SEQ, s->written, x->integer));
  _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_APPLICANT, p->organization_name, x->text);
  _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_TITLE, p->title, x->text);
  _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_TYPE, kx_project_type_label (p->type), x->text);
  if (p->formal_result >= 0)
    _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_FORMAL, kx_formal_result_label (p->formal_result),
                   x->center);
  for (int c = 0; c < KX_N_CRITERIA && r->n_scores > 0; c++)
    _kx_xlsx_put (x, worksheet_write_number (ws, row, KX_REVIEW_COL_CRITERIA + c,
                                             r->criterion_avg[c], x->decimal));
  if (p->score_centi >= 0)
    _kx_xlsx_put (x, worksheet_write_number (ws, row, KX_REVIEW_COL_SCORE,
                                             p->score_centi / 100.0, x->decimal));
  if (p->rank > 0)
    _kx_xlsx_put (x, worksheet_write_number (ws, row, KX_REVIEW_COL_RANK, p->rank, x->integer));
  _kx_xlsx_money (x, ws, row, KX_REVIEW_COL_REQUESTED, p->requested_fen);
  if (r->recommended_fen >= 0)
    _kx_xlsx_money (x, ws, row, KX_REVIEW_COL_RECOMMENDED, r->recommended_fen);
  if (r->decision >= 0)
    _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_DECISION, decision_label (r->decision), x->center);
  if (p->approved_fen >= 0)
    _kx_xlsx_money (x, ws, row, KX_REVIEW_COL_APPROVED, p->approved_fen);
  _kx_xlsx_text (x, ws, row, KX_REVIEW_COL_STAGE, kx_stage_label (p->stage), x->center);

  s->requested_fen += p->requested_fen;
  s->recommended_fen += MAX (r->recommended_fen, 0);
  s->approved_fen += MAX (p->approved_fen, 0);
}

static void
write_totals (KxXlsx *x,
              Sheet  *s)
{
  lxw_row_t row = KX_REVIEW_FIRST_ROW + s->n;
  lxw_row_t last = row - 1;

  _kx_xlsx_put (x, worksheet_merge_range (s->sheet, row, 0, row, KX_REVIEW_COL_TITLE,
                                          _("Total"), x->total_label));
  for (lxw_col_t c = KX_REVIEW_COL_TYPE; c < KX_REVIEW_N_COLS; c++)
    {
      if (c == KX_REVIEW_COL_REQUESTED)
        _kx_xlsx_sum (x, s->sheet, row, c, KX_REVIEW_FIRST_ROW, last, s->requested_fen);
      else if (c == KX_REVIEW_COL_RECOMMENDED)
        _kx_xlsx_sum (x, s->sheet, row, c, KX_REVIEW_FIRST_ROW, last, s->recommended_fen);
      else if (c == KX_REVIEW_COL_APPROVED)
        _kx_xlsx_sum (x, s->sheet, row, c, KX_REVIEW_FIRST_ROW, last, s->approved_fen);
      else
        _kx_xlsx_text (x, s->sheet, row, c, NULL, x->total_label);
    }
}

gboolean
_kx_export_review (KxXlsx  *x,
                   GError **error)
{
  g_autoptr(KxReviewSheet) rows = NULL;
  Sheet sheets[KX_N_PROJECT_TYPES + 1] = { { 0 } };
  double widths[KX_REVIEW_N_COLS] = { 0 };
  const char *headers[KX_REVIEW_N_COLS];
  int year = kx_call_get_year (x->call);
  g_autofree char *title = NULL;
  guint n;

  if ((rows = kx_review_sheet_new (x->store, kx_call_get_id (x->call), error)) == NULL)
    return FALSE;
  n = kx_review_sheet_get_n (rows);
  x->total = n;
  fill_headers (headers);
  measure (rows, sheets, widths);

  /* Translators: the title of the review results workbook; %d is the call's year */
  title = g_strdup_printf (_("Chenzhou Association for Science and Technology %d Society Service "
                             "Capacity Programme: Review Results"), year);
  lay_out (x, &sheets[0], _("Summary"), title, headers, widths);
  for (int t = 1; t <= KX_N_PROJECT_TYPES; t++)
    if (sheets[t].n > 0)
      {
        /* Translators: a workbook's title and the project type of its sheet */
        g_autofree char *type_title = g_strdup_printf (_("%s (%s)"), title,
                                                       kx_project_type_label (t));

        lay_out (x, &sheets[t], kx_project_type_short (t), type_title, headers, widths);
      }

  for (guint i = 0; i < n; i++)
    {
      const KxReviewSheetRow *r = kx_review_sheet_peek (rows, i);

      write_row (x, &sheets[0], r);
      write_row (x, &sheets[r->project->type], r);
      if (!_kx_xlsx_tick (x, error))
        return FALSE;
    }
  for (int t = 0; t <= KX_N_PROJECT_TYPES; t++)
    if (sheets[t].sheet != NULL)
      write_totals (x, &sheets[t]);
  return _kx_xlsx_check (x, error);
}
