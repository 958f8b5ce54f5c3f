/* kx-export-xlsx.c: what the workbooks share — formats, page layout, progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-export-xlsx-private.h"

#define PROGRESS_EVERY 1000

static lxw_format *
add_cell_format (KxXlsx *x)
{
  lxw_format *format = workbook_add_format (x->workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

void
_kx_xlsx_init_formats (KxXlsx *x)
{
  x->title = workbook_add_format (x->workbook);
  format_set_bold (x->title);
  format_set_font_size (x->title, 16);
  format_set_align (x->title, LXW_ALIGN_CENTER);
  format_set_align (x->title, LXW_ALIGN_VERTICAL_CENTER);

  x->subtitle = workbook_add_format (x->workbook);
  format_set_align (x->subtitle, LXW_ALIGN_LEFT);
  format_set_align (x->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  x->plain = workbook_add_format (x->workbook);
  format_set_align (x->plain, LXW_ALIGN_VERTICAL_CENTER);

  x->header = add_cell_format (x);
  format_set_bold (x->header);
  format_set_align (x->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (x->header);
  format_set_bg_color (x->header, 0xD9E1F2);

  x->text = add_cell_format (x);
  format_set_text_wrap (x->text);
  x->wrap = x->text;

  x->center = add_cell_format (x);
  format_set_align (x->center, LXW_ALIGN_CENTER);

  x->integer = add_cell_format (x);
  format_set_align (x->integer, LXW_ALIGN_CENTER);
  format_set_num_format (x->integer, "0");

  x->decimal = add_cell_format (x);
  format_set_num_format (x->decimal, "0.00");

  x->money = add_cell_format (x);
  format_set_num_format (x->money, KX_XLSX_MONEY_FORMAT);

  x->total_label = add_cell_format (x);
  format_set_bold (x->total_label);
  format_set_align (x->total_label, LXW_ALIGN_CENTER);

  x->total_money = add_cell_format (x);
  format_set_bold (x->total_money);
  format_set_num_format (x->total_money, KX_XLSX_MONEY_FORMAT);

  x->input = add_cell_format (x);
  format_set_align (x->input, LXW_ALIGN_CENTER);
  format_set_unlocked (x->input);
}

void
_kx_xlsx_put (KxXlsx    *x,
              lxw_error  err)
{
  if (err != LXW_NO_ERROR && x->failure == LXW_NO_ERROR)
    x->failure = err;
}

gboolean
_kx_xlsx_check (KxXlsx  *x,
                GError **error)
{
  if (x->failure == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_IO,
               _("The workbook could not be written: %s"), lxw_strerror (x->failure));
  return FALSE;
}

gboolean
_kx_xlsx_tick (KxXlsx  *x,
               GError **error)
{
  x->done++;
  if (x->done % PROGRESS_EVERY != 0)
    return TRUE;
  if (x->progress != NULL)
    x->progress (x->done, x->total, x->user_data);
  return !g_cancellable_set_error_if_cancelled (x->cancellable, error) &&
         _kx_xlsx_check (x, error);
}

double
_kx_xlsx_text_width (const char *text)
{
  double width = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        width += 1;
      else
        width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
    }
  return width;
}

lxw_worksheet *
_kx_xlsx_add_sheet (KxXlsx     *x,
                    const char *name)
{
  GString *valid = g_string_new (NULL);
  g_autofree char *unique = NULL;
  guint n = 0;

  for (const char *p = name; *p != '\0' && n < 28; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (valid, strchr ("[]:*?/\\'", (int) c) != NULL && c < 0x80 ? '_' : c);
    }
  if (valid->len == 0)
    g_string_append (valid, "Sheet");
  unique = g_strdup (valid->str);
  for (int i = 2; workbook_get_worksheet_by_name (x->workbook, unique) != NULL; i++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s(%d)", valid->str, i);
    }
  g_string_free (valid, TRUE);
  return workbook_add_worksheet (x->workbook, unique);
}

void
_kx_xlsx_lay_out (KxXlsx             *x,
                  lxw_worksheet      *sheet,
                  const KxXlsxLayout *layout,
                  const char         *title,
                  const double       *widths)
{
  lxw_col_t last = layout->n_columns - 1;

  worksheet_set_paper (sheet, 9);   /* A4 */
  if (layout->landscape)
    worksheet_set_landscape (sheet);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.6, 0.7);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_center_horizontally (sheet);
  _kx_xlsx_put (x, worksheet_repeat_rows (sheet, 0, layout->header_row));
  /* Translators: a printed footer; keep &C, &P and &N */
  _kx_xlsx_put (x, worksheet_set_footer (sheet, _("&CPage &P of &N")));
  worksheet_freeze_panes (sheet, layout->header_row + 1, 0);

  for (lxw_col_t c = 0; c <= last; c++)
    {
      /* A header wraps onto two lines rather than widening its column. */
      double width = _kx_xlsx_text_width (layout->headers[c]) / 2 + 1;

      if (widths != NULL)
        width = MAX (width, widths[c]);
      if (layout->min_widths != NULL)
        width = MAX (width, layout->min_widths[c]);
      _kx_xlsx_put (x, worksheet_set_column (sheet, c, c, MIN (width + 2, KX_XLSX_MAX_WIDTH),
                                             NULL));
    }

  _kx_xlsx_put (x, worksheet_set_row (sheet, 0, 32, NULL));
  _kx_xlsx_put (x, worksheet_merge_range (sheet, 0, 0, 0, last, title, x->title));
}

void
_kx_xlsx_money (KxXlsx        *x,
                lxw_worksheet *sheet,
                lxw_row_t      row,
                lxw_col_t      col,
                gint64         fen)
{
  _kx_xlsx_put (x, worksheet_write_number (sheet, row, col, fen / 100.0, x->money));
}

void
_kx_xlsx_text (KxXlsx        *x,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               const char    *text,
               lxw_format    *format)
{
  if (text == NULL || *text == '\0')
    _kx_xlsx_put (x, worksheet_write_blank (sheet, row, col, format));
  else
    _kx_xlsx_put (x, worksheet_write_string (sheet, row, col, text, format));
}

char *
_kx_xlsx_cell (lxw_row_t row,
               lxw_col_t col)
{
  char name[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (name, row, col);
  return g_strdup (name);
}

void
_kx_xlsx_sum (KxXlsx        *x,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      col,
              lxw_row_t      first,
              lxw_row_t      last,
              gint64         fen)
{
  g_autofree char *from = _kx_xlsx_cell (first, col);
  g_autofree char *to = _kx_xlsx_cell (last, col);
  g_autofree char *formula = NULL;

  if (last < first)
    {
      _kx_xlsx_money (x, sheet, row, col, 0);
      return;
    }
  formula = g_strdup_printf ("=SUM(%s:%s)", from, to);
  _kx_xlsx_put (x, worksheet_write_formula_num (sheet, row, col, formula, x->total_money,
                                                fen / 100.0));
}
