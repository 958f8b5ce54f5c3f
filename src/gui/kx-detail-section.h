/* kx-detail-section.h: one titled part of a project detail page — a table
 * or a list of fields in a frame, or a sentence saying it is empty
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-enums.h"

G_BEGIN_DECLS

typedef enum
{
  KX_CELL_PLAIN      = 0,
  KX_CELL_NUMERIC    = 1 << 0,  /* right-aligned, digits in columns */
  KX_CELL_WRAP       = 1 << 1,  /* wraps and takes the spare width */
  KX_CELL_SELECTABLE = 1 << 2,
  KX_CELL_WARNING    = 1 << 3,
  KX_CELL_DIM        = 1 << 4,
  KX_CELL_STRONG     = 1 << 5,
} KxCellFlags;

#define KX_TYPE_DETAIL_SECTION (kx_detail_section_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailSection, kx_detail_section, KX, DETAIL_SECTION, GtkBox)

/* Removes every row and shows the empty text. */
void       kx_detail_section_clear       (KxDetailSection    *self);
/* Starts a table: a header row of @headers, NULL-terminated msgids marked
 * with N_() and translated here; "" heads a column without a title. */
void       kx_detail_section_set_columns (KxDetailSection    *self,
                                          const char *const  *headers);
/* The index of a new row to fill with add_cell()/attach(). */
int        kx_detail_section_add_row     (KxDetailSection    *self);
/* (transfer none) */
GtkLabel  *kx_detail_section_add_cell    (KxDetailSection    *self,
                                          int                 row,
                                          int                 column,
                                          const char         *text,
                                          KxCellFlags         flags);
void       kx_detail_section_attach      (KxDetailSection    *self,
                                          GtkWidget          *widget,
                                          int                 row,
                                          int                 column,
                                          int                 width);
/* A row spanning every column of the table, e.g. a flag under an entry. */
GtkLabel  *kx_detail_section_add_note    (KxDetailSection    *self,
                                          const char         *text,
                                          KxCellFlags         flags);
/* A "name  value" row; a NULL or empty @value reads "—". */
GtkLabel  *kx_detail_section_add_field   (KxDetailSection    *self,
                                          const char         *name,
                                          const char         *value,
                                          KxCellFlags         flags);
/* A paragraph of wrapped, selectable text; empty text shows the empty text. */
void       kx_detail_section_set_text    (KxDetailSection    *self,
                                          const char         *text);
/* Shows why the section could not be read instead of its rows. */
void       kx_detail_section_set_error   (KxDetailSection    *self,
                                          const GError       *error);
gboolean   kx_detail_section_is_empty    (KxDetailSection    *self);
guint      kx_detail_section_get_n_rows  (KxDetailSection    *self);

/* A result as an icon with a tooltip and an accessible label. */
GtkWidget *kx_detail_result_icon_new     (KxResult            result);
/* Amounts of money in hundredths, "78.40". */
char      *kx_detail_format_score        (gint64              score_x100);

G_END_DECLS
