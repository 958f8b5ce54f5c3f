/* kx-expert-detail.c: one expert — conflicts of interest and projects in the call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-expert-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-expert-detail.h"

#include "kx-conflict-dialog.h"
#include "kx-expert-load.h"
#include "kx-expert.h"
#include "kx-form.h"
#include "kx-organization.h"

struct _KxExpertDetail
{
  GtkWidget   parent_instance;

  /* Owned */
  KxStore    *store;
  KxCall     *call;
  KxExpert   *expert;
  gint64      id;

  /* Template widgets */
  GtkStack   *stack;
  GtkLabel   *empty_label;
  GtkLabel   *name_label;
  GtkLabel   *info_label;
  GtkListBox *conflict_list;
  GtkLabel   *assigned_heading;
  GtkListBox *assigned_list;
};

G_DEFINE_FINAL_TYPE (KxExpertDetail, kx_expert_detail, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_empty (KxExpertDetail *self,
            const char     *text)
{
  gtk_label_set_text (self->empty_label, text);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "expert.add-conflict", FALSE);
}

static void
fill_info (KxExpertDetail *self)
{
  KxExpert *e = self->expert;
  const char *parts[] = {
    kx_expert_get_affiliation (e), kx_expert_get_field (e), kx_expert_get_title (e),
    kx_expert_get_phone (e),
    kx_expert_get_active (e) ? _("active in the pool") : _("inactive: not assigned any more"),
  };
  GString *info = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (info, "%s%s", info->len > 0 ? " · " : "", parts[i]);
  gtk_label_set_text (self->name_label, kx_expert_get_name (e));
  gtk_label_set_text (self->info_label, info->str);
  g_string_free (info, TRUE);
}

static GtkWidget *
new_conflict_row (KxExpertDetail *self,
                  gint64          org_id)
{
  g_autoptr(KxOrganization) org = kx_organization_get (self->store, org_id, NULL);
  g_autofree char *reason = kx_expert_get_conflict_reason (self->store, self->id, org_id);
  const char *tooltip = _("Remove this conflict");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_box_append (GTK_BOX (box),
                  kx_form_row_new (org != NULL ? kx_organization_get_name (org) : "?", reason));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "expert.remove-conflict");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (org_id));
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static gboolean
fill_conflicts (KxExpertDetail  *self,
                GError         **error)
{
  g_autoptr(GArray) orgs = kx_expert_list_conflicts (self->store, self->id, error);

  if (orgs == NULL)
    return FALSE;
  kx_form_clear_list_box (self->conflict_list);
  for (guint i = 0; i < orgs->len; i++)
    gtk_list_box_append (self->conflict_list,
                         new_conflict_row (self, g_array_index (orgs, gint64, i)));
  return TRUE;
}

static char *
describe_assignment (const KxExpertAssignment *a)
{
  g_autofree char *score = a->scored ? g_strdup_printf (_("scored %d"), a->total)
                                     : g_strdup (_("not scored yet"));

  return g_strdup_printf ("%s · %s · %s · %s", a->organization_name, kx_stage_label (a->stage),
                          a->assigned_on, score);
}

static gboolean
fill_assigned (KxExpertDetail  *self,
               GError         **error)
{
  g_autoptr(GArray) list = NULL;
  g_autofree char *heading = NULL;

  kx_form_clear_list_box (self->assigned_list);
  if (self->call == NULL)
    {
      gtk_label_set_text (self->assigned_heading, _("Projects assigned: no call selected"));
      return TRUE;
    }
  heading = g_strdup_printf (_("Projects assigned in the %d call"), kx_call_get_year (self->call));
  gtk_label_set_text (self->assigned_heading, heading);
  list = kx_expert_list_assignments (self->store, self->id, kx_call_get_id (self->call), error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const KxExpertAssignment *a = &g_array_index (list, KxExpertAssignment, i);
      g_autofree char *title = g_strdup_printf ("%s  %s", a->number, a->title);
      g_autofree char *detail = describe_assignment (a);

      gtk_list_box_append (self->assigned_list, kx_form_row_new (title, detail));
    }
  return TRUE;
}

