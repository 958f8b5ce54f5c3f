/* kx-project-rows.c: immutable snapshots of a projects list's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A snapshot never changes once shared, so worker threads read it
 * without locks. What queries need beyond the rows (search text, orders
 * by column) is built on first use under g_once_init_enter(), once per
 * snapshot, by whichever thread asks first.
 */

#define G_LOG_DOMAIN "kx-project-list"

#include "config.h"

#include <string.h>

#include "kx-project-rows-private.h"

/* A string chunk shared by the snapshots that point into it. */
typedef struct
{
  GStringChunk *chunk;
} Pool;

typedef struct
{
  char    *text;      /* each row's text, NUL-terminated */
  guint32 *offsets;   /* where each row's text starts */
} Folded;

struct _KxProjectRows
{
  gatomicrefcount  ref_count;
  guint            generation;
  GArray          *rows;       /* of KxProjectSummary */
  GPtrArray       *pools;      /* of Pool: the strings of @rows */

  /* Built on first use */
  gsize            kinds;      /* guint16 * */
  gsize            folded;     /* Folded * */
  gsize            orders[KX_N_PROJECT_COLUMNS];   /* guint32 * */
};

/* Pools */

static void
pool_clear (gpointer data)
{
  g_string_chunk_free (((Pool *) data)->chunk);
}

static void
pool_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, pool_clear);
}

static Pool *
pool_new (GStringChunk *chunk)
{
  Pool *pool = g_atomic_rc_box_new (Pool);

  pool->chunk = chunk;
  return pool;
}

/* Snapshots */

KxProjectRows *
_kx_project_rows_new (GArray       *rows,
                      GStringChunk *strings,
                      guint         generation)
{
  KxProjectRows *self = g_new0 (KxProjectRows, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->generation = generation;
  self->rows = rows;
  self->pools = g_ptr_array_new_with_free_func (pool_release);
  g_ptr_array_add (self->pools, pool_new (strings));
  return self;
}

KxProjectRows *
_kx_project_rows_replace (KxProjectRows          *old,
                          guint                   index,
                          const KxProjectSummary *row)
{
  GStringChunk *strings = g_string_chunk_new (256);
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (KxProjectSummary), old->rows->len);
  KxProjectSummary copy = *row;
  KxProjectRows *self;

  g_return_val_if_fail (index < old->rows->len, NULL);

  g_array_append_vals (rows, old->rows->data, old->rows->len);
  copy.organization_name = g_string_chunk_insert (strings, row->organization_name);
  copy.number = g_string_chunk_insert (strings, row->number);
  copy.title = g_string_chunk_insert (strings, row->title);
  if (row->submitted_on != NULL)
    copy.submitted_on = g_string_chunk_insert (strings, row->submitted_on);
  g_array_index (rows, KxProjectSummary, index) = copy;

  self = _kx_project_rows_new (rows, strings, old->generation);
  for (guint i = 0; i < old->pools->len; i++)
    g_ptr_array_add (self->pools, g_atomic_rc_box_acquire (old->pools->pdata[i]));
  return self;
}

GArray *
_kx_project_rows_get_array (KxProjectRows *rows)
{
  return rows->rows;
}

guint
_kx_project_rows_get_generation (KxProjectRows *rows)
{
  return rows->generation;
}

