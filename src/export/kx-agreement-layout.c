/* kx-agreement-layout.c: the pages of a responsibility agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is a list of blocks: paragraphs (a PangoLayout whose lines
 * may go to different pages) and table rows (cells drawn together, never
 * split). Pagination places pieces of blocks on pages; drawing replays
 * the pieces of one page.
 *
 * The words on the page (headings, labels, 第 N 页 共 M 页) are Chinese
 * whatever the clerk's language: the agreement is a Chinese legal
 * document, like its stored text (kx-agreement.c), so they are not
 * translated.
 */

#define G_LOG_DOMAIN "kx-agreement-layout"

#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "kx-agreement-layout.h"
#include "kx-validate.h"
#include "kx-decision.h"

#define SERIF "Noto Serif CJK SC"
#define SANS "Noto Sans CJK SC"
#define BODY_SIZE 12.0
#define TABLE_SIZE 10.5
#define LINE_SPACING 1.45
#define CELL_PAD 5.0
#define MAX_COLUMNS 3

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
} BlockKind;

typedef struct
{
  double top;       /* of the line's box, from the layout's top */
  double bottom;
  double baseline;
  double x;
} LineBox;

typedef struct
{
  guint    n_columns;
  double   widths[MAX_COLUMNS];
  gboolean ruled;          /* borders around the cells */
  guint    shaded_columns; /* bit i: column i of a shaded row has a grey ground */
} Table;

typedef struct
{
  BlockKind     kind;
  double        space_before;
  gboolean      keep_with_next;
  double        x;             /* from the left margin */
  /* BLOCK_TEXT */
  PangoLayout  *layout;
  GArray       *lines;         /* of LineBox */
  /* BLOCK_ROW */
  const Table  *table;
  PangoLayout  *cells[MAX_COLUMNS];
  double        height;
  gboolean      shaded;
  int           header;        /* the block of the table's header row; -1 = none */
} Block;

typedef struct
{
  guint  block;
  guint  first_line;   /* BLOCK_TEXT: the lines drawn */
  guint  n_lines;
  double y;            /* of the block's top (text) or the row's top */
} Piece;

struct _KxAgreementLayout
{
  /* Borrowed */
  const KxAgreementDoc *doc;
  /* Owned */
  KxAgreementPage       page;
  PangoContext         *context;
  GArray               *blocks;   /* of Block */
  GPtrArray            *pages;    /* of GArray of Piece */
  Table                 facts_table;
  Table                 milestone_table;
  Table                 signature_table;
};

#define MM (72.0 / 25.4)

void
kx_agreement_page_init (KxAgreementPage *page,
                        double           width,
                        double           height)
{
  page->width = width;
  page->height = height;
  page->margin_top = page->margin_right = page->margin_bottom = page->margin_left = 25 * MM;
}

void
kx_agreement_page_init_a4 (KxAgreementPage *page)
{
  kx_agreement_page_init (page, 210 * MM, 297 * MM);
}

static double
content_width (KxAgreementLayout *self)
{
  return self->page.width - self->page.margin_left - self->page.margin_right;
}

static void
clear_block (gpointer data)
{
  Block *b = data;

  g_clear_object (&b->layout);
  g_clear_pointer (&b->lines, g_array_unref);
  for (guint i = 0; i < MAX_COLUMNS; i++)
    g_clear_object (&b->cells[i]);
}

/* Building the blocks */

