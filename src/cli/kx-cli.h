/* kx-cli.h: what the kexie-cli command modules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kexie-cli.c parses the global options (--db FILE, --json, anywhere on
 * the line), then hands the rest to one command module: argv[0] is the
 * command ("org"), argv[1] usually its verb ("add"). A module returns the
 * process exit status: 0 ok, 1 the operation failed, 2 bad usage.
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *db_path;  /* --db, $KEXIE_DB, or the default path */
  gboolean  json;     /* --json: machine-readable output on stdout */
  KxStore  *store;    /* opened on first kx_cli_store() */
} KxCli;

/* Opens (creating if missing) the database; prints the error and returns
 * NULL on failure. */
KxStore *kx_cli_store          (KxCli        *cli);

/* Prints "kexie-cli: MESSAGE" on stderr; returns 1. */
int      kx_cli_fail           (GError       *error);
/* Prints "kexie-cli: MESSAGE" and "Try 'kexie-cli help COMMAND'." on stderr; returns 2. */
int      kx_cli_usage_error    (const char   *command,
                                const char   *format,
                                ...) G_GNUC_PRINTF (2, 3);
/* Parses a GOptionEntry list for one verb: argv[0] is the verb. On error
 * prints it as a usage error and returns FALSE. Remaining positional
 * arguments are left in argc and argv. */
gboolean kx_cli_parse_options  (const char   *command,
                                GOptionEntry *entries,
                                int          *argc,
                                char       ***argv);

/* A row of a plain text table on stdout, columns separated by two spaces,
 * widths measured in terminal cells (CJK characters count double). */
void     kx_cli_print_table    (const char * const *headers,
                                GPtrArray          *rows);  /* of GStrv */

/* Command modules: each handles "COMMAND VERB [options]". */
int      kx_cli_org            (KxCli *cli, int argc, char **argv);
int      kx_cli_import         (KxCli *cli, int argc, char **argv);
int      kx_cli_expert         (KxCli *cli, int argc, char **argv);
int      kx_cli_call           (KxCli *cli, int argc, char **argv);
int      kx_cli_project        (KxCli *cli, int argc, char **argv);
int      kx_cli_demo           (KxCli *cli, int argc, char **argv);

/* The workflow (issue 3). Each returns the exit status like the others. */
int      kx_cli_actions        (KxCli *cli, int argc, char **argv);  /* kx-cli-workflow.c */
int      kx_cli_eligibility    (KxCli *cli, int argc, char **argv);  /* kx-cli-eligibility.c */
int      kx_cli_submit         (KxCli *cli, int argc, char **argv);
int      kx_cli_penalize       (KxCli *cli, int argc, char **argv);
int      kx_cli_record         (KxCli *cli, int argc, char **argv);
int      kx_cli_formal_review  (KxCli *cli, int argc, char **argv);  /* kx-cli-review.c */
int      kx_cli_score          (KxCli *cli, int argc, char **argv);
int      kx_cli_review         (KxCli *cli, int argc, char **argv);  /* review finish|show */
int      kx_cli_ranking        (KxCli *cli, int argc, char **argv);
int      kx_cli_recommend      (KxCli *cli, int argc, char **argv);
int      kx_cli_decide         (KxCli *cli, int argc, char **argv);  /* kx-cli-decision.c */
int      kx_cli_notice         (KxCli *cli, int argc, char **argv);
int      kx_cli_agreement      (KxCli *cli, int argc, char **argv);
int      kx_cli_agreement_pdf  (KxCli *cli, int argc, char **argv);  /* kx-cli-agreement.c */
int      kx_cli_call_template  (KxCli *cli, int argc, char **argv);
int      kx_cli_disburse       (KxCli *cli, int argc, char **argv);  /* kx-cli-money.c */
int      kx_cli_recover        (KxCli *cli, int argc, char **argv);
int      kx_cli_spend          (KxCli *cli, int argc, char **argv);
int      kx_cli_ledger         (KxCli *cli, int argc, char **argv);
int      kx_cli_report         (KxCli *cli, int argc, char **argv);  /* kx-cli-progress.c */
int      kx_cli_project_check  (KxCli *cli, int argc, char **argv);  /* check midterm|final */
int      kx_cli_export         (KxCli *cli, int argc, char **argv);  /* kx-cli-export.c */
int      kx_cli_chart          (KxCli *cli, int argc, char **argv);  /* kx-cli-chart.c */

const char *kx_cli_actions_help       (void);
const char *kx_cli_eligibility_help   (void);  /* documents eligibility, submit, penalize, record */
const char *kx_cli_review_help        (void);  /* formal-review, score, review, ranking, recommend */
const char *kx_cli_decision_help      (void);  /* decide, notice, agreement */
const char *kx_cli_money_help         (void);  /* disburse, recover, spend, ledger */
const char *kx_cli_progress_help      (void);  /* report, check midterm|final */
const char *kx_cli_agreement_help     (void);  /* agreement pdf */
const char *kx_cli_call_template_help (void);  /* call template show|set */
const char *kx_cli_export_help        (void);  /* export review|scores|formal|notice|ledger */
const char *kx_cli_chart_help         (void);  /* chart budget|timeline|organizations|pipeline */

/* Parses a project given as its number (2026-0001) or its ID; prints the
 * error and returns 0 when there is none. */
gint64   kx_cli_project_id     (KxCli        *cli,
                                const char   *text);
/* The date option's value, or today's date (kx_date_today) when NULL;
 * NULL after printing the error when the text is not a date. */
char    *kx_cli_date_or_today  (const char   *field,
                                const char   *text);

/* Each module's help: translated, one block per verb, lines of
 * "  kexie-cli org add --name NAME --kind KIND [...]" followed by an
 * indented sentence, and the options explained. */
const char *kx_cli_org_help     (void);
const char *kx_cli_import_help  (void);
const char *kx_cli_expert_help  (void);
const char *kx_cli_call_help    (void);
const char *kx_cli_project_help (void);
const char *kx_cli_demo_help    (void);

G_END_DECLS
