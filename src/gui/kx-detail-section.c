/* kx-detail-section.c: one titled part of a project detail page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-detail-section"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-detail-section.h"

struct _KxDetailSection
{
  GtkBox     parent_instance;

  /* Owned */
  char      *empty_text;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkFrame  *frame;
  GtkLabel  *empty_label;

  /* Borrowed: the frame's child, new for each content */
  GtkGrid   *grid;

  int        n_columns;
  int        next_row;
  guint      n_rows;
  gboolean   has_header;
};

G_DEFINE_FINAL_TYPE (KxDetailSection, kx_detail_section, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EMPTY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_rows (KxDetailSection *self,
           gboolean         rows)
{
  gtk_widget_set_visible (GTK_WIDGET (self->frame), rows);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), !rows);
}

static GtkLabel *
make_label (const char  *text,
            KxCellFlags  flags)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (text != NULL && *text != '\0' ? text : "—"));

  gtk_label_set_xalign (label, (flags & KX_CELL_NUMERIC) ? 1.0 : 0.0);
  gtk_label_set_yalign (label, 0.0);
  /* Latin and Chinese text sit on one line only when aligned by baseline. */
  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_BASELINE);
  if (flags & KX_CELL_NUMERIC)
    gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
  if (flags & KX_CELL_WRAP)
    {
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      /* Small natural width: the grid gives wrapped cells what is left. */
      gtk_label_set_width_chars (label, 8);
      gtk_label_set_max_width_chars (label, 40);
      gtk_widget_set_hexpand (GTK_WIDGET (label), TRUE);
    }
  if (flags & KX_CELL_SELECTABLE)
    gtk_label_set_selectable (label, TRUE);
  if (flags & KX_CELL_WARNING)
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
  if (flags & KX_CELL_DIM)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  if (flags & KX_CELL_STRONG)
    gtk_widget_add_css_class (GTK_WIDGET (label), "heading");
  return label;
}

static void
set_title (KxDetailSection *self,
           const char      *title)
{
  if (g_strcmp0 (title, gtk_label_get_text (self->title_label)) == 0)
    return;
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_empty_text (KxDetailSection *self,
                const char      *text)
{
  if (g_strcmp0 (self->empty_text, text) == 0)
    return;
  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
  if (kx_detail_section_is_empty (self))
    gtk_label_set_text (self->empty_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
}

static void
kx_detail_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KxDetailSection *self = KX_DETAIL_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_detail_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KxDetailSection *self = KX_DETAIL_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      set_title (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      set_empty_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kx_detail_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KX_TYPE_DETAIL_SECTION);
  G_OBJECT_CLASS (kx_detail_section_parent_class)->dispose (object);
}

static void
kx_detail_section_finalize (GObject *object)
{
  KxDetailSection *self = KX_DETAIL_SECTION (object);

  g_free (self->empty_text);
  G_OBJECT_CLASS (kx_detail_section_parent_class)->finalize (object);
}

static void
kx_detail_section_class_init (KxDetailSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kx_detail_section_get_property;
  object_class->set_property = kx_detail_section_set_property;
  object_class->dispose = kx_detail_section_dispose;
  object_class->finalize = kx_detail_section_finalize;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-detail-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KxDetailSection, title_label);
  gtk_widget_class_bind_template_child (widget_class, KxDetailSection, frame);
  gtk_widget_class_bind_template_child (widget_class, KxDetailSection, empty_label);
}

static void
kx_detail_section_init (KxDetailSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kx_detail_section_clear (self);
}

/* A new grid for each content: a grid emptied and filled again kept the
 * size request mode it had when empty (constant size) in GTK 4.8, which
 * cut wrapped text to its first line. */
static void
replace_grid (KxDetailSection *self)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 16);
  gtk_frame_set_child (self->frame, grid);
  self->grid = GTK_GRID (grid);
}

void
kx_detail_section_clear (KxDetailSection *self)
{
  g_return_if_fail (KX_IS_DETAIL_SECTION (self));

  replace_grid (self);
  self->n_columns = 2;
  self->next_row = 0;
  self->n_rows = 0;
  self->has_header = FALSE;
  gtk_label_set_text (self->empty_label, self->empty_text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->empty_label), "error");
  show_rows (self, FALSE);
}

void
kx_detail_section_set_columns (KxDetailSection   *self,
                               const char *const *headers)
{
  int column;

  g_return_if_fail (KX_IS_DETAIL_SECTION (self));

  kx_detail_section_clear (self);
  for (column = 0; headers[column] != NULL; column++)
    {
      /* An empty header heads a column of buttons; _("") would be the
       * catalogue's header. */
      GtkLabel *label = make_label (*headers[column] != '\0' ? _(headers[column]) : " ",
                                    KX_CELL_WRAP | KX_CELL_DIM);

      gtk_widget_set_hexpand (GTK_WIDGET (label), FALSE);
      gtk_label_set_width_chars (label, -1);
      gtk_grid_attach (self->grid, GTK_WIDGET (label), column, 0, 1, 1);
    }
  self->n_columns = column;
  self->has_header = TRUE;
  gtk_grid_attach (self->grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL),
                   0, 1, column, 1);
  self->next_row = 2;
}

