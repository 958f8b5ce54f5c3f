/* kx-organization-detail.c: one 申报单位 — profile, yearly records, facts, track record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-organization-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-organization-detail.h"

#include "kx-fact-dialog.h"
#include "kx-form.h"
#include "kx-organization.h"
#include "kx-penalty.h"
#include "kx-validate.h"
#include "kx-year-record-dialog.h"

#define N_PROFILE 12

struct _KxOrganizationDetail
{
  GtkWidget   parent_instance;

  /* Owned */
  KxStore    *store;
  GArray     *records;   /* of KxYearRecord, for editing one */
  gint64      id;

  /* Template widgets */
  GtkStack   *stack;
  GtkLabel   *empty_label;
  GtkLabel   *name_label;
  GtkLabel   *kind_label;
  GtkLabel   *ban_label;
  GtkGrid    *profile_grid;
  GtkListBox *year_list;
  GtkListBox *fact_list;
  GtkLabel   *priority_label;
  GtkListBox *project_list;
  GtkListBox *penalty_list;

  GtkLabel   *profile_values[N_PROFILE];
};

G_DEFINE_FINAL_TYPE (KxOrganizationDetail, kx_organization_detail, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_empty (KxOrganizationDetail *self,
            const char           *text)
{
  gtk_label_set_text (self->empty_label, text);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-year-record", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-fact", FALSE);
}

static void
fill_profile (KxOrganizationDetail *self,
              KxOrganization       *org)
{
  const char *values[N_PROFILE] = {
    kx_organization_get_name (org), kx_org_kind_label (kx_organization_get_kind (org)),
    kx_organization_get_credit_code (org), kx_organization_get_secretary_general (org),
    kx_organization_get_finance_staff (org), kx_organization_get_bank_name (org),
    kx_organization_get_bank_account (org), kx_organization_get_party_branch (org),
    kx_organization_get_contact_person (org), kx_organization_get_contact_phone (org),
    kx_organization_get_address (org), kx_organization_get_note (org),
  };

  gtk_label_set_text (self->name_label, kx_organization_get_name (org));
  gtk_label_set_text (self->kind_label, values[1]);
  for (guint i = 0; i < N_PROFILE; i++)
    gtk_label_set_text (self->profile_values[i], kx_form_or_dash (values[i]));
}

/* A row with a button at the end that runs @action with @target. */
static GtkWidget *
new_action_row (GtkWidget  *content,
                const char *icon,
                const char *tooltip,
                const char *action,
                GVariant   *target)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), content);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
fill_records (KxOrganizationDetail *self)
{
  kx_form_clear_list_box (self->year_list);
  for (guint i = 0; i < self->records->len; i++)
    {
      const KxYearRecord *r = &g_array_index (self->records, KxYearRecord, i);
      g_autofree char *title = g_strdup_printf (_("%d: annual inspection %s, performance "
                                                  "assessment %s"),
                                                r->year, kx_result_label (r->inspection),
                                                kx_result_label (r->assessment));
      GtkWidget *content = kx_form_row_new (title, r->note);

      gtk_list_box_append (self->year_list,
                           new_action_row (content, "document-edit-symbolic",
                                           _("Edit this year’s record"), "org.edit-year-record",
                                           g_variant_new_int32 (r->year)));
    }
}

static char *
describe_fact (const KxFact *f)
{
  GString *s = g_string_new (f->fact_date);

  g_string_append (s, "  ");
  g_string_append (s, f->holds ? _("holds") : _("does not hold"));
  if (f->evidence != NULL && *f->evidence != '\0')
    g_string_append_printf (s, _(" · evidence: %s"), f->evidence);
  if (f->note != NULL && *f->note != '\0')
    g_string_append_printf (s, " · %s", f->note);
  return g_string_free (s, FALSE);
}

static void
fill_facts (KxOrganizationDetail *self,
            GArray               *facts)
{
  kx_form_clear_list_box (self->fact_list);
  for (guint i = 0; i < facts->len; i++)
    {
      const KxFact *f = &g_array_index (facts, KxFact, i);
      g_autofree char *detail = describe_fact (f);
      GtkWidget *content = kx_form_row_new (kx_fact_kind_label (f->kind), detail);

      gtk_list_box_append (self->fact_list,
                           new_action_row (content, "user-trash-symbolic", _("Delete this fact"),
                                           "org.delete-fact", g_variant_new_int64 (f->id)));
    }
}

