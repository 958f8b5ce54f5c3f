/* kx-cell-label.c: one line of text in a list cell, shaped only when drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView in GTK 4.8 keeps about 200 rows alive around what is
 * shown and rebuilds them all on a model change; with ten GtkLabel cells a
 * row, shaping 2 000 Chinese strings cost ~35 ms a column on every
 * keystroke. This cell measures its height from the font alone (one line,
 * ellipsized to the column) and shapes its text only when it is drawn,
 * that is for the rows on screen. Its tooltip is asked for on hover, not
 * set on every bind: gtk_widget_set_tooltip_text() on 600 cells alone cost
 * ~150 ms a keystroke.
 */

#define G_LOG_DOMAIN "kx-cell-label"

#include "config.h"

#include "kx-cell-label.h"

struct _KxCellLabel
{
  GtkWidget    parent_instance;

  /* Owned */
  char        *text;
  char        *tip;      /* shown on hover; NULL = the text itself */
  PangoLayout *layout;   /* made when first drawn, NULL after a change */

  float        xalign;
};

G_DEFINE_FINAL_TYPE (KxCellLabel, kx_cell_label, GTK_TYPE_WIDGET)

/* The height of one line in the font the cells use: the same for every
 * cell, so it is worked out once per font. */
static int
line_height (GtkWidget *widget)
{
  static PangoFontDescription *cached_font;
  static int cached_height;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);

  if (cached_font == NULL || !pango_font_description_equal (font, cached_font))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, font, NULL);
      int height = pango_font_metrics_get_height (metrics);

      if (height <= 0)
        height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
      pango_font_metrics_unref (metrics);
      g_clear_pointer (&cached_font, pango_font_description_free);
      cached_font = pango_font_description_copy (font);
      /* Chinese glyphs sit a little taller than the Latin metrics say. */
      cached_height = PANGO_PIXELS_CEIL (height) + 2;
    }
  return cached_height;
}

static void
kx_cell_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Columns have fixed widths: the text is ellipsized to them. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = line_height (widget);
}

static PangoLayout *
ensure_layout (KxCellLabel *self,
               int          width)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      if (gtk_widget_has_css_class (GTK_WIDGET (self), "numeric"))
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          /* Digits line up under each other, as .numeric asks of labels. */
          pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
          pango_layout_set_attributes (self->layout, attrs);
          pango_attr_list_unref (attrs);
        }
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);
  return self->layout;
}

static void
kx_cell_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KxCellLabel *self = KX_CELL_LABEL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;
  float x;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  layout = ensure_layout (self, width);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  x = MAX (0.0f, (width - logical.width) * self->xalign);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, (height - logical.height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
kx_cell_label_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  KxCellLabel *self = KX_CELL_LABEL (widget);

  GTK_WIDGET_CLASS (kx_cell_label_parent_class)->css_changed (widget, change);
  /* A new font or class: shape again when drawn. */
  g_clear_object (&self->layout);
}

static gboolean
kx_cell_label_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_tooltip,
                             GtkTooltip *tooltip)
{
  KxCellLabel *self = KX_CELL_LABEL (widget);
  const char *text = self->tip != NULL ? self->tip : self->text;

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
kx_cell_label_finalize (GObject *object)
{
  KxCellLabel *self = KX_CELL_LABEL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  g_free (self->tip);

  G_OBJECT_CLASS (kx_cell_label_parent_class)->finalize (object);
}

static void
kx_cell_label_class_init (KxCellLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kx_cell_label_finalize;

  widget_class->measure = kx_cell_label_measure;
  widget_class->snapshot = kx_cell_label_snapshot;
  widget_class->css_changed = kx_cell_label_css_changed;
  widget_class->query_tooltip = kx_cell_label_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "kx-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
kx_cell_label_init (KxCellLabel *self)
{
}

/**
 * kx_cell_label_new:
 * @xalign: 0.0 to start the text at the left, 1.0 to end it at the right
 * @tooltip: whether hovering shows the whole text (or the tip)
 *
 * Returns: (transfer floating): a new cell label
 */
GtkWidget *
kx_cell_label_new (float    xalign,
                   gboolean tooltip)
{
  KxCellLabel *self = g_object_new (KX_TYPE_CELL_LABEL, "has-tooltip", tooltip, NULL);

  self->xalign = CLAMP (xalign, 0.0f, 1.0f);
  return GTK_WIDGET (self);
}

/**
 * kx_cell_label_set_tip:
 * @tip: (nullable): what hovering shows instead of the text
 */
void
kx_cell_label_set_tip (KxCellLabel *self,
                       const char  *tip)
{
  g_return_if_fail (KX_IS_CELL_LABEL (self));

  if (g_strcmp0 (self->tip, tip) == 0)
    return;
  g_free (self->tip);
  self->tip = g_strdup (tip);
}

void
kx_cell_label_set_text (KxCellLabel *self,
                        const char  *text)
{
  g_return_if_fail (KX_IS_CELL_LABEL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
kx_cell_label_get_text (KxCellLabel *self)
{
  g_return_val_if_fail (KX_IS_CELL_LABEL (self), NULL);

  return self->text;
}
