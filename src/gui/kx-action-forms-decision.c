/* kx-action-forms-decision.c: decision, public notice and objections, agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-action-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-action-dialog-private.h"

#include "kx-call.h"
#include "kx-decision.h"
#include "kx-review.h"
#include "kx-validate.h"

#define STORE(self)   _kx_action_dialog_get_store (self)
#define PROJECT(self) _kx_action_dialog_get_project (self)
#define ID(self)      kx_project_get_id (_kx_action_dialog_get_project (self))

/* Decide */

enum { DECIDE_APPROVE, DECIDE_REJECT };

/* The amount the ranking recommends, else what was requested. */
static gint64
proposed_amount (KxActionDialog *self)
{
  g_autoptr(GArray) recs = kx_review_recommend (STORE (self),
                                                kx_project_get_call_id (PROJECT (self)), NULL);

  for (guint i = 0; recs != NULL && i < recs->len; i++)
    {
      KxRecommendation *r = &g_array_index (recs, KxRecommendation, i);

      if (r->row.project_id == ID (self) && r->reason == KX_RECOMMEND_FUND)
        return r->recommended_fen;
    }
  return kx_project_get_requested_fen (PROJECT (self));
}

static char *
recommendation_text (KxActionDialog  *self,
                     GError         **error)
{
  g_autoptr(GArray) recs = kx_review_recommend (STORE (self),
                                                kx_project_get_call_id (PROJECT (self)), error);
  g_autofree char *requested = kx_money_format (kx_project_get_requested_fen (PROJECT (self)));

  if (recs == NULL)
    return NULL;
  for (guint i = 0; i < recs->len; i++)
    {
      KxRecommendation *r = &g_array_index (recs, KxRecommendation, i);

      if (r->row.project_id == ID (self))
        return g_strdup_printf (_("Requested %s; score %lld.%02lld, rank %d in its type: %s."),
                                requested, (long long) (r->row.score.score_x100 / 100),
                                (long long) (r->row.score.score_x100 % 100), r->row.rank,
                                kx_recommend_reason_label (r->reason));
    }
  return g_strdup_printf (_("Requested %s."), requested);
}

/* Not approved, there is no amount to give. */
static void
on_decision_changed_cb (KxActionDialog *self)
{
  gboolean approve = _kx_action_dialog_get_selected (self, "result") == DECIDE_APPROVE;

  gtk_widget_set_sensitive (_kx_action_dialog_get_field (self, "amount"), approve);
  _kx_action_dialog_revalidate (self);
}

