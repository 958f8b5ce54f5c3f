/* kx-import.h: importing organizations from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_IMPORT_ERROR (kx_import_error_quark ())
GQuark kx_import_error_quark (void);

/* One thing wrong with the file: the line it is on, the column (as the
 * file's header names it) and what is wrong, without the column name. */
typedef struct
{
  guint  line;
  char  *field;
  char  *message;
} KxImportProblem;

typedef struct
{
  char      *file_name;  /* the file's base name, for display */
  char      *encoding;   /* "UTF-8" or "GB18030"; NULL if the file could not be read */
  guint      rows;       /* data rows read (not counting the header and empty rows) */
  guint      imported;   /* organizations written: all the rows, or 0 */
  GPtrArray *problems;   /* of KxImportProblem, in line order */
} KxImportReport;

void  kx_import_report_free     (KxImportReport         *report);
/* "line 5, 统一社会信用代码: …" (translated) */
char *kx_import_problem_format  (const KxImportProblem  *problem);

/* All rows or none. Columns are named in Chinese or English (名称/name,
 * 类型/kind, 统一社会信用代码/credit_code, 秘书长/secretary_general,
 * 财务人员/finance_staff, 开户银行/bank_name, 银行账号/bank_account,
 * 党支部/party_branch, 联系人/contact_person, 联系电话/contact_phone,
 * 地址/address, 备注/note); name and kind are required, unknown columns
 * are refused. Every row is checked first, including duplicates within
 * the file and against the database; if anything is wrong, nothing is
 * written and the report lists every problem (KX_ERROR_INVALID).
 * Otherwise every organization is inserted, each with its audit row, plus
 * one audit row for the import, in one transaction.
 * *out_report is set whenever it is non-NULL, on failure too. */
gboolean kx_import_organizations (KxStore          *store,
                                  const char       *path,
                                  KxImportReport  **out_report,
                                  GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxImportReport, kx_import_report_free)

G_END_DECLS
