/* kx-cli-review.c: kexie-cli formal-review, score, review, ranking, recommend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kexie-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call.h"
#include "kx-cli-json.h"
#include "kx-cli.h"
#include "kx-project.h"
#include "kx-review.h"
#include "kx-validate.h"

static char *
format_score (gint64 x100)
{
  return g_strdup_printf ("%lld.%02lld", (long long) (x100 / 100), (long long) (x100 % 100));
}

static char *
method_text (const KxScoreSummary *s)
{
  if (s->n_scores == 0)
    return g_strdup (_("no scores yet"));
  if (s->trimmed)
    return g_strdup_printf (_("trimmed mean of %d scores, highest and lowest dropped"),
                            s->n_scores);
  return g_strdup_printf (_("mean of %d scores"), s->n_scores);
}

static void
score_to_json (KxJson               *json,
               const KxScoreSummary *s)
{
  g_autofree char *score = format_score (s->score_x100);

  kx_json_begin_object (json);
  kx_json_member_int (json, "n_scores", s->n_scores);
  kx_json_member_int (json, "n_assigned", s->n_assigned);
  kx_json_member_int (json, "score_x100", s->score_x100);
  kx_json_member_string (json, "score", score);
  kx_json_member_bool (json, "trimmed", s->trimmed);
  kx_json_member_bool (json, "passes", s->passes);
  kx_json_end_object (json);
}

/* The project's stage after an action, for the confirmation line. */
static void
print_stage (KxCli      *cli,
             gint64      project_id,
             const char *action)
{
  g_autoptr(KxProject) project = kx_project_get (kx_cli_store (cli), project_id, NULL);
  KxJson *json;

  if (project == NULL)
    return;
  if (!cli->json)
    {
      g_print (_("Project %s: %s; stage now “%s”.\n"), kx_project_get_number (project), action,
               kx_stage_label (kx_project_get_stage (project)));
      return;
    }
  json = kx_json_new ();
  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", project_id);
  kx_json_member_string (json, "number", kx_project_get_number (project));
  kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
  kx_json_end_object (json);
  kx_json_print_free (json);
}

/* formal-review */

/* "--fail CHECK[:NOTE]": marks the check failed, with its note. */
static gboolean
parse_failed_check (const char            *text,
                    KxFormalReviewFields  *fields,
                    char                 **notes)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
  KxFormalCheck check;

  if (parts[0] == NULL || !kx_formal_check_from_string (g_strstrip (parts[0]), &check))
    return FALSE;
  fields->ok[check] = FALSE;
  if (parts[1] != NULL)
    {
      g_free (notes[check]);
      notes[check] = g_strdup (g_strstrip (parts[1]));
      fields->notes[check] = notes[check];
    }
  return TRUE;
}

static int
formal_usage (void)
{
  return kx_cli_usage_error ("formal-review",
                             _("Usage: kexie-cli formal-review PROJECT --result "
                               "pass|return|reject [--fail CHECK[:NOTE]]…"));
}

int
kx_cli_formal_review (KxCli  *cli,
                      int     argc,
                      char  **argv)
{
  g_autofree char *result = NULL;
  g_autofree char *note = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *date_text = NULL;
  g_auto(GStrv) fails = NULL;
  g_autofree char *date = NULL;
  char *notes[KX_N_FORMAL_CHECKS] = { NULL };
  GOptionEntry entries[] = {
    { "result", 0, 0, G_OPTION_ARG_STRING, &result, NULL, NULL },
    { "fail", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fails, NULL, NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, NULL, NULL },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  KxFormalReviewFields fields = { .ok = { TRUE, TRUE, TRUE, TRUE, TRUE } };
  g_autoptr(GError) error = NULL;
  gint64 id;
  int status = 0;

  if (!kx_cli_parse_options ("formal-review", entries, &argc, &argv))
    return 2;
  if (argc != 2 || result == NULL)
    return formal_usage ();
  if (!kx_formal_result_from_string (result, &fields.result))
    return kx_cli_usage_error ("formal-review", _("--result must be pass, return or reject, "
                                                  "not “%s”"), result);
  for (guint i = 0; fails != NULL && fails[i] != NULL && status == 0; i++)
    if (!parse_failed_check (fails[i], &fields, notes))
      status = kx_cli_usage_error ("formal-review", _("--fail: “%s” is not a check; use "
                                                      "conditions, form, content, materials "
                                                      "or budget"), fails[i]);
  if (status == 0 && ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
                      (id = kx_cli_project_id (cli, argv[1])) == 0))
    status = 1;
  if (status == 0)
    {
      fields.reviewed_on = date;
      fields.reviewer = reviewer;
      fields.note = note;
      if (kx_formal_review_record (kx_cli_store (cli), id, &fields, &error))
        print_stage (cli, id, _("formal review recorded"));
      else
        status = kx_cli_fail (error);
    }
  for (guint i = 0; i < KX_N_FORMAL_CHECKS; i++)
    g_free (notes[i]);
  return status;
}

