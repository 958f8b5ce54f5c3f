/* kx-detail-eligibility.c: 资格审查 — who may apply, rule by rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-eligibility"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-eligibility.h"

#include "kx-detail-section.h"
#include "kx-eligibility.h"
#include "kx-validate.h"

struct _KxDetailEligibility
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *verdict_section;
  KxDetailSection  *rules_section;
};

G_DEFINE_FINAL_TYPE (KxDetailEligibility, kx_detail_eligibility, GTK_TYPE_BOX)

static void
add_rule (KxDetailSection         *section,
          const KxEligibilityRule *rule)
{
  int row = kx_detail_section_add_row (section);

  kx_detail_section_add_cell (section, row, 0, rule->clause, KX_CELL_PLAIN);
  kx_detail_section_attach (section, kx_detail_result_icon_new (rule->result), row, 1, 1);
  kx_detail_section_add_cell (section, row, 2, rule->rule, KX_CELL_WRAP);
  kx_detail_section_add_cell (section, row, 3, rule->reason, KX_CELL_WRAP | KX_CELL_DIM);
}

static void
show_verdict (KxDetailEligibility *self,
              const KxEligibility *verdict,
              gboolean             submitted)
{
  KxDetailSection *s = self->verdict_section;
  GtkLabel *label;

  kx_detail_section_clear (s);
  label = kx_detail_section_add_field (s, _("Result"),
                                       verdict->eligible
                                       ? _("Meets the application conditions")
                                       : _("Does not meet the application conditions"),
                                       KX_CELL_STRONG);
  if (!verdict->eligible)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  kx_detail_section_add_field (s, submitted ? _("Evaluated as of submission")
                                            : _("Evaluated as of today"),
                               verdict->on_date, KX_CELL_PLAIN);
}

static void
kx_detail_eligibility_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_ELIGIBILITY);
  G_OBJECT_CLASS (kx_detail_eligibility_parent_class)->dispose (object);
}

static void
kx_detail_eligibility_class_init (KxDetailEligibilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_eligibility_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-eligibility.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailEligibility, verdict_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailEligibility, rules_section);
}

static void
kx_detail_eligibility_init (KxDetailEligibility *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_eligibility_load:
 *
 * Evaluates the rules of the call for the project's organization and type
 * on the day it was submitted, or today when it was not.
 */
void
kx_detail_eligibility_load (KxDetailEligibility *self,
                            KxStore             *store,
                            KxProject           *project)
{
  static const char *headers[] = { N_("Clause"), N_("Result"), N_("Rule"), N_("Reason"), NULL };
  const char *submitted = kx_project_get_submitted_on (project);
  g_autofree char *today = kx_date_today ();
  g_autoptr(KxEligibility) verdict = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KX_IS_DETAIL_ELIGIBILITY (self));

  verdict = kx_eligibility_evaluate (store, kx_project_get_organization_id (project),
                                     kx_project_get_call_id (project),
                                     kx_project_get_project_type (project),
                                     submitted != NULL ? submitted : today, &error);
  if (verdict == NULL)
    {
      kx_detail_section_set_error (self->verdict_section, error);
      kx_detail_section_clear (self->rules_section);
      return;
    }
  show_verdict (self, verdict, submitted != NULL);
  kx_detail_section_set_columns (self->rules_section, headers);
  for (guint i = 0; i < verdict->rules->len; i++)
    add_rule (self->rules_section, &g_array_index (verdict->rules, KxEligibilityRule, i));
}
