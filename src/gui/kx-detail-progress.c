/* kx-detail-progress.c: 实施与验收 — progress reports, checks and penalties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-progress.h"

#include "kx-detail-section.h"
#include "kx-implementation.h"
#include "kx-penalty.h"
#include "kx-validate.h"

struct _KxDetailProgress
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *reports_section;
  KxDetailSection  *checks_section;
  KxDetailSection  *penalties_section;
};

G_DEFINE_FINAL_TYPE (KxDetailProgress, kx_detail_progress, GTK_TYPE_BOX)

static const char *
check_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "midterm") == 0)
    return _("Mid-term check");
  if (g_strcmp0 (kind, "final") == 0)
    return _("Final acceptance");
  return kind;
}

static void
add_report (KxDetailSection        *s,
            const KxProgressReport *report)
{
  int row = kx_detail_section_add_row (s);

  kx_detail_section_add_cell (s, row, 0, report->reported_on, KX_CELL_PLAIN);
  kx_detail_section_add_cell (s, row, 1, report->text, KX_CELL_WRAP | KX_CELL_SELECTABLE);
  for (guint i = 0; i < report->updates->len; i++)
    {
      const KxMilestoneReport *m = &g_array_index (report->updates, KxMilestoneReport, i);
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("Milestone %d, %s: %s"), m->seq, m->target,
                              kx_milestone_status_label (m->status));
      if (m->note != NULL && *m->note != '\0')
        {
          g_autofree char *with_note = g_strdup_printf ("%s — %s", text, m->note);

          g_free (text);
          text = g_steal_pointer (&with_note);
        }
      kx_detail_section_add_cell (s, kx_detail_section_add_row (s), 1, text,
                                  KX_CELL_WRAP | KX_CELL_DIM);
    }
}

static void
show_reports (KxDetailSection *s,
              GArray          *reports)
{
  static const char *headers[] = { N_("Reported on"), N_("Progress"), NULL };

  kx_detail_section_clear (s);
  if (reports->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < reports->len; i++)
    add_report (s, &g_array_index (reports, KxProgressReport, i));
}

static void
show_checks (KxDetailSection *s,
             GArray          *checks)
{
  static const char *headers[] = { N_("Check"), N_("Checked on"), N_("Result"),
                                   N_("Materials"), N_("Comments"), NULL };

  kx_detail_section_clear (s);
  if (checks->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < checks->len; i++)
    {
      const KxProjectCheck *c = &g_array_index (checks, KxProjectCheck, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      int row = kx_detail_section_add_row (s);

      gtk_box_append (GTK_BOX (box), kx_detail_result_icon_new (c->result));
      gtk_box_append (GTK_BOX (box), gtk_label_new (kx_result_label (c->result)));
      gtk_widget_set_valign (box, GTK_ALIGN_START);
      kx_detail_section_add_cell (s, row, 0, check_kind_label (c->kind), KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 1, c->checked_on, KX_CELL_PLAIN);
      kx_detail_section_attach (s, box, row, 2, 1);
      kx_detail_section_add_cell (s, row, 3, c->materials, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 4, c->comments, KX_CELL_WRAP | KX_CELL_DIM);
    }
}

static void
show_penalties (KxDetailSection *s,
                GArray          *penalties)
{
  static const char *headers[] = { N_("Penalty"), N_("Project"), N_("Decided on"),
                                   N_("Banned until"), N_("To recover"), NULL };

  kx_detail_section_clear (s);
  if (penalties->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < penalties->len; i++)
    {
      const KxPenalty *p = &g_array_index (penalties, KxPenalty, i);
      g_autofree char *recovery = kx_money_format (p->recovery_fen);
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, kx_penalty_kind_label (p->kind),
                                  KX_CELL_WRAP | KX_CELL_WARNING);
      kx_detail_section_add_cell (s, row, 1, p->project_number, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 2, p->decided_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 3, p->until, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 4, recovery, KX_CELL_NUMERIC);
      if (p->reason != NULL && *p->reason != '\0')
        kx_detail_section_add_note (s, p->reason, KX_CELL_DIM | KX_CELL_SELECTABLE);
    }
}

static void
kx_detail_progress_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_PROGRESS);
  G_OBJECT_CLASS (kx_detail_progress_parent_class)->dispose (object);
}

static void
kx_detail_progress_class_init (KxDetailProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_progress_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-progress.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailProgress, reports_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailProgress, checks_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailProgress, penalties_section);
}

static void
kx_detail_progress_init (KxDetailProgress *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_progress_load:
 *
 * Shows the progress reports with their milestone updates, the mid-term
 * check and final acceptance, and the penalties of the organization.
 */
void
kx_detail_progress_load (KxDetailProgress *self,
                         KxStore          *store,
                         KxProject        *project)
{
  gint64 id = kx_project_get_id (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reports = NULL;
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GArray) penalties = NULL;

  g_return_if_fail (KX_IS_DETAIL_PROGRESS (self));

  if ((reports = kx_progress_list_reports (store, id, &error)) != NULL)
    show_reports (self->reports_section, reports);
  else
    kx_detail_section_set_error (self->reports_section, error);
  g_clear_error (&error);
  if ((checks = kx_check_list (store, id, &error)) != NULL)
    show_checks (self->checks_section, checks);
  else
    kx_detail_section_set_error (self->checks_section, error);
  g_clear_error (&error);
  penalties = kx_penalty_list (store, kx_project_get_organization_id (project), &error);
  if (penalties != NULL)
    show_penalties (self->penalties_section, penalties);
  else
    kx_detail_section_set_error (self->penalties_section, error);
}