/* score */

static gboolean
parse_scores (const char *text,
              int         scores[KX_N_CRITERIA])
{
  /* Full-width commas too, as typed with a Chinese input method. */
  g_auto(GStrv) wide = g_strsplit (text, "，", -1);
  g_autofree char *folded = g_strjoinv (",", wide);
  g_auto(GStrv) parts = g_strsplit (folded, ",", -1);

  if (g_strv_length (parts) != KX_N_CRITERIA)
    return FALSE;
  for (guint i = 0; i < KX_N_CRITERIA; i++)
    {
      char *end = NULL;
      gint64 value;

      g_strstrip (parts[i]);
      value = g_ascii_strtoll (parts[i], &end, 10);
      if (parts[i][0] == '\0' || *end != '\0' || value < G_MININT || value > G_MAXINT)
        return FALSE;
      scores[i] = (int) value;
    }
  return TRUE;
}

static void
print_score_result (KxCli                *cli,
                    gint64                project_id,
                    gint64                expert_id,
                    const int             scores[KX_N_CRITERIA],
                    const KxScoreSummary *summary)
{
  g_autofree char *score = format_score (summary->score_x100);
  int total = 0;
  KxJson *json;

  for (guint i = 0; i < KX_N_CRITERIA; i++)
    total += scores[i];
  if (!cli->json)
    {
      g_print (_("Expert %lld: total %d. Project score now %s (%d of %d experts have "
                 "scored).\n"), (long long) expert_id, total, score, summary->n_scores,
               summary->n_assigned);
      return;
    }
  json = kx_json_new ();
  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", project_id);
  kx_json_member_int (json, "expert_id", expert_id);
  kx_json_member_int (json, "total", total);
  kx_json_key (json, "project_score");
  score_to_json (json, summary);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

int
kx_cli_score (KxCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *scores_text = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  gint64 expert_id = 0;
  GOptionEntry entries[] = {
    { "expert", 0, 0, G_OPTION_ARG_INT64, &expert_id, NULL, NULL },
    { "scores", 0, 0, G_OPTION_ARG_STRING, &scores_text, NULL, NULL },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  KxScoreSummary summary;
  int scores[KX_N_CRITERIA];
  gint64 id;

  if (!kx_cli_parse_options ("score", entries, &argc, &argv))
    return 2;
  if (argc != 2 || expert_id <= 0 || scores_text == NULL)
    return kx_cli_usage_error ("score", _("Usage: kexie-cli score PROJECT --expert ID "
                                          "--scores a,b,c,d,e"));
  if (!parse_scores (scores_text, scores))
    return kx_cli_usage_error ("score", _("--scores needs five whole numbers separated by "
                                          "commas (basic conditions, sustainability, "
                                          "scientific soundness, demonstration value, "
                                          "reach), not “%s”"), scores_text);
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_review_score (kx_cli_store (cli), id, expert_id, scores, date, comment, &error) ||
      !kx_review_project_score (kx_cli_store (cli), id, &summary, &error))
    return kx_cli_fail (error);
  print_score_result (cli, id, expert_id, scores, &summary);
  return 0;
}

/* review finish */

static int
review_finish (KxCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!kx_cli_parse_options ("review", entries, &argc, &argv))
    return 2;
  if (argc != 2)
    return kx_cli_usage_error ("review", _("Usage: kexie-cli review finish PROJECT"));
  if ((date = kx_cli_date_or_today (_("Date"), date_text)) == NULL ||
      (id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  if (!kx_review_finish (kx_cli_store (cli), id, date, &error))
    return kx_cli_fail (error);
  print_stage (cli, id, _("expert review finished"));
  return 0;
}

/* review show */

static void
print_formal_reviews (GArray *rounds)
{
  if (rounds->len == 0)
    {
      g_print (_("Formal review: not yet\n"));
      return;
    }
  g_print ("%s\n", _("Formal review"));
  for (guint i = 0; i < rounds->len; i++)
    {
      KxFormalReview *r = &g_array_index (rounds, KxFormalReview, i);

      g_print (_("  Round %u, %s%s%s: %s%s%s\n"), i + 1, r->reviewed_on,
               *r->reviewer ? " " : "", r->reviewer, kx_formal_result_label (r->result),
               *r->note ? " — " : "", r->note);
      for (guint c = 0; c < KX_N_FORMAL_CHECKS; c++)
        g_print ("    %s %s%s%s\n", r->ok[c] ? "✓" : "✗", kx_formal_check_label (c),
                 *r->notes[c] ? _(": ") : "", r->notes[c]);
    }
}

static void
print_assignments (GArray *assignments)
{
  const char *headers[] = { _("Expert ID"), _("Expert"), _("Assigned"), NULL, NULL, NULL, NULL,
                            NULL, _("Total"), _("Scored on"), NULL };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint c = 0; c < KX_N_CRITERIA; c++)
    headers[3 + c] = kx_criterion_label (c);
  for (guint i = 0; i < assignments->len; i++)
    {
      KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);
      char **cells = g_new0 (char *, 11);

      cells[0] = g_strdup_printf ("%lld", (long long) a->expert_id);
      cells[1] = g_strdup (a->expert_name);
      cells[2] = g_strdup (a->assigned_on);
      for (guint c = 0; c < KX_N_CRITERIA; c++)
        cells[3 + c] = a->scored ? g_strdup_printf ("%d", a->scores[c]) : g_strdup ("—");
      cells[8] = a->scored ? g_strdup_printf ("%d", a->total) : g_strdup ("—");
      cells[9] = g_strdup (a->scored ? a->scored_on : _("not scored"));
      g_ptr_array_add (rows, cells);
    }
  kx_cli_print_table (headers, rows);
}

