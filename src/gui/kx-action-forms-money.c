/* kx-action-forms-money.c: disbursement, expenditure, recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog-private.h"

#include "kx-call.h"
#include "kx-money.h"
#include "kx-validate.h"

#define STORE(self)   _kx_action_dialog_get_store (self)
#define PROJECT(self) _kx_action_dialog_get_project (self)
#define ID(self)      kx_project_get_id (_kx_action_dialog_get_project (self))

static void
ledger_free (KxProjectLedger *ledger)
{
  kx_project_ledger_clear (ledger);
  g_free (ledger);
}

static KxProjectLedger *
load_ledger (KxActionDialog  *self,
             GError         **error)
{
  KxProjectLedger *ledger = g_new0 (KxProjectLedger, 1);

  _kx_action_dialog_set_data (self, ledger, (GDestroyNotify) ledger_free);
  return kx_money_project_ledger (STORE (self), ID (self), ledger, error) ? ledger : NULL;
}

/* Disburse */

/* What the core pays when no amount is given: the first tranche by the
 * call's share, later everything not yet paid. */
static gint64
next_tranche (KxActionDialog        *self,
              const KxProjectLedger *ledger,
              GError               **error)
{
  g_autoptr(KxCall) call = NULL;

  if (ledger->disbursements->len > 0)
    return ledger->undisbursed_fen;
  call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)), error);
  if (call == NULL)
    return -1;
  return kx_money_first_tranche (MAX (ledger->approved_fen, 0),
                                 kx_call_get_policy (call)->first_tranche_percent);
}

static gboolean
disburse_build (KxActionDialog  *self,
                GError         **error)
{
  KxProjectLedger *ledger = load_ledger (self, error);
  g_autofree char *approved = NULL;
  g_autofree char *paid = NULL;
  g_autofree char *info = NULL;
  gint64 tranche;

  if (ledger == NULL || (tranche = next_tranche (self, ledger, error)) < 0)
    return FALSE;
  approved = kx_money_format (MAX (ledger->approved_fen, 0));
  paid = kx_money_format (ledger->disbursed_fen);
  info = g_strdup_printf (_("Tranche %u. Approved %s, disbursed so far %s."),
                          ledger->disbursements->len + 1, approved, paid);
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Payment date"));
  _kx_action_dialog_add_money (self, "amount", _("Amount"), tranche, TRUE);
  _kx_action_dialog_add_entry (self, "voucher", _("Voucher number"), FALSE);
  return TRUE;
}

static gboolean
positive_amount (KxActionDialog *self,
                 const char     *message)
{
  if (_kx_action_dialog_get_money (self, "amount") > 0)
    return TRUE;
  _kx_action_dialog_set_error (self, "amount", message);
  return FALSE;
}

static gboolean
disburse_check (KxActionDialog *self)
{
  return positive_amount (self, _("Amount: must be above ¥0.00"));
}

static gboolean
disburse_run (KxActionDialog  *self,
              GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *voucher = _kx_action_dialog_dup_text (self, "voucher");

  return kx_money_disburse (STORE (self), ID (self), date,
                            _kx_action_dialog_get_money (self, "amount"), voucher, NULL, error);
}

/* Spend */

