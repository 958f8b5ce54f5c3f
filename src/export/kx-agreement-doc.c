/* kx-agreement-doc.c: what a printed responsibility agreement shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-agreement-doc"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-agreement-doc.h"
#include "kx-agreement-template.h"
#include "kx-decision.h"
#include "kx-export.h"
#include "kx-organization.h"
#include "kx-project.h"

static void
clear_milestone (gpointer data)
{
  KxAgreementDocMilestone *m = data;

  g_free (m->due_on);
  g_free (m->target);
}

void
kx_agreement_doc_free (KxAgreementDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->number);
  g_free (doc->signed_on);
  g_free (doc->party_a);
  g_free (doc->party_b);
  g_free (doc->project_number);
  g_free (doc->title);
  g_free (doc->type_name);
  g_free (doc->preamble);
  g_free (doc->content);
  g_free (doc->indicators);
  g_clear_pointer (&doc->milestones, g_array_unref);
  g_free (doc->clauses);
  g_free (doc);
}

/* The text from @from up to @to (the first @to after @from, or the last
 * one in @text when @to_last), trimmed; NULL when either is missing. The
 * marks are headings kx_agreement_sign writes, so the project's content
 * in between cannot be mistaken for them. */
static char *
cut_between (const char *text,
             const char *from,
             const char *to,
             gboolean    to_last)
{
  const char *start = strstr (text, from);
  const char *end;

  if (start == NULL)
    return NULL;
  end = to_last ? g_strrstr (start, to) : strstr (start, to);
  if (end == NULL)
    return NULL;
  return g_strstrip (g_strndup (start, end - start));
}

/* Where the project's own text ends in the stored text: after its
 * indicators, which may hold lines that look like the headings. */
static const char *
after_indicators (const KxAgreementDoc *doc,
                  const char           *text)
{
  g_autofree char *line = g_strconcat ("主要指标：", *doc->indicators != '\0'
                                       ? doc->indicators : "见申报书。", "\n", NULL);
  const char *p = strstr (text, line);

  return p != NULL ? p + strlen (line) : text;
}

/* The parts of the stored text the layout shows as text: it is what was
 * signed, whatever the template says today. Needs doc->indicators. */
static void
take_stored_text (KxAgreementDoc    *doc,
                  const KxAgreement *agreement)
{
  doc->preamble = cut_between (agreement->text, "\n根据《", "\n\n一、项目内容和指标", FALSE);
  doc->clauses = cut_between (after_indicators (doc, agreement->text), "\n三、资金拨付（",
                              "\n甲方（盖章）", TRUE);
  if (doc->preamble == NULL)
    doc->preamble = g_strdup ("");
  if (doc->clauses == NULL)
    doc->clauses = g_strdup (agreement->text);
}

static gboolean
take_milestones (KxAgreementDoc  *doc,
                 KxStore         *store,
                 GError         **error)
{
  g_autoptr(GArray) list = kx_project_list_milestones (store, doc->project_id, error);

  if (list == NULL)
    return FALSE;
  doc->milestones = g_array_sized_new (FALSE, TRUE, sizeof (KxAgreementDocMilestone), list->len);
  g_array_set_clear_func (doc->milestones, clear_milestone);
  for (guint i = 0; i < list->len; i++)
    {
      const KxMilestone *m = &g_array_index (list, KxMilestone, i);
      KxAgreementDocMilestone row = {
        kx_agreement_date_chinese (m->due_on), g_strdup (m->target),
      };

      g_array_append_val (doc->milestones, row);
    }
  return TRUE;
}

static void
take_project (KxAgreementDoc *doc,
              KxProject      *project)
{
  doc->party_a = g_strdup (KX_AGREEMENT_PARTY_A);
  doc->party_b = g_strdup (kx_project_get_organization_name (project));
  doc->project_number = g_strdup (kx_project_get_number (project));
  doc->title = g_strdup (kx_project_get_title (project));
  doc->type_name = g_strdup (kx_agreement_type_name (kx_project_get_project_type (project)));
  doc->approved_fen = kx_project_get_approved_fen (project);
  doc->content = g_strdup (kx_project_get_content (project));
  doc->indicators = g_strdup (kx_project_get_indicators (project));
}

/**
 * kx_agreement_doc_load:
 *
 * Returns: (transfer full) (nullable): the facts of the project's signed
 *   agreement
 */
KxAgreementDoc *
kx_agreement_doc_load (KxStore  *store,
                       gint64    project_id,
                       GError  **error)
{
  g_autoptr(KxProject) project = NULL;
  g_autoptr(KxAgreement) agreement = NULL;
  g_autoptr(KxOrganization) org = NULL;
  g_autoptr(KxAgreementDoc) doc = g_new0 (KxAgreementDoc, 1);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KX_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((project = kx_project_get (store, project_id, error)) == NULL)
    return NULL;
  if ((agreement = kx_agreement_get (store, project_id, &local_error)) == NULL)
    {
      if (!g_error_matches (local_error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_set_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID,
                   _("Project %s “%s” has not signed its responsibility agreement: "
                     "there is nothing to print until it is signed"),
                   kx_project_get_number (project), kx_project_get_title (project));
      return NULL;
    }
  if ((org = kx_organization_get (store, kx_project_get_organization_id (project),
                                  error)) == NULL)
    return NULL;
  doc->project_id = project_id;
  doc->number = g_strdup (agreement->number);
  doc->signed_on = kx_agreement_date_chinese (agreement->signed_on);
  doc->party_b_person = kx_organization_get_kind (org) == KX_ORG_KIND_RESEARCHER;
  take_project (doc, project);
  take_stored_text (doc, agreement);
  if (!take_milestones (doc, store, error))
    return NULL;
  return g_steal_pointer (&doc);
}
