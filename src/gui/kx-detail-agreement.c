/* kx-detail-agreement.c: 责任书 — the signed project responsibility agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-agreement"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-agreement.h"

#include "kx-decision.h"
#include "kx-detail-section.h"
#include "kx-store.h"

struct _KxDetailAgreement
{
  GtkBox           parent_instance;

  /* Template widgets */
  GtkButton        *print_button;
  KxDetailSection  *agreement_section;
  KxDetailSection  *text_section;
};

G_DEFINE_FINAL_TYPE (KxDetailAgreement, kx_detail_agreement, GTK_TYPE_BOX)


static void
kx_detail_agreement_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_AGREEMENT);
  G_OBJECT_CLASS (kx_detail_agreement_parent_class)->dispose (object);
}

static void
kx_detail_agreement_class_init (KxDetailAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_detail_agreement_dispose;

  g_type_ensure (KX_TYPE_DETAIL_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-agreement.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailAgreement, print_button);
  gtk_widget_class_bind_template_child (widget_class, KxDetailAgreement, agreement_section);
  gtk_widget_class_bind_template_child (widget_class, KxDetailAgreement, text_section);
}

static void
kx_detail_agreement_init (KxDetailAgreement *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_detail_agreement_load:
 *
 * Shows the signed responsibility agreement with its full text.
 */
void
kx_detail_agreement_load (KxDetailAgreement *self,
                          KxStore           *store,
                          KxProject         *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxAgreement) agreement = NULL;

  g_return_if_fail (KX_IS_DETAIL_AGREEMENT (self));

  agreement = kx_agreement_get (store, kx_project_get_id (project), &error);
  kx_detail_section_clear (self->agreement_section);
  kx_detail_section_clear (self->text_section);
  gtk_widget_set_visible (GTK_WIDGET (self->text_section), agreement != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->print_button), agreement != NULL);
  if (agreement == NULL)
    {
      if (!g_error_matches (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND))
        kx_detail_section_set_error (self->agreement_section, error);
      return;
    }
  kx_detail_section_add_field (self->agreement_section, _("Number"), agreement->number,
                               KX_CELL_STRONG);
  kx_detail_section_add_field (self->agreement_section, _("Signed on"), agreement->signed_on,
                               KX_CELL_PLAIN);
  kx_detail_section_set_text (self->text_section, agreement->text);
}
