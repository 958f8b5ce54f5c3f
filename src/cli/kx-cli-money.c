/* kx-cli-money.c: kexie-cli disburse, recover, spend and ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-money.h"
#include "kx-project.h"
#include "kx-validate.h"

const char *
kx_cli_money_help (void)
{
  return _("  kexie-cli disburse PROJECT [--amount AMOUNT] [--voucher NO] [--date YYYY-MM-DD]\n"
           "      Pay the project's next tranche (五.3). The first is paid once the\n"
           "      responsibility agreement is signed, by default the call's share of the\n"
           "      approved amount (70 per cent unless the call says otherwise) rounded to\n"
           "      the fen, and the project becomes funded. The rest is paid after the final\n"
           "      acceptance is passed, by default everything not yet paid (--amount pays\n"
           "      less, the rest later). Refused when the payment would exceed\n"
           "      the approved amount, the cap of the project's type or the call's\n"
           "      budget; the message says how much can still be paid.\n"
           "  kexie-cli recover PROJECT --amount AMOUNT --reason TEXT [--penalty ID]\n"
           "                    [--date YYYY-MM-DD]\n"
           "      Record money paid back, at most what was disbursed and not yet\n"
           "      recovered. It counts against the penalty ID (七(二)); without --penalty,\n"
           "      against the project's latest penalty that still has recovery due.\n"
           "  kexie-cli spend PROJECT --amount AMOUNT --description TEXT [--line SEQ|ITEM]\n"
           "                  [--voucher NO] [--date YYYY-MM-DD]\n"
           "      Record what the organization spent (专款专用, 七(三)) while the project\n"
           "      is carried out, against a budget line given by its number or its item\n"
           "      (see “kexie-cli project show”). It is always recorded, but spending\n"
           "      against no line, beyond its line's amount or beyond the money disbursed\n"
           "      by then is flagged, and the flag is printed.\n"
           "  kexie-cli ledger PROJECT\n"
           "  kexie-cli ledger --call YEAR\n"
           "      The project's money: approved, disbursed, recovered, recovery still due\n"
           "      from penalties, spent and the balance (disbursed − recovered − spent),\n"
           "      with every tranche, recovery and expenditure (and its flag) and the\n"
           "      spending per budget line. With --call, the call's budget, the money\n"
           "      approved, disbursed and recovered, per project type and in total, and\n"
           "      the balance (budget − disbursed + recovered).\n");
}

/* The project argument and the date option every verb shares. */
static gboolean
project_and_date (KxCli       *cli,
                  const char  *command,
                  int          argc,
                  char       **argv,
                  const char  *date_text,
                  gint64      *out_id,
                  char       **out_date,
                  int         *out_status)
{
  *out_status = 2;
  if (argc < 2)
    {
      kx_cli_usage_error (command, _("Name the project by its number (e.g. 2026-0001) or "
                                     "its ID"));
      return FALSE;
    }
  if (argc > 2)
    {
      kx_cli_usage_error (command, _("Unexpected argument “%s”"), argv[2]);
      return FALSE;
    }
  *out_status = 1;
  return (*out_date = kx_cli_date_or_today (_("Date"), date_text)) != NULL &&
         (*out_id = kx_cli_project_id (cli, argv[1])) != 0;
}

static gboolean
parse_amount (const char  *text,
              gint64      *out_fen)
{
  g_autoptr(GError) error = NULL;

  if (kx_money_parse (_("Amount"), text, out_fen, &error))
    return TRUE;
  kx_cli_fail (error);
  return FALSE;
}

static const KxDisbursement *
find_disbursement (const KxProjectLedger *ledger,
                   gint64                 id)
{
  for (guint i = 0; i < ledger->disbursements->len; i++)
    if (g_array_index (ledger->disbursements, KxDisbursement, i).id == id)
      return &g_array_index (ledger->disbursements, KxDisbursement, i);
  g_return_val_if_reached (NULL);
}

