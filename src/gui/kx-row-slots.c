/* kx-row-slots.c: a list model of stable row handles over another model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views keep up to 200 rows alive and, on a model change,
 * reuse a row's widgets only when the very same item comes back; any other
 * item gets new widgets from the factory. With ten columns that is 2 000
 * cells built on every keystroke of a search (~350 ms here). This model
 * gives position N the same KxRowSlot object whatever the underlying
 * model shows there, so a refilter reuses every row's widgets; the slots
 * emit "changed" and the cells re-read their text instead. Items of the
 * underlying model are never created.
 */

#define G_LOG_DOMAIN "kx-row-slots"

#include "config.h"

#include "kx-row-slots.h"

struct _KxRowSlot
{
  GObject     parent_instance;

  KxRowSlots *owner;      /* weak: set to NULL when the owner goes */
  guint       position;
};

G_DEFINE_FINAL_TYPE (KxRowSlot, kx_row_slot, G_TYPE_OBJECT)

enum {
  SLOT_CHANGED,
  N_SLOT_SIGNALS
};

static guint slot_signals[N_SLOT_SIGNALS];

struct _KxRowSlots
{
  GObject     parent_instance;

  /* Owned */
  GListModel *model;
  GHashTable *live;     /* position → KxRowSlot (not owned: slots remove themselves) */
};

static void kx_row_slots_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KxRowSlots, kx_row_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kx_row_slots_model_init))

/* Slots */

static void
kx_row_slot_dispose (GObject *object)
{
  KxRowSlot *self = KX_ROW_SLOT (object);

  if (self->owner != NULL)
    g_hash_table_remove (self->owner->live, GUINT_TO_POINTER (self->position));
  self->owner = NULL;

  G_OBJECT_CLASS (kx_row_slot_parent_class)->dispose (object);
}

static void
kx_row_slot_class_init (KxRowSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kx_row_slot_dispose;

  /**
   * KxRowSlot::changed:
   *
   * The row at the slot's position may show something else now.
   */
  slot_signals[SLOT_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
kx_row_slot_init (KxRowSlot *self)
{
}

guint
kx_row_slot_get_position (KxRowSlot *self)
{
  g_return_val_if_fail (KX_IS_ROW_SLOT (self), 0);

  return self->position;
}

/* The model */

static void
forget_slot (gpointer data)
{
  KX_ROW_SLOT (data)->owner = NULL;
}

/* Tells the live slots in [@first, @end) that their rows changed. */
static void
changed_between (KxRowSlots *self,
                 guint       first,
                 guint       end)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_object_unref);

  /* Collected first: a handler may drop the last reference to a slot. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (key) >= first && GPOINTER_TO_UINT (key) < end)
      g_ptr_array_add (slots, g_object_ref (value));
  for (guint i = 0; i < slots->len; i++)
    g_signal_emit (slots->pdata[i], slot_signals[SLOT_CHANGED], 0);
}

static void
on_model_items_changed_cb (KxRowSlots *self,
                           guint       position,
                           guint       removed,
                           guint       added)
{
  /* Rows from @position on hold other items now; when the counts agree,
   * only those in the range do. */
  changed_between (self, position, removed == added ? position + added : G_MAXUINT);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GType
kx_row_slots_get_item_type (GListModel *model)
{
  return KX_TYPE_ROW_SLOT;
}

static guint
kx_row_slots_get_n_items (GListModel *model)
{
  KxRowSlots *self = KX_ROW_SLOTS (model);

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static gpointer
kx_row_slots_get_item (GListModel *model,
                       guint       position)
{
  KxRowSlots *self = KX_ROW_SLOTS (model);
  KxRowSlot *slot;

  if (position >= kx_row_slots_get_n_items (model))
    return NULL;

  slot = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);

  slot = g_object_new (KX_TYPE_ROW_SLOT, NULL);
  slot->owner = self;
  slot->position = position;
  g_hash_table_insert (self->live, GUINT_TO_POINTER (position), slot);
  return slot;
}

static void
kx_row_slots_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kx_row_slots_get_item_type;
  iface->get_n_items = kx_row_slots_get_n_items;
  iface->get_item = kx_row_slots_get_item;
}

static void
kx_row_slots_dispose (GObject *object)
{
  KxRowSlots *self = KX_ROW_SLOTS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kx_row_slots_parent_class)->dispose (object);
}

static void
kx_row_slots_finalize (GObject *object)
{
  KxRowSlots *self = KX_ROW_SLOTS (object);

  g_hash_table_destroy (self->live);

  G_OBJECT_CLASS (kx_row_slots_parent_class)->finalize (object);
}

static void
kx_row_slots_class_init (KxRowSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kx_row_slots_dispose;
  object_class->finalize = kx_row_slots_finalize;
}

static void
kx_row_slots_init (KxRowSlots *self)
{
  self->live = g_hash_table_new_full (NULL, NULL, NULL, forget_slot);
}

KxRowSlots *
kx_row_slots_new (void)
{
  return g_object_new (KX_TYPE_ROW_SLOTS, NULL);
}

void
kx_row_slots_set_model (KxRowSlots *self,
                        GListModel *model)
{
  guint removed;
  guint added;

  g_return_if_fail (KX_IS_ROW_SLOTS (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  removed = kx_row_slots_get_n_items (G_LIST_MODEL (self));
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                             self, G_CONNECT_SWAPPED);
  added = kx_row_slots_get_n_items (G_LIST_MODEL (self));

  changed_between (self, 0, G_MAXUINT);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
}

GListModel *
kx_row_slots_get_model (KxRowSlots *self)
{
  g_return_val_if_fail (KX_IS_ROW_SLOTS (self), NULL);

  return self->model;
}