static void
load (KxExpertDetail *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->expert);
  if (self->store == NULL || self->id == 0)
    {
      show_empty (self, _("No expert selected"));
      return;
    }
  if ((self->expert = kx_expert_get (self->store, self->id, &error)) == NULL ||
      !fill_conflicts (self, &error) || !fill_assigned (self, &error))
    {
      show_empty (self, error->message);
      return;
    }
  fill_info (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "expert.add-conflict", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_saved_cb (KxExpertDetail *self)
{
  load (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_conflict_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KxExpertDetail *self = KX_EXPERT_DETAIL (widget);
  KxConflictDialog *dialog;

  if (self->expert == NULL)
    return;
  dialog = kx_conflict_dialog_new (kx_form_get_window (widget), self->store, self->expert);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
remove_conflict_confirmed (GObject  *object,
                           gpointer  user_data)
{
  KxExpertDetail *self = KX_EXPERT_DETAIL (object);
  gint64 org_id = GPOINTER_TO_SIZE (user_data);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!kx_expert_remove_conflict (self->store, self->id, org_id, &error))
    {
      show_empty (self, error->message);
      return;
    }
  on_saved_cb (self);
}

static void
remove_conflict_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gint64 org_id = g_variant_get_int64 (parameter);

  kx_form_confirm (widget, _("Remove this conflict of interest?"),
                   _("The expert may then be assigned to review this organization’s projects."),
                   _("_Remove"), remove_conflict_confirmed, G_OBJECT (widget),
                   GSIZE_TO_POINTER ((gsize) org_id));
}

static void
kx_expert_detail_dispose (GObject *object)
{
  KxExpertDetail *self = KX_EXPERT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_EXPERT_DETAIL);
  g_clear_object (&self->store);
  g_clear_object (&self->call);
  g_clear_object (&self->expert);

  G_OBJECT_CLASS (kx_expert_detail_parent_class)->dispose (object);
}

static void
kx_expert_detail_class_init (KxExpertDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_expert_detail_dispose;

  /**
   * KxExpertDetail::changed:
   *
   * Emitted after the widget wrote to the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-expert-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, empty_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, info_label);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, conflict_list);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, assigned_heading);
  gtk_widget_class_bind_template_child (widget_class, KxExpertDetail, assigned_list);

  gtk_widget_class_install_action (widget_class, "expert.add-conflict", NULL,
                                   add_conflict_action);
  gtk_widget_class_install_action (widget_class, "expert.remove-conflict", "x",
                                   remove_conflict_action);
}

static void
kx_expert_detail_init (KxExpertDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kx_form_set_placeholder (self->conflict_list, _("No conflict recorded"));
  kx_form_set_placeholder (self->assigned_list, _("No project assigned in this call"));
  show_empty (self, _("No expert selected"));
}

GtkWidget *
kx_expert_detail_new (void)
{
  return g_object_new (KX_TYPE_EXPERT_DETAIL, NULL);
}

/**
 * kx_expert_detail_set_store:
 * @store: (nullable): the database
 */
void
kx_expert_detail_set_store (KxExpertDetail *self,
                            KxStore        *store)
{
  g_return_if_fail (KX_IS_EXPERT_DETAIL (self));

  if (!g_set_object (&self->store, store))
    return;
  self->id = 0;
  load (self);
}

/**
 * kx_expert_detail_set_call:
 * @call: (nullable): the call whose assignments are listed
 */
void
kx_expert_detail_set_call (KxExpertDetail *self,
                           KxCall         *call)
{
  g_return_if_fail (KX_IS_EXPERT_DETAIL (self));

  if (!g_set_object (&self->call, call))
    return;
  load (self);
}

void
kx_expert_detail_set_expert (KxExpertDetail *self,
                             gint64          expert_id)
{
  g_return_if_fail (KX_IS_EXPERT_DETAIL (self));

  if (self->id == expert_id)
    return;
  self->id = expert_id;
  load (self);
}

void
kx_expert_detail_reload (KxExpertDetail *self)
{
  g_return_if_fail (KX_IS_EXPERT_DETAIL (self));

  load (self);
}
