/* kx-test-world.h: the world the core tests start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store in a temporary directory, with the calls, organizations,
 * experts and projects a test needs. Projects are walked to a stage
 * through the real workflow functions (submit, formal and expert review,
 * decision, notice, agreement, disbursement, report, checks), each step
 * asserted, so that a test starts where it means to. Every helper fails
 * the test when the store refuses what it asks.
 */

#pragma once

#include <string.h>

#include "kx-call.h"
#include "kx-organization.h"
#include "kx-project.h"
#include "kx-store-private.h"
#include "kx-workflow.h"

G_BEGIN_DECLS

#define KX_TEST_YUAN(y) ((gint64) (y) * 100)

/* A call's budget unless a test says otherwise: ¥3,000,000.00. */
#define KX_TEST_BUDGET_FEN KX_TEST_YUAN (3000000)

typedef struct
{
  char     *dir;
  KxStore  *store;
  gint64    call;        /* the call projects apply to unless told; 0 = none */
  gint64    org;         /* an applicant the test keeps at hand; 0 = none */
  guint     n_orgs;      /* made so far: names and credit codes count on */
  guint     n_experts;
  guint     n_projects;
} KxTestWorld;

/* A new temporary directory kexie-@name-XXXXXX, and its removal with
 * everything in it. */
char    *kx_test_make_dir          (const char     *name);
void     kx_test_remove_dir        (const char     *dir);

/* kexie-cli ($KEXIE_CLI) as a clerk runs it: exit status, stdout, stderr. */
typedef struct
{
  int   status;   /* the exit status; -1 when killed */
  char *out;
  char *err;
} KxTestRun;

void     kx_test_run_clear         (KxTestRun      *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KxTestRun, kx_test_run_clear)
/* Runs kexie-cli --db @db @args (NULL-terminated) into @run. */
void     kx_test_run_cli           (const char         *db,
                                    const char * const *args,
                                    KxTestRun          *run);
/* The first column of the first row of @sql on the database file @db,
 * read with sqlite3 directly (as an auditor's tool would). */
gint64   kx_test_db_int            (const char     *db,
                                    const char     *sql);

/* The store alone, in a new directory kexie-@name-XXXXXX. */
void     kx_test_world_open        (KxTestWorld    *w,
                                    const char     *name);
/* The store filled by kx_demo_generate with @organizations and @projects
 * (0 = the demo's default) and its other defaults. */
void     kx_test_world_open_demo   (KxTestWorld    *w,
                                    const char     *name,
                                    guint           organizations,
                                    guint           projects);
/* The store, the call of 2026 in w->call (default policy but type 4
 * capped at @consulting_cap_fen, -1 = no cap) and 3 experts. */
void     kx_test_world_set_up      (KxTestWorld    *w,
                                    const char     *name,
                                    gint64          budget_fen,
                                    gint64          consulting_cap_fen);
/* Closes the store and removes the directory; a g_test_add teardown. */
void     kx_test_world_tear_down   (KxTestWorld    *w,
                                    gconstpointer   data);

/* The call of @year, accepting from @year-03-01 to @year-04-30; @policy
 * NULL = kx_policy_init_defaults. */
gint64   kx_test_add_call          (KxTestWorld    *w,
                                    int             year,
                                    gint64          budget_fen,
                                    const KxPolicy *policy);
/* The call of @year with its own window, KX_TEST_BUDGET_FEN, default policy. */
gint64   kx_test_add_call_window   (KxTestWorld    *w,
                                    int             year,
                                    const char     *opens,
                                    const char     *closes);

/* An organization with a credit code of its own (none for a researcher). */
gint64   kx_test_add_org           (KxTestWorld    *w,
                                    const char     *name,
                                    KxOrgKind       kind);
gint64   kx_test_add_fact          (KxTestWorld    *w,
                                    gint64          org,
                                    KxFactKind      kind,
                                    gboolean        holds,
                                    const char     *date,
                                    const char     *evidence);
void     kx_test_set_year          (KxTestWorld    *w,
                                    gint64          org,
                                    int             year,
                                    KxResult        inspection,
                                    KxResult        assessment);
/* Everything 六(一) and 六(二) ask of a city society for the call of 2026:
 * 2024 and 2025 inspected and assessed, the facts held on 2025-12-01 and
 * a commendation of 2024-05-20; but not the facts in @skip (bits of
 * KxFactKind). */
void     kx_test_make_eligible     (KxTestWorld    *w,
                                    gint64          org,
                                    guint           skip);
