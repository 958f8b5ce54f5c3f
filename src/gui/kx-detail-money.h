/* kx-detail-money.h: 资金 — tranches, recoveries, spending and the balance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-project.h"
#include "kx-store.h"

G_BEGIN_DECLS

#define KX_TYPE_DETAIL_MONEY (kx_detail_money_get_type ())

G_DECLARE_FINAL_TYPE (KxDetailMoney, kx_detail_money, KX, DETAIL_MONEY, GtkBox)

void kx_detail_money_load (KxDetailMoney *self,
                           KxStore       *store,
                           KxProject     *project);

G_END_DECLS
