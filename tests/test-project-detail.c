/* test-project-detail.c: the project detail pages on a demo database, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "kx-call.h"
#include "kx-decision.h"
#include "kx-detail-section.h"
#include "kx-eligibility.h"
#include "kx-gui-test.h"
#include "kx-implementation.h"
#include "kx-money.h"
#include "kx-penalty.h"
#include "kx-project-detail-private.h"
#include "kx-project-list.h"
#include "kx-review.h"
#include "kx-validate.h"

#define DEMO_PROJECTS 120

static KxStore *store;

/* Projects of the demo picked by stage, with their organization. */
typedef struct
{
  gint64  id;
  gint64  organization_id;
  char   *organization_name;
} Pick;

static Pick funded, submitted, under_review, formal_passed;
static Pick accepted;  /* carried out: reports, checks, spending */

/* Helpers ------------------------------------------------------------------ */

static gboolean
stage_is_funded (KxStage stage)
{
  return stage == KX_STAGE_FUNDED || stage == KX_STAGE_IN_PROGRESS
         || stage == KX_STAGE_MIDTERM_PASSED || stage == KX_STAGE_ACCEPTED;
}

static void
pick (Pick                   *p,
      const KxProjectSummary *row)
{
  if (p->id != 0)
    return;
  p->id = row->id;
  p->organization_id = row->organization_id;
  p->organization_name = g_strdup (row->organization_name);
}

static void
pick_projects_of (KxCall *call)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProjectList) list = kx_project_list_new (store, kx_call_get_id (call), &error);
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      const KxProjectSummary *row = kx_project_list_peek (list, i);

      if (row->stage == KX_STAGE_ACCEPTED)
        pick (&accepted, row);
      if (stage_is_funded (row->stage))
        pick (&funded, row);
      else if (row->stage == KX_STAGE_SUBMITTED)
        pick (&submitted, row);
      else if (row->stage == KX_STAGE_UNDER_EXPERT_REVIEW)
        pick (&under_review, row);
      else if (row->stage == KX_STAGE_FORMAL_PASSED)
        pick (&formal_passed, row);
    }
}

static void
pick_projects (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get_by_year (store, 2026, &error);
  g_autoptr(GListModel) calls = NULL;

  g_assert_no_error (error);
  pick_projects_of (call);
  /* Funded projects may only exist in the earlier calls. */
  calls = kx_call_list (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (calls); i++)
    {
      g_autoptr(KxCall) other = g_list_model_get_item (calls, i);

      pick_projects_of (other);
    }
  g_assert_cmpint (funded.id, >, 0);
  g_assert_cmpint (submitted.id, >, 0);
  g_assert_cmpint (under_review.id, >, 0);
  g_assert_cmpint (accepted.id, >, 0);
}

typedef gboolean (*Predicate) (gint64 project_id);

/* The first project of the demo, newest call first, for which @predicate
 * holds; 0 when none does. */
static gint64
find_project (Predicate predicate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) calls = kx_call_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (calls); i++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, i);
      g_autoptr(KxProjectList) list = kx_project_list_new (store, kx_call_get_id (call), &error);

      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (list)); j++)
        if (predicate (kx_project_list_peek (list, j)->id))
          return kx_project_list_peek (list, j)->id;
    }
  return 0;
}

static gboolean
has_objections (gint64 project_id)
{
  g_autoptr(GArray) objections = kx_notice_list_objections (store, project_id, NULL);

  return objections->len > 0;
}

static gboolean
has_earlier_formal_review (gint64 project_id)
{
  g_autoptr(GArray) reviews = kx_formal_review_list (store, project_id, NULL);

  return reviews->len > 1;
}

static gboolean
has_penalty (gint64 project_id)
{
  g_autoptr(KxProject) project = kx_project_get (store, project_id, NULL);
  g_autoptr(GArray) penalties = kx_penalty_list (store, kx_project_get_organization_id (project),
                                                 NULL);

  return penalties->len > 0;
}

