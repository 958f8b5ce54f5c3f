/* kx-detail-decision.c: 立项与公示 — the decision, the public notice and its objections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-decision"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-decision.h"

#include "kx-decision.h"
#include "kx-detail-section.h"
#include "kx-store.h"
#include "kx-validate.h"

struct _KxDetailDecision
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *decision_section;
  KxDetailSection  *notice_section;
  KxDetailSection  *objections_section;
};

G_DEFINE_FINAL_TYPE (KxDetailDecision, kx_detail_decision, GTK_TYPE_BOX)

static const char *
resolution_label (const char *resolution)
{
  if (g_strcmp0 (resolution, "pending") == 0)
    return C_("objection", "Pending");
  if (g_strcmp0 (resolution, "unfounded") == 0)
    return C_("objection", "Unfounded");
  if (g_strcmp0 (resolution, "upheld") == 0)
    return C_("objection", "Upheld: project withdrawn");
  return resolution;
}

static void
show_decision (KxDetailDecision *self,
               KxStore          *store,
               gint64            project_id)
{
  KxDetailSection *s = self->decision_section;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) decision = kx_decision_get (store, project_id, &error);
  g_autofree char *amount = NULL;

  kx_detail_section_clear (s);
  if (decision == NULL)
    {
      if (!g_error_matches (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
        kx_detail_section_set_error (s, error);
      return;
    }
  kx_detail_section_add_field (s, _("Meeting of"), decision->meeting_on, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Decision"),
                               decision->approved ? _("Approved") : _("Not approved"),
                               KX_CELL_STRONG);
  if (decision->approved)
    {
      amount = kx_money_format (decision->approved_fen);
      kx_detail_section_add_field (s, _("Approved amount"), amount, KX_CELL_PLAIN);
    }
  kx_detail_section_add_field (s, _("Minutes"), decision->minutes_ref, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Note"), decision->note, KX_CELL_PLAIN);
}

static void
show_notice (KxDetailDecision *self,
             KxStore          *store,
             gint64            project_id)
{
  KxDetailSection *s = self->notice_section;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxNotice) notice = kx_notice_get (store, project_id, &error);

  kx_detail_section_clear (s);
  if (notice == NULL)
    {
      if (error != NULL && !g_error_matches (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
        kx_detail_section_set_error (s, error);
      return;
    }
  kx_detail_section_add_field (s, _("First day"), notice->start_on, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Last day"), notice->end_on, KX_CELL_PLAIN);
  kx_detail_section_add_field (s, _("Published at"), notice->url, KX_CELL_PLAIN);
}

static void
show_objections (KxDetailDecision *self,
                 KxStore          *store,
                 gint64            project_id)
{
  static const char *headers[] = { N_("Received"), N_("Objector"), N_("Content"),
                                   N_("Resolution"), NULL };
  KxDetailSection *s = self->objections_section;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) objections = kx_notice_list_objections (store, project_id, &error);

  if (objections == NULL)
    {
      kx_detail_section_set_error (s, error);
      return;
    }
  kx_detail_section_clear (s);
  if (objections->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < objections->len; i++)
    {
      const KxObjection *o = &g_array_index (objections, KxObjection, i);
      g_autofree char *resolved = NULL;
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, o->received_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 1, o->objector, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 2, o->content, KX_CELL_WRAP | KX_CELL_SELECTABLE);
      kx_detail_section_add_cell (s, row, 3, resolution_label (o->resolution),
                                  g_strcmp0 (o->resolution, "pending") == 0
                                  ? KX_CELL_WARNING : KX_CELL_PLAIN);
      if (o->resolved_on == NULL)
        continue;
      resolved = g_strdup_printf (_("Resolved on %s: %s"), o->resolved_on,
                                  o->resolution_note != NULL ? o->resolution_note : "—");
      kx_detail_section_add_note (s, resolved, KX_CELL_DIM | KX_CELL_SELECTABLE);
    }
}

static void
kx_detail_decision_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_DECISION);
  G_OBJECT_CLASS (kx_detail_decision_parent_class)->dispose (object);
}

static void
kx_detail_decision_class_init (KxDetailDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_decision_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-decision.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailDecision, decision_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailDecision, notice_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailDecision, objections_section);
}

static void
kx_detail_decision_init (KxDetailDecision *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_decision_load:
 *
 * Shows the Party group's decision, the public notice and the objections
 * received during it.
 */
void
kx_detail_decision_load (KxDetailDecision *self,
                         KxStore          *store,
                         KxProject        *project)
{
  gint64 id = kx_project_get_id (project);

  g_return_if_fail (KX_IS_DETAIL_DECISION (self));

  show_decision (self, store, id);
  show_notice (self, store, id);
  show_objections (self, store, id);
}
