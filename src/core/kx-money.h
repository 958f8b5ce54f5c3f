/* kx-money.h: disbursement, recovery, expenditure and the ledgers (五.3, 七(二), 七(三))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are gint64 fen. A disbursement is one tranche: tranche 1 when the
 * responsibility agreement is signed (agreement_signed → funded), the rest
 * after a passed final acceptance (accepted). No disbursement may take the
 * project above its approved amount, its project type above the call's
 * cap for the type, nor the call above its budget; these totals count
 * every disbursement ever made, recoveries do not give room back.
 *
 * Expenditures (专款专用, 七(三)) are always recorded, since they report
 * what the organization spent; one that breaks the rules carries a flag
 * text saying why, computed from the records in date order.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_MONEY_ERROR (kx_money_error_quark ())
GQuark kx_money_error_quark (void);

/* The first tranche by the call's policy: @approved_fen × @percent / 100,
 * rounded half up to the fen (both are ≥ 0). */
gint64   kx_money_first_tranche   (gint64       approved_fen,
                                   int          percent);

/* Pays the next tranche. @amount_fen -1 = the policy's tranche (the first
 * tranche of kx_money_first_tranche(), or everything not yet paid). */
gboolean kx_money_disburse        (KxStore     *store,
                                   gint64       project_id,
                                   const char  *paid_on,
                                   gint64       amount_fen,
                                   const char  *voucher_no,
                                   gint64      *out_id,
                                   GError     **error);
/* Records money paid back; @penalty_id 0 = not under a penalty. */
gboolean kx_money_recover         (KxStore     *store,
                                   gint64       project_id,
                                   const char  *recovered_on,
                                   gint64       amount_fen,
                                   const char  *reason,
                                   gint64       penalty_id,
                                   gint64      *out_id,
                                   GError     **error);
/* The latest penalty of the project with recovery still due; 0 = none,
 * -1 = error. */
gint64   kx_money_open_penalty    (KxStore     *store,
                                   gint64       project_id,
                                   GError     **error);
/* Records spending; @budget_line_id 0 = against no budget line (flagged). */
gboolean kx_money_spend           (KxStore     *store,
                                   gint64       project_id,
                                   gint64       budget_line_id,
                                   const char  *spent_on,
                                   gint64       amount_fen,
                                   const char  *description,
                                   const char  *voucher_no,
                                   gint64      *out_id,
                                   GError     **error);

typedef struct
{
  gint64  id;
  int     tranche;
  char   *paid_on;
  gint64  amount_fen;
  char   *voucher_no;
} KxDisbursement;

typedef struct
{
  gint64  id;
  gint64  penalty_id;      /* 0 = none */
  char   *recovered_on;
  gint64  amount_fen;
  char   *reason;
} KxRecovery;

typedef struct
{
  gint64  id;
  gint64  budget_line_id;  /* 0 = none */
  int     budget_line_seq; /* 0 = none */
  char   *budget_line_item;/* NULL = none */
  char   *spent_on;
  gint64  amount_fen;
  char   *description;
  char   *voucher_no;
  char   *flag;            /* NULL = in order; else why it is flagged (translated) */
} KxExpenditure;

typedef struct
{
  gint64  budget_line_id;
  int     seq;
  char   *item;
  gint64  budgeted_fen;
  gint64  spent_fen;
} KxLineSpending;

typedef struct
{
  gint64  project_id;
  gint64  approved_fen;      /* -1 = none */
  gint64  disbursed_fen;
  gint64  recovered_fen;
  gint64  recovery_due_fen;  /* penalties' recovery not yet recovered against them */
  gint64  spent_fen;
  gint64  balance_fen;       /* disbursed − recovered − spent */
  gint64  undisbursed_fen;   /* approved − disbursed still to pay: 0 without approval,
                              * after a failed final acceptance or revoked */
  GArray *disbursements;     /* of KxDisbursement, by tranche */
  GArray *recoveries;        /* of KxRecovery, by date */
  GArray *expenditures;      /* of KxExpenditure, by date, with flags */
  GArray *lines;             /* of KxLineSpending, by seq */
} KxProjectLedger;

void     kx_project_ledger_clear  (KxProjectLedger *ledger);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KxProjectLedger, kx_project_ledger_clear)

gboolean kx_money_project_ledger  (KxStore          *store,
                                   gint64            project_id,
                                   KxProjectLedger  *out,
                                   GError          **error);

/* (element-type KxExpenditure) with a clear func set, by date, each with
 * its flag */
GArray  *kx_money_list_expenditures (KxStore  *store,
                                     gint64    project_id,
                                     GError  **error);
/* The flag of one expenditure, or "" when it is in order. */
char    *kx_money_expenditure_flag  (KxStore  *store,
                                     gint64    expenditure_id,
                                     GError  **error);

typedef struct
{
  gint64  cap_fen;        /* -1 = no cap */
  gint64  approved_fen;
  gint64  disbursed_fen;
  gint64  recovered_fen;
  guint   n_projects;     /* counted in approved_fen */
} KxTypeTotals;

/* approved_fen counts the approved amount of every project the Party group
 * approved that is still to be carried out or was carried out (approved …
 * accepted); a withdrawn project counts nothing, and a revoked project or
 * one that failed its final acceptance counts only what was disbursed to
 * it, since nothing more will be paid. */
typedef struct
{
  gint64        call_id;
  int           year;
  gint64        budget_fen;
  gint64        approved_fen;
  gint64        disbursed_fen;
  gint64        recovered_fen;
  gint64        balance_fen;    /* budget − disbursed + recovered */
  gint64        available_fen;  /* budget − disbursed: what may still be disbursed */
  KxTypeTotals  types[KX_N_PROJECT_TYPES];  /* index = type − 1 */
} KxCallTotals;

gboolean kx_money_call_totals     (KxStore       *store,
                                   gint64         call_id,
                                   KxCallTotals  *out,
                                   GError       **error);

G_END_DECLS