static gboolean
has_flagged_spending (gint64 project_id)
{
  g_autoptr(GArray) spending = kx_money_list_expenditures (store, project_id, NULL);

  for (guint i = 0; i < spending->len; i++)
    if (g_array_index (spending, KxExpenditure, i).flag != NULL)
      return TRUE;
  return FALSE;
}

typedef struct
{
  GtkWindow       *window;
  GtkWidget       *box;
  KxProjectDetail *detail;
  GVariant        *run;     /* the last project.run parameter */
  GVariant        *score;   /* the last project.score parameter */
} Host;

static void
record_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  GVariant **slot = user_data;

  g_clear_pointer (slot, g_variant_unref);
  *slot = g_variant_ref (parameter);
}

static void
host_init (Host *host,
           int   width)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) run = g_simple_action_new ("run", G_VARIANT_TYPE_STRING);
  g_autoptr(GSimpleAction) score = g_simple_action_new ("score", G_VARIANT_TYPE_INT64);

  memset (host, 0, sizeof *host);
  g_signal_connect (run, "activate", G_CALLBACK (record_cb), &host->run);
  g_signal_connect (score, "activate", G_CALLBACK (record_cb), &host->score);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (run));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (score));

  host->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_insert_action_group (host->box, "project", G_ACTION_GROUP (group));
  host->detail = KX_PROJECT_DETAIL (kx_project_detail_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (host->detail), TRUE);
  gtk_box_append (GTK_BOX (host->box), GTK_WIDGET (host->detail));
  kx_project_detail_set_store (host->detail, store);
  host->window = kx_gui_test_host (host->box, width, 800);
}

static void
host_clear (Host *host)
{
  gtk_window_destroy (host->window);
  g_clear_pointer (&host->run, g_variant_unref);
  g_clear_pointer (&host->score, g_variant_unref);
  kx_gui_test_flush ();
}

static GtkWidget *
show_page (Host       *host,
           const char *name)
{
  kx_project_detail_set_page (host->detail, name);
  g_assert_cmpstr (kx_project_detail_get_page (host->detail), ==, name);
  kx_gui_test_flush ();
  return _kx_project_detail_get_page_widget (host->detail, name);
}