static char *
describe_project (const KxTrackProject *p)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, _("%d call · %s · %s"), p->call_year,
                          kx_project_type_label (p->type), kx_stage_label (p->stage));
  if (p->approved_fen >= 0)
    {
      g_autofree char *money = kx_money_format (p->approved_fen);

      g_string_append_printf (s, _(" · approved %s"), money);
    }
  if (p->has_score)
    g_string_append_printf (s, _(" · score %lld.%02lld"), (long long) (p->score_x100 / 100),
                            (long long) (p->score_x100 % 100));
  if (p->final_result != KX_RESULT_UNKNOWN)
    g_string_append_printf (s, _(" · final acceptance: %s (%s)"),
                            kx_result_label (p->final_result),
                            kx_form_or_dash (p->final_checked_on));
  return g_string_free (s, FALSE);
}

static char *
describe_penalty (const KxPenalty *p)
{
  g_autofree char *money = kx_money_format (p->recovery_fen);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, ngettext ("Decided on %s: banned for %d year, accepted again from %s",
                                       "Decided on %s: banned for %d years, accepted again from %s",
                                       p->ban_years),
                          p->decided_on, p->ban_years, p->until);
  if (p->project_number != NULL)
    g_string_append_printf (s, _(" · project %s"), p->project_number);
  if (p->recovery_fen > 0)
    g_string_append_printf (s, _(" · to recover %s"), money);
  if (p->reason != NULL && *p->reason != '\0')
    g_string_append_printf (s, " · %s", p->reason);
  return g_string_free (s, FALSE);
}

static void
fill_track (KxOrganizationDetail *self,
            KxTrackRecord        *track)
{
  g_autofree char *ban = NULL;

  kx_form_clear_list_box (self->project_list);
  kx_form_clear_list_box (self->penalty_list);
  for (guint i = 0; i < track->projects->len; i++)
    {
      const KxTrackProject *p = &g_array_index (track->projects, KxTrackProject, i);
      g_autofree char *title = g_strdup_printf ("%s  %s", p->number, p->title);
      g_autofree char *detail = describe_project (p);

      gtk_list_box_append (self->project_list, kx_form_row_new (title, detail));
    }
  for (guint i = 0; i < track->penalties->len; i++)
    {
      const KxPenalty *p = &g_array_index (track->penalties, KxPenalty, i);
      g_autofree char *detail = describe_penalty (p);

      gtk_list_box_append (self->penalty_list,
                           kx_form_row_new (kx_penalty_kind_label (p->kind), detail));
    }

  if (track->banned)
    ban = g_strdup_printf (_("Banned from applying: %s, decided on %s; applications are "
                             "accepted again from %s"),
                           kx_penalty_kind_label (track->ban.kind), track->ban.decided_on,
                           track->ban.until);
  gtk_label_set_text (self->ban_label, ban != NULL ? ban : "");
  gtk_widget_set_visible (GTK_WIDGET (self->ban_label), ban != NULL);
  {
    g_autofree char *priority = g_strdup_printf ("%s%s%s",
                                                 track->priority ? _("Priority support") :
                                                                   _("No priority support"),
                                                 track->priority_reason != NULL ? ": " : "",
                                                 kx_form_or_dash (track->priority_reason));

    gtk_label_set_text (self->priority_label, priority);
  }
}

