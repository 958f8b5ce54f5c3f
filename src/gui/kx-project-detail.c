/* kx-project-detail.c: the selected project's detail pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page is read when it is shown: selecting a project reads the project
 * and the visible page only, the other pages when they are switched to.
 */

#define G_LOG_DOMAIN "kx-project-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-project-detail.h"
#include "kx-project-detail-private.h"

#include "kx-detail-agreement.h"
#include "kx-detail-decision.h"
#include "kx-detail-eligibility.h"
#include "kx-detail-formal.h"
#include "kx-detail-money.h"
#include "kx-detail-overview.h"
#include "kx-detail-progress.h"
#include "kx-detail-review.h"
#include "kx-empty-state.h"
#include "kx-project.h"

typedef enum
{
  PAGE_OVERVIEW,
  PAGE_ELIGIBILITY,
  PAGE_FORMAL,
  PAGE_REVIEW,
  PAGE_DECISION,
  PAGE_AGREEMENT,
  PAGE_MONEY,
  PAGE_PROGRESS,
  N_PAGES
} Page;

static const char *const page_names[N_PAGES] = {
  "overview", "eligibility", "formal", "review",
  "decision", "agreement", "money", "progress",
};

struct _KxProjectDetail
{
  GtkBox                parent_instance;

  /* Owned */
  KxStore              *store;
  KxProject            *project;

  /* Template widgets */
  GtkStack             *main_stack;
  KxEmptyState         *empty_state;
  GtkStack             *stack;
  KxDetailOverview     *overview_page;
  KxDetailEligibility  *eligibility_page;
  KxDetailFormal       *formal_page;
  KxDetailReview       *review_page;
  KxDetailDecision     *decision_page;
  KxDetailAgreement    *agreement_page;
  KxDetailMoney        *money_page;
  KxDetailProgress     *progress_page;

  gint64                project_id;
  guint                 stale;  /* a bit per Page still to be read */
};

G_DEFINE_FINAL_TYPE (KxProjectDetail, kx_project_detail, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
find_page (const char *name)
{
  for (int i = 0; i < N_PAGES; i++)
    if (g_strcmp0 (page_names[i], name) == 0)
      return i;
  return -1;
}

static void
load_page (KxProjectDetail *self,
           Page             page)
{
  KxStore *store = self->store;
  KxProject *project = self->project;

  switch (page)
    {
    case PAGE_OVERVIEW:
      kx_detail_overview_load (self->overview_page, store, project);
      break;
    case PAGE_ELIGIBILITY:
      kx_detail_eligibility_load (self->eligibility_page, store, project);
      break;
    case PAGE_FORMAL:
      kx_detail_formal_load (self->formal_page, store, project);
      break;
    case PAGE_REVIEW:
      kx_detail_review_load (self->review_page, store, project);
      break;
    case PAGE_DECISION:
      kx_detail_decision_load (self->decision_page, store, project);
      break;
    case PAGE_AGREEMENT:
      kx_detail_agreement_load (self->agreement_page, store, project);
      break;
    case PAGE_MONEY:
      kx_detail_money_load (self->money_page, store, project);
      break;
    case PAGE_PROGRESS:
      kx_detail_progress_load (self->progress_page, store, project);
      break;
    case N_PAGES:
    default:
      g_assert_not_reached ();
    }
}

static void
load_visible_page (KxProjectDetail *self)
{
  int page = find_page (gtk_stack_get_visible_child_name (self->stack));

  if (self->project == NULL || page < 0 || !(self->stale & (1u << page)))
    return;
  self->stale &= ~(1u << page);
  load_page (self, page);
}

static void
show_empty (KxProjectDetail *self,
            const char      *title,
            const char      *detail)
{
  kx_empty_state_set (self->empty_state, title, detail);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

static void
load_project (KxProjectDetail *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->project);
  self->stale = 0;
  if (self->store == NULL || self->project_id <= 0)
    {
      show_empty (self, _("Select a project to see its details"), NULL);
      return;
    }
  self->project = kx_project_get (self->store, self->project_id, &error);
  if (self->project == NULL)
    {
      show_empty (self, _("Could not read this project"), error->message);
      return;
    }
  self->stale = (1u << N_PAGES) - 1;
  gtk_stack_set_visible_child_name (self->main_stack, "project");
  load_visible_page (self);
}

static void
on_stack_visible_child_cb (KxProjectDetail *self)
{
  load_visible_page (self);
}

static void
kx_project_detail_dispose (GObject *object)
{
  KxProjectDetail *self = KX_PROJECT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_PROJECT_DETAIL);
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kx_project_detail_parent_class)->dispose (object);
}

