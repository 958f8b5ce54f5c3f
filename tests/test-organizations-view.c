/* test-organizations-view.c: the 申报单位 section on a demo database, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kx-fact-dialog.h"
#include "kx-gui-test.h"
#include "kx-import-report-dialog.h"
#include "kx-organization-detail.h"
#include "kx-organization-dialog.h"
#include "kx-organization.h"
#include "kx-organizations-view.h"
#include "kx-penalty.h"
#include "kx-validate.h"
#include "kx-year-record-dialog.h"

#define DEMO_PROJECTS 60

typedef struct
{
  char                *path;
  KxStore             *store;
  KxOrganizationsView *view;
  GtkWindow           *window;
  guint                changed;
} Fixture;

static void
on_changed_cb (Fixture *f)
{
  f->changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = kx_gui_test_demo_copy (DEMO_PROJECTS);
  f->store = kx_gui_test_open (f->path);
  f->view = KX_ORGANIZATIONS_VIEW (kx_organizations_view_new ());
  g_signal_connect_swapped (f->view, "changed", G_CALLBACK (on_changed_cb), f);
  kx_organizations_view_set_store (f->view, f->store);
  f->window = kx_gui_test_host (GTK_WIDGET (f->view), 1280, 800);
}

/* Closes every window left open (dialogs included). */
static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kx_gui_test_close_windows ();
  g_clear_object (&f->store);
  g_remove (f->path);
  g_free (f->path);
}

static GtkWidget *
view_child (Fixture    *f,
            const char *name)
{
  return kx_gui_test_child (f->view, KX_TYPE_ORGANIZATIONS_VIEW, name);
}

static GtkSingleSelection *
list_model (Fixture *f)
{
  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (
    GTK_COLUMN_VIEW (view_child (f, "column_view"))));
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list_model (f)));
}

static guint
n_in_store (KxStore *store)
{
  g_autoptr(GListModel) orgs = kx_organization_list (store, NULL);

  return g_list_model_get_n_items (orgs);
}

static void
search (Fixture    *f,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (view_child (f, "search_entry")), text);
  kx_gui_test_flush ();
}

static void
set_entry (gpointer    dialog,
           GType       type,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (kx_gui_test_child (dialog, type, name)), text);
}

static gboolean
is_sensitive (gpointer    dialog,
              GType       type,
              const char *name)
{
  return gtk_widget_get_sensitive (kx_gui_test_child (dialog, type, name));
}

/* A valid credit code of our own, not one of the demo's. */
static char *
make_code (guint n)
{
  g_autofree char *first17 = g_strdup_printf ("5143100098%07u", n);

  return g_strdup_printf ("%s%c", first17, kx_credit_code_check_char (first17));
}

static KxOrganization *
select_position (Fixture *f,
                 guint    position)
{
  gtk_single_selection_set_selected (list_model (f), position);
  kx_gui_test_flush ();
  return gtk_single_selection_get_selected_item (list_model (f));
}

static KxOrganizationDetail *
detail (Fixture *f)
{
  return KX_ORGANIZATION_DETAIL (view_child (f, "detail"));
}

/* Tests -------------------------------------------------------------------- */

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  guint total = n_shown (f);
  g_autoptr(KxOrganization) first = g_list_model_get_item (G_LIST_MODEL (list_model (f)), 0);
  GtkLabel *status = GTK_LABEL (view_child (f, "status_label"));
  guint narrowed;

  g_assert_cmpuint (total, ==, n_in_store (f->store));
  g_assert_cmpuint (total, >=, 40);

  search (f, "科协");
  narrowed = n_shown (f);
  g_assert_cmpuint (narrowed, >, 0);
  g_assert_cmpuint (narrowed, <, total);
  for (guint i = 0; i < narrowed; i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (G_LIST_MODEL (list_model (f)), i);

      g_assert_nonnull (strstr (kx_organization_get_name (org), "科协"));
    }
  g_assert_nonnull (strstr (gtk_label_get_text (status), "of"));

  /* A credit code, typed in lower case, finds its organization alone. */
  if (kx_organization_get_credit_code (first) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (kx_organization_get_credit_code (first), -1);

      search (f, lower);
      g_assert_cmpuint (n_shown (f), ==, 1);
    }

  search (f, "没有这个单位");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (
                     GTK_STACK (view_child (f, "list_stack"))),
                   ==, "empty");
  search (f, "");
  g_assert_cmpuint (n_shown (f), ==, total);
}