static int
print_disbursement (KxCli   *cli,
                    gint64   project_id,
                    gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autofree char *amount = NULL;
  g_autofree char *left = NULL;
  const KxDisbursement *d;

  if ((project = kx_project_get (cli->store, project_id, &error)) == NULL ||
      !kx_money_project_ledger (cli->store, project_id, &ledger, &error))
    return kx_cli_fail (error);
  d = find_disbursement (&ledger, id);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", id);
      kx_json_member_string (json, "project", kx_project_get_number (project));
      kx_json_member_int (json, "tranche", d->tranche);
      kx_json_member_string (json, "paid_on", d->paid_on);
      kx_json_member_int (json, "amount_fen", d->amount_fen);
      kx_json_member_string (json, "voucher_no", d->voucher_no);
      kx_json_member_int (json, "disbursed_fen", ledger.disbursed_fen);
      kx_json_member_int (json, "undisbursed_fen", ledger.undisbursed_fen);
      kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  amount = kx_money_format (d->amount_fen);
  left = kx_money_format (ledger.undisbursed_fen);
  g_print (_("Tranche %d of project %s paid on %s: %s (not yet disbursed: %s).\n"),
           d->tranche, kx_project_get_number (project), d->paid_on, amount, left);
  g_print (_("Stage: %s\n"), kx_stage_label (kx_project_get_stage (project)));
  return 0;
}