static void
print_summary (const KxScoreSummary *s,
               const KxPolicy       *policy)
{
  g_autofree char *score = format_score (s->score_x100);
  g_autofree char *method = method_text (s);

  if (s->n_scores == 0)
    g_print (_("Score: %s\n"), method);
  else
    g_print (_("Score: %s (%s); pass line %d: %s\n"), score, method, policy->pass_line,
             s->passes ? _("reached") : _("not reached"));
}

static void
review_to_json (KxProject            *project,
                GArray               *rounds,
                GArray               *assignments,
                const KxScoreSummary *summary,
                const KxPolicy       *policy)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "project_id", kx_project_get_id (project));
  kx_json_member_string (json, "number", kx_project_get_number (project));
  kx_json_member_string (json, "stage", kx_stage_to_string (kx_project_get_stage (project)));
  kx_json_key (json, "formal_reviews");
  kx_json_begin_array (json);
  for (guint i = 0; i < rounds->len; i++)
    {
      KxFormalReview *r = &g_array_index (rounds, KxFormalReview, i);

      kx_json_begin_object (json);
      kx_json_member_string (json, "reviewed_on", r->reviewed_on);
      kx_json_member_string (json, "reviewer", r->reviewer);
      kx_json_member_string (json, "result", kx_formal_result_to_string (r->result));
      kx_json_member_string (json, "note", r->note);
      for (guint c = 0; c < KX_N_FORMAL_CHECKS; c++)
        {
          g_autofree char *ok_key = g_strdup_printf ("%s_ok", kx_formal_check_to_string (c));
          g_autofree char *note_key = g_strdup_printf ("%s_note",
                                                       kx_formal_check_to_string (c));

          kx_json_member_bool (json, ok_key, r->ok[c]);
          kx_json_member_string (json, note_key, r->notes[c]);
        }
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "assignments");
  kx_json_begin_array (json);
  for (guint i = 0; i < assignments->len; i++)
    {
      KxReviewAssignment *a = &g_array_index (assignments, KxReviewAssignment, i);

      kx_json_begin_object (json);
      kx_json_member_int (json, "expert_id", a->expert_id);
      kx_json_member_string (json, "expert", a->expert_name);
      kx_json_member_string (json, "assigned_on", a->assigned_on);
      kx_json_key (json, "scores");
      if (!a->scored)
        kx_json_null (json);
      else
        {
          kx_json_begin_object (json);
          for (guint c = 0; c < KX_N_CRITERIA; c++)
            kx_json_member_int (json, kx_criterion_to_string (c), a->scores[c]);
          kx_json_end_object (json);
        }
      if (a->scored)
        kx_json_member_int (json, "total", a->total);
      kx_json_member_string (json, "scored_on", a->scored_on);
      kx_json_member_string (json, "comment", a->comment);
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_key (json, "score");
  score_to_json (json, summary);
  kx_json_member_int (json, "pass_line", policy->pass_line);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static int
review_show (KxCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(KxProject) project = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(GArray) rounds = NULL;
  g_autoptr(GArray) assignments = NULL;
  g_autoptr(GError) error = NULL;
  KxScoreSummary summary;
  KxStore *store;
  gint64 id;

  if (argc != 2)
    return kx_cli_usage_error ("review", _("Usage: kexie-cli review show PROJECT"));
  if ((id = kx_cli_project_id (cli, argv[1])) == 0)
    return 1;
  store = kx_cli_store (cli);
  if ((project = kx_project_get (store, id, &error)) == NULL ||
      (call = kx_call_get (store, kx_project_get_call_id (project), &error)) == NULL ||
      (rounds = kx_formal_review_list (store, id, &error)) == NULL ||
      (assignments = kx_review_list_assignments (store, id, &error)) == NULL ||
      !kx_review_project_score (store, id, &summary, &error))
    return kx_cli_fail (error);

  if (cli->json)
    {
      review_to_json (project, rounds, assignments, &summary, kx_call_get_policy (call));
      return 0;
    }
  g_print (_("Project %s “%s” (%s)\n"), kx_project_get_number (project),
           kx_project_get_title (project), kx_stage_label (kx_project_get_stage (project)));
  print_formal_reviews (rounds);
  g_print ("\n");
  if (assignments->len == 0)
    g_print (_("Experts: none assigned yet\n"));
  else
    print_assignments (assignments);
  print_summary (&summary, kx_call_get_policy (call));
  return 0;
}

int
kx_cli_review (KxCli  *cli,
               int     argc,
               char  **argv)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (g_strcmp0 (verb, "finish") == 0)
    return review_finish (cli, argc - 1, argv + 1);
  if (g_strcmp0 (verb, "show") == 0)
    return review_show (cli, argc - 1, argv + 1);
  if (verb == NULL)
    return kx_cli_usage_error ("review", _("“review” needs finish or show"));
  return kx_cli_usage_error ("review", _("Unknown verb “review %s”"), verb);
}