static gboolean
shows_prefix (GtkWidget  *widget,
              const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (shows_prefix (c, prefix))
      return TRUE;
  return FALSE;
}

/* Every organization banned today is marked in the list, and no other. */
static void
test_ban_marker (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) orgs = kx_organization_list (f->store, NULL);
  g_autofree char *today = kx_date_today ();
  guint banned = 0;

  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(KxOrganization) org = g_list_model_get_item (orgs, i);
      g_auto(KxBan) ban = { 0 };
      g_autofree char *marker = NULL;
      gboolean is_banned = FALSE;

      g_assert_true (kx_penalty_ban_on (f->store, kx_organization_get_id (org), today, &ban,
                                        &is_banned, NULL));
      search (f, kx_organization_get_name (org));
      kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
      if (!is_banned)
        {
          g_assert_false (shows_prefix (view_child (f, "column_view"),
                                        "until "));
          continue;
        }
      marker = g_strdup_printf ("until %s", ban.until);
      g_assert_true (shows_prefix (view_child (f, "column_view"),
                                   marker));
      banned++;
    }
  g_assert_cmpuint (banned, >, 0);
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (kx_gui_test_child (detail (f), KX_TYPE_ORGANIZATION_DETAIL,
                                                  "stack"));
  GtkLabel *name = GTK_LABEL (kx_gui_test_child (detail (f), KX_TYPE_ORGANIZATION_DETAIL,
                                                 "name_label"));
  KxOrganization *org;

  /* The first organization shows until another is picked: no blank pane. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");
  org = select_position (f, 3);
  g_assert_nonnull (org);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "detail");
  g_assert_cmpstr (gtk_label_get_text (name), ==, kx_organization_get_name (org));
  if (kx_organization_get_credit_code (org) != NULL)
    g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (detail (f)), GTK_TYPE_LABEL,
                                        kx_organization_get_credit_code (org)));
}

static void
test_add_validates (Fixture       *f,
                    gconstpointer  data)
{
  GType type = KX_TYPE_ORGANIZATION_DIALOG;
  guint before = n_in_store (f->store);
  g_autofree char *code = make_code (1);
  g_autoptr(KxOrganization) saved = NULL;
  KxOrganizationDialog *dialog;
  GtkLabel *code_error;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "orgs.add", NULL);
  dialog = kx_gui_test_wait_window (type);
  g_assert_false (is_sensitive (dialog, type, "save_button"));

  set_entry (dialog, type, "name_entry", "郴州市测绘学会");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kx_gui_test_child (dialog, type, "kind_dropdown")),
                              KX_ORG_KIND_CITY_SOCIETY);
  set_entry (dialog, type, "credit_code_entry", "51431000MJ0000");
  set_entry (dialog, type, "contact_phone_entry", "0735-2881234");
  code_error = GTK_LABEL (kx_gui_test_child (dialog, type, "credit_code_error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (code_error)));
  g_assert_nonnull (strstr (gtk_label_get_text (code_error), "credit code"));
  g_assert_false (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "name_error")));
  g_assert_false (is_sensitive (dialog, type, "save_button"));

  /* Clicking anyway writes nothing and keeps the dialog open. */
  kx_gui_test_click (dialog, type, "save_button");
  g_assert_cmpuint (n_in_store (f->store), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_true (kx_gui_test_has_window (type));

  /* An empty name is named too. */
  set_entry (dialog, type, "name_entry", " ");
  g_assert_true (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "name_error")));
  set_entry (dialog, type, "name_entry", "郴州市测绘学会");

  set_entry (dialog, type, "credit_code_entry", code);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (code_error)));
  g_assert_true (is_sensitive (dialog, type, "save_button"));
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  g_assert_cmpuint (f->changed, ==, 1);
  saved = kx_organization_find_by_credit_code (f->store, code, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (kx_organization_get_name (saved), ==, "郴州市测绘学会");
  g_assert_cmpstr (kx_organization_get_contact_phone (saved), ==, "0735-2881234");
  g_assert_cmpuint (n_in_store (f->store), ==, before + 1);
  g_assert_cmpuint (n_shown (f), ==, before + 1);
  /* The new organization is selected and shown. */
  g_assert_cmpint (kx_organization_detail_get_organization (detail (f)), ==,
                   kx_organization_get_id (saved));
}

