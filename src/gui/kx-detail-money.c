/* kx-detail-money.c: 资金 — tranches, recoveries, spending and the balance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-money"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-money.h"

#include "kx-detail-section.h"
#include "kx-money.h"
#include "kx-validate.h"

struct _KxDetailMoney
{
  GtkBox           parent_instance;

  /* Template widgets */
  KxDetailSection  *totals_section;
  KxDetailSection  *tranches_section;
  KxDetailSection  *recoveries_section;
  KxDetailSection  *expenditures_section;
  KxDetailSection  *lines_section;
};

G_DEFINE_FINAL_TYPE (KxDetailMoney, kx_detail_money, GTK_TYPE_BOX)

static GtkLabel *
add_money (KxDetailSection *s,
           int              row,
           int              column,
           gint64           fen,
           KxCellFlags      flags)
{
  g_autofree char *text = kx_money_format (fen);

  return kx_detail_section_add_cell (s, row, column, text, flags | KX_CELL_NUMERIC);
}

static void
add_total (KxDetailSection *s,
           const char      *name,
           gint64           fen,
           KxCellFlags      flags)
{
  int row = kx_detail_section_add_row (s);

  kx_detail_section_add_cell (s, row, 0, name, KX_CELL_DIM);
  add_money (s, row, 1, fen, flags);
}

static void
show_totals (KxDetailMoney         *self,
             const KxProjectLedger *ledger)
{
  KxDetailSection *s = self->totals_section;

  kx_detail_section_clear (s);
  if (ledger->approved_fen >= 0)
    add_total (s, _("Approved amount"), ledger->approved_fen, KX_CELL_PLAIN);
  add_total (s, _("Disbursed"), ledger->disbursed_fen, KX_CELL_PLAIN);
  add_total (s, _("Recovered"), ledger->recovered_fen, KX_CELL_PLAIN);
  add_total (s, _("Spent"), ledger->spent_fen, KX_CELL_PLAIN);
  add_total (s, _("Balance (disbursed − recovered − spent)"), ledger->balance_fen,
             KX_CELL_STRONG | (ledger->balance_fen < 0 ? KX_CELL_WARNING : 0));
  if (ledger->recovery_due_fen > 0)
    add_total (s, _("Still to be recovered"), ledger->recovery_due_fen, KX_CELL_WARNING);
  if (ledger->undisbursed_fen > 0)
    add_total (s, _("Still to be disbursed"), ledger->undisbursed_fen, KX_CELL_PLAIN);
}

static void
show_tranches (KxDetailSection *s,
               GArray          *disbursements)
{
  static const char *headers[] = { N_("Tranche"), N_("Paid on"), N_("Amount"), N_("Voucher"),
                                   NULL };

  kx_detail_section_clear (s);
  if (disbursements->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < disbursements->len; i++)
    {
      const KxDisbursement *d = &g_array_index (disbursements, KxDisbursement, i);
      g_autofree char *tranche = g_strdup_printf ("%d", d->tranche);
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, tranche, KX_CELL_NUMERIC);
      kx_detail_section_add_cell (s, row, 1, d->paid_on, KX_CELL_PLAIN);
      add_money (s, row, 2, d->amount_fen, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 3, d->voucher_no, KX_CELL_WRAP);
    }
}

static void
show_recoveries (KxDetailSection *s,
                 GArray          *recoveries)
{
  static const char *headers[] = { N_("Recovered on"), N_("Amount"), N_("Reason"), NULL };

  kx_detail_section_clear (s);
  if (recoveries->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < recoveries->len; i++)
    {
      const KxRecovery *r = &g_array_index (recoveries, KxRecovery, i);
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, r->recovered_on, KX_CELL_PLAIN);
      add_money (s, row, 1, r->amount_fen, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 2, r->reason, KX_CELL_WRAP);
    }
}

static void
show_expenditures (KxDetailSection *s,
                   GArray          *expenditures)
{
  static const char *headers[] = { N_("Spent on"), N_("Budget line"), N_("Description"),
                                   N_("Amount"), N_("Voucher"), NULL };

  kx_detail_section_clear (s);
  if (expenditures->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < expenditures->len; i++)
    {
      const KxExpenditure *e = &g_array_index (expenditures, KxExpenditure, i);
      g_autofree char *line = e->budget_line_item != NULL
                              ? g_strdup_printf ("%d %s", e->budget_line_seq,
                                                 e->budget_line_item)
                              : g_strdup (_("None"));
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, e->spent_on, KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 1, line, KX_CELL_WRAP);
      kx_detail_section_add_cell (s, row, 2, e->description, KX_CELL_WRAP);
      add_money (s, row, 3, e->amount_fen, e->flag != NULL ? KX_CELL_WARNING : KX_CELL_PLAIN);
      kx_detail_section_add_cell (s, row, 4, e->voucher_no, KX_CELL_PLAIN);
      if (e->flag != NULL)
        kx_detail_section_add_note (s, e->flag, KX_CELL_WARNING);
    }
}

static void
show_lines (KxDetailSection *s,
            GArray          *lines)
{
  static const char *headers[] = { N_("No."), N_("Item"), N_("Budgeted"), N_("Spent"),
                                   N_("Left"), NULL };

  kx_detail_section_clear (s);
  if (lines->len > 0)
    kx_detail_section_set_columns (s, headers);
  for (guint i = 0; i < lines->len; i++)
    {
      const KxLineSpending *l = &g_array_index (lines, KxLineSpending, i);
      gint64 left = l->budgeted_fen - l->spent_fen;
      g_autofree char *seq = g_strdup_printf ("%d", l->seq);
      int row = kx_detail_section_add_row (s);

      kx_detail_section_add_cell (s, row, 0, seq, KX_CELL_NUMERIC);
      kx_detail_section_add_cell (s, row, 1, l->item, KX_CELL_WRAP);
      add_money (s, row, 2, l->budgeted_fen, KX_CELL_PLAIN);
      add_money (s, row, 3, l->spent_fen, KX_CELL_PLAIN);
      add_money (s, row, 4, left, left < 0 ? KX_CELL_WARNING : KX_CELL_DIM);
    }
}

static void
kx_detail_money_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_MONEY);
  G_OBJECT_CLASS (kx_detail_money_parent_class)->dispose (object);
}

static void
kx_detail_money_class_init (KxDetailMoneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_money_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-money.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailMoney, totals_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailMoney, tranches_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailMoney, recoveries_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailMoney, expenditures_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailMoney, lines_section);
}

static void
kx_detail_money_init (KxDetailMoney *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_money_load:
 *
 * Shows the project's ledger: tranches paid, money recovered, spending
 * against the budget lines (flagged spending in the warning colour) and
 * the balance.
 */
void
kx_detail_money_load (KxDetailMoney *self,
                      KxStore       *store,
                      KxProject     *project)
{
  g_auto(KxProjectLedger) ledger = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KX_IS_DETAIL_MONEY (self));

  if (!kx_money_project_ledger (store, kx_project_get_id (project), &ledger, &error))
    {
      kx_detail_section_set_error (self->totals_section, error);
      kx_detail_section_clear (self->tranches_section);
      kx_detail_section_clear (self->recoveries_section);
      kx_detail_section_clear (self->expenditures_section);
      kx_detail_section_clear (self->lines_section);
      return;
    }
  show_totals (self, &ledger);
  show_tranches (self->tranches_section, ledger.disbursements);
  show_recoveries (self->recoveries_section, ledger.recoveries);
  show_expenditures (self->expenditures_section, ledger.expenditures);
  show_lines (self->lines_section, ledger.lines);
}