static KxDetailSection *
find_section (GtkWidget  *root,
              const char *title)
{
  if (KX_IS_DETAIL_SECTION (root))
    {
      g_autofree char *text = NULL;

      g_object_get (root, "title", &text, NULL);
      if (g_strcmp0 (text, title) == 0)
        return KX_DETAIL_SECTION (root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KxDetailSection *found = find_section (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of the section titled @title. */
static guint
n_rows (GtkWidget  *page,
        const char *title)
{
  KxDetailSection *section = find_section (page, title);

  g_assert_nonnull (section);
  return kx_detail_section_get_n_rows (section);
}

/* Whether a label showing @text is on screen. */
static gboolean
shows (GtkWidget  *root,
       const char *text)
{
  GtkWidget *label = kx_gui_test_find (root, GTK_TYPE_LABEL, text);

  return label != NULL && gtk_widget_is_drawable (label);
}

#define assert_shows(root, text) g_assert_true (shows (GTK_WIDGET (root), (text)))

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  kx_gui_test_flush ();
}

/* A PNG of the window into $KX_SHOT_DIR, when it is set. */
static void
save_shot (Host       *host,
           const char *name)
{
  const char *dir = g_getenv ("KX_SHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  kx_gui_test_wait_drawn (GTK_WIDGET (host->window));
  kx_gui_test_save_png (GTK_WIDGET (host->window), path);
}

/* Tests -------------------------------------------------------------------- */

static void
test_empty (void)
{
  Host host;

  host_init (&host, 800);
  g_assert_cmpint (kx_project_detail_get_project (host.detail), ==, 0);
  assert_shows (GTK_WIDGET (host.detail), _("Select a project to see its details"));
  save_shot (&host, "detail-800-empty.png");
  kx_project_detail_set_project (host.detail, funded.id);
  kx_gui_test_flush ();
  g_assert_cmpint (kx_project_detail_get_project (host.detail), ==, funded.id);
  g_assert_false (shows (GTK_WIDGET (host.detail), _("Select a project to see its details")));
  /* A project that is not there says so. */
  kx_project_detail_set_project (host.detail, G_MAXINT32);
  kx_gui_test_flush ();
  assert_shows (GTK_WIDGET (host.detail), _("Could not read this project"));
  kx_project_detail_set_project (host.detail, 0);
  kx_gui_test_flush ();
  assert_shows (GTK_WIDGET (host.detail), _("Select a project to see its details"));
  /* Without a store, the same. */
  kx_project_detail_set_store (host.detail, NULL);
  kx_project_detail_set_project (host.detail, funded.id);
  kx_gui_test_flush ();
  assert_shows (GTK_WIDGET (host.detail), _("Select a project to see its details"));
  host_clear (&host);
}

static void
test_overview (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = kx_project_get (store, funded.id, &error);
  g_autofree char *requested = NULL;
  GtkWidget *page;

  g_assert_no_error (error);
  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, funded.id);
  page = show_page (&host, "overview");
  assert_shows (page, funded.organization_name);
  assert_shows (page, kx_project_get_number (project));
  assert_shows (page, kx_stage_label (kx_project_get_stage (project)));
  requested = kx_money_format (kx_project_get_requested_fen (project));
  assert_shows (page, requested);
  g_assert_false (kx_detail_section_is_empty (find_section (page, _("Milestones"))));
  g_assert_false (kx_detail_section_is_empty (find_section (page, _("Budget lines"))));
  assert_shows (page, _("Total"));
  host_clear (&host);
}

static void
test_eligibility (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = kx_project_get (store, submitted.id, &error);
  g_autoptr(KxEligibility) verdict = NULL;
  KxDetailSection *rules;
  GtkWidget *page;

  g_assert_no_error (error);
  verdict = kx_eligibility_evaluate (store, submitted.organization_id,
                                     kx_project_get_call_id (project),
                                     kx_project_get_project_type (project),
                                     kx_project_get_submitted_on (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (verdict->rules->len, >, 0);

  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, submitted.id);
  page = show_page (&host, "eligibility");
  rules = find_section (page, _("Rules"));
  g_assert_cmpuint (kx_detail_section_get_n_rows (rules), ==, verdict->rules->len);
  assert_shows (page, verdict->eligible ? _("Meets the application conditions")
                                        : _("Does not meet the application conditions"));
  assert_shows (page, g_array_index (verdict->rules, KxEligibilityRule, 0).rule);
  assert_shows (page, kx_project_get_submitted_on (project));
  host_clear (&host);
}

static void
test_formal (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reviews = kx_formal_review_list (store, under_review.id, &error);
  const KxFormalReview *latest;
  GtkWidget *page;
  GtkWidget *button;

  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, >, 0);
  latest = &g_array_index (reviews, KxFormalReview, reviews->len - 1);

  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, under_review.id);
  page = show_page (&host, "formal");
  assert_shows (page, kx_formal_result_label (latest->result));
  assert_shows (page, latest->reviewed_on);
  assert_shows (page, kx_formal_check_label (KX_FORMAL_CHECK_BUDGET));
  button = kx_gui_test_find (page, GTK_TYPE_BUTTON, _("Enter formal review…"));
  g_assert_false (gtk_widget_get_visible (button));

  /* A submitted project has no review yet, and may have one entered. */
  kx_project_detail_set_project (host.detail, submitted.id);
  kx_gui_test_flush ();
  assert_shows (page, _("No formal review yet"));
  save_shot (&host, "detail-800-formal-submitted.png");
  click (button);
  g_assert_nonnull (host.run);
  g_assert_cmpstr (g_variant_get_string (host.run, NULL), ==, "formal-review");
  host_clear (&host);
}

static void
test_review (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) assignments = kx_review_list_assignments (store, under_review.id, &error);
  const KxReviewAssignment *first;
  KxScoreSummary summary;
  g_autofree char *count = NULL;
  GtkWidget *page;
  GtkWidget *button;

  g_assert_no_error (error);
  g_assert_cmpuint (assignments->len, >, 0);
  first = &g_array_index (assignments, KxReviewAssignment, 0);
  g_assert_true (kx_review_project_score (store, under_review.id, &summary, &error));
  g_assert_no_error (error);

  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, under_review.id);
  page = show_page (&host, "review");
  g_assert_cmpuint (n_rows (page, _("Assigned experts")), ==,
                    assignments->len);
  assert_shows (page, first->expert_name);
  count = g_strdup_printf (ngettext ("%d of %d expert", "%d of %d experts",
                                     summary.n_assigned),
                           summary.n_scores, summary.n_assigned);
  assert_shows (page, count);
  assert_shows (page, _("Not ranked: the expert review is not finished"));

  button = kx_gui_test_find (page, GTK_TYPE_BUTTON,
                             first->scored ? _("Edit scores…") : _("Enter scores…"));
  save_shot (&host, "detail-800-review-under-way.png");
  click (button);
  g_assert_nonnull (host.score);
  g_assert_cmpint (g_variant_get_int64 (host.score), ==, first->expert_id);

  /* A project whose review is over shows its rank and no score buttons. */
  kx_project_detail_set_project (host.detail, funded.id);
  kx_gui_test_flush ();
  g_assert_false (shows (page, _("Not ranked: the expert review is not finished")));
  g_assert_null (kx_gui_test_find (page, GTK_TYPE_BUTTON, _("Edit scores…")));
  g_assert_false (kx_detail_section_is_empty (find_section (page, _("Scores by criterion"))));
  host_clear (&host);
}