static void
test_add_duplicate (Fixture       *f,
                    gconstpointer  data)
{
  GType type = KX_TYPE_ORGANIZATION_DIALOG;
  g_autoptr(KxOrganization) first = NULL;
  guint before = n_in_store (f->store);
  KxOrganizationDialog *dialog;
  GtkLabel *error;
  guint i = 0;

  /* The first organization that has a credit code. */
  do
    {
      g_clear_object (&first);
      first = g_list_model_get_item (G_LIST_MODEL (list_model (f)), i++);
    }
  while (kx_organization_get_credit_code (first) == NULL);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "orgs.add", NULL);
  dialog = kx_gui_test_wait_window (type);
  set_entry (dialog, type, "name_entry", "郴州市另一个学会");
  set_entry (dialog, type, "credit_code_entry", kx_organization_get_credit_code (first));
  g_assert_true (is_sensitive (dialog, type, "save_button"));
  kx_gui_test_click (dialog, type, "save_button");

  /* The core's refusal shows in the dialog, which stays open with the input. */
  error = GTK_LABEL (kx_gui_test_child (dialog, type, "save_error_label"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_cmpstr (gtk_label_get_text (error), !=, "");
  g_assert_true (kx_gui_test_has_window (type));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kx_gui_test_child (dialog, type,
                                                                           "name_entry"))), ==,
                   "郴州市另一个学会");
  g_assert_cmpuint (n_in_store (f->store), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  GType type = KX_TYPE_ORGANIZATION_DIALOG;
  KxOrganization *org = select_position (f, 5);
  gint64 id = kx_organization_get_id (org);
  g_autofree char *name = g_strdup (kx_organization_get_name (org));
  g_autoptr(KxOrganization) after = NULL;
  KxOrganizationDialog *dialog;

  /* Activating the row (double-click, Enter) edits it. */
  g_signal_emit_by_name (view_child (f, "column_view"), "activate",
                         5);
  dialog = kx_gui_test_wait_window (type);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kx_gui_test_child (dialog, type,
                                                                           "name_entry"))), ==,
                   name);
  set_entry (dialog, type, "contact_person_entry", "欧阳明");
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  g_assert_cmpuint (f->changed, ==, 1);
  after = kx_organization_get (f->store, id, NULL);
  g_assert_cmpstr (kx_organization_get_contact_person (after), ==, "欧阳明");
  g_assert_cmpstr (kx_organization_get_name (after), ==, name);
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (detail (f)), GTK_TYPE_LABEL, "欧阳明"));
}

static gboolean
has_year (KxStore *store,
          gint64   org,
          int      year)
{
  g_autoptr(GArray) records = kx_organization_list_year_records (store, org, NULL);

  for (guint i = 0; i < records->len; i++)
    if (g_array_index (records, KxYearRecord, i).year == year
        && g_array_index (records, KxYearRecord, i).inspection == KX_RESULT_FAIL)
      return TRUE;
  return FALSE;
}

static guint
n_facts (KxStore *store,
         gint64   org)
{
  g_autoptr(GArray) facts = kx_organization_list_facts (store, org, NULL);

  return facts->len;
}

static gint64
fact_with_evidence (KxStore    *store,
                    gint64      org,
                    const char *evidence)
{
  g_autoptr(GArray) facts = kx_organization_list_facts (store, org, NULL);

  for (guint i = 0; i < facts->len; i++)
    if (g_strcmp0 (g_array_index (facts, KxFact, i).evidence, evidence) == 0)
      return g_array_index (facts, KxFact, i).id;
  return 0;
}

static void
respond_confirm (int response)
{
  GtkDialog *confirm = kx_gui_test_wait_window (GTK_TYPE_MESSAGE_DIALOG);

  gtk_dialog_response (confirm, response);
  kx_gui_test_flush ();
}