static gboolean
decide_build (KxActionDialog  *self,
              GError         **error)
{
  const char *results[] = { _("Approved"), _("Not approved"), NULL };
  g_autofree char *info = recommendation_text (self, error);

  if (info == NULL)
    return FALSE;
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Meeting date"));
  g_signal_connect_object (_kx_action_dialog_add_choice (self, "result", _("Decision"), results,
                                                        DECIDE_APPROVE),
                           "notify::selected", G_CALLBACK (on_decision_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _kx_action_dialog_add_money (self, "amount", _("Approved amount"), proposed_amount (self),
                               FALSE);
  _kx_action_dialog_add_entry (self, "minutes", _("Minutes reference"), FALSE);
  _kx_action_dialog_add_text (self, "note", _("Note"), FALSE);
  return TRUE;
}

static gboolean
decide_check (KxActionDialog *self)
{
  gboolean approve = _kx_action_dialog_get_selected (self, "result") == DECIDE_APPROVE;

  if (!approve || _kx_action_dialog_get_money (self, "amount") > 0)
    return TRUE;
  _kx_action_dialog_set_error (self, "amount", _("Approved amount: an approval needs an amount "
                                                 "above ¥0.00"));
  return FALSE;
}

static gboolean
decide_run (KxActionDialog  *self,
            GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *minutes = _kx_action_dialog_dup_text (self, "minutes");
  g_autofree char *note = _kx_action_dialog_dup_text (self, "note");
  gboolean approve = _kx_action_dialog_get_selected (self, "result") == DECIDE_APPROVE;

  return kx_decision_record (STORE (self), ID (self), date, approve,
                             approve ? _kx_action_dialog_get_money (self, "amount") : 0,
                             minutes, note, error);
}

/* Public notice */

static gboolean
notice_start_build (KxActionDialog  *self,
                    GError         **error)
{
  g_autoptr(KxCall) call = kx_call_get (STORE (self), kx_project_get_call_id (PROJECT (self)),
                                        error);
  g_autofree char *info = NULL;

  if (call == NULL)
    return FALSE;
  info = g_strdup_printf (_("The notice lasts %d calendar days, counting the first."),
                          kx_call_get_policy (call)->notice_days);
  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("First day of the notice"));
  _kx_action_dialog_add_entry (self, "url", _("Web address of the notice"), FALSE);
  return TRUE;
}

static gboolean
notice_start_run (KxActionDialog  *self,
                  GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *url = _kx_action_dialog_dup_text (self, "url");

  return kx_notice_start (STORE (self), ID (self), date, url, error);
}

static gboolean
add_notice_info (KxActionDialog  *self,
                 GError         **error)
{
  g_autoptr(KxNotice) notice = kx_notice_get (STORE (self), ID (self), error);
  g_autofree char *info = NULL;

  if (notice == NULL)
    return FALSE;
  info = g_strdup_printf (_("The public notice runs from %s to %s."), notice->start_on,
                          notice->end_on);
  _kx_action_dialog_add_info (self, info);
  return TRUE;
}

static gboolean
objection_build (KxActionDialog  *self,
                 GError         **error)
{
  if (!add_notice_info (self, error))
    return FALSE;
  _kx_action_dialog_add_date (self, "date", _("Date received"));
  _kx_action_dialog_add_entry (self, "objector", _("Objector"), FALSE);
  _kx_action_dialog_add_text (self, "content", _("Content of the objection"), TRUE);
  return TRUE;
}

static gboolean
objection_run (KxActionDialog  *self,
               GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *objector = _kx_action_dialog_dup_text (self, "objector");
  g_autofree char *content = _kx_action_dialog_dup_text (self, "content");

  return kx_notice_record_objection (STORE (self), ID (self), date, objector, content, NULL,
                                     error);
}

/* Resolve an objection */

enum { RESOLVE_UNFOUNDED, RESOLVE_UPHELD };

static void
pending_free (GArray *ids)
{
  g_array_unref (ids);
}

static gboolean
resolve_build (KxActionDialog  *self,
               GError         **error)
{
  const char *resolutions[] = { _("Unfounded: the project stays on notice"),
                                _("Upheld: the project is withdrawn"), NULL };
  g_autoptr(GArray) objections = kx_notice_list_objections (STORE (self), ID (self), error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  _kx_action_dialog_set_data (self, ids, (GDestroyNotify) pending_free);
  if (objections == NULL)
    return FALSE;
  for (guint i = 0; i < objections->len; i++)
    {
      KxObjection *o = &g_array_index (objections, KxObjection, i);

      if (g_strcmp0 (o->resolution, "pending") != 0)
        continue;
      g_array_append_val (ids, o->id);
      g_ptr_array_add (names, g_strdup_printf ("%s %s: %s", o->received_on,
                                               o->objector != NULL ? o->objector : "",
                                               o->content));
    }
  if (ids->len == 0)
    {
      g_set_error (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND,
                   _("No objection to project %s is pending"),
                   kx_project_get_number (PROJECT (self)));
      return FALSE;
    }
  g_ptr_array_add (names, NULL);
  _kx_action_dialog_add_choice (self, "objection", _("Objection"),
                                (const char **) names->pdata, 0);
  _kx_action_dialog_add_choice (self, "resolution", _("Resolution"), resolutions,
                                RESOLVE_UNFOUNDED);
  _kx_action_dialog_add_date (self, "date", _("Date resolved"));
  _kx_action_dialog_add_text (self, "note", _("Note"), FALSE);
  return TRUE;
}

static char *
resolve_confirm (KxActionDialog *self)
{
  if (_kx_action_dialog_get_selected (self, "resolution") != RESOLVE_UPHELD)
    return NULL;
  return g_strdup_printf (_("Uphold the objection to project %s?\n\nThe project is withdrawn: "
                            "its approval is annulled and no funds will be disbursed to it."),
                          kx_project_get_number (PROJECT (self)));
}

static gboolean
resolve_run (KxActionDialog  *self,
             GError         **error)
{
  GArray *ids = _kx_action_dialog_get_data (self);
  guint selected = _kx_action_dialog_get_selected (self, "objection");
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *note = _kx_action_dialog_dup_text (self, "note");
  gboolean upheld = _kx_action_dialog_get_selected (self, "resolution") == RESOLVE_UPHELD;

  return kx_notice_resolve_objection (STORE (self), g_array_index (ids, gint64, selected),
                                      upheld ? "upheld" : "unfounded", date, note, error);
}

/* Close the notice */

static gboolean
close_build (KxActionDialog  *self,
             GError         **error)
{
  if (!add_notice_info (self, error))
    return FALSE;
  _kx_action_dialog_add_date (self, "date", _("Date closed"));
  return TRUE;
}

static gboolean
close_run (KxActionDialog  *self,
           GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");

  return kx_notice_close (STORE (self), ID (self), date, error);
}

/* Sign the agreement */

static gboolean
sign_build (KxActionDialog  *self,
            GError         **error)
{
  g_autofree char *amount = kx_money_format (MAX (kx_project_get_approved_fen (PROJECT (self)),
                                                  0));
  g_autofree char *info = g_strdup_printf (_("Party A: %s. Party B: %s. Approved amount: %s. "
                                             "The agreement is numbered when it is signed."),
                                           KX_AGREEMENT_PARTY_A,
                                           kx_project_get_organization_name (PROJECT (self)),
                                           amount);

  _kx_action_dialog_add_info (self, info);
  _kx_action_dialog_add_date (self, "date", _("Date signed"));
  return TRUE;
}

static gboolean
sign_run (KxActionDialog  *self,
          GError         **error)
{
  g_autofree char *date = _kx_action_dialog_dup_text (self, "date");
  g_autofree char *number = NULL;

  return kx_agreement_sign (STORE (self), ID (self), date, &number, error);
}

static const KxActionForm decide_form = { decide_build, decide_check, NULL, decide_run };
static const KxActionForm notice_start_form = { notice_start_build, NULL, NULL,
                                                notice_start_run };
static const KxActionForm objection_form = { objection_build, NULL, NULL, objection_run };
static const KxActionForm resolve_form = { resolve_build, NULL, resolve_confirm, resolve_run };
static const KxActionForm close_form = { close_build, NULL, NULL, close_run };
static const KxActionForm sign_form = { sign_build, NULL, NULL, sign_run };

const KxActionForm *
_kx_action_forms_decision (KxAction action)
{
  switch (action)
    {
    case KX_ACTION_DECIDE:            return &decide_form;
    case KX_ACTION_START_NOTICE:      return &notice_start_form;
    case KX_ACTION_RECORD_OBJECTION:  return &objection_form;
    case KX_ACTION_RESOLVE_OBJECTION: return &resolve_form;
    case KX_ACTION_CLOSE_NOTICE:      return &close_form;
    case KX_ACTION_SIGN_AGREEMENT:    return &sign_form;
    default:                          return NULL;
    }
}