static void
test_assign_experts (void)
{
  Host host;
  GtkWidget *page;

  g_assert_cmpint (formal_passed.id, >, 0);
  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, formal_passed.id);
  page = show_page (&host, "review");
  assert_shows (page, _("No expert assigned yet"));
  save_shot (&host, "detail-800-review-formal-passed.png");
  click (kx_gui_test_find (page, GTK_TYPE_BUTTON, _("Assign experts…")));
  g_assert_nonnull (host.run);
  g_assert_cmpstr (g_variant_get_string (host.run, NULL), ==, "assign-experts");
  host_clear (&host);
}

static void
test_decision_and_agreement (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(KxDecision) decision = kx_decision_get (store, funded.id, &error);
  g_autoptr(KxAgreement) agreement = kx_agreement_get (store, funded.id, &error);
  g_autofree char *approved = NULL;
  GtkWidget *page;

  g_assert_no_error (error);
  approved = kx_money_format (decision->approved_fen);
  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, funded.id);
  page = show_page (&host, "decision");
  assert_shows (page, _("Approved"));
  assert_shows (page, approved);
  assert_shows (page, decision->meeting_on);
  g_assert_false (kx_detail_section_is_empty (find_section (page, _("Public notice"))));

  page = show_page (&host, "agreement");
  assert_shows (page, agreement->number);
  assert_shows (page, agreement->signed_on);
  assert_shows (page, agreement->text);

  kx_project_detail_set_project (host.detail, submitted.id);
  kx_gui_test_flush ();
  assert_shows (page, _("No responsibility agreement signed yet"));
  page = show_page (&host, "decision");
  assert_shows (page, _("No decision yet"));
  assert_shows (page, _("Not put on public notice yet"));
  assert_shows (page, _("No objections"));
  host_clear (&host);
}