static void
load (KxOrganizationDetail *self)
{
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(GArray) facts = NULL;
  g_autoptr(KxTrackRecord) track = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = kx_date_today ();

  g_clear_pointer (&self->records, g_array_unref);
  if (self->store == NULL || self->id == 0)
    {
      show_empty (self, _("No organization selected"));
      return;
    }
  if ((org = kx_organization_get (self->store, self->id, &error)) == NULL ||
      (self->records = kx_organization_list_year_records (self->store, self->id,
                                                          &error)) == NULL ||
      (facts = kx_organization_list_facts (self->store, self->id, &error)) == NULL ||
      (track = kx_organization_track_record (self->store, self->id, today, &error)) == NULL)
    {
      show_empty (self, error->message);
      return;
    }
  fill_profile (self, org);
  fill_records (self);
  fill_facts (self, facts);
  fill_track (self, track);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-year-record", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org.add-fact", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_saved_cb (KxOrganizationDetail *self)
{
  load (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_year_record_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KxOrganizationDetail *self = KX_ORGANIZATION_DETAIL (widget);
  KxYearRecordDialog *dialog;

  dialog = kx_year_record_dialog_new (kx_form_get_window (widget), self->store, self->id, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
edit_year_record_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KxOrganizationDetail *self = KX_ORGANIZATION_DETAIL (widget);
  int year = g_variant_get_int32 (parameter);
  KxYearRecordDialog *dialog;

  for (guint i = 0; self->records != NULL && i < self->records->len; i++)
    if (g_array_index (self->records, KxYearRecord, i).year == year)
      {
        dialog = kx_year_record_dialog_new (kx_form_get_window (widget), self->store, self->id,
                                            &g_array_index (self->records, KxYearRecord, i));
        g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self,
                                 G_CONNECT_SWAPPED);
      }
}

static void
add_fact_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KxOrganizationDetail *self = KX_ORGANIZATION_DETAIL (widget);
  KxFactDialog *dialog;

  dialog = kx_fact_dialog_new (kx_form_get_window (widget), self->store, self->id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
delete_fact_confirmed (GObject  *object,
                       gpointer  user_data)
{
  KxOrganizationDetail *self = KX_ORGANIZATION_DETAIL (object);
  gint64 fact_id = GPOINTER_TO_SIZE (user_data);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!kx_organization_delete_fact (self->store, fact_id, &error))
    {
      show_empty (self, error->message);
      return;
    }
  on_saved_cb (self);
}

static void
delete_fact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 fact_id = g_variant_get_int64 (parameter);

  kx_form_confirm (widget, _("Delete this eligibility fact?"),
                   _("The eligibility check no longer counts it. The deletion is kept in the "
                     "audit log."),
                   _("_Delete"), delete_fact_confirmed, G_OBJECT (widget),
                   GSIZE_TO_POINTER ((gsize) fact_id));
}

static void
build_profile (KxOrganizationDetail *self)
{
  const char *keys[N_PROFILE] = {
    _("Name"), _("Kind"), _("Unified social credit code"), _("Secretary-general"),
    _("Finance staff"), _("Bank"), _("Bank account"), _("Party branch"), _("Contact person"),
    _("Contact phone"), _("Address"), _("Note"),
  };

  for (guint i = 0; i < N_PROFILE; i++)
    {
      GtkWidget *key = gtk_label_new (keys[i]);
      GtkWidget *value = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (key), 0.0f);
      gtk_label_set_yalign (GTK_LABEL (key), 0.0f);
      gtk_widget_add_css_class (key, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (value), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_set_hexpand (value, TRUE);
      gtk_grid_attach (self->profile_grid, key, 0, i, 1, 1);
      gtk_grid_attach (self->profile_grid, value, 1, i, 1, 1);
      self->profile_values[i] = GTK_LABEL (value);
    }
}

static void
kx_organization_detail_dispose (GObject *object)
{
  KxOrganizationDetail *self = KX_ORGANIZATION_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_ORGANIZATION_DETAIL);
  g_clear_object (&self->store);
  g_clear_pointer (&self->records, g_array_unref);

  G_OBJECT_CLASS (kx_organization_detail_parent_class)->dispose (object);
}

static void
kx_organization_detail_class_init (KxOrganizationDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_organization_detail_dispose;

  /**
   * KxOrganizationDetail::changed:
   *
   * Emitted after the widget wrote to the store.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-organization-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, empty_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, ban_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, profile_grid);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, year_list);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, fact_list);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, priority_label);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, project_list);
  gtk_widget_class_bind_template_child (widget_class, KxOrganizationDetail, penalty_list);

  gtk_widget_class_install_action (widget_class, "org.add-year-record", NULL,
                                   add_year_record_action);
  gtk_widget_class_install_action (widget_class, "org.edit-year-record", "i",
                                   edit_year_record_action);
  gtk_widget_class_install_action (widget_class, "org.add-fact", NULL, add_fact_action);
  gtk_widget_class_install_action (widget_class, "org.delete-fact", "x", delete_fact_action);
}

static void
kx_organization_detail_init (KxOrganizationDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_profile (self);
  kx_form_set_placeholder (self->year_list, _("No year recorded"));
  kx_form_set_placeholder (self->fact_list, _("No fact recorded"));
  kx_form_set_placeholder (self->project_list, _("No project before"));
  kx_form_set_placeholder (self->penalty_list, _("No penalty"));
  show_empty (self, _("No organization selected"));
}

GtkWidget *
kx_organization_detail_new (void)
{
  return g_object_new (KX_TYPE_ORGANIZATION_DETAIL, NULL);
}

/**
 * kx_organization_detail_set_store:
 * @store: (nullable): the database
 */
void
kx_organization_detail_set_store (KxOrganizationDetail *self,
                                  KxStore              *store)
{
  g_return_if_fail (KX_IS_ORGANIZATION_DETAIL (self));

  if (!g_set_object (&self->store, store))
    return;
  self->id = 0;
  load (self);
}

void
kx_organization_detail_set_organization (KxOrganizationDetail *self,
                                         gint64                organization_id)
{
  g_return_if_fail (KX_IS_ORGANIZATION_DETAIL (self));

  if (self->id == organization_id)
    return;
  self->id = organization_id;
  load (self);
}

gint64
kx_organization_detail_get_organization (KxOrganizationDetail *self)
{
  g_return_val_if_fail (KX_IS_ORGANIZATION_DETAIL (self), 0);

  return self->id;
}

void
kx_organization_detail_reload (KxOrganizationDetail *self)
{
  g_return_if_fail (KX_IS_ORGANIZATION_DETAIL (self));

  load (self);
}