static PangoLayout *
new_layout (KxAgreementLayout *self,
            const char        *family,
            double             size,
            gboolean           bold,
            double             width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
measure_lines (Block *b)
{
  PangoLayoutIter *iter = pango_layout_get_iter (b->layout);

  b->lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  do
    {
      PangoRectangle logical;
      LineBox box;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.top = pango_units_to_double (y0);
      box.bottom = pango_units_to_double (y1);
      box.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      box.x = pango_units_to_double (logical.x);
      g_array_append_val (b->lines, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

typedef struct
{
  const char      *family;
  double           size;
  gboolean         bold;
  PangoAlignment   align;
  double           indent;        /* of the first line, in points */
  double           space_before;
  gboolean         keep_with_next;
  gboolean         markup;
} TextStyle;

static const TextStyle body_style = {
  SERIF, BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 2 * BODY_SIZE, 4, FALSE, FALSE,
};
static const TextStyle heading_style = {
  SANS, BODY_SIZE, TRUE, PANGO_ALIGN_LEFT, 0, 14, TRUE, FALSE,
};

static void
add_text (KxAgreementLayout *self,
          const TextStyle   *style,
          const char        *text)
{
  Block b = { .kind = BLOCK_TEXT, .header = -1 };

  b.space_before = style->space_before;
  b.keep_with_next = style->keep_with_next;
  b.layout = new_layout (self, style->family, style->size, style->bold, content_width (self));
  pango_layout_set_alignment (b.layout, style->align);
  pango_layout_set_indent (b.layout, pango_units_from_double (style->indent));
  pango_layout_set_line_spacing (b.layout, LINE_SPACING);
  /* No pango_layout_set_justify: Pango 1.50 stretches only the spaces,
   * which leaves gaps in Chinese lines with a number or two in them. */
  if (style->markup)
    pango_layout_set_markup (b.layout, text, -1);
  else
    pango_layout_set_text (b.layout, text, -1);
  measure_lines (&b);
  g_array_append_val (self->blocks, b);
}

/* A row of @table; @cells are markup. Returns the block's index. */
static int
add_row (KxAgreementLayout  *self,
         const Table        *table,
         const char * const *cells,
         double              size,
         gboolean            shaded,
         int                 header)
{
  Block b = { .kind = BLOCK_ROW, .table = table, .shaded = shaded, .header = header };
  double tallest = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      PangoRectangle logical;

      b.cells[i] = new_layout (self, SERIF, size, FALSE, table->widths[i] - 2 * CELL_PAD);
      pango_layout_set_line_spacing (b.cells[i], table->ruled ? 1.2 : 1.6);
      pango_layout_set_markup (b.cells[i], cells[i], -1);
      pango_layout_get_extents (b.cells[i], NULL, &logical);
      tallest = MAX (tallest, pango_units_to_double (logical.height));
    }
  b.height = tallest + 2 * CELL_PAD;
  g_array_append_val (self->blocks, b);
  return (int) self->blocks->len - 1;
}

static void
add_title (KxAgreementLayout *self)
{
  const KxAgreementDoc *doc = self->doc;
  TextStyle style = { SERIF, 15, FALSE, PANGO_ALIGN_CENTER, 0, 0, TRUE, TRUE };
  g_autofree char *number = NULL;
  g_autofree char *parties = NULL;

  add_text (self, &style, "郴州市科协学会服务能力提升计划");
  style.size = 28;
  style.bold = TRUE;
  style.space_before = 10;
  add_text (self, &style, "<span letter_spacing=\"12288\">项目责任书</span>");
  style = (TextStyle) { SERIF, BODY_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, 22, FALSE, TRUE };
  number = g_markup_printf_escaped ("编号：%s", doc->number);
  add_text (self, &style, number);
  style = (TextStyle) { SERIF, 13, FALSE, PANGO_ALIGN_LEFT, 0, 14, FALSE, TRUE };
  parties = g_markup_printf_escaped ("<b>甲方：</b>%s\n<b>乙方：</b>%s",
                                     doc->party_a, doc->party_b);
  add_text (self, &style, parties);
}

static void
add_fact (KxAgreementLayout *self,
          const char        *label,
          const char        *value_markup)
{
  g_autofree char *label_markup = g_markup_printf_escaped ("<b>%s</b>", label);
  const char *cells[] = { label_markup, value_markup };

  add_row (self, &self->facts_table, cells, BODY_SIZE - 0.5, TRUE, -1);
  g_array_index (self->blocks, Block, self->blocks->len - 1).space_before = 0;
}

static void
add_facts (KxAgreementLayout *self)
{
  const KxAgreementDoc *doc = self->doc;
  g_autofree char *figures = kx_money_format (doc->approved_fen);
  g_autofree char *capital = kx_money_format_capital (doc->approved_fen);
  g_autofree char *project = g_markup_escape_text (doc->project_number, -1);
  g_autofree char *title = g_markup_escape_text (doc->title, -1);
  g_autofree char *type = g_markup_escape_text (doc->type_name, -1);
  g_autofree char *amount = g_markup_printf_escaped ("人民币 %s\n大写：%s", figures, capital);
  g_autofree char *date = g_markup_escape_text (doc->signed_on, -1);
  guint first = self->blocks->len;

  /* The labels on grey, the facts on white. */
  self->facts_table = (Table) { 2, { 84, content_width (self) - 84 }, TRUE, 0x1 };
  add_fact (self, "项目编号", project);
  add_fact (self, "项目名称", title);
  add_fact (self, "项目类别", type);
  add_fact (self, "核定金额", amount);
  add_fact (self, "签订日期", date);
  g_array_index (self->blocks, Block, first).space_before = 14;
}

/* @text split at its line ends, each line a paragraph of @style; the first
 * starts with @label in bold. */
static void
add_paragraphs (KxAgreementLayout *self,
                const TextStyle   *style,
                const char        *label,
                const char        *text)
{
  g_auto(GStrv) lines = g_strsplit (*text != '\0' ? text : "见申报书。", "\n", -1);
  TextStyle markup_style = *style;

  markup_style.markup = TRUE;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *markup = NULL;

      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      markup = i == 0 && label != NULL
               ? g_markup_printf_escaped ("<b>%s</b>%s", label, lines[i])
               : g_markup_escape_text (lines[i], -1);
      add_text (self, &markup_style, markup);
    }
}

static void
add_milestones (KxAgreementLayout *self)
{
  const GArray *list = self->doc->milestones;
  const char *header_cells[] = { "<b>序号</b>", "<b>完成时间</b>", "<b>阶段目标</b>" };
  int header;

  add_text (self, &heading_style, "二、计划进度和阶段目标");
  if (list == NULL || list->len == 0)
    {
      add_paragraphs (self, &body_style, NULL, "按申报书所列计划进度和阶段目标执行。");
      return;
    }
  self->milestone_table = (Table) { 3, { 40, 112, content_width (self) - 152 }, TRUE, 0x7 };
  header = add_row (self, &self->milestone_table, header_cells, TABLE_SIZE, TRUE, -1);
  g_array_index (self->blocks, Block, header).space_before = 8;
  g_array_index (self->blocks, Block, header).keep_with_next = TRUE;
  for (guint i = 0; i < list->len; i++)
    {
      const KxAgreementDocMilestone *m = &g_array_index (list, KxAgreementDocMilestone, i);
      g_autofree char *seq = g_strdup_printf ("%u", i + 1);
      g_autofree char *due = g_markup_escape_text (m->due_on, -1);
      g_autofree char *target = g_markup_escape_text (m->target, -1);
      const char *cells[] = { seq, due, target };

      add_row (self, &self->milestone_table, cells, TABLE_SIZE, FALSE, header);
    }
}

/* 一、 … 十、 at the start of a line */
static gboolean
is_section_heading (const char *line)
{
  const char *numerals = "一二三四五六七八九十";
  const char *p = line;

  while (*p != '\0' && strncmp (p, "、", strlen ("、")) != 0)
    {
      g_autofree char *ch = g_strndup (p, g_utf8_next_char (p) - p);

      if (strstr (numerals, ch) == NULL)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return p != line && *p != '\0';
}

static void
add_clauses (KxAgreementLayout *self)
{
  g_auto(GStrv) lines = g_strsplit (self->doc->clauses, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      add_text (self, is_section_heading (lines[i]) ? &heading_style : &body_style, lines[i]);
    }
  /* The signatures never stand alone on the last page. */
  g_array_index (self->blocks, Block, self->blocks->len - 1).keep_with_next = TRUE;
}

/* One party's block: who, the seal or signature, the date to fill in by
 * hand. */
static char *
signature_markup (const char *party,
                  const char *name,
                  gboolean    person)
{
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  const char *blank = "<u>\u3000\u3000\u3000\u3000\u3000\u3000</u>";
  const char *day = "<u>\u3000\u3000\u3000</u>年<u>\u3000\u3000</u>月<u>\u3000\u3000</u>日";

  return g_strdup_printf ("<b>%s（%s）</b>\n%s\n\n%s：%s\n\n日期：%s", party,
                          person ? "签字" : "盖章", escaped,
                          person ? "签字" : "代表（签字）", blank, day);
}

static void
add_signatures (KxAgreementLayout *self)
{
  const KxAgreementDoc *doc = self->doc;
  g_autofree char *a = signature_markup ("甲方", doc->party_a, FALSE);
  g_autofree char *b = signature_markup ("乙方", doc->party_b, doc->party_b_person);
  const char *cells[] = { a, b };
  double half = content_width (self) / 2;

  self->signature_table = (Table) { 2, { half, half }, FALSE, 0 };
  add_row (self, &self->signature_table, cells, BODY_SIZE, FALSE, -1);
  g_array_index (self->blocks, Block, self->blocks->len - 1).space_before = 36;
}

static void
build_blocks (KxAgreementLayout *self)
{
  const KxAgreementDoc *doc = self->doc;

  g_clear_pointer (&self->blocks, g_array_unref);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);
  add_title (self);
  add_facts (self);
  add_paragraphs (self, &(TextStyle) { SERIF, BODY_SIZE, FALSE, PANGO_ALIGN_LEFT,
                                       2 * BODY_SIZE, 14, FALSE, FALSE },
                  NULL, doc->preamble);
  add_text (self, &heading_style, "一、项目内容和指标");
  add_paragraphs (self, &body_style, "主要内容：", doc->content);
  add_paragraphs (self, &body_style, "主要指标：", doc->indicators);
  add_milestones (self);
  add_clauses (self);
  add_signatures (self);
}

/* Pagination */

typedef struct
{
  KxAgreementLayout *self;
  GArray            *page;   /* of Piece, the page being filled */
  double             y;
  double             top;
  double             bottom;
} Cursor;

static void
cursor_new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (c->self->pages, c->page);
  c->y = c->top;
}

static void
cursor_place (Cursor *c,
              guint   block,
              guint   first_line,
              guint   n_lines,
              double  y)
{
  Piece piece = { block, first_line, n_lines, y };

  g_array_append_val (c->page, piece);
}

static Block *
get_block (KxAgreementLayout *self,
           guint              i)
{
  return &g_array_index (self->blocks, Block, i);
}

static double
line_height (const Block *b,
             guint        i)
{
  const LineBox *box = &g_array_index (b->lines, LineBox, i);

  return box->bottom - box->top;
}

/* What must fit below a block that keeps with the next: the next block's
 * first line or row, and what that one keeps with (a heading, the
 * table's header, its first row). */
static double
next_start_height (KxAgreementLayout *self,
                   guint              i)
{
  const Block *next;
  double height;

  if (i + 1 >= self->blocks->len)
    return 0;
  next = get_block (self, i + 1);
  if (next->kind == BLOCK_ROW)
    height = next->space_before + next->height;
  else
    height = next->space_before + line_height (next, 0);
  if (next->keep_with_next)
    height += next_start_height (self, i + 1);
  return height;
}

static void
place_row (Cursor *c,
           guint   i)
{
  Block *b = get_block (c->self, i);
  double gap = c->page->len == 0 ? 0 : b->space_before;
  double need = gap + b->height + (b->keep_with_next ? next_start_height (c->self, i) : 0);

  if (c->y + need > c->bottom && c->page->len > 0)
    {
      cursor_new_page (c);
      gap = 0;
      if (b->header >= 0)
        {
          /* The table goes on: its header again at the top. */
          cursor_place (c, (guint) b->header, 0, 0, c->y);
          c->y += get_block (c->self, (guint) b->header)->height;
        }
    }
  cursor_place (c, i, 0, 0, c->y + gap);
  c->y += gap + b->height;
}

static void
place_text (Cursor *c,
            guint   i)
{
  Block *b = get_block (c->self, i);
  double gap = c->page->len == 0 ? 0 : b->space_before;
  guint n = b->lines->len;
  guint first = 0;

  if (b->keep_with_next && n == 1 &&
      c->y + gap + line_height (b, 0) + next_start_height (c->self, i) > c->bottom &&
      c->page->len > 0)
    {
      cursor_new_page (c);
      gap = 0;
    }
  while (first < n)
    {
      const LineBox *top = &g_array_index (b->lines, LineBox, first);
      double avail = c->bottom - (c->y + gap);
      guint k = first;

      while (k < n && g_array_index (b->lines, LineBox, k).bottom - top->top <= avail)
        k++;
      /* No room, or room for only the first line of a paragraph (an
       * orphan): start on the next page, unless the page is empty. */
      if ((k == first || (first == 0 && k == 1 && n > 1)) && c->page->len > 0)
        {
          cursor_new_page (c);
          gap = 0;
          continue;
        }
      /* A paragraph that keeps with the next (the last clause before the
       * signatures) takes its last two lines along when that one must
       * go to the next page. */
      if (k == n && b->keep_with_next && c->page->len > 0 &&
          c->y + gap + g_array_index (b->lines, LineBox, n - 1).bottom - top->top +
          next_start_height (c->self, i) > c->bottom)
        {
          k = n > first + 2 ? n - 2 : first;
          if (k == first || (first == 0 && k == 1))
            {
              cursor_new_page (c);
              gap = 0;
              continue;
            }
        }
      /* Nor leave a paragraph's last line alone at the top of the next
       * page (a widow): take one more line along, or the whole paragraph
       * when that would leave its first line alone here. */
      if (k == n - 1 && first == 0 && k < 3 && c->page->len > 0)
        {
          cursor_new_page (c);
          gap = 0;
          continue;
        }
      if (k == n - 1 && k >= first + (first == 0 ? 3 : 2))
        k--;
      k = MAX (k, first + 1);
      cursor_place (c, i, first, k - first, c->y + gap - top->top);
      c->y += gap + g_array_index (b->lines, LineBox, k - 1).bottom - top->top;
      gap = 0;
      first = k;
      if (first < n)
        cursor_new_page (c);
    }
}

guint
kx_agreement_layout_paginate (KxAgreementLayout *self,
                              cairo_t           *cr)
{
  Cursor c = { self, NULL, 0, self->page.margin_top,
               self->page.height - self->page.margin_bottom };
  cairo_font_options_t *options = cairo_font_options_create ();

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  /* Unhinted metrics at 72 dpi: the same breaks on screen, paper and PDF. */
  g_clear_object (&self->context);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  build_blocks (self);
  g_ptr_array_set_size (self->pages, 0);
  cursor_new_page (&c);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      if (get_block (self, i)->kind == BLOCK_ROW)
        place_row (&c, i);
      else
        place_text (&c, i);
    }
  return self->pages->len;
}

