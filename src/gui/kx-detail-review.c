/* kx-detail-review.c: 专家评审 — the experts, their scores, the score and the rank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-review"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-review.h"

#include "kx-call.h"
#include "kx-detail-section.h"
#include "kx-review.h"
#include "kx-workflow.h"

struct _KxDetailReview
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *summary_section;
  KxDetailSection  *assignments_section;
  KxDetailSection  *scores_section;
  GtkButton        *assign_button;
};

G_DEFINE_FINAL_TYPE (KxDetailReview, kx_detail_review, GTK_TYPE_BOX)

static GtkWidget *
score_button_new (const KxReviewAssignment *assignment)
{
  GtkWidget *button = gtk_button_new_with_label (assignment->scored ? _("Edit scores…")
                                                                    : _("Enter scores…"));

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "project.score");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", assignment->expert_id);
  return button;
}

static void
show_assignments (KxDetailReview *self,
                  GArray         *assignments,
                  gboolean        may_score)
{
  static const char *headers[] = { N_("Expert"), N_("Assigned on"), N_("Scored on"),
                                   N_("Total"), "", NULL };
  KxDetailSection *s = self->assignments_section;

  kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < assignments->len; i++)
    {
      const KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);
      g_autofree char *total = a->scored ? g_strdup_printf ("%d", a->total) : NULL;
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, a->expert_name, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 1, a->assigned_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 2, a->scored ? a->scored_on : _("Not scored yet"),
                                  a->scored ? KX_CELL_PLAIN : KX_CELL_DIM);
      kx_detail_section_add_cell (s, row, 3, total, KX_CELL_NUMERIC);
      if (may_score)
        kx_detail_section_attach (s, score_button_new (a), row, 4, 1);
      if (a->comment != NULL && *a->comment != '\0')
        kx_detail_section_add_note (s, a->comment, KX_CELL_DIM | KX_CELL_SELECTABLE);
    }
}

static void
show_scores (KxDetailReview *self,
             GArray         *assignments)
{
  const char *headers[KX_N_CRITERIA + 3] = { N_("Expert") };
  KxDetailSection *s = self->scores_section;

  kx_detail_section_clear (s);
  for (int c = 0; c < KX_N_CRITERIA; c++)
    headers[c + 1] = kx_criterion_label (c);
  headers[KX_N_CRITERIA + 1] = N_("Total");
  for (guint i = 0; i < assignments->len; i++)
    {
      const KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);
      g_autofree char *total = g_strdup_printf ("%d", a->total);
      int row;

      if (!a->scored)
        continue;
      if (kx_detail_section_is_empty (s))
        kx_detail_section_set_columns (s, headers);
      row = kx_detail_section_add_row (s);
      kx_detail_section_add_cell (s, row, 0, a->expert_name, KX_CELL_WRAP);
      for (int c = 0; c < KX_N_CRITERIA; c++)
        {
          g_autofree char *score = g_strdup_printf ("%d", a->scores[c]);

          kx_detail_section_add_cell (s, row, c + 1, score, KX_CELL_NUMERIC);
        }
      kx_detail_section_add_cell (s, row, KX_N_CRITERIA + 1, total,
                                  KX_CELL_NUMERIC | KX_CELL_STRONG);
    }
}

static char *
format_rank (KxStore    *store,
             KxProject  *project,
             GError    **error)
{
  KxProjectType type = kx_project_get_project_type (project);
  g_autoptr(GArray) rows = kx_review_ranking (store, kx_project_get_call_id (project),
                                              type, error);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      const KxRankingRow *row = &g_array_index (rows, KxRankingRow, i);

      if (row->project_id == kx_project_get_id (project))
        return g_strdup_printf (_("%d of %u in “%s”"), row->rank, rows->len,
                                kx_project_type_label (type));
    }
  return g_strdup (_("Not ranked: the expert review is not finished"));
}

static void
add_score_fields (KxDetailSection      *s,
                  const KxScoreSummary *summary,
                  int                   pass_line)
{
  g_autofree char *score = kx_detail_format_score (summary->score_x100);
  g_autofree char *score_text = NULL;
  g_autofree char *pass_text = NULL;
  GtkLabel *label;

  score_text = g_strdup_printf (summary->trimmed
                                ? _("%s (mean without the highest and the lowest)")
                                : _("%s (mean of the experts’ totals)"), score);
  kx_detail_section_add_field (s, _("Score"), score_text, KX_CELL_STRONG);
  pass_text = g_strdup_printf (summary->passes ? _("Reaches the pass line of %d")
                                               : _("Below the pass line of %d"), pass_line);
  label = kx_detail_section_add_field (s, _("Pass line"), pass_text, KX_CELL_PLAIN);
  if (!summary->passes)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
}

static void
show_summary (KxDetailReview *self,
              KxStore        *store,
              KxProject      *project)
{
  KxDetailSection *s = self->summary_section;
  KxScoreSummary summary;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *rank = NULL;

  kx_detail_section_clear (s);
  if (!kx_review_project_score (store, kx_project_get_id (project), &summary, &error) ||
      (call = kx_call_get (store, kx_project_get_call_id (project), &error)) == NULL ||
      (rank = format_rank (store, project, &error)) == NULL)
    {
      kx_detail_section_set_error (s, error);
      return;
    }
  if (summary.n_assigned == 0)
    return;
  count = g_strdup_printf (ngettext ("%d of %d expert", "%d of %d experts", summary.n_assigned),
                           summary.n_scores, summary.n_assigned);
  kx_detail_section_add_field (s, _("Scores in"), count, KX_CELL_PLAIN);
  if (summary.n_scores > 0)
    add_score_fields (s, &summary, kx_call_get_policy (call)->pass_line);
  kx_detail_section_add_field (s, _("Rank within the type"), rank, KX_CELL_PLAIN);
}

static void
kx_detail_review_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_REVIEW);
  G_OBJECT_CLASS (kx_detail_review_parent_class)->dispose (object);
}

static void
kx_detail_review_class_init (KxDetailReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_review_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-review.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailReview, summary_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailReview, assignments_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailReview, scores_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailReview, assign_button);
}

static void
kx_detail_review_init (KxDetailReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_review_load:
 *
 * Shows the experts assigned with their scores, the project's score
 * against the pass line and its rank within its type.
 */
void
kx_detail_review_load (KxDetailReview *self,
                       KxStore        *store,
                       KxProject      *project)
{
  KxStage stage = kx_project_get_stage (project);
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KX_IS_DETAIL_REVIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->assign_button),
                          kx_workflow_stage_allows (KX_ACTION_ASSIGN_EXPERTS, stage));
  assignments = kx_review_list_assignments (store, kx_project_get_id (project), &error);
  if (assignments == NULL)
    {
      kx_detail_section_set_error (self->assignments_section, error);
      gtk_widget_set_visible (GTK_WIDGET (self->assignments_section), TRUE);
      kx_detail_section_clear (self->scores_section);
      kx_detail_section_clear (self->summary_section);
      return;
    }
  show_summary (self, store, project);
  /* Without an expert, "No expert assigned yet" says it all. */
  gtk_widget_set_visible (GTK_WIDGET (self->assignments_section), assignments->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->scores_section), assignments->len > 0);
  if (assignments->len == 0)
    kx_detail_section_clear (self->assignments_section);
  else
    show_assignments (self, assignments, kx_workflow_stage_allows (KX_ACTION_SCORE, stage));
  show_scores (self, assignments);
}