guint
_kx_project_rows_find (KxProjectRows *rows,
                       gint64         project_id)
{
  guint lo = 0;
  guint hi = rows->rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = g_array_index (rows->rows, KxProjectSummary, mid).id;

      if (id == project_id)
        return mid;
      if (id < project_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return G_MAXUINT;
}

/**
 * kx_project_rows_ref:
 *
 * Returns: (transfer full): @rows
 */
KxProjectRows *
kx_project_rows_ref (KxProjectRows *rows)
{
  g_return_val_if_fail (rows != NULL, NULL);

  g_atomic_ref_count_inc (&rows->ref_count);
  return rows;
}

static void
folded_free (Folded *folded)
{
  if (folded == NULL)
    return;
  g_free (folded->text);
  g_free (folded->offsets);
  g_free (folded);
}

void
kx_project_rows_unref (KxProjectRows *rows)
{
  g_return_if_fail (rows != NULL);

  if (!g_atomic_ref_count_dec (&rows->ref_count))
    return;
  g_array_unref (rows->rows);
  g_ptr_array_unref (rows->pools);
  g_free ((gpointer) rows->kinds);
  folded_free ((Folded *) rows->folded);
  for (guint i = 0; i < KX_N_PROJECT_COLUMNS; i++)
    g_free ((gpointer) rows->orders[i]);
  g_free (rows);
}

guint
kx_project_rows_get_n (KxProjectRows *rows)
{
  g_return_val_if_fail (rows != NULL, 0);

  return rows->rows->len;
}

/**
 * kx_project_rows_peek:
 *
 * Returns: (transfer none) (nullable): row @index, valid while @rows
 *   lives, or %NULL past the end
 */
const KxProjectSummary *
kx_project_rows_peek (KxProjectRows *rows,
                      guint          index)
{
  g_return_val_if_fail (rows != NULL, NULL);

  if (index >= rows->rows->len)
    return NULL;
  return &g_array_index (rows->rows, KxProjectSummary, index);
}

/* Kinds */

const guint16 *
_kx_project_rows_kinds (KxProjectRows *rows)
{
  if (g_once_init_enter (&rows->kinds))
    {
      guint16 *kinds = g_new (guint16, MAX (rows->rows->len, 1));

      for (guint i = 0; i < rows->rows->len; i++)
        {
          const KxProjectSummary *row = &g_array_index (rows->rows, KxProjectSummary, i);

          kinds[i] = (guint16) (((row->type & 0xff) << 8) | (row->stage & 0xff));
        }
      g_once_init_leave (&rows->kinds, (gsize) kinds);
    }
  return (const guint16 *) rows->kinds;
}

/* Search text */

static gboolean
is_cjk (gunichar c)
{
  return (c >= 0x2e80 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) ||
         (c >= 0xf900 && c < 0xfb00) || c >= 0x20000;
}

/* A three-byte character from U+3000 to U+9FFF (CJK punctuation, kana,
 * ideographs): nothing to fold. */
static gboolean
is_cjk3 (const guchar *p)
{
  return p[0] >= 0xe3 && p[0] <= 0xe9 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80;
}

/* Folds the character at @p (not ASCII); returns the next one. */
static const guchar *
fold_char (GString      *out,
           const guchar *p)
{
  gunichar c = g_utf8_get_char_validated ((const char *) p, -1);
  const guchar *next;

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return p + 1;   /* not UTF-8: skip the byte */
  next = (const guchar *) g_utf8_next_char (p);
  if (c >= 0xff01 && c <= 0xff5e)   /* full-width ASCII */
    g_string_append_c (out, g_ascii_tolower ((char) (c - 0xfee0)));
  else if (is_cjk (c))
    g_string_append_len (out, (const char *) p, next - p);
  else
    {
      g_autofree char *folded = g_utf8_casefold ((const char *) p, next - p);

      g_string_append (out, folded);
    }
  return next;
}

/* Copies runs of what needs no folding (most of a Chinese text) at once. */
void
_kx_project_fold (GString    *out,
                  const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      const guchar *run = p;

      while ((*p != '\0' && *p < 0x80 && !g_ascii_isupper (*p)) || (*p >= 0x80 && is_cjk3 (p)))
        p += *p < 0x80 ? 1 : 3;
      if (p > run)
        g_string_append_len (out, (const char *) run, p - run);
      if (*p == '\0')
        break;
      if (*p < 0x80)
        g_string_append_c (out, g_ascii_tolower (*p++));
      else
        p = fold_char (out, p);
    }
}

static Folded *
build_folded (KxProjectRows *rows)
{
  guint n = rows->rows->len;
  GString *text = g_string_sized_new (n * 96 + 1);
  Folded *folded = g_new (Folded, 1);

  folded->offsets = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const KxProjectSummary *row = &g_array_index (rows->rows, KxProjectSummary, i);

      folded->offsets[i] = (guint32) text->len;
      _kx_project_fold (text, row->number);
      g_string_append_c (text, '\x1f');
      _kx_project_fold (text, row->organization_name);
      g_string_append_c (text, '\x1f');
      _kx_project_fold (text, row->title);
      g_string_append_c (text, '\0');
    }
  folded->text = g_string_free (text, FALSE);
  return folded;
}

const char *
_kx_project_rows_folded (KxProjectRows *rows,
                         guint          index)
{
  const Folded *folded;

  if (g_once_init_enter (&rows->folded))
    g_once_init_leave (&rows->folded, (gsize) build_folded (rows));
  folded = (const Folded *) rows->folded;
  return folded->text + folded->offsets[index];
}

/* Orders */