static void
test_money (void)
{
  Host host;
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *disbursed = NULL;
  g_autofree char *balance = NULL;
  GtkWidget *page;
  GtkWidget *label;

  g_assert_true (kx_money_project_ledger (store, funded.id, &ledger, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ledger.disbursed_fen, >, 0);
  disbursed = kx_money_format (ledger.disbursed_fen);
  balance = kx_money_format (ledger.balance_fen);

  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, funded.id);
  page = show_page (&host, "money");
  label = kx_gui_test_find (GTK_WIDGET (find_section (page, _("Totals"))), GTK_TYPE_LABEL,
                            disbursed);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "numeric"));
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (label)), ==, 1.0);
  assert_shows (page, balance);
  g_assert_cmpuint (n_rows (page, _("Disbursements")), ==,
                    ledger.disbursements->len);
  g_assert_cmpuint (n_rows (page, _("Spending by budget line")), ==, ledger.lines->len);

  /* A project carried out has spent against its budget lines. */
  kx_project_ledger_clear (&ledger);
  g_assert_true (kx_money_project_ledger (store, accepted.id, &ledger, &error));
  g_assert_cmpuint (ledger.expenditures->len, >, 0);
  kx_project_detail_set_project (host.detail, accepted.id);
  kx_gui_test_flush ();
  g_assert_cmpuint (n_rows (page, _("Spending")), ==,
                    ledger.expenditures->len);

  kx_project_detail_set_project (host.detail, submitted.id);
  kx_gui_test_flush ();
  assert_shows (page, _("Nothing disbursed yet"));
  assert_shows (page, _("No spending reported yet"));
  host_clear (&host);
}

static void
test_progress (void)
{
  Host host;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) reports = kx_progress_list_reports (store, accepted.id, &error);
  g_autoptr(GArray) checks = kx_check_list (store, accepted.id, &error);
  guint n_report_rows = 0;
  GtkWidget *page;

  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, >, 0);
  g_assert_cmpuint (checks->len, >=, 2);
  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, accepted.id);
  page = show_page (&host, "progress");
  assert_shows (page, _("Final acceptance"));
  /* A row per report and one per milestone it updated. */
  for (guint i = 0; i < reports->len; i++)
    n_report_rows += 1 + g_array_index (reports, KxProgressReport, i).updates->len;
  g_assert_cmpuint (n_rows (page, _("Progress reports")), ==, n_report_rows);
  g_assert_cmpuint (n_rows (page, _("Mid-term check and final acceptance")), ==, checks->len);
  if (reports->len > 0)
    assert_shows (page, g_array_index (reports, KxProgressReport, 0).reported_on);
  kx_project_detail_set_project (host.detail, submitted.id);
  kx_gui_test_flush ();
  assert_shows (page, _("No progress reported yet"));
  assert_shows (page, _("No check yet"));
  host_clear (&host);
}

/* The rarer parts: earlier formal rounds, objections, flagged spending and
 * penalties, on whichever demo projects have them. */
static void
test_rare_parts (void)
{
  gint64 returned = find_project (has_earlier_formal_review);
  gint64 objected = find_project (has_objections);
  gint64 penalized = find_project (has_penalty);
  gint64 flagged = find_project (has_flagged_spending);
  g_autoptr(GArray) objections = NULL;
  g_autoptr(GArray) spending = NULL;
  g_autoptr(GArray) penalties = NULL;
  g_autoptr(KxProject) project = NULL;
  Host host;
  GtkWidget *page;

  g_assert_cmpint (returned, >, 0);
  g_assert_cmpint (objected, >, 0);
  g_assert_cmpint (penalized, >, 0);
  g_assert_cmpint (flagged, >, 0);
  host_init (&host, 700);

  kx_project_detail_set_project (host.detail, returned);
  page = show_page (&host, "formal");
  g_assert_false (kx_detail_section_is_empty (find_section (page, _("Earlier rounds"))));
  assert_shows (page, kx_formal_result_label (KX_FORMAL_RESULT_RETURN));

  objections = kx_notice_list_objections (store, objected, NULL);
  kx_project_detail_set_project (host.detail, objected);
  page = show_page (&host, "decision");
  g_assert_cmpuint (n_rows (page, _("Objections")), ==,
                    objections->len);
  assert_shows (page, g_array_index (objections, KxObjection, 0).content);

  spending = kx_money_list_expenditures (store, flagged, NULL);
  kx_project_detail_set_project (host.detail, flagged);
  page = show_page (&host, "money");
  for (guint i = 0; i < spending->len; i++)
    {
      const char *flag = g_array_index (spending, KxExpenditure, i).flag;
      GtkWidget *label = flag != NULL ? kx_gui_test_find (page, GTK_TYPE_LABEL, flag) : NULL;

      if (flag == NULL)
        continue;
      g_assert_nonnull (label);
      g_assert_true (gtk_widget_has_css_class (label, "warning"));
    }
  save_shot (&host, "detail-700-flagged.png");

  project = kx_project_get (store, penalized, NULL);
  penalties = kx_penalty_list (store, kx_project_get_organization_id (project), NULL);
  kx_project_detail_set_project (host.detail, penalized);
  page = show_page (&host, "progress");
  g_assert_cmpuint (n_rows (page, _("Penalties of the organization")), ==, penalties->len);
  assert_shows (page, kx_penalty_kind_label (g_array_index (penalties, KxPenalty, 0).kind));

  save_shot (&host, "detail-700-penalty.png");
  host_clear (&host);
}

