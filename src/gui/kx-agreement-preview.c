/* kx-agreement-preview.c: a responsibility agreement's pages on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Print preview without an outside viewer: the pages are drawn by the
 * same layout as printing and the PDF (src/export/kx-agreement-layout.c),
 * scaled to the window. From here the clerk prints (the print dialog) or
 * saves the PDF (kx_agreement_write_pdf).
 */

#define G_LOG_DOMAIN "kx-agreement-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-agreement-preview.h"

#include "kx-agreement-doc.h"
#include "kx-agreement-layout.h"
#include "kx-agreement-pdf.h"
#include "kx-agreement-print.h"
#include "kx-form.h"

/* Points on screen per point on paper. */
#define PREVIEW_SCALE 1.0

struct _KxAgreementPreview
{
  GtkWindow          parent_instance;

  /* Owned */
  KxStore           *store;
  KxAgreementDoc    *doc;
  KxAgreementLayout *layout;
  GtkNativeDialog   *chooser;

  gint64             project_id;
  KxAgreementPage    page;

  /* Built in init */
  GtkBox            *pages_box;
  GtkLabel          *status_label;
};

G_DEFINE_FINAL_TYPE (KxAgreementPreview, kx_agreement_preview, GTK_TYPE_WINDOW)

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  KxAgreementPreview *self = g_object_get_data (G_OBJECT (area), "kx-preview");
  guint page = GPOINTER_TO_UINT (user_data);

  /* Paper is white whatever the theme. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / self->page.width, height / self->page.height);
  kx_agreement_layout_draw_page (self->layout, cr, page);
}

/* Lays the pages out once, device independent (72 dpi, see the layout). */
static guint
paginate (KxAgreementPreview *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  guint n;

  kx_agreement_page_init_a4 (&self->page);
  self->layout = kx_agreement_layout_new (self->doc, &self->page);
  n = kx_agreement_layout_paginate (self->layout, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}

static void
add_pages (KxAgreementPreview *self,
           guint               n_pages)
{
  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);

      g_object_set_data (G_OBJECT (area), "kx-preview", self);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area),
                                          (int) (self->page.width * PREVIEW_SCALE));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           (int) (self->page.height * PREVIEW_SCALE));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb,
                                      GUINT_TO_POINTER (i), NULL);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (area, "kx-paper");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_box_append (self->pages_box, area);
    }
}

static void
set_status (KxAgreementPreview *self,
            const char         *text,
            gboolean            error)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

/* Actions */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KxAgreementPreview *self = KX_AGREEMENT_PREVIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!kx_agreement_print (GTK_WINDOW (self), self->store, self->project_id,
                           GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    set_status (self, error->message, TRUE);
}

static void
on_chooser_response_cb (KxAgreementPreview *self,
                        int                 response)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    path = kx_form_chooser_get_path (self->chooser, NULL, ".pdf");
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (path != NULL)
    kx_agreement_preview_save_pdf (self, path, NULL);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KxAgreementPreview *self = KX_AGREEMENT_PREVIEW (widget);
  /* TRANSLATORS: the PDF's suggested file name: "项目责任书 CZKX-2026-001.pdf" */
  g_autofree char *name = g_strdup_printf (_("Responsibility agreement %s.pdf"), self->doc->number);

  if (self->chooser != NULL)
    return;
  self->chooser = kx_form_chooser_new (widget, GTK_FILE_CHOOSER_ACTION_SAVE,
                                       _("Save the Agreement as PDF"), _("_Save"),
                                       G_CALLBACK (on_chooser_response_cb));
  kx_form_chooser_add_filter (self->chooser, _("PDF documents (*.pdf)"), ".pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_show (self->chooser);
}

/* Set-up */

static GtkWidget *
build_header (KxAgreementPreview *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("Save as _PDF…"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "preview.print");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "preview.save-pdf");
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), save);
  return header;
}

static void
kx_agreement_preview_dispose (GObject *object)
{
  KxAgreementPreview *self = KX_AGREEMENT_PREVIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kx_agreement_preview_parent_class)->dispose (object);
}

static void
kx_agreement_preview_finalize (GObject *object)
{
  KxAgreementPreview *self = KX_AGREEMENT_PREVIEW (object);

  g_clear_pointer (&self->layout, kx_agreement_layout_free);
  g_clear_pointer (&self->doc, kx_agreement_doc_free);

  G_OBJECT_CLASS (kx_agreement_preview_parent_class)->finalize (object);
}

static void
kx_agreement_preview_class_init (KxAgreementPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_agreement_preview_dispose;
  object_class->finalize = kx_agreement_preview_finalize;

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "preview.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kx_agreement_preview_init (KxAgreementPreview *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->pages_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->pages_box), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pages_box), 18);
  gtk_widget_add_css_class (scrolled, "kx-preview");
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->status_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->status_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->status_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->status_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->pages_box));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_titlebar (GTK_WINDOW (self), build_header (self));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 760);
}

/**
 * kx_agreement_preview_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none) (nullable): the preview, not yet shown; %NULL
 * with @error when the project has no signed agreement
 */
KxAgreementPreview *
kx_agreement_preview_new (GtkWindow  *parent,
                          KxStore    *store,
                          gint64      project_id,
                          GError    **error)
{
  g_autoptr(KxAgreementDoc) doc = NULL;
  KxAgreementPreview *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = kx_agreement_doc_load (store, project_id, error);
  if (doc == NULL)
    return NULL;

  self = g_object_new (KX_TYPE_AGREEMENT_PREVIEW, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->store = g_object_ref (store);
  self->project_id = project_id;
  self->doc = g_steal_pointer (&doc);
  add_pages (self, paginate (self));
  title = g_strdup_printf (_("Responsibility agreement %s"), self->doc->number);
  gtk_window_set_title (GTK_WINDOW (self), title);
  return self;
}

guint
kx_agreement_preview_get_n_pages (KxAgreementPreview *self)
{
  g_return_val_if_fail (KX_IS_AGREEMENT_PREVIEW (self), 0);

  return kx_agreement_layout_get_n_pages (self->layout);
}

gboolean
kx_agreement_preview_save_pdf (KxAgreementPreview  *self,
                               const char          *path,
                               GError             **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *saved = NULL;

  g_return_val_if_fail (KX_IS_AGREEMENT_PREVIEW (self), FALSE);

  if (!kx_agreement_write_pdf (self->store, self->project_id, path, &local))
    {
      set_status (self, local->message, TRUE);
      if (error != NULL)
        *error = g_steal_pointer (&local);
      return FALSE;
    }
  saved = g_strdup_printf (_("Saved as %s"), path);
  set_status (self, saved, FALSE);
  return TRUE;
}