/* ranking and recommend */

static KxCall *
call_for_year (KxCli *cli,
               int    year)
{
  g_autoptr(GError) error = NULL;
  KxStore *store = kx_cli_store (cli);
  KxCall *call;

  if (store == NULL)
    return NULL;
  if ((call = kx_call_get_by_year (store, year, &error)) == NULL)
    kx_cli_fail (error);
  return call;
}

static void
ranking_row_to_json (KxJson             *json,
                     const KxRankingRow *row)
{
  kx_json_member_int (json, "project_id", row->project_id);
  kx_json_member_string (json, "number", row->number);
  kx_json_member_string (json, "title", row->title);
  kx_json_member_string (json, "organization", row->organization_name);
  kx_json_member_int (json, "type", row->type);
  kx_json_member_string (json, "stage", kx_stage_to_string (row->stage));
  kx_json_member_int (json, "requested_fen", row->requested_fen);
  kx_json_member_int (json, "rank", row->rank);
  kx_json_key (json, "score");
  score_to_json (json, &row->score);
}

/* Type, rank, number, organization, score, experts: the first six cells. */
static void
ranking_cells (char               **cells,
               const KxRankingRow  *row)
{
  cells[0] = g_strdup_printf ("%d %s", row->type, kx_project_type_short (row->type));
  cells[1] = g_strdup_printf ("%d", row->rank);
  cells[2] = g_strdup (row->number);
  cells[3] = g_strdup (row->organization_name);
  cells[4] = format_score (row->score.score_x100);
  cells[5] = g_strdup_printf ("%d%s", row->score.n_scores, row->score.trimmed ? "*" : "");
}