/* The same for the call of @call_year (years and dates shift with it).
 * Only w->store is used, so a test with its own fixture can pass
 * &(KxTestWorld) { .store = store }. */
void     kx_test_make_eligible_for (KxTestWorld    *w,
                                    gint64          org,
                                    int             call_year,
                                    guint           skip);
/* A city society made eligible. */
gint64   kx_test_add_society       (KxTestWorld    *w,
                                    const char     *name);

gint64   kx_test_add_expert        (KxTestWorld    *w,
                                    const char     *name);
/* @n experts named 专家1, 专家2, …; returns their IDs (free with g_free). */
gint64  *kx_test_add_experts       (KxTestWorld    *w,
                                    guint           n);

/* A project as kx_test_add_project makes it; zeros take the defaults. */
typedef struct
{
  gint64         call;          /* 0 = w->call */
  gint64         org;           /* 0 = a new researcher, 研究员N */
  KxProjectType  type;          /* 0 = decision consulting (四.4) */
  const char    *title;         /* NULL = 郴州市科技创新课题调研N */
  gint64         meeting_fen;   /* budget line 会议费; 0 = none */
  gint64         research_fen;  /* budget line 调研费; 0 = none */
} KxTestProject;

/* A draft with content, indicators and two milestones (2026-09-30 完成调研,
 * 2026-12-31 提交调研报告). */
gint64   kx_test_add_project       (KxTestWorld         *w,
                                    const KxTestProject *spec);
/* Each assigned expert who has not scored gives @points on every
 * criterion, the last one @points + @last_extra on the first. */
void     kx_test_score             (KxTestWorld    *w,
                                    gint64          project,
                                    int             points,
                                    int             last_extra);
/* Walks @project from where it is to @stage, on days of its call's year:
 * submitted 03-10, formal review passed 03-15, experts assigned 03-20,
 * 16 points from each 03-25 and finished, approved for what it requests
 * 04-10, on notice 04-15 (to 04-21), closed 04-22, agreement 04-25,
 * first tranche 05-01, report 06-01, mid-term passed 07-01, final
 * acceptance 12-01 (failed if @stage is KX_STAGE_FAILED_ACCEPTANCE).
 * Returns @project. */
gint64   kx_test_walk              (KxTestWorld    *w,
                                    gint64          project,
                                    KxStage         stage);
/* A researcher's type-4 project (四.4) in w->call walked to @stage. */
gint64   kx_test_project_at        (KxTestWorld    *w,
                                    KxStage         stage,
                                    gint64          meeting_fen,
                                    gint64          research_fen);
KxStage  kx_test_stage             (KxTestWorld    *w,
                                    gint64          project);

/* The first column of the first row of @sql. */
gint64   kx_test_query_int         (KxTestWorld    *w,
                                    const char     *sql);
/* The same as text; NULL for SQL NULL. */
char    *kx_test_query_text        (KxTestWorld    *w,
                                    const char     *sql);
/* The rows in @table. */
gint64   kx_test_count             (KxTestWorld    *w,
                                    const char     *table);
/* Everything the workflow writes, as one text, to show that a refusal
 * wrote nothing. */
char    *kx_test_snapshot          (KxTestWorld    *w);

/* @call returns FALSE with @domain / @code and a message that mentions
 * @part, and the store is still as @before (a kx_test_snapshot) says. */
#define kx_test_assert_refused_since(w, before, call, error, domain, code, part)  \
  G_STMT_START {                                                                  \
    g_autofree char *after_ = NULL;                                               \
    g_assert_false (call);                                                        \
    g_assert_error (error, domain, code);                                         \
    if (strstr ((error)->message, part) == NULL)                                  \
      g_error ("“%s” does not mention “%s”", (error)->message, part);             \
    after_ = kx_test_snapshot (w);                                                \
    g_assert_cmpstr (after_, ==, before);                                         \
    g_clear_error (&(error));                                                     \
  } G_STMT_END

/* The same, the store as it was just before @call. */
#define kx_test_assert_refused(w, call, error, domain, code, part)                \
  G_STMT_START {                                                                  \
    g_autofree char *before_ = kx_test_snapshot (w);                              \
    kx_test_assert_refused_since (w, before_, call, error, domain, code, part);   \
  } G_STMT_END

#define kx_test_assert_blocked(w, call, error, part) \
  kx_test_assert_refused (w, call, error, KX_WORKFLOW_ERROR, KX_ERROR_BLOCKED, part)

G_END_DECLS
