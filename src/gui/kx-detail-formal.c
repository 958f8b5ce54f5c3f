/* kx-detail-formal.c: 形式审查 — the five checks of the formal review, round by round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-formal"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-formal.h"

#include "kx-detail-section.h"
#include "kx-review.h"
#include "kx-workflow.h"

struct _KxDetailFormal
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *latest_section;
  KxDetailSection  *checks_section;
  KxDetailSection  *earlier_section;
  GtkButton        *review_button;
};

G_DEFINE_FINAL_TYPE (KxDetailFormal, kx_detail_formal, GTK_TYPE_BOX)

static void
show_latest (KxDetailFormal       *self,
             const KxFormalReview *review)
{
  static const char *headers[] = { N_("Check"), N_("Result"), N_("Note"), NULL };
  KxDetailSection *s = self->latest_section;
  KxDetailSection *checks = self->checks_section;

  kx_detail_section_clear (s);
  kx_detail_section_add_field (s, _("Result"), kx_formal_result_label (review->result),
                               KX_CELL_STRONG);
  kx_detail_section_add_field (s, _("Reviewed on"), review->reviewed_on, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Reviewer"), review->reviewer, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Note"), review->note, KX_CELL_PLAIN);

  kx_detail_section_set_columns (checks, headers);
  for (int i = 0; i < KX_N_FORMAL_CHECKS; i++)
    {
      KxResult result = review->ok[i] ? KX_RESULT_PASS : KX_RESULT_FAIL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      int row = kx_detail_section_add_row (checks);

      gtk_box_append (GTK_BOX (box), kx_detail_result_icon_new (result));
      gtk_box_append (GTK_BOX (box), gtk_label_new (kx_result_label (result)));
      kx_detail_section_add_cell (checks, row, 0, kx_formal_check_label (i), KX_CELL_WRAP);
      kx_detail_section_attach (checks, box, row, 1, 1);
      kx_detail_section_add_cell (checks, row, 2, review->notes[i], KX_CELL_WRAP | KX_CELL_DIM);
    }
}

static void
show_earlier (KxDetailFormal *self,
              GArray         *reviews)
{
  static const char *headers[] = { N_("Reviewed on"), N_("Result"), N_("Reviewer"), N_("Note"),
                                   NULL };
  KxDetailSection *s = self->earlier_section;

  kx_detail_section_clear (s);
  if (reviews->len < 2)
    return;
  kx_detail_section_set_columns (s, headers);
  /* Newest first, without the latest shown above. */
  for (guint i = reviews->len - 1; i-- > 0;)
    {
      const KxFormalReview *review = &g_array_index (reviews, KxFormalReview, i);
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, review->reviewed_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 1, kx_formal_result_label (review->result),
                                  KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 2, review->reviewer, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 3, review->note, KX_CELL_WRAP | KX_CELL_DIM);
    }
}

static void
kx_detail_formal_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_FORMAL);
  G_OBJECT_CLASS (kx_detail_formal_parent_class)->dispose (object);
}

static void
kx_detail_formal_class_init (KxDetailFormalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_formal_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-formal.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailFormal, latest_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailFormal, checks_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailFormal, earlier_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailFormal, review_button);
}

static void
kx_detail_formal_init (KxDetailFormal *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_formal_load:
 *
 * Shows the latest round of the formal review with its five checks, and
 * the rounds before it (returned for correction, then submitted again).
 */
void
kx_detail_formal_load (KxDetailFormal *self,
                       KxStore        *store,
                       KxProject      *project)
{
  KxStage stage = kx_project_get_stage (project);
  g_autoptr(GArray) reviews = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KX_IS_DETAIL_FORMAL (self));

  gtk_widget_set_visible (GTK_WIDGET (self->review_button),
                          kx_workflow_stage_allows (KX_ACTION_FORMAL_REVIEW, stage));
  reviews = kx_formal_review_list (store, kx_project_get_id (project), &error);
  kx_detail_section_clear (self->checks_section);
  kx_detail_section_clear (self->earlier_section);
  /* Without a round, "No formal review yet" says it all. */
  gtk_widget_set_visible (GTK_WIDGET (self->checks_section), reviews != NULL && reviews->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_section), reviews != NULL && reviews->len > 0);
  if (reviews == NULL)
    {
      kx_detail_section_set_error (self->latest_section, error);
      return;
    }
  if (reviews->len == 0)
    {
      kx_detail_section_clear (self->latest_section);
      return;
    }
  show_latest (self, &g_array_index (reviews, KxFormalReview, reviews->len - 1));
  show_earlier (self, reviews);
}
