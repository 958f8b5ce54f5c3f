/* kx-export-xlsx-private.h: what the workbooks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every workbook is written in libxlsxwriter's constant-memory mode: rows
 * go to disk as they are written, so memory stays bounded whatever the
 * call's size. That mode demands rows in order on each sheet, and merged
 * ranges and the autofilter set before any row below them is written; the
 * writers lay a sheet out (widths, title, header, filter) before its rows.
 * The first lxw_error of a sheet is kept in KxXlsx and turned into a
 * GError by the next _kx_xlsx_tick() or _kx_xlsx_finish().
 */

#pragma once

#include <xlsxwriter.h>

#include "kx-call.h"
#include "kx-export.h"
#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  lxw_workbook     *workbook;
  KxStore          *store;
  KxCall           *call;
  /* Borrowed */
  KxExportProgress  progress;
  gpointer          user_data;
  GCancellable     *cancellable;

  guint             done;
  guint             total;
  lxw_error         failure;   /* the first error, LXW_NO_ERROR so far */

  lxw_format       *title;
  lxw_format       *subtitle;
  lxw_format       *header;
  lxw_format       *text;
  lxw_format       *wrap;
  lxw_format       *center;
  lxw_format       *integer;
  lxw_format       *decimal;
  lxw_format       *money;
  lxw_format       *total_label;
  lxw_format       *total_money;
  lxw_format       *input;
  lxw_format       *plain;
} KxXlsx;

/* The page and column layout of a sheet. */
typedef struct
{
  const char * const *headers;
  const double       *min_widths;  /* NULL = the headers' widths */
  guint               n_columns;
  guint               header_row;  /* the header rows are 0 (title) … header_row */
  gboolean            landscape;
} KxXlsxLayout;

#define KX_XLSX_MONEY_FORMAT "#,##0.00"
/* Text wider than this many units is wrapped rather than widening its column. */
#define KX_XLSX_MAX_WIDTH 48.0

void            _kx_xlsx_init_formats (KxXlsx              *x);
/* Keeps @err when it is the first failure. */
void            _kx_xlsx_put          (KxXlsx              *x,
                                       lxw_error            err);
/* One more row written: reports progress every 1 000 rows, and returns
 * FALSE on a failure so far or when cancelled (G_IO_ERROR_CANCELLED). */
gboolean        _kx_xlsx_tick         (KxXlsx              *x,
                                       GError             **error);
/* FALSE with KX_EXPORT_ERROR_IO when a write failed. */
gboolean        _kx_xlsx_check        (KxXlsx              *x,
                                       GError             **error);
/* Width in Excel's character units: CJK and other wide characters count 2. */
double          _kx_xlsx_text_width   (const char          *text);
/* A new sheet named @name made valid and unique (at most 31 characters,
 * none of []:*?/\). */
lxw_worksheet  *_kx_xlsx_add_sheet    (KxXlsx              *x,
                                       const char          *name);
/* A4, fit to one page wide, the header rows repeated, frozen below them,
 * footer 第 &P 页 共 &N 页, the title merged over every column in row 0 and
 * the column headers in @layout->header_row; @widths (n_columns, or NULL
 * for the header widths) are widened to the headers and capped. */
void            _kx_xlsx_lay_out      (KxXlsx              *x,
                                       lxw_worksheet       *sheet,
                                       const KxXlsxLayout  *layout,
                                       const char          *title,
                                       const double        *widths);
/* Money in fen as yuan. */
void            _kx_xlsx_money        (KxXlsx              *x,
                                       lxw_worksheet       *sheet,
                                       lxw_row_t            row,
                                       lxw_col_t            col,
                                       gint64               fen);
/* A cell of text; NULL or "" writes a bordered blank. */
void            _kx_xlsx_text         (KxXlsx              *x,
                                       lxw_worksheet       *sheet,
                                       lxw_row_t            row,
                                       lxw_col_t            col,
                                       const char          *text,
                                       lxw_format          *format);
/* =SUM(col first:col last) with @fen as its cached result (0 when the
 * range is empty). */
void            _kx_xlsx_sum          (KxXlsx              *x,
                                       lxw_worksheet       *sheet,
                                       lxw_row_t            row,
                                       lxw_col_t            col,
                                       lxw_row_t            first,
                                       lxw_row_t            last,
                                       gint64               fen);
/* "A1"-style name of a cell. */
char           *_kx_xlsx_cell         (lxw_row_t            row,
                                       lxw_col_t            col);

G_END_DECLS
