/* test-money-report.c: the per-project money of a call equals the ledgers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-test-world.h"
#include "kx-call.h"
#include "kx-money.h"
#include "kx-money-report.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_open_demo (f, "money-report", 40, 150);
}

static gint64
query_int (Fixture    *f,
           const char *sql,
           gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = _kx_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
check_row (Fixture                *f,
           const KxMoneyReportRow *row)
{
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 t1 = 0, rest = 0;

  g_assert_true (kx_money_project_ledger (f->store, row->project_id, &ledger, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < ledger.disbursements->len; i++)
    {
      KxDisbursement *d = &g_array_index (ledger.disbursements, KxDisbursement, i);

      if (d->tranche == 1)
        t1 += d->amount_fen;
      else
        rest += d->amount_fen;
    }
  g_assert_cmpint (row->approved_fen, ==, ledger.approved_fen);
  g_assert_cmpint (row->tranche1_fen, ==, t1);
  g_assert_cmpint (row->tranche2_fen, ==, rest);
  g_assert_cmpint (row->recovered_fen, ==, ledger.recovered_fen);
  g_assert_cmpint (row->spent_fen, ==, ledger.spent_fen);
  g_assert_cmpint (row->balance_fen, ==, ledger.balance_fen);
  g_assert_cmpint (row->stage, >=, KX_STAGE_AGREEMENT_SIGNED);
  g_assert_nonnull (row->number);
  g_assert_cmpstr (row->applicant, !=, "");
}

/* Every funded project of every call, each equal to its own ledger. */
static void
test_equals_ledgers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) calls = kx_call_list (f->store, &error);
  guint rows = 0;

  for (guint c = 0; c < g_list_model_get_n_items (calls); c++)
    {
      g_autoptr(KxCall) call = g_list_model_get_item (calls, c);
      gint64 id = kx_call_get_id (call);
      g_autoptr(GArray) report = kx_money_report_call (f->store, id, &error);

      g_assert_no_error (error);
      g_assert_cmpint (report->len, ==,
                       query_int (f, "SELECT count(*) FROM project WHERE call_id = ?1 AND stage IN "
                                     "('agreement_signed', 'funded', 'in_progress', "
                                     "'midterm_passed', 'accepted', 'failed_acceptance', "
                                     "'revoked')", id));
      for (guint i = 0; i < report->len; i++)
        {
          KxMoneyReportRow *row = &g_array_index (report, KxMoneyReportRow, i);

          check_row (f, row);
          if (i > 0)
            g_assert_cmpstr (g_array_index (report, KxMoneyReportRow, i - 1).number, <,
                             row->number);
        }
      rows += report->len;
    }
  g_assert_cmpuint (rows, >, 10);
}

/* The rows add up to the call's totals of disbursed and recovered money. */
static void
test_adds_up (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = kx_call_get_by_year (f->store, 2025, &error);
  g_autoptr(GArray) report = kx_money_report_call (f->store, kx_call_get_id (call), &error);
  KxCallTotals totals;
  gint64 paid = 0, back = 0;

  g_assert_no_error (error);
  g_assert_true (kx_money_call_totals (f->store, kx_call_get_id (call), &totals, &error));
  for (guint i = 0; i < report->len; i++)
    {
      KxMoneyReportRow *row = &g_array_index (report, KxMoneyReportRow, i);

      paid += row->tranche1_fen + row->tranche2_fen;
      back += row->recovered_fen;
    }
  g_assert_cmpint (paid, ==, totals.disbursed_fen);
  g_assert_cmpint (back, ==, totals.recovered_fen);
  g_assert_cmpint (paid, >, 0);
}

static void
test_no_such_call (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) report = kx_money_report_call (f->store, 9999, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, kx_test_world_tear_down)
  ADD ("/money-report/equals-ledgers", test_equals_ledgers);
  ADD ("/money-report/adds-up", test_adds_up);
  ADD ("/money-report/no-such-call", test_no_such_call);
#undef ADD

  return g_test_run ();
}