int
kx_cli_disburse (KxCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *voucher = NULL;
  g_autofree char *date_text = NULL;
  GOptionEntry entries[] = {
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, NULL, "AMOUNT" },
    { "voucher", 0, 0, G_OPTION_ARG_STRING, &voucher, NULL, "NO" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 project_id = 0, amount = -1, id = 0;
  int status;

  if (!kx_cli_parse_options ("disburse", entries, &argc, &argv))
    return 2;
  if (!project_and_date (cli, "disburse", argc, argv, date_text, &project_id, &date, &status))
    return status;
  if (amount_text != NULL && !parse_amount (amount_text, &amount))
    return 1;
  if (!kx_money_disburse (cli->store, project_id, date, amount, voucher, &id, &error))
    return kx_cli_fail (error);
  return print_disbursement (cli, project_id, id);
}

/* recover */

static int
print_recovery (KxCli   *cli,
                gint64   project_id,
                gint64   id,
                gint64   amount,
                gint64   penalty_id)
{
  g_autoptr(GError) error = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autofree char *amount_text = kx_money_format (amount);
  g_autofree char *outstanding = NULL;

  if (!kx_money_project_ledger (cli->store, project_id, &ledger, &error))
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", id);
      kx_json_member_int (json, "amount_fen", amount);
      if (penalty_id > 0)
        kx_json_member_int (json, "penalty_id", penalty_id);
      else
        {
          kx_json_key (json, "penalty_id");
          kx_json_null (json);
        }
      kx_json_member_int (json, "recovered_fen", ledger.recovered_fen);
      kx_json_member_int (json, "recovery_due_fen", ledger.recovery_due_fen);
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  outstanding = kx_money_format (ledger.recovery_due_fen);
  if (penalty_id > 0)
    g_print (_("Recovered %s under penalty %lld (recovery %lld); still due: %s.\n"),
             amount_text, (long long) penalty_id, (long long) id, outstanding);
  else
    g_print (_("Recovered %s (recovery %lld).\n"), amount_text, (long long) id);
  return 0;
}

int
kx_cli_recover (KxCli  *cli,
                int     argc,
                char  **argv)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date_text = NULL;
  gint64 penalty_id = -1;
  GOptionEntry entries[] = {
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, NULL, "AMOUNT" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, NULL, "TEXT" },
    { "penalty", 0, 0, G_OPTION_ARG_INT64, &penalty_id, NULL, "ID" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 project_id = 0, amount = 0, id = 0;
  int status;

  if (!kx_cli_parse_options ("recover", entries, &argc, &argv))
    return 2;
  if (amount_text == NULL || reason == NULL)
    return kx_cli_usage_error ("recover", _("“recover” needs --amount and --reason"));
  if (!project_and_date (cli, "recover", argc, argv, date_text, &project_id, &date, &status))
    return status;
  if (!parse_amount (amount_text, &amount))
    return 1;
  if (penalty_id < 0 &&
      (penalty_id = kx_money_open_penalty (cli->store, project_id, &error)) < 0)
    return kx_cli_fail (error);
  if (!kx_money_recover (cli->store, project_id, date, amount, reason, penalty_id, &id, &error))
    return kx_cli_fail (error);
  return print_recovery (cli, project_id, id, amount, penalty_id);
}

/* spend */

/* SEQ or ITEM → the budget line's id; 0 after printing the error. */
static gint64
find_line (KxStore     *store,
           gint64       project_id,
           const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = kx_project_list_budget_lines (store, project_id, &error);
  g_autoptr(GString) known = g_string_new (NULL);
  char *end = NULL;
  gint64 seq = g_ascii_strtoll (text, &end, 10);
  gboolean by_seq = *text != '\0' && *end == '\0';

  if (lines == NULL)
    {
      kx_cli_fail (error);
      return 0;
    }
  for (guint i = 0; i < lines->len; i++)
    {
      KxBudgetLine *b = &g_array_index (lines, KxBudgetLine, i);

      if ((by_seq && b->seq == seq) || (!by_seq && g_strcmp0 (b->item, text) == 0))
        return b->id;
      g_string_append_printf (known, "%s%d %s", i > 0 ? ", " : "", b->seq, b->item);
    }
  g_printerr (_("kexie-cli: Budget line: the project has no line “%s”; its lines are: %s\n"),
              text, known->len > 0 ? known->str : _("none"));
  return 0;
}

static int
print_expenditure (KxCli   *cli,
                   gint64   id,
                   gint64   amount)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *flag = kx_money_expenditure_flag (cli->store, id, &error);
  g_autofree char *amount_text = kx_money_format (amount);

  if (flag == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    {
      KxJson *json = kx_json_new ();

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", id);
      kx_json_member_int (json, "amount_fen", amount);
      kx_json_member_bool (json, "flagged", *flag != '\0');
      kx_json_member_string (json, "flag", *flag != '\0' ? flag : NULL);
      kx_json_end_object (json);
      kx_json_print_free (json);
      return 0;
    }
  g_print (_("Expenditure %lld of %s recorded.\n"), (long long) id, amount_text);
  if (*flag != '\0')
    g_print (_("Flagged (专款专用, 七(三)): %s\n"), flag);
  return 0;
}

int
kx_cli_spend (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *description = NULL;
  g_autofree char *voucher = NULL;
  g_autofree char *date_text = NULL;
  GOptionEntry entries[] = {
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, NULL, "AMOUNT" },
    { "line", 0, 0, G_OPTION_ARG_STRING, &line, NULL, "SEQ|ITEM" },
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, NULL, "TEXT" },
    { "voucher", 0, 0, G_OPTION_ARG_STRING, &voucher, NULL, "NO" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 project_id = 0, amount = 0, line_id = 0, id = 0;
  int status;

  if (!kx_cli_parse_options ("spend", entries, &argc, &argv))
    return 2;
  if (amount_text == NULL || description == NULL)
    return kx_cli_usage_error ("spend", _("“spend” needs --amount and --description"));
  if (!project_and_date (cli, "spend", argc, argv, date_text, &project_id, &date, &status))
    return status;
  if (!parse_amount (amount_text, &amount))
    return 1;
  if (line != NULL && (line_id = find_line (cli->store, project_id, line)) <= 0)
    return 1;
  if (!kx_money_spend (cli->store, project_id, line_id, date, amount, description, voucher,
                       &id, &error))
    return kx_cli_fail (error);
  return print_expenditure (cli, id, amount);
}

/* ledger PROJECT */

static void
json_ledger_lists (KxJson                *json,
                   const KxProjectLedger *l)
{
  kx_json_key (json, "disbursements");
  kx_json_begin_array (json);
  for (guint i = 0; i < l->disbursements->len; i++)
    {
      KxDisbursement *d = &g_array_index (l->disbursements, KxDisbursement, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", d->id);
      kx_json_member_int (json, "tranche", d->tranche);
      kx_json_member_string (json, "paid_on", d->paid_on);
      kx_json_member_int (json, "amount_fen", d->amount_fen);
      kx_json_member_string (json, "voucher_no", d->voucher_no);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "recoveries");
  kx_json_begin_array (json);
  for (guint i = 0; i < l->recoveries->len; i++)
    {
      KxRecovery *r = &g_array_index (l->recoveries, KxRecovery, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", r->id);
      kx_json_member_string (json, "recovered_on", r->recovered_on);
      kx_json_member_int (json, "amount_fen", r->amount_fen);
      kx_json_member_string (json, "reason", r->reason);
      if (r->penalty_id > 0)
        kx_json_member_int (json, "penalty_id", r->penalty_id);
      else
        {
          kx_json_key (json, "penalty_id");
          kx_json_null (json);
        }
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
}

static void
json_ledger_spending (KxJson                *json,
                      const KxProjectLedger *l)
{
  kx_json_key (json, "expenditures");
  kx_json_begin_array (json);
  for (guint i = 0; i < l->expenditures->len; i++)
    {
      KxExpenditure *e = &g_array_index (l->expenditures, KxExpenditure, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "id", e->id);
      kx_json_member_string (json, "spent_on", e->spent_on);
      kx_json_member_int (json, "amount_fen", e->amount_fen);
      kx_json_member_string (json, "budget_line", e->budget_line_item);
      kx_json_member_string (json, "description", e->description);
      kx_json_member_string (json, "voucher_no", e->voucher_no);
      kx_json_member_string (json, "flag", e->flag);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "budget_lines");
  kx_json_begin_array (json);
  for (guint i = 0; i < l->lines->len; i++)
    {
      KxLineSpending *b = &g_array_index (l->lines, KxLineSpending, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "seq", b->seq);
      kx_json_member_string (json, "item", b->item);
      kx_json_member_int (json, "budgeted_fen", b->budgeted_fen);
      kx_json_member_int (json, "spent_fen", b->spent_fen);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
}

static void
json_ledger (KxProject             *p,
             const KxProjectLedger *l)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_string (json, "project", kx_project_get_number (p));
  kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (p)));
  if (l->approved_fen >= 0)
    kx_json_member_int (json, "approved_fen", l->approved_fen);
  else
    {
      kx_json_key (json, "approved_fen");
      kx_json_null (json);
    }
  kx_json_member_int (json, "disbursed_fen", l->disbursed_fen);
  kx_json_member_int (json, "undisbursed_fen", l->undisbursed_fen);
  kx_json_member_int (json, "recovered_fen", l->recovered_fen);
  kx_json_member_int (json, "recovery_due_fen", l->recovery_due_fen);
  kx_json_member_int (json, "spent_fen", l->spent_fen);
  kx_json_member_int (json, "balance_fen", l->balance_fen);
  json_ledger_lists (json, l);
  json_ledger_spending (json, l);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

/* @fen < 0 prints “—”. */
static void
print_money_line (const char *label,
                  gint64      fen)
{
  g_autofree char *text = fen >= 0 ? kx_money_format (fen) : g_strdup ("—");

  g_print (_("  %s: %s\n"), label, text);
}

/* Prints a titled table, or “(none)”; takes @rows. */
static void
print_section (const char         *title,
               const char * const *headers,
               GPtrArray          *rows)
{
  g_autoptr(GPtrArray) owned = rows;

  g_print ("\n%s\n", title);
  if (owned->len > 0)
    kx_cli_print_table (headers, owned);
  else
    g_print ("%s\n", _("  (none)"));
}

static GPtrArray *
new_rows (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
print_ledger_payments (const KxProjectLedger *l)
{
  const char *d_headers[] = { _("Tranche"), _("Date"), _("Amount"), _("Voucher"), NULL };
  const char *r_headers[] = { _("Date"), _("Amount"), _("Penalty"), _("Reason"), NULL };
  GPtrArray *d_rows = new_rows ();
  GPtrArray *r_rows = new_rows ();

  for (guint i = 0; i < l->disbursements->len; i++)
    {
      KxDisbursement *d = &g_array_index (l->disbursements, KxDisbursement, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup_printf ("%d", d->tranche);
      row[1] = g_strdup (d->paid_on);
      row[2] = kx_money_format (d->amount_fen);
      row[3] = g_strdup (d->voucher_no);
      g_ptr_array_add (d_rows, row);
    }
  for (guint i = 0; i < l->recoveries->len; i++)
    {
      KxRecovery *r = &g_array_index (l->recoveries, KxRecovery, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup (r->recovered_on);
      row[1] = kx_money_format (r->amount_fen);
      row[2] = r->penalty_id > 0 ? g_strdup_printf ("%lld", (long long) r->penalty_id)
                                 : g_strdup ("—");
      row[3] = g_strdup (r->reason);
      g_ptr_array_add (r_rows, row);
    }
  print_section (_("Disbursements:"), d_headers, d_rows);
  print_section (_("Recoveries:"), r_headers, r_rows);
}

static void
print_ledger_spending (const KxProjectLedger *l)
{
  const char *e_headers[] = { _("Date"), _("Amount"), _("Budget line"), _("Description"),
                              _("Voucher"), _("Flag"), NULL };
  const char *b_headers[] = { "#", _("Item"), _("Budgeted"), _("Spent"), _("Left"), NULL };
  GPtrArray *e_rows = new_rows ();
  GPtrArray *b_rows = new_rows ();

  for (guint i = 0; i < l->expenditures->len; i++)
    {
      KxExpenditure *e = &g_array_index (l->expenditures, KxExpenditure, i);
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup (e->spent_on);
      row[1] = kx_money_format (e->amount_fen);
      row[2] = e->budget_line_item != NULL
               ? g_strdup_printf ("%d %s", e->budget_line_seq, e->budget_line_item)
               : g_strdup ("—");
      row[3] = g_strdup (e->description);
      row[4] = g_strdup (e->voucher_no);
      row[5] = g_strdup (e->flag != NULL ? e->flag : "");
      g_ptr_array_add (e_rows, row);
    }
  for (guint i = 0; i < l->lines->len; i++)
    {
      KxLineSpending *b = &g_array_index (l->lines, KxLineSpending, i);
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%d", b->seq);
      row[1] = g_strdup (b->item);
      row[2] = kx_money_format (b->budgeted_fen);
      row[3] = kx_money_format (b->spent_fen);
      row[4] = kx_money_format (b->budgeted_fen - b->spent_fen);
      g_ptr_array_add (b_rows, row);
    }
  print_section (_("Expenditures:"), e_headers, e_rows);
  print_section (_("Spending per budget line:"), b_headers, b_rows);
}

static void
print_ledger (KxProject             *p,
              const KxProjectLedger *l)
{
  g_print (_("Project %s: %s\n"), kx_project_get_number (p), kx_project_get_title (p));
  g_print (_("Stage: %s\n"), kx_stage_label (kx_project_get_stage (p)));
  print_money_line (_("Approved amount"), l->approved_fen);   /* -1: none yet */
  print_money_line (_("Disbursed"), l->disbursed_fen);
  print_money_line (_("Not yet disbursed"), l->undisbursed_fen);
  print_money_line (_("Recovered"), l->recovered_fen);
  print_money_line (_("Recovery still due"), l->recovery_due_fen);
  print_money_line (_("Spent"), l->spent_fen);
  print_money_line (_("Balance (disbursed − recovered − spent)"), l->balance_fen);
  print_ledger_payments (l);
  print_ledger_spending (l);
}

static int
ledger_project (KxCli      *cli,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxProject) project = NULL;
  g_auto(KxProjectLedger) ledger = { 0 };
  gint64 id;

  if ((id = kx_cli_project_id (cli, text)) == 0)
    return 1;
  if ((project = kx_project_get (cli->store, id, &error)) == NULL ||
      !kx_money_project_ledger (cli->store, id, &ledger, &error))
    return kx_cli_fail (error);
  if (cli->json)
    json_ledger (project, &ledger);
  else
    print_ledger (project, &ledger);
  return 0;
}

/* ledger --call YEAR */

static void
json_totals (const KxCallTotals *t)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "year", t->year);
  kx_json_member_int (json, "budget_fen", t->budget_fen);
  kx_json_member_int (json, "approved_fen", t->approved_fen);
  kx_json_member_int (json, "disbursed_fen", t->disbursed_fen);
  kx_json_member_int (json, "recovered_fen", t->recovered_fen);
  kx_json_member_int (json, "balance_fen", t->balance_fen);
  kx_json_member_int (json, "available_fen", t->available_fen);
  kx_json_key (json, "types");
  kx_json_begin_array (json);
  for (int i = 0; i < KX_N_PROJECT_TYPES; i++)
    {
      const KxTypeTotals *type = &t->types[i];

      kx_json_begin_object (json);
      kx_json_member_int (json, "type", i + 1);
      if (type->cap_fen >= 0)
        kx_json_member_int (json, "cap_fen", type->cap_fen);
      else
        {
          kx_json_key (json, "cap_fen");
          kx_json_null (json);
        }
      kx_json_member_int (json, "projects", type->n_projects);
      kx_json_member_int (json, "approved_fen", type->approved_fen);
      kx_json_member_int (json, "disbursed_fen", type->disbursed_fen);
      kx_json_member_int (json, "recovered_fen", type->recovered_fen);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static void
print_totals (const KxCallTotals *t)
{
  const char *headers[] = { _("Type"), _("Cap"), _("Projects"), _("Approved amount"), _("Disbursed"),
                            _("Recovered"), NULL };
  g_autoptr(GPtrArray) rows = new_rows ();

  g_print (_("Call %d\n"), t->year);
  print_money_line (_("Budget"), t->budget_fen);
  print_money_line (_("Approved amount"), t->approved_fen);
  print_money_line (_("Disbursed"), t->disbursed_fen);
  print_money_line (_("Recovered"), t->recovered_fen);
  print_money_line (_("Balance (budget − disbursed + recovered)"), t->balance_fen);
  print_money_line (_("Still available for disbursement"), t->available_fen);
  for (int i = 0; i < KX_N_PROJECT_TYPES; i++)
    {
      const KxTypeTotals *type = &t->types[i];
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup_printf ("%d %s", i + 1, kx_project_type_short (i + 1));
      row[1] = type->cap_fen >= 0 ? kx_money_format (type->cap_fen) : g_strdup ("—");
      row[2] = g_strdup_printf ("%u", type->n_projects);
      row[3] = kx_money_format (type->approved_fen);
      row[4] = kx_money_format (type->disbursed_fen);
      row[5] = kx_money_format (type->recovered_fen);
      g_ptr_array_add (rows, row);
    }
  g_print ("\n");
  kx_cli_print_table (headers, rows);
}

static int
ledger_call (KxCli *cli,
             int    year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  KxCallTotals totals;

  if (kx_cli_store (cli) == NULL)
    return 1;
  if ((call = kx_call_get_by_year (cli->store, year, &error)) == NULL ||
      !kx_money_call_totals (cli->store, kx_call_get_id (call), &totals, &error))
    return kx_cli_fail (error);
  if (cli->json)
    json_totals (&totals);
  else
    print_totals (&totals);
  return 0;
}

int
kx_cli_ledger (KxCli  *cli,
               int     argc,
               char  **argv)
{
  int year = G_MININT;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, "YEAR" },
    { NULL }
  };

  if (!kx_cli_parse_options ("ledger", entries, &argc, &argv))
    return 2;
  if (year != G_MININT)
    {
      if (argc > 1)
        return kx_cli_usage_error ("ledger", _("Give either a project or --call YEAR, not both"));
      return ledger_call (cli, year);
    }
  if (argc != 2)
    return kx_cli_usage_error ("ledger", _("Usage: kexie-cli ledger PROJECT, or kexie-cli "
                                           "ledger --call YEAR"));
  return ledger_project (cli, argv[1]);
}