static void
test_year_record (Fixture       *f,
                  gconstpointer  data)
{
  GType type = KX_TYPE_YEAR_RECORD_DIALOG;
  gint64 id = kx_organization_get_id (select_position (f, 2));
  KxYearRecordDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "org.add-year-record", NULL);
  dialog = kx_gui_test_wait_window (type);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (kx_gui_test_child (dialog, type, "year_spin")), 2031);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kx_gui_test_child (dialog, type,
                                                                "inspection_dropdown")),
                              KX_RESULT_FAIL);
  set_entry (dialog, type, "note_entry", "年检材料逾期未报");
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  g_assert_true (has_year (f->store, id, 2031));
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (detail (f)), GTK_TYPE_LABEL,
                                      "年检材料逾期未报"));

  /* Editing the year keeps the year and replaces the results. */
  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "org.edit-year-record", "i", 2031);
  dialog = kx_gui_test_wait_window (type);
  g_assert_false (is_sensitive (dialog, type, "year_spin"));
  g_assert_cmpuint (gtk_drop_down_get_selected (
                      GTK_DROP_DOWN (kx_gui_test_child (dialog, type, "inspection_dropdown"))),
                    ==, KX_RESULT_FAIL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kx_gui_test_child (dialog, type,
                                                                "inspection_dropdown")),
                              KX_RESULT_PASS);
  kx_gui_test_click (dialog, type, "save_button");
  g_assert_false (has_year (f->store, id, 2031));
  g_assert_cmpuint (f->changed, ==, 2);
}

static void
test_fact (Fixture       *f,
           gconstpointer  data)
{
  GType type = KX_TYPE_FACT_DIALOG;
  gint64 id = kx_organization_get_id (select_position (f, 4));
  guint before = n_facts (f->store, id);
  KxFactDialog *dialog;
  gint64 fact;

  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "org.add-fact", NULL);
  dialog = kx_gui_test_wait_window (type);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kx_gui_test_child (dialog, type, "kind_dropdown")),
                              KX_FACT_COMMENDATION);
  set_entry (dialog, type, "date_entry", "2025-02-30");
  g_assert_true (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "date_error")));
  g_assert_false (is_sensitive (dialog, type, "save_button"));
  set_entry (dialog, type, "date_entry", "2025-03-18");
  g_assert_false (gtk_widget_get_visible (kx_gui_test_child (dialog, type, "date_error")));
  set_entry (dialog, type, "evidence_entry", "郴科协发〔2025〕7号");
  kx_gui_test_click (dialog, type, "save_button");

  g_assert_false (kx_gui_test_has_window (type));
  g_assert_cmpuint (n_facts (f->store, id), ==, before + 1);
  fact = fact_with_evidence (f->store, id, "郴科协发〔2025〕7号");
  g_assert_cmpint (fact, >, 0);
  g_assert_cmpuint (f->changed, ==, 1);

  /* Deleting asks first; cancelling keeps it. */
  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "org.delete-fact", "x", fact);
  respond_confirm (GTK_RESPONSE_CANCEL);
  g_assert_cmpint (fact_with_evidence (f->store, id, "郴科协发〔2025〕7号"), ==, fact);
  g_assert_cmpuint (f->changed, ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (detail (f)), "org.delete-fact", "x", fact);
  respond_confirm (GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (fact_with_evidence (f->store, id, "郴科协发〔2025〕7号"), ==, 0);
  g_assert_cmpuint (n_facts (f->store, id), ==, before);
  g_assert_cmpuint (f->changed, ==, 2);
}

