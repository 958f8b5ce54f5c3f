/* kx-action-dialog.h: the dialog of one workflow action on a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every KxAction has a form (kx-action-forms-*.c): its fields validate as
 * they are typed, OK runs the one core function of the action, a refusal
 * is shown inside the dialog and the input is kept. Destructive actions
 * ask for confirmation, naming the consequence, before they run.
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"
#include "kx-workflow.h"

G_BEGIN_DECLS

/* Called on the UI thread after the action succeeded. */
typedef void (*KxActionDoneFunc) (gpointer user_data);

#define KX_TYPE_ACTION_DIALOG (kx_action_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KxActionDialog, kx_action_dialog, KX, ACTION_DIALOG, GtkWindow)

/* Opens the action's dialog for @project_id, modal and transient for the
 * window of @parent (any widget in it). @expert_id is the expert whose
 * scores the score dialog enters (0 = choose among the assigned ones);
 * other actions ignore it. @done (a KxActionDoneFunc, nullable) is called
 * after success. */
void            kx_action_dialog_present (GtkWidget  *parent,
                                          KxStore    *store,
                                          gint64      project_id,
                                          KxAction    action,
                                          gint64      expert_id,
                                          GCallback   done,
                                          gpointer    user_data);

/* The same without presenting it: (transfer floating) like any window. */
KxActionDialog *kx_action_dialog_new     (KxStore    *store,
                                          gint64      project_id,
                                          KxAction    action,
                                          gint64      expert_id);
KxAction        kx_action_dialog_get_action (KxActionDialog *self);

G_END_DECLS
