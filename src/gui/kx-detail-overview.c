/* kx-detail-overview.c: 概要 — what a project is, its milestones and budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-overview.h"

#include "kx-detail-section.h"
#include "kx-validate.h"

struct _KxDetailOverview
{
  GtkBox            parent_instance;

  /* Template widgets */
  KxDetailSection  *facts_section;
  KxDetailSection  *content_section;
  KxDetailSection  *indicators_section;
  KxDetailSection  *milestones_section;
  KxDetailSection  *budget_section;
};

G_DEFINE_FINAL_TYPE (KxDetailOverview, kx_detail_overview, GTK_TYPE_BOX)

static void
add_money_field (KxDetailSection *section,
                 const char      *name,
                 gint64           fen)
{
  g_autofree char *text = fen >= 0 ? kx_money_format (fen) : NULL;

  kx_detail_section_add_field (section, name, text, KX_CELL_PLAIN);
}

static void
load_facts (KxDetailOverview *self,
            KxProject        *project)
{
  KxDetailSection *section = self->facts_section;
  g_autofree char *year = g_strdup_printf ("%d", kx_project_get_call_year (project));
  const char *submitted = kx_project_get_submitted_on (project);

  kx_detail_section_clear (section);
  kx_detail_section_add_field (section, _("Number"), kx_project_get_number (project),
                               KX_CELL_STRONG);
  kx_detail_section_add_field (section, _("Title"), kx_project_get_title (project),
                               KX_CELL_PLAIN);
  kx_detail_section_add_field (section, _("Applicant"),
                               kx_project_get_organization_name (project), KX_CELL_PLAIN);
  kx_detail_section_add_field (section, _("Type"),
                               kx_project_type_label (kx_project_get_project_type (project)),
                               KX_CELL_PLAIN);
  kx_detail_section_add_field (section, _("Stage"),
                               kx_stage_label (kx_project_get_stage (project)), KX_CELL_PLAIN);
  kx_detail_section_add_field (section, _("Call year"), year, KX_CELL_PLAIN);
  kx_detail_section_add_field (section, _("Submitted on"),
                               submitted != NULL ? submitted : _("Not submitted"),
                               KX_CELL_PLAIN);
  add_money_field (section, _("Requested"), kx_project_get_requested_fen (project));
  add_money_field (section, _("Approved amount"), kx_project_get_approved_fen (project));
}

static void
load_milestones (KxDetailOverview *self,
                 KxStore          *store,
                 gint64            project_id)
{
  static const char *headers[] = { N_("No."), N_("Due"), N_("Target"), N_("Status"),
                                   N_("Note"), NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) milestones = kx_project_list_milestones (store, project_id, &error);

  if (milestones == NULL)
    {
      kx_detail_section_set_error (self->milestones_section, error);
      return;
    }
  kx_detail_section_set_columns (self->milestones_section, headers);
  for (guint i = 0; i < milestones->len; i++)
    {
      const KxMilestone *m = &g_array_index (milestones, KxMilestone, i);
      KxDetailSection *s = self->milestones_section;
      int row = kx_detail_section_add_row (s);
      g_autofree char *seq = g_strdup_printf ("%d", m->seq);

      kx_detail_section_add_cell (s, row, 0, seq, KX_CELL_NUMERIC);
      kx_detail_section_add_cell (s, row, 1, m->due_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 2, m->target, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 3, kx_milestone_status_label (m->status),
                                  KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 4, m->note, KX_CELL_WRAP | KX_CELL_DIM);
    }
}

static void
load_budget (KxDetailOverview *self,
             KxStore          *store,
             gint64            project_id)
{
  static const char *headers[] = { N_("No."), N_("Item"), N_("Amount"), N_("Justification"),
                                   NULL };
  KxDetailSection *s = self->budget_section;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = kx_project_list_budget_lines (store, project_id, &error);
  g_autofree char *total_text = NULL;
  gint64 total = 0;
  int row;

  if (lines == NULL)
    {
      kx_detail_section_set_error (s, error);
      return;
    }
  kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < lines->len; i++)
    {
      const KxBudgetLine *line = &g_array_index (lines, KxBudgetLine, i);
      g_autofree char *seq = g_strdup_printf ("%d", line->seq);
      g_autofree char *amount = kx_money_format (line->amount_fen);

      row = kx_detail_section_add_row (s);
      kx_detail_section_add_cell (s, row, 0, seq, KX_CELL_NUMERIC);
      kx_detail_section_add_cell (s, row, 1, line->item, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 2, amount, KX_CELL_NUMERIC);
      kx_detail_section_add_cell (s, row, 3, line->justification, KX_CELL_WRAP | KX_CELL_DIM);
      total += line->amount_fen;
    }
  if (lines->len == 0)
    return;
  total_text = kx_money_format (total);
  row = kx_detail_section_add_row (s);
  kx_detail_section_add_cell (s, row, 1, _("Total"), KX_CELL_STRONG);
  kx_detail_section_add_cell (s, row, 2, total_text, KX_CELL_NUMERIC | KX_CELL_STRONG);
}

static void
kx_detail_overview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_OVERVIEW);
  G_OBJECT_CLASS (kx_detail_overview_parent_class)->dispose (object);
}

static void
kx_detail_overview_class_init (KxDetailOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_overview_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailOverview, facts_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailOverview, content_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailOverview, indicators_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailOverview, milestones_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailOverview, budget_section);
}

static void
kx_detail_overview_init (KxDetailOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_overview_load:
 *
 * Shows @project (already read) with its milestones and budget lines.
 */
void
kx_detail_overview_load (KxDetailOverview *self,
                         KxStore          *store,
                         KxProject        *project)
{
  gint64 id = kx_project_get_id (project);

  g_return_if_fail (KX_IS_DETAIL_OVERVIEW (self));

  load_facts (self, project);
  kx_detail_section_set_text (self->content_section, kx_project_get_content (project));
  kx_detail_section_set_text (self->indicators_section, kx_project_get_indicators (project));
  load_milestones (self, store, id);
  load_budget (self, store, id);
}