static char *
write_csv (const char *name,
           const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (kx_gui_test_demo_path (DEMO_PROJECTS));
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static gboolean
import_done (gpointer data)
{
  return !kx_organizations_view_is_importing (data);
}

static KxImportReportDialog *
run_import (Fixture    *f,
            const char *path)
{
  kx_organizations_view_import_file (f->view, path);
  g_assert_true (kx_organizations_view_is_importing (f->view));
  g_assert_true (gtk_widget_get_visible (view_child (f, "spinner")));
  kx_gui_test_wait_until (import_done, f->view);
  g_assert_false (gtk_widget_get_visible (view_child (f, "spinner")));
  return kx_gui_test_wait_window (KX_TYPE_IMPORT_REPORT_DIALOG);
}

static gboolean
mentions_line (GStrv  problems,
               guint  line)
{
  g_autofree char *prefix = g_strdup_printf ("line %u,", line);

  for (guint i = 0; problems[i] != NULL; i++)
    if (g_str_has_prefix (problems[i], prefix))
      return TRUE;
  return FALSE;
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *good1 = make_code (11);
  g_autofree char *good2 = make_code (12);
  g_autofree char *contents = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *good_path = NULL;
  g_auto(GStrv) problems = NULL;
  guint before = n_in_store (f->store);
  KxImportReportDialog *report;

  /* Line 3: a bad check character; line 5: no kind. */
  contents = g_strdup_printf ("名称,类型,统一社会信用代码,联系人\n"
                              "郴州市地理学会,市级学会,%s,罗斌\n"
                              "郴州市水利学会,市级学会,51431000MJ00001A00,谢军\n"
                              "郴州市植物学会,市级学会,%s,曹敏\n"
                              "郴州市气象学会,,51431000MJ00001155,雷鸣\n", good1, good2);
  bad_path = write_csv ("orgs-mixed.csv", contents);
  report = run_import (f, bad_path);
  problems = kx_import_report_dialog_dup_problems (report);
  g_assert_true (mentions_line (problems, 3));
  g_assert_true (mentions_line (problems, 5));
  g_assert_false (mentions_line (problems, 2));
  g_assert_nonnull (kx_gui_test_find (GTK_WIDGET (report), GTK_TYPE_LABEL, "orgs-mixed.csv"));
  /* All or nothing: the good rows are not written either. */
  g_assert_cmpuint (n_in_store (f->store), ==, before);
  g_assert_null (kx_organization_find_by_credit_code (f->store, good1, NULL));
  g_assert_cmpuint (f->changed, ==, 0);
  gtk_window_destroy (GTK_WINDOW (report));
  kx_gui_test_flush ();

  g_clear_pointer (&contents, g_free);
  contents = g_strdup_printf ("名称,类型,统一社会信用代码\n"
                              "郴州市地理学会,市级学会,%s\n"
                              "郴州市植物学会,市级学会,%s\n", good1, good2);
  good_path = write_csv ("orgs-good.csv", contents);
  report = run_import (f, good_path);
  g_clear_pointer (&problems, g_strfreev);
  problems = kx_import_report_dialog_dup_problems (report);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
  g_assert_cmpuint (n_in_store (f->store), ==, before + 2);
  g_assert_cmpuint (n_shown (f), ==, before + 2);
  g_assert_cmpuint (f->changed, ==, 1);
  g_remove (bad_path);
  g_remove (good_path);
}

static void
test_no_store (void)
{
  GtkWidget *view = kx_organizations_view_new ();
  GtkWindow *window;

  g_object_ref_sink (view);
  window = kx_gui_test_host (view, 800, 600);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kx_gui_test_child (view,
                                                                     KX_TYPE_ORGANIZATIONS_VIEW,
                                                                     "empty_label"))),
                   ==, "No database open");
  gtk_widget_activate_action (view, "orgs.add", NULL);
  kx_gui_test_flush ();
  g_assert_false (kx_gui_test_has_window (KX_TYPE_ORGANIZATION_DIALOG));
  gtk_window_destroy (window);
  g_object_unref (view);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("KX_SHOT_DIR");
  g_autofree char *wide = NULL;
  g_autofree char *small = NULL;

  if (dir == NULL)
    {
      g_test_skip ("KX_SHOT_DIR is not set");
      return;
    }
  select_position (f, 1);
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  wide = g_build_filename (dir, "organizations-1280x800.png", NULL);
  kx_gui_test_save_png (GTK_WIDGET (f->window), wide);

  gtk_window_set_default_size (f->window, 800, 600);
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  kx_gui_test_flush ();
  kx_gui_test_wait_drawn (GTK_WIDGET (f->view));
  small = g_build_filename (dir, "organizations-800x600.png", NULL);
  kx_gui_test_save_png (GTK_WIDGET (f->window), small);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "orgs.add", NULL);
  {
    GtkWidget *dialog = kx_gui_test_wait_window (KX_TYPE_ORGANIZATION_DIALOG);
    g_autofree char *path = g_build_filename (dir, "organization-dialog.png", NULL);

    set_entry (dialog, KX_TYPE_ORGANIZATION_DIALOG, "credit_code_entry", "5143");
    kx_gui_test_wait_drawn (dialog);
    kx_gui_test_save_png (dialog, path);
  }
}

int
main (int    argc,
      char **argv)
{
  if (!kx_gui_test_init (&argc, &argv))
    {
      g_test_add_func ("/organizations-view/skipped", kx_gui_test_skip_no_display);
      return g_test_run ();
    }

#define ADD(path, func) \
  g_test_add ("/organizations-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("search", test_search);
  ADD ("select", test_select);
  ADD ("ban-marker", test_ban_marker);
  ADD ("add-validates", test_add_validates);
  ADD ("add-duplicate", test_add_duplicate);
  ADD ("edit", test_edit);
  ADD ("year-record", test_year_record);
  ADD ("fact", test_fact);
  ADD ("import", test_import);
  ADD ("screenshots", test_screenshots);
  g_test_add_func ("/organizations-view/no-store", test_no_store);

  return g_test_run ();
}
