/* kx-action-test.h: what the action bar and dialog tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-gui-test.h"

#include "kx-action-dialog-private.h"
#include "kx-audit.h"
#include "kx-call.h"
#include "kx-project-list.h"

static inline gint64
audit_rows (KxStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 rows = 0;

  g_assert_true (kx_audit_verify (store, &rows, &error));
  g_assert_no_error (error);
  return rows;
}

static inline KxStage
stage_of (KxStore *store,
          gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = kx_project_get (store, project_id, &error);

  g_assert_no_error (error);
  return kx_project_get_stage (project);
}

/* The @nth project (0 = first) of the 2026 call at @stage, or 0. */
static inline gint64
project_at (KxStore *store,
            KxStage  stage,
            guint    nth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get_by_year (store, 2026, &error);
  g_autoptr(KxProjectList) list = kx_project_list_new (store, kx_call_get_id (call), &error);
  const KxProjectSummary *row;

  g_assert_no_error (error);
  for (guint i = 0; (row = kx_project_list_peek (list, i)) != NULL; i++)
    if (row->stage == stage && nth-- == 0)
      return row->id;
  return 0;
}

/* The action dialog on screen, or NULL. */
static inline KxActionDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (KX_IS_ACTION_DIALOG (window))
        return KX_ACTION_DIALOG (window);
    }
  return NULL;
}

static inline void
set_field (KxActionDialog *dialog,
           const char     *key,
           const char     *text)
{
  GtkWidget *field = _kx_action_dialog_get_field (dialog, key);

  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static inline gboolean
ok_sensitive (KxActionDialog *dialog)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (_kx_action_dialog_get_ok_button (dialog)));
}

static inline void
click (GtkButton *button)
{
  g_signal_emit_by_name (button, "clicked");
  kx_gui_test_flush ();
}

/* Saves a PNG of @widget as $KX_SHOT_DIR/@name when that is set. */
static inline void
maybe_shot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("KX_SHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  kx_gui_test_wait_drawn (widget);
  path = g_build_filename (dir, name, NULL);
  kx_gui_test_save_png (widget, path);
}

static inline void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/chenzhou/kexie/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