static void
kx_project_detail_class_init (KxProjectDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_project_detail_dispose;

  /**
   * KxProjectDetail::changed:
   *
   * The shared contract of the section widgets. The pages only read, so
   * this widget never emits it; the writes happen in the dialogs behind
   * project.run and project.score, whose owner refreshes the window.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KX_TYPE_DETAIL_OVERVIEW);
  g_type_ensure (KX_TYPE_DETAIL_ELIGIBILITY);
  g_type_ensure (KX_TYPE_DETAIL_FORMAL);
  g_type_ensure (KX_TYPE_DETAIL_REVIEW);
  g_type_ensure (KX_TYPE_DETAIL_DECISION);
  g_type_ensure (KX_TYPE_DETAIL_AGREEMENT);
  g_type_ensure (KX_TYPE_DETAIL_MONEY);
  g_type_ensure (KX_TYPE_DETAIL_PROGRESS);
  g_type_ensure (KX_TYPE_EMPTY_STATE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-project-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, overview_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, eligibility_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, formal_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, review_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, decision_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, agreement_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, money_page);
  gtk_widget_class_bind_template_child (widget_class, KxProjectDetail, progress_page);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);
}

static void
kx_project_detail_init (KxProjectDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_project (self);
}

GtkWidget *
kx_project_detail_new (void)
{
  return g_object_new (KX_TYPE_PROJECT_DETAIL, NULL);
}

/**
 * kx_project_detail_set_store:
 * @store: (nullable)
 *
 * A new store forgets the project, whose id belonged to the old one.
 */
void
kx_project_detail_set_store (KxProjectDetail *self,
                             KxStore         *store)
{
  g_return_if_fail (KX_IS_PROJECT_DETAIL (self));

  if (!g_set_object (&self->store, store))
    return;
  self->project_id = 0;
  load_project (self);
}

/**
 * kx_project_detail_set_project:
 * @project_id: the project to show, 0 for none
 *
 * Keeps the page shown; reads the project and that page.
 */
void
kx_project_detail_set_project (KxProjectDetail *self,
                               gint64           project_id)
{
  g_return_if_fail (KX_IS_PROJECT_DETAIL (self));

  if (self->project_id == project_id)
    return;
  self->project_id = project_id;
  load_project (self);
}

gint64
kx_project_detail_get_project (KxProjectDetail *self)
{
  g_return_val_if_fail (KX_IS_PROJECT_DETAIL (self), 0);

  return self->project_id;
}

/**
 * kx_project_detail_reload:
 *
 * Reads the project again, e.g. after an action changed it.
 */
void
kx_project_detail_reload (KxProjectDetail *self)
{
  g_return_if_fail (KX_IS_PROJECT_DETAIL (self));

  load_project (self);
}

void
kx_project_detail_set_page (KxProjectDetail *self,
                            const char      *name)
{
  g_return_if_fail (KX_IS_PROJECT_DETAIL (self));
  g_return_if_fail (find_page (name) >= 0);

  gtk_stack_set_visible_child_name (self->stack, name);
}

const char *
kx_project_detail_get_page (KxProjectDetail *self)
{
  g_return_val_if_fail (KX_IS_PROJECT_DETAIL (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
_kx_project_detail_get_page_widget (KxProjectDetail *self,
                                    const char      *name)
{
  int page = find_page (name);
  GtkWidget *pages[N_PAGES] = {
    GTK_WIDGET (self->overview_page), GTK_WIDGET (self->eligibility_page),
    GTK_WIDGET (self->formal_page), GTK_WIDGET (self->review_page),
    GTK_WIDGET (self->decision_page), GTK_WIDGET (self->agreement_page),
    GTK_WIDGET (self->money_page), GTK_WIDGET (self->progress_page),
  };

  g_return_val_if_fail (KX_IS_PROJECT_DETAIL (self), NULL);

  return page >= 0 ? pages[page] : NULL;
}