/* Drawing */

static void
draw_text (KxAgreementLayout *self,
           cairo_t           *cr,
           const Piece       *piece)
{
  Block *b = get_block (self, piece->block);
  double left = self->page.margin_left + b->x;

  for (guint k = piece->first_line; k < piece->first_line + piece->n_lines; k++)
    {
      const LineBox *box = &g_array_index (b->lines, LineBox, k);

      cairo_move_to (cr, left + box->x, piece->y + box->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (b->layout, (int) k));
    }
}

static void
draw_row (KxAgreementLayout *self,
          cairo_t           *cr,
          const Piece       *piece)
{
  Block *b = get_block (self, piece->block);
  double x = self->page.margin_left + b->x;

  for (guint i = 0; i < b->table->n_columns; i++)
    {
      double w = b->table->widths[i];

      if (b->shaded && (b->table->shaded_columns & (1u << i)) != 0)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_rectangle (cr, x, piece->y, w, b->height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (b->table->ruled)
        {
          cairo_set_line_width (cr, 0.6);
          cairo_rectangle (cr, x, piece->y, w, b->height);
          cairo_stroke (cr);
        }
      cairo_move_to (cr, x + CELL_PAD, piece->y + CELL_PAD);
      pango_cairo_show_layout (cr, b->cells[i]);
      x += w;
    }
}

static void
draw_margin_text (KxAgreementLayout *self,
                  cairo_t           *cr,
                  const char        *text,
                  PangoAlignment     align,
                  double             y)
{
  g_autoptr(PangoLayout) layout = new_layout (self, SERIF, 9, FALSE, content_width (self));
  PangoRectangle logical;

  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, self->page.margin_left, y - pango_units_to_double (logical.height) / 2);
  pango_cairo_show_layout (cr, layout);
}

