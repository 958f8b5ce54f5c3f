/* kx-agreement-layout.h: the pages of a responsibility agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout for print and PDF: the window calls
 * kx_agreement_layout_paginate from GtkPrintOperation::begin-print with
 * the print context's cairo_t (and sets the number of pages), and
 * kx_agreement_layout_draw_page from ::draw-page; kexie-cli does the same
 * on a cairo PDF surface (kx-agreement-pdf.h). Sizes are in points
 * (1/72 inch), origin at the top left of the page's drawable area. The
 * Pango context is set to 72 dpi with unhinted metrics, so where lines
 * and pages break does not depend on the device.
 *
 * Text flows line by line across pages (no line is clipped or drawn
 * twice), table rows are never split (a row that does not fit moves to
 * the next page, with the table's header repeated), headings stay with
 * what follows and the signature blocks stay together. Each page has
 * 第 N 页 共 M 页 at its foot.
 *
 * With GtkPrintOperation: gtk_print_operation_set_use_full_page (op, TRUE)
 * and set_unit (op, GTK_UNIT_POINTS), so the context's cairo_t starts at
 * the paper's corner; in ::begin-print kx_agreement_page_init (&page,
 * gtk_print_context_get_width (ctx), gtk_print_context_get_height (ctx)),
 * kx_agreement_layout_new, kx_agreement_layout_paginate (layout,
 * gtk_print_context_get_cairo_context (ctx)) and set_n_pages with its
 * result; in ::draw-page kx_agreement_layout_draw_page with the page.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kx-agreement-doc.h"

G_BEGIN_DECLS

typedef struct
{
  double width;          /* of the drawable area, in points */
  double height;
  double margin_top;     /* inside that area */
  double margin_right;
  double margin_bottom;
  double margin_left;
} KxAgreementPage;

/* A page of @width × @height points with 25 mm margins. */
void                kx_agreement_page_init            (KxAgreementPage        *page,
                                                       double                  width,
                                                       double                  height);
/* A4 (595.28 × 841.89 pt) with 25 mm margins. */
void                kx_agreement_page_init_a4         (KxAgreementPage        *page);

typedef struct _KxAgreementLayout KxAgreementLayout;

/* @doc is borrowed and must outlive the layout. */
KxAgreementLayout  *kx_agreement_layout_new           (const KxAgreementDoc   *doc,
                                                       const KxAgreementPage  *page);
void                kx_agreement_layout_free          (KxAgreementLayout      *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxAgreementLayout, kx_agreement_layout_free)

/* Lays the document out with Pango on @cr's font machinery and breaks it
 * into pages; may be called again (e.g. for another printer). Returns the
 * number of pages, at least 1. */
guint               kx_agreement_layout_paginate      (KxAgreementLayout      *self,
                                                       cairo_t                *cr);
guint               kx_agreement_layout_get_n_pages   (KxAgreementLayout      *self);
/* Draws page @page (0-based, < n_pages) of a paginated layout on @cr. */
void                kx_agreement_layout_draw_page     (KxAgreementLayout      *self,
                                                       cairo_t                *cr,
                                                       guint                   page);

G_END_DECLS