gint64
_kx_project_column_key (const KxProjectSummary *row,
                        KxProjectColumn         column)
{
  switch (column)
    {
    case KX_PROJECT_COLUMN_TYPE:
      return row->type;
    case KX_PROJECT_COLUMN_STAGE:
      return row->stage;
    case KX_PROJECT_COLUMN_FORMAL:
      return row->formal_result < 0 ? G_MAXINT64 : row->formal_result;
    case KX_PROJECT_COLUMN_SCORE:
      return row->score_centi < 0 ? G_MAXINT64 : row->score_centi;
    case KX_PROJECT_COLUMN_RANK:
      return row->rank <= 0 ? G_MAXINT64 : row->rank;
    case KX_PROJECT_COLUMN_REQUESTED:
      return row->requested_fen;
    case KX_PROJECT_COLUMN_APPROVED:
      return row->approved_fen < 0 ? G_MAXINT64 : row->approved_fen;
    case KX_PROJECT_COLUMN_NUMBER:
    case KX_PROJECT_COLUMN_APPLICANT:
    case KX_PROJECT_COLUMN_TITLE:
    case KX_N_PROJECT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_text_column (KxProjectColumn column)
{
  return column == KX_PROJECT_COLUMN_NUMBER || column == KX_PROJECT_COLUMN_APPLICANT ||
         column == KX_PROJECT_COLUMN_TITLE;
}

static const char *
column_text (const KxProjectSummary *row,
             KxProjectColumn         column)
{
  switch (column)
    {
    case KX_PROJECT_COLUMN_NUMBER:
      return row->number;
    case KX_PROJECT_COLUMN_APPLICANT:
      return row->organization_name;
    case KX_PROJECT_COLUMN_TITLE:
      return row->title;
    default:
      return NULL;
    }
}

int
_kx_project_column_compare (const KxProjectSummary *a,
                            const KxProjectSummary *b,
                            KxProjectColumn         column)
{
  const char *x = column_text (a, column);
  gint64 ka;
  gint64 kb;

  if (x != NULL)
    {
      const char *y = column_text (b, column);

      return x == y ? 0 : strcmp (x, y);
    }
  ka = _kx_project_column_key (a, column);
  kb = _kx_project_column_key (b, column);
  return ka < kb ? -1 : ka > kb;
}

typedef struct
{
  const KxProjectSummary *rows;
  KxProjectColumn         column;
} SortContext;

static gint
compare_text_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const SortContext *ctx = data;
  const KxProjectSummary *x = &ctx->rows[*(const guint32 *) a];
  const KxProjectSummary *y = &ctx->rows[*(const guint32 *) b];
  int cmp = _kx_project_column_compare (x, y, ctx->column);

  if (cmp != 0 || ctx->column != KX_PROJECT_COLUMN_NUMBER)
    return cmp;
  return x->id < y->id ? -1 : x->id > y->id;
}

typedef struct
{
  gint64  key;
  guint32 index;
} Keyed;

static gint
compare_keyed_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  gint64 x = ((const Keyed *) a)->key;
  gint64 y = ((const Keyed *) b)->key;

  return x < y ? -1 : x > y;
}

static gboolean
is_sorted (const guint32           *order,
           guint                    n,
           const SortContext       *ctx)
{
  for (guint i = 1; i < n; i++)
    if (compare_text_cb (&order[i - 1], &order[i], (gpointer) ctx) > 0)
      return FALSE;
  return TRUE;
}

static guint32 *
sort_by_number (KxProjectRows *rows)
{
  guint n = rows->rows->len;
  guint32 *order = g_new (guint32, MAX (n, 1));
  SortContext ctx = { (const KxProjectSummary *) rows->rows->data, KX_PROJECT_COLUMN_NUMBER };

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Within one call, id order is usually number order already. */
  if (!is_sorted (order, n, &ctx))
    g_qsort_with_data (order, n, sizeof (guint32), compare_text_cb, &ctx);
  return order;
}

/* g_qsort_with_data() is stable: rows of equal value stay by number. */
static guint32 *
sort_by_column (KxProjectRows   *rows,
                KxProjectColumn  column)
{
  const guint32 *by_number = _kx_project_rows_order (rows, KX_PROJECT_COLUMN_NUMBER);
  const KxProjectSummary *data = (const KxProjectSummary *) rows->rows->data;
  guint n = rows->rows->len;
  guint32 *order = g_new (guint32, MAX (n, 1));
  SortContext ctx = { data, column };
  g_autofree Keyed *keyed = NULL;

  if (is_text_column (column))
    {
      memcpy (order, by_number, n * sizeof (guint32));
      g_qsort_with_data (order, n, sizeof (guint32), compare_text_cb, &ctx);
      return order;
    }
  keyed = g_new (Keyed, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    keyed[i] = (Keyed) { _kx_project_column_key (&data[by_number[i]], column), by_number[i] };
  g_qsort_with_data (keyed, n, sizeof (Keyed), compare_keyed_cb, NULL);
  for (guint i = 0; i < n; i++)
    order[i] = keyed[i].index;
  return order;
}

const guint32 *
_kx_project_rows_order (KxProjectRows   *rows,
                        KxProjectColumn  column)
{
  g_return_val_if_fail (column < KX_N_PROJECT_COLUMNS, NULL);

  if (g_once_init_enter (&rows->orders[column]))
    {
      guint32 *order = column == KX_PROJECT_COLUMN_NUMBER
                       ? sort_by_number (rows) : sort_by_column (rows, column);

      g_once_init_leave (&rows->orders[column], (gsize) order);
    }
  return (const guint32 *) rows->orders[column];
}