static void
print_ranking (KxCli          *cli,
               GArray         *rows,
               const KxPolicy *policy)
{
  const char *headers[] = { _("Type"), _("Rank"), _("Number"), _("Applicant"), _("Score"),
                            _("Experts"), _("Pass line"), _("Stage"), NULL };
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  KxJson *json;

  if (!cli->json)
    {
      for (guint i = 0; i < rows->len; i++)
        {
          KxRankingRow *row = &g_array_index (rows, KxRankingRow, i);
          char **cells = g_new0 (char *, 9);

          ranking_cells (cells, row);
          cells[6] = g_strdup (row->score.passes ? _("reached") : _("not reached"));
          cells[7] = g_strdup (kx_stage_label (row->stage));
          g_ptr_array_add (table, cells);
        }
      kx_cli_print_table (headers, table);
      g_print (_("Pass line %d. * trimmed mean: highest and lowest score dropped.\n"),
               policy->pass_line);
      return;
    }
  json = kx_json_new ();
  kx_json_begin_array (json);
  for (guint i = 0; i < rows->len; i++)
    {
      kx_json_begin_object (json);
      ranking_row_to_json (json, &g_array_index (rows, KxRankingRow, i));
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_print_free (json);
}

int
kx_cli_ranking (KxCli  *cli,
                int     argc,
                char  **argv)
{
  int year = 0;
  int type = 0;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { "type", 0, 0, G_OPTION_ARG_INT, &type, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(GArray) rows = NULL;

  if (!kx_cli_parse_options ("ranking", entries, &argc, &argv))
    return 2;
  if (argc != 1 || year == 0)
    return kx_cli_usage_error ("ranking", _("Usage: kexie-cli ranking --call YEAR [--type N]"));
  if (type != 0 && !kx_project_type_is_valid (type))
    return kx_cli_usage_error ("ranking", _("--type must be 1 to 5"));
  if ((call = call_for_year (cli, year)) == NULL)
    return 1;
  if ((rows = kx_review_ranking (kx_cli_store (cli), kx_call_get_id (call), type,
                                 &error)) == NULL)
    return kx_cli_fail (error);
  print_ranking (cli, rows, kx_call_get_policy (call));
  return 0;
}

static void
print_recommend_json (GArray *recs,
                      KxCall *call)
{
  KxJson *json = kx_json_new ();

  kx_json_begin_object (json);
  kx_json_member_int (json, "call", kx_call_get_year (call));
  kx_json_member_int (json, "budget_fen", kx_call_get_budget_fen (call));
  kx_json_key (json, "projects");
  kx_json_begin_array (json);
  for (guint i = 0; i < recs->len; i++)
    {
      KxRecommendation *rec = &g_array_index (recs, KxRecommendation, i);

      kx_json_begin_object (json);
      ranking_row_to_json (json, &rec->row);
      kx_json_member_int (json, "recommended_fen", rec->recommended_fen);
      kx_json_member_string (json, "reason", kx_recommend_reason_to_string (rec->reason));
      kx_json_end_object (json);
    }
  kx_json_end_array (json);
  kx_json_end_object (json);
  kx_json_print_free (json);
}

static void
print_recommend_table (GArray *recs,
                       KxCall *call)
{
  const char *headers[] = { _("Type"), _("Rank"), _("Number"), _("Applicant"), _("Score"),
                            _("Experts"), _("Requested"), _("Recommended"), _("Reason"),
                            NULL };
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *budget = kx_money_format (kx_call_get_budget_fen (call));
  g_autofree char *total_text = NULL;
  gint64 total = 0;

  for (guint i = 0; i < recs->len; i++)
    {
      KxRecommendation *rec = &g_array_index (recs, KxRecommendation, i);
      char **cells = g_new0 (char *, 10);

      ranking_cells (cells, &rec->row);
      cells[6] = kx_money_format (rec->row.requested_fen);
      cells[7] = kx_money_format (rec->recommended_fen);
      cells[8] = g_strdup (kx_recommend_reason_label (rec->reason));
      total += rec->recommended_fen;
      g_ptr_array_add (table, cells);
    }
  kx_cli_print_table (headers, table);
  total_text = kx_money_format (total);
  g_print (_("Call budget %s; recommended and already decided together %s.\n"), budget,
           total_text);
}

int
kx_cli_recommend (KxCli  *cli,
                  int     argc,
                  char  **argv)
{
  int year = 0;
  GOptionEntry entries[] = {
    { "call", 0, 0, G_OPTION_ARG_INT, &year, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) call = NULL;
  g_autoptr(GArray) recs = NULL;

  if (!kx_cli_parse_options ("recommend", entries, &argc, &argv))
    return 2;
  if (argc != 1 || year == 0)
    return kx_cli_usage_error ("recommend", _("Usage: kexie-cli recommend --call YEAR"));
  if ((call = call_for_year (cli, year)) == NULL)
    return 1;
  if ((recs = kx_review_recommend (kx_cli_store (cli), kx_call_get_id (call), &error)) == NULL)
    return kx_cli_fail (error);
  if (cli->json)
    print_recommend_json (recs, call);
  else
    print_recommend_table (recs, call);
  return 0;
}

const char *
kx_cli_review_help (void)
{
  return _("  kexie-cli formal-review PROJECT --result pass|return|reject\n"
           "                          [--fail CHECK[:NOTE]]… [--note TEXT]\n"
           "                          [--reviewer NAME] [--date YYYY-MM-DD]\n"
           "      Record the formal review (形式审查, 五.2) of a submitted application.\n"
           "      The five checks are conditions (符合申报条件), form (符合填报要求),\n"
           "      content (内容真实完整), materials (材料齐全) and budget (预算合理); each\n"
           "      passes unless named with --fail, which may carry a note. pass needs all\n"
           "      five to pass (→ formal_passed); return sends the application back to\n"
           "      the applicant for correction (→ returned; once corrected it is handed\n"
           "      in again with kexie-cli submit); reject refuses it for good (→\n"
           "      rejected) and needs a reason in --note or a failed check's note.\n"
           "      Several rounds are kept. The date defaults to today.\n"
           "  kexie-cli expert assign PROJECT --auto [--date YYYY-MM-DD]\n"
           "  kexie-cli expert assign PROJECT --expert ID [--expert ID]… [--date YYYY-MM-DD]\n"
           "      Assign reviewers to a project that passed the formal review (→\n"
           "      under_expert_review). --auto picks the number of experts the call asks\n"
           "      for among the active ones not tied to the applicant (回避), those with\n"
           "      the fewest assignments in the call first. An expert tied to the\n"
           "      applicant is refused.\n"
           "  kexie-cli score PROJECT --expert ID --scores a,b,c,d,e [--comment TEXT]\n"
           "                  [--date YYYY-MM-DD]\n"
           "      Enter an assigned expert's scores for basic conditions (基础条件),\n"
           "      sustainability (持续发展能力), scientific soundness (科学性),\n"
           "      demonstration value (示范性) and reach (辐射性), each from 0 to its\n"
           "      weight in the call (20 by default). Scoring again replaces the scores.\n"
           "  kexie-cli review show PROJECT\n"
           "      Show the formal review rounds, the experts with their scores per\n"
           "      criterion, and the project's score: the mean of the experts' totals, or\n"
           "      from 5 scores on the mean without the highest and the lowest; whether\n"
           "      it reaches the call's pass line (60 by default).\n"
           "  kexie-cli review finish PROJECT [--date YYYY-MM-DD]\n"
           "      End the expert review once every assigned expert has scored (→\n"
           "      reviewed); the project then waits for the Party group's decision.\n"
           "  kexie-cli ranking --call YEAR [--type N]\n"
           "      Rank the reviewed projects of the call within each type by score;\n"
           "      equal scores share a rank.\n"
           "  kexie-cli recommend --call YEAR\n"
           "      Suggest what to fund: each type's ranking is walked from the top and\n"
           "      every project that reaches the pass line gets its requested amount if it\n"
           "      fits what is left of the type's cap and of the call budget (money\n"
           "      already approved counts against both); the others say why not.\n");
}
