/* kx-empty-state.c: the page a section shows when it has nothing to list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-empty-state"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-empty-state.h"

struct _KxEmptyState
{
  GtkBox    parent_instance;

  /* Template widgets */
  GtkImage *image;
  GtkLabel *title_label;
  GtkLabel *detail_label;
};

G_DEFINE_FINAL_TYPE (KxEmptyState, kx_empty_state, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_PIXEL_SIZE,
  PROP_TITLE,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_icon_name (KxEmptyState *self,
               const char   *icon_name)
{
  if (g_strcmp0 (icon_name, gtk_image_get_icon_name (self->image)) == 0)
    return;
  gtk_image_set_from_icon_name (self->image, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->image), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

static void
set_label (KxEmptyState *self,
           GtkLabel     *label,
           const char   *text,
           guint         prop)
{
  if (g_strcmp0 (text != NULL ? text : "", gtk_label_get_text (label)) == 0)
    return;
  gtk_label_set_text (label, text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
kx_empty_state_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KxEmptyState *self = KX_EMPTY_STATE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (self->image));
      break;
    case PROP_PIXEL_SIZE:
      g_value_set_int (value, gtk_image_get_pixel_size (self->image));
      break;
    case PROP_TITLE:
      g_value_set_string (value, kx_empty_state_get_title (self));
      break;
    case PROP_DETAIL:
      g_value_set_string (value, kx_empty_state_get_detail (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_empty_state_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KxEmptyState *self = KX_EMPTY_STATE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_PIXEL_SIZE:
      if (gtk_image_get_pixel_size (self->image) == g_value_get_int (value))
        break;
      gtk_image_set_pixel_size (self->image, g_value_get_int (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TITLE:
      set_label (self, self->title_label, g_value_get_string (value), PROP_TITLE);
      break;
    case PROP_DETAIL:
      set_label (self, self->detail_label, g_value_get_string (value), PROP_DETAIL);
      gtk_widget_set_visible (GTK_WIDGET (self->detail_label), g_value_get_string (value) != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_empty_state_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_EMPTY_STATE);
  G_OBJECT_CLASS (kx_empty_state_parent_class)->dispose (object);
}

static void
kx_empty_state_class_init (KxEmptyStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kx_empty_state_get_property;
  object_class->set_property = kx_empty_state_set_property;
  object_class->dispose = kx_empty_state_dispose;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PIXEL_SIZE] =
    g_param_spec_int ("pixel-size", NULL, NULL, -1, G_MAXINT, 48,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-empty-state.ui");
  gtk_widget_class_bind_template_child (widget_class, KxEmptyState, image);
  gtk_widget_class_bind_template_child (widget_class, KxEmptyState, title_label);
  gtk_widget_class_bind_template_child (widget_class, KxEmptyState, detail_label);
}

static void
kx_empty_state_init (KxEmptyState *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kx_empty_state_get_title:
 *
 * Returns: (transfer none): the title shown, "" when none
 */
const char *
kx_empty_state_get_title (KxEmptyState *self)
{
  g_return_val_if_fail (KX_IS_EMPTY_STATE (self), NULL);

  return gtk_label_get_text (self->title_label);
}

/**
 * kx_empty_state_get_detail:
 *
 * Returns: (transfer none): the detail sentence, "" when none
 */
const char *
kx_empty_state_get_detail (KxEmptyState *self)
{
  g_return_val_if_fail (KX_IS_EMPTY_STATE (self), NULL);

  return gtk_label_get_text (self->detail_label);
}

/**
 * kx_empty_state_set:
 * @title: what is (not) there
 * @detail: (nullable): why, or what to do; hidden when %NULL
 *
 * Sets both texts at once, as a section does each time it shows the page.
 */
void
kx_empty_state_set (KxEmptyState *self,
                    const char   *title,
                    const char   *detail)
{
  g_return_if_fail (KX_IS_EMPTY_STATE (self));

  g_object_freeze_notify (G_OBJECT (self));
  g_object_set (self, "title", title, "detail", detail, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}