int
kx_detail_section_add_row (KxDetailSection *self)
{
  g_return_val_if_fail (KX_IS_DETAIL_SECTION (self), 0);

  show_rows (self, TRUE);
  self->n_rows++;
  return self->next_row++;
}

GtkLabel *
kx_detail_section_add_cell (KxDetailSection *self,
                            int              row,
                            int              column,
                            const char      *text,
                            KxCellFlags      flags)
{
  GtkLabel *label = make_label (text, flags);

  kx_detail_section_attach (self, GTK_WIDGET (label), row, column, 1);
  /* A numeric column's header lines up with its figures. */
  if (flags & KX_CELL_NUMERIC)
    {
      GtkWidget *header = gtk_grid_get_child_at (self->grid, column, 0);

      if (self->has_header && row >= 2 && GTK_IS_LABEL (header))
        {
          gtk_label_set_xalign (GTK_LABEL (header), 1.0);
          gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_RIGHT);
        }
    }
  return label;
}

void
kx_detail_section_attach (KxDetailSection *self,
                          GtkWidget       *widget,
                          int              row,
                          int              column,
                          int              width)
{
  g_return_if_fail (KX_IS_DETAIL_SECTION (self));

  gtk_grid_attach (self->grid, widget, column, row, width, 1);
  show_rows (self, TRUE);
}

GtkLabel *
kx_detail_section_add_note (KxDetailSection *self,
                            const char      *text,
                            KxCellFlags      flags)
{
  GtkLabel *label = make_label (text, flags | KX_CELL_WRAP);
  int row = self->next_row++;

  gtk_label_set_max_width_chars (label, 120);
  kx_detail_section_attach (self, GTK_WIDGET (label), row, 0, MAX (self->n_columns, 1));
  return label;
}

GtkLabel *
kx_detail_section_add_field (KxDetailSection *self,
                             const char      *name,
                             const char      *value,
                             KxCellFlags      flags)
{
  int row = kx_detail_section_add_row (self);

  kx_detail_section_add_cell (self, row, 0, name, KX_CELL_DIM);
  return kx_detail_section_add_cell (self, row, 1, value,
                                     flags | KX_CELL_WRAP | KX_CELL_SELECTABLE);
}

void
kx_detail_section_set_text (KxDetailSection *self,
                            const char      *text)
{
  GtkLabel *label;

  kx_detail_section_clear (self);
  if (text == NULL || *text == '\0')
    return;
  label = make_label (text, KX_CELL_WRAP | KX_CELL_SELECTABLE);
  gtk_label_set_max_width_chars (label, 120);
  kx_detail_section_attach (self, GTK_WIDGET (label), kx_detail_section_add_row (self), 0, 1);
}

void
kx_detail_section_set_error (KxDetailSection *self,
                             const GError    *error)
{
  g_autofree char *text = NULL;

  kx_detail_section_clear (self);
  text = g_strdup_printf (_("Could not read this part: %s"), error->message);
  gtk_label_set_text (self->empty_label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "error");
}

gboolean
kx_detail_section_is_empty (KxDetailSection *self)
{
  g_return_val_if_fail (KX_IS_DETAIL_SECTION (self), TRUE);

  return self->n_rows == 0;
}

guint
kx_detail_section_get_n_rows (KxDetailSection *self)
{
  g_return_val_if_fail (KX_IS_DETAIL_SECTION (self), 0);

  return self->n_rows;
}

GtkWidget *
kx_detail_result_icon_new (KxResult result)
{
  static const char *const icons[] = {
    [KX_RESULT_UNKNOWN] = "dialog-question-symbolic",
    [KX_RESULT_PASS] = "emblem-ok-symbolic",
    [KX_RESULT_FAIL] = "dialog-error-symbolic",
  };
  static const char *const classes[] = {
    [KX_RESULT_UNKNOWN] = "warning",
    [KX_RESULT_PASS] = "success",
    [KX_RESULT_FAIL] = "error",
  };
  GtkWidget *image = gtk_image_new_from_icon_name (icons[result]);
  const char *label = kx_result_label (result);

  gtk_widget_add_css_class (image, classes[result]);
  /* Level with the first line of the text beside it. */
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_set_margin_top (image, 2);
  gtk_widget_set_tooltip_text (image, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return image;
}

char *
kx_detail_format_score (gint64 score_x100)
{
  return g_strdup_printf ("%lld.%02lld", (long long) (score_x100 / 100),
                          (long long) (score_x100 % 100));
}