static void
test_page_stays (void)
{
  Host host;

  host_init (&host, 800);
  kx_project_detail_set_project (host.detail, funded.id);
  show_page (&host, "money");
  kx_project_detail_set_project (host.detail, submitted.id);
  kx_gui_test_flush ();
  g_assert_cmpstr (kx_project_detail_get_page (host.detail), ==, "money");
  kx_project_detail_set_project (host.detail, 0);
  kx_project_detail_set_project (host.detail, under_review.id);
  kx_gui_test_flush ();
  g_assert_cmpstr (kx_project_detail_get_page (host.detail), ==, "money");
  /* A reload re-reads the page shown. */
  kx_project_detail_reload (host.detail);
  kx_gui_test_flush ();
  assert_shows (_kx_project_detail_get_page_widget (host.detail, "money"),
                _("Nothing disbursed yet"));
  host_clear (&host);
}

static void
save_shots (int width)
{
  static const char *pages[] = { "overview", "eligibility", "formal", "review", "decision",
                                 "agreement", "money", "progress" };
  Host host;

  host_init (&host, width);
  kx_project_detail_set_project (host.detail, accepted.id);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("detail-%d-%s.png", width, pages[i]);

      show_page (&host, pages[i]);
      save_shot (&host, name);
    }
  host_clear (&host);
}

static void
test_shots (void)
{
  const char *dir = g_getenv ("KX_SHOT_DIR");

  if (dir == NULL)
    {
      g_test_skip ("KX_SHOT_DIR is not set");
      return;
    }
  save_shots (800);
  save_shots (700);
}

/* The application's style sheet, as the window has it. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/chenzhou/kexie/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/project-detail/no-display", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

  store = kx_gui_test_open (kx_gui_test_demo_path (DEMO_PROJECTS));
  pick_projects ();
  load_style ();

  g_test_add_func ("/project-detail/empty", test_empty);
  g_test_add_func ("/project-detail/overview", test_overview);
  g_test_add_func ("/project-detail/eligibility", test_eligibility);
  g_test_add_func ("/project-detail/formal", test_formal);
  g_test_add_func ("/project-detail/review", test_review);
  g_test_add_func ("/project-detail/assign-experts", test_assign_experts);
  g_test_add_func ("/project-detail/decision-and-agreement", test_decision_and_agreement);
  g_test_add_func ("/project-detail/money", test_money);
  g_test_add_func ("/project-detail/progress", test_progress);
  g_test_add_func ("/project-detail/rare-parts", test_rare_parts);
  g_test_add_func ("/project-detail/page-stays", test_page_stays);
  g_test_add_func ("/project-detail/shots", test_shots);

  status = g_test_run ();
  g_clear_object (&store);
  return status;
}