void
kx_agreement_layout_draw_page (KxAgreementLayout *self,
                               cairo_t           *cr,
                               guint              page)
{
  GArray *pieces;
  g_autofree char *footer = NULL;

  g_return_if_fail (self != NULL && self->context != NULL);
  g_return_if_fail (page < self->pages->len);

  pieces = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);

      if (get_block (self, piece->block)->kind == BLOCK_ROW)
        draw_row (self, cr, piece);
      else
        draw_text (self, cr, piece);
    }
  if (page > 0)
    {
      g_autofree char *header = g_strdup_printf ("项目责任书  编号：%s", self->doc->number);

      draw_margin_text (self, cr, header, PANGO_ALIGN_RIGHT, self->page.margin_top / 2);
    }
  footer = g_strdup_printf ("第 %u 页 共 %u 页", page + 1, self->pages->len);
  draw_margin_text (self, cr, footer, PANGO_ALIGN_CENTER,
                    self->page.height - self->page.margin_bottom / 2);
  cairo_restore (cr);
}

/* Life cycle */

KxAgreementLayout *
kx_agreement_layout_new (const KxAgreementDoc  *doc,
                         const KxAgreementPage *page)
{
  KxAgreementLayout *self;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (page != NULL, NULL);

  self = g_new0 (KxAgreementLayout, 1);
  self->doc = doc;
  self->page = *page;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return self;
}

void
kx_agreement_layout_free (KxAgreementLayout *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_free (self);
}

guint
kx_agreement_layout_get_n_pages (KxAgreementLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}