static gboolean
spend_build (KxActionDialog  *self,
             GError         **error)
{
  KxProjectLedger *ledger = load_ledger (self, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *balance = NULL;
  g_autofree char *info = NULL;

  if (ledger == NULL)
    return FALSE;
  for (guint i = 0; i < ledger->lines->len; i++)
    {
      KxLineSpending *line = &g_array_index (ledger->lines, KxLineSpending, i);
      g_autofree char *budget = kx_money_format (line->budgeted_fen);
      g_autofree char *spent = kx_money_format (line->spent_fen);

      g_ptr_array_add (names, g_strdup_printf (_("%d %s (budget %s, spent %s)"), line->seq,
                                               line->item, budget, spent));
    }
  g_ptr_array_add (names, g_strdup (_("No budget line (will be flagged)")));
  g_ptr_array_add (names, NULL);
  balance = kx_money_format (ledger->balance_fen);
  info = g_strdup_printf (_("Balance of the project's funds: %s."), balance);
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Date spent"));
  _kx_action_dialog_add_choice (self, "line", _("Budget line"), (const char **) names->pdata, 0);
  _kx_action_dialog_add_money (self, "amount", _("Amount"), -1, TRUE);
  _kx_action_dialog_add_entry (self, "description", _("What it was spent on"), TRUE);
  _kx_action_dialog_add_entry (self, "voucher", _("Voucher number"), FALSE);
  return TRUE;
}

static gboolean
spend_check (KxActionDialog *self)
{
  return positive_amount (self, _("Amount: must be above ¥0.00"));
}

static gboolean
spend_run (KxActionDialog  *self,
           GError         **error)
{
  KxProjectLedger *ledger = _kx_action_dialog_get_data (self);
  guint line = _kx_action_dialog_get_selected (self, "line");
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *description = _kx_action_dialog_dup_text (self, "description");
  g_autofree char *voucher = _kx_action_dialog_dup_text (self, "voucher");
  gint64 line_id = line < ledger->lines->len
                   ? g_array_index (ledger->lines, KxLineSpending, line).budget_line_id : 0;

  return kx_money_spend (STORE (self), ID (self), line_id, date,
                         _kx_action_dialog_get_money (self, "amount"), description, voucher,
                         NULL, error);
}

/* Recover */

typedef struct
{
  KxProjectLedger ledger;
  gint64          penalty_id;
} RecoverData;

static void
recover_data_free (RecoverData *data)
{
  kx_project_ledger_clear (&data->ledger);
  g_free (data);
}

static char *
recover_info (RecoverData *data)
{
  g_autofree char *paid = kx_money_format (data->ledger.disbursed_fen);
  g_autofree char *back = kx_money_format (data->ledger.recovered_fen);
  g_autofree char *due = kx_money_format (data->ledger.recovery_due_fen);

  if (data->penalty_id > 0)
    return g_strdup_printf (_("Disbursed %s, recovered %s. Recorded under penalty %lld, which "
                              "still has %s due."), paid, back, (long long) data->penalty_id,
                            due);
  return g_strdup_printf (_("Disbursed %s, recovered %s. No penalty is open."), paid, back);
}

static gboolean
recover_build (KxActionDialog  *self,
               GError         **error)
{
  RecoverData *data = g_new0 (RecoverData, 1);
  g_autofree char *info = NULL;

  _kx_action_dialog_set_data (self, data, (GDestroyNotify) recover_data_free);
  if (!kx_money_project_ledger (STORE (self), ID (self), &data->ledger, error) ||
      (data->penalty_id = kx_money_open_penalty (STORE (self), ID (self), error)) < 0)
    return FALSE;
  info = recover_info (data);
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Date recovered"));
  _kx_action_dialog_add_money (self, "amount", _("Amount recovered"),
                               data->ledger.recovery_due_fen > 0
                               ? data->ledger.recovery_due_fen : -1, TRUE);
  _kx_action_dialog_add_entry (self, "reason", _("Reason"), TRUE);
  return TRUE;
}

static gboolean
recover_check (KxActionDialog *self)
{
  return positive_amount (self, _("Amount recovered: must be above ¥0.00"));
}

static char *
recover_confirm (KxActionDialog *self)
{
  g_autofree char *amount = kx_money_format (_kx_action_dialog_get_money (self, "amount"));

  return g_strdup_printf (_("Record that %s was recovered from %s for project %s?\n\nThe "
                            "recovery goes into the ledger and the audit log and cannot be "
                            "deleted."), amount,
                          kx_project_get_organization_name (PROJECT (self)),
                          kx_project_get_number (PROJECT (self)));
}

static gboolean
recover_run (KxActionDialog  *self,
             GError         **error)
{
  RecoverData *data = _kx_action_dialog_get_data (self);
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *reason = _kx_action_dialog_dup_text (self, "reason");

  return kx_money_recover (STORE (self), ID (self), date,
                           _kx_action_dialog_get_money (self, "amount"), reason,
                           data->penalty_id, NULL, error);
}

static const KxActionForm disburse_form = { disburse_build, disburse_check, NULL, disburse_run };
static const KxActionForm spend_form = { spend_build, spend_check, NULL, spend_run };
static const KxActionForm recover_form = { recover_build, recover_check, recover_confirm,
                                           recover_run };

const KxActionForm *
_kx_action_forms_money (KxAction action)
{
  switch (action)
    {
    case KX_ACTION_DISBURSE: return &disburse_form;
    case KX_ACTION_SPEND:    return &spend_form;
    case KX_ACTION_RECOVER:  return &recover_form;
    default:                 return NULL;
    }
}
