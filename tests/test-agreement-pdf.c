/* test-agreement-pdf.c: the responsibility agreement printed to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back as the office's tools would: pdftotext for the
 * text (the organization, the number, the amount in figures and in
 * capitals, the clauses, the page numbers), pdfinfo for the page count,
 * and pdftotext -bbox for where each word is drawn (nothing outside the
 * page, no two words on top of each other).
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include <cairo-pdf.h>

#include "kx-agreement-doc.h"
#include "kx-agreement-layout.h"
#include "kx-agreement-pdf.h"
#include "kx-agreement-template.h"
#include "kx-decision.h"
#include "kx-export.h"
#include "kx-test-world.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "agreement-pdf", KX_TEST_BUDGET_FEN, -1);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The text of the PDF with every space and line break taken out, so that
 * a phrase wrapped at the end of a line is still found. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = run_tool (argv);
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static guint
count (const char *text,
       const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p != NULL; p = strstr (p + 1, part))
    n++;
  return n;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", part, text);
}

typedef struct
{
  double x0, y0, x1, y1;
} Box;

/* Every word lies inside its page, and no two words overlap: no line was
 * clipped at the page's edge or drawn over another. */
static void
assert_words_apart (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = run_tool (argv);
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);

  for (guint p = 1; pages[p] != NULL; p++)
    {
      g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (Box));
      double width = 0, height = 0;
      const char *w = pages[p];

      g_assert_cmpint (sscanf (w, "width=\"%lf\" height=\"%lf\"", &width, &height), ==, 2);
      while ((w = strstr (w, "<word ")) != NULL)
        {
          Box b;

          g_assert_cmpint (sscanf (w, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                                   &b.x0, &b.y0, &b.x1, &b.y1), ==, 4);
          g_assert_cmpfloat (b.x0, >=, 0);
          g_assert_cmpfloat (b.y0, >=, 0);
          g_assert_cmpfloat (b.x1, <=, width);
          g_assert_cmpfloat (b.y1, <=, height);
          for (guint i = 0; i < boxes->len; i++)
            {
              const Box *o = &g_array_index (boxes, Box, i);

              if (b.x0 < o->x1 - 0.5 && o->x0 < b.x1 - 0.5 &&
                  b.y0 < o->y1 - 0.5 && o->y0 < b.y1 - 0.5)
                g_error ("page %u: words at (%.1f, %.1f) and (%.1f, %.1f) overlap",
                         p, b.x0, b.y0, o->x0, o->y0);
            }
          g_array_append_val (boxes, b);
          w++;
        }
    }
}

/* A signed project: the parties, the number, the amount both ways, the
 * clauses of 七(三), 五.4, 五.5 and 七(二), the page numbers. */
static void
test_project (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "agreement.pdf");
  g_autofree char *text = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, 0, 12345678);
  guint pages;

  g_assert_true (kx_agreement_write_pdf (f->store, id, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  pages = pdf_pages (path);
  assert_contains (text, "项目责任书");
  assert_contains (text, "编号：CZKX-2026-001");
  assert_contains (text, "甲方：郴州市科学技术协会");
  assert_contains (text, "乙方：研究员1");
  assert_contains (text, "郴州市科技创新课题调研1");
  assert_contains (text, "决策咨询和课题调研");
  assert_contains (text, "人民币¥123,456.78");
  assert_contains (text, "大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分");
  assert_contains (text, "单独核算，专款专用");
  assert_contains (text, "不得用于与本项目无关的其他支出");
  assert_contains (text, "及时向专项办公室汇报项目实施进度和实施成果");
  assert_contains (text, "中期检查和总结验收");
  assert_contains (text, "对弄虚作假、虚报业绩的，收回已拨付的项目资金，并连续3年取消其申报资格；"
                         "对项目考核验收不合格的，收回已拨付的项目资金，并连续2年取消其申报资格。");
  assert_contains (text, "完成调研");
  assert_contains (text, "提交调研报告");
  assert_contains (text, "乙方（签字）");
  assert_contains (text, "甲方（盖章）");
  assert_contains (text, "日期：");
  g_assert_cmpuint (pages, >=, 2);
  for (guint p = 1; p <= pages; p++)
    {
      g_autofree char *number = g_strdup_printf ("第%u页共%u页", p, pages);

      assert_contains (text, number);
    }
  assert_words_apart (path);
}

/* Very long content and 30 milestones flow over more pages, and every
 * paragraph and every milestone is there exactly once. */
static void
test_long_project (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "long.pdf");
  g_autofree char *short_path = path_in (f, "short.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GString) content = g_string_new (NULL);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  KxMilestoneFields milestones[30];
  KxBudgetLineFields line = { .item = "调研费", .amount_fen = KX_TEST_YUAN (100000) };
  KxProjectFields fields = {
    .call_id = f->call, .type = KX_PROJECT_TYPE_CONSULTING, .title = "郴州市有色金属产业长篇调研",
    .indicators = "形成调研报告一份", .milestones = milestones, .n_milestones = 30,
    .budget_lines = &line, .n_budget_lines = 1,
  };
  gint64 id = 0;
  gint64 short_id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, 0, KX_TEST_YUAN (50000));

  for (int i = 1; i <= 40; i++)
    g_string_append_printf (content, "【段落%02d】围绕郴州市有色金属产业转型升级，组织专家深入"
                            "企业、园区和县市区开展实地调研和座谈，系统梳理产业链现状、"
                            "技术短板和人才需求，比较国内同类城市的经验做法，提出可操作的"
                            "对策建议，形成阶段成果并向市委、市政府报送。\n", i);
  fields.content = content->str;
  for (int i = 0; i < 30; i++)
    {
      char *due = g_strdup_printf ("2026-%02d-%02d", 7 + i / 6, 1 + (i % 6) * 5);
      char *target = g_strdup_printf ("阶段目标第%02d项：完成第%02d批调研并形成小结", i + 1, i + 1);

      g_ptr_array_add (strings, due);
      g_ptr_array_add (strings, target);
      milestones[i] = (KxMilestoneFields) { .seq = i + 1, .due_on = due, .target = target };
    }
  fields.organization_id = kx_test_add_org (f, "长篇研究员", KX_ORG_KIND_RESEARCHER);
  g_assert_true (kx_project_insert (f->store, &fields, &id, &error));
  g_assert_no_error (error);
  kx_test_walk (f, id, KX_STAGE_AGREEMENT_SIGNED);

  g_assert_true (kx_agreement_write_pdf (f->store, short_id, short_path, &error));
  g_assert_true (kx_agreement_write_pdf (f->store, id, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), >=, pdf_pages (short_path) + 4);
  text = pdf_text (path);
  for (int i = 1; i <= 40; i++)
    {
      g_autofree char *mark = g_strdup_printf ("【段落%02d】", i);

      g_assert_cmpuint (count (text, mark), ==, 1);
    }
  for (int i = 1; i <= 30; i++)
    {
      g_autofree char *target = g_strdup_printf ("阶段目标第%02d项：完成第%02d批调研并形成小结",
                                                 i, i);

      g_assert_cmpuint (count (text, target), ==, 1);
    }
  /* The milestone table's header is repeated where the table goes on. */
  g_assert_cmpuint (count (text, "序号完成时间阶段目标"), >=, 2);
  assert_contains (text, "对项目考核验收不合格的");
  assert_words_apart (path);
}

/* The call's PDF: every signed agreement, each on its own pages. */
static void
test_call (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "call.pdf");
  g_autofree char *text = NULL;
  guint sum = 0, n = 0;
  gint64 ids[3];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, 0, KX_TEST_YUAN (30000 + i));
  kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, KX_TEST_YUAN (20000));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *one = g_strdup_printf ("%s/one-%u.pdf", f->dir, i);

      g_assert_true (kx_agreement_write_pdf (f->store, ids[i], one, &error));
      sum += pdf_pages (one);
    }
  g_assert_true (kx_agreement_write_call_pdf (f->store, f->call, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (pdf_pages (path), ==, sum);
  text = pdf_text (path);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *number = g_strdup_printf ("编号：CZKX-2026-%03u", i + 1);
      g_autofree char *name = g_strdup_printf ("乙方：研究员%u", i + 1);

      assert_contains (text, number);
      assert_contains (text, name);
    }
  g_assert_null (strstr (text, "研究员4"));
}

/* Nothing signed, nothing printed: a clear refusal and no file. */
static void
test_unsigned (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "none.pdf");
  g_autoptr(KxProject) p = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, KX_TEST_YUAN (20000));

  p = kx_project_get (f->store, id, &error);
  g_assert_false (kx_agreement_write_pdf (f->store, id, path, &error));
  g_assert_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID);
  assert_contains (error->message, kx_project_get_number (p));
  assert_contains (error->message, "responsibility agreement");
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_false (kx_agreement_write_call_pdf (f->store, f->call, path, NULL, &error));
  g_assert_error (error, KX_EXPORT_ERROR, KX_EXPORT_ERROR_INVALID);
  assert_contains (error->message, "2026");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A custom template: its text is what the next agreement prints. */
static void
test_custom_template (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (f, "custom.pdf");
  g_autofree char *text = NULL;
  gint64 id = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, KX_TEST_YUAN (80000));

  g_assert_false (kx_agreement_template_set (f->store, f->call, "{{乙方}}与{{丙方}}", &error));
  g_assert_error (error, KX_DECISION_ERROR, KX_ERROR_INVALID);
  assert_contains (error->message, "{{丙方}}");
  g_clear_error (&error);
  g_assert_true (kx_agreement_template_set (f->store, f->call,
                                            "四、特别约定\n{{乙方}}承诺将{{核定金额大写}}全部用于"
                                            "本项目，编号{{编号}}。\n\n五、其他\n本责任书一式两份。",
                                            &error));
  g_assert_true (kx_agreement_sign (f->store, id, "2026-04-30", NULL, &error));
  g_assert_true (kx_agreement_write_pdf (f->store, id, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  assert_contains (text, "四、特别约定");
  assert_contains (text, "研究员1承诺将捌万元整全部用于本项目，编号CZKX-2026-001。");
  assert_contains (text, "五、其他");
  g_assert_null (strstr (text, "专款专用"));
}

/* kexie-cli agreement --project / pdf --call, and call template set. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = path_in (f, "kexie.db");
  g_autofree char *one = path_in (f, "cli-one.pdf");
  g_autofree char *all = path_in (f, "cli-call.pdf");
  g_autofree char *bad = path_in (f, "bad.txt");
  g_autofree char *text = NULL;
  g_auto(KxTestRun) run = { 0 };
  gint64 id = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, 0, KX_TEST_YUAN (60000));
  gint64 unsigned_id = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, KX_TEST_YUAN (20000));
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *unsigned_text = g_strdup_printf ("%" G_GINT64_FORMAT, unsigned_id);

  kx_test_run_cli (db, (const char *[]) { "agreement", "--project", id_text, "-o", one, NULL },
                   &run);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (one);
  assert_contains (text, "陆万元整");
  kx_test_run_cli (db, (const char *[]) { "agreement", "pdf", "--call", "2026", "-o", all, NULL },
                   &run);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, all);
  g_assert_cmpuint (pdf_pages (all), ==, pdf_pages (one));

  kx_test_run_cli (db, (const char *[]) { "agreement", "--project", unsigned_text, "-o", "x.pdf",
                                          NULL }, &run);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "responsibility agreement");
  kx_test_run_cli (db, (const char *[]) { "agreement", "pdf", "-o", "x.pdf", NULL }, &run);
  g_assert_cmpint (run.status, ==, 2);

  g_assert_true (g_file_set_contents (bad, "{{甲方}}与{{监理方}}", -1, NULL));
  kx_test_run_cli (db, (const char *[]) { "call", "template", "set", "2026", "--file", bad,
                                          NULL }, &run);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "{{监理方}}");
  kx_test_run_cli (db, (const char *[]) { "call", "template", "show", "--call", "2026", NULL },
                   &run);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "专款专用");

  /* agreement sign still works beside the PDF forms. */
  kx_test_run_cli (db, (const char *[]) { "agreement", "sign", unsigned_text,
                                          "--date", "2026-04-30", NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "CZKX-2026-002");
}

static guint
paginate_on (const KxAgreementDoc *doc,
             cairo_surface_t      *surface,
             double                scale)
{
  g_autoptr(KxAgreementLayout) layout = NULL;
  KxAgreementPage page;
  cairo_t *cr = cairo_create (surface);
  guint n;

  kx_agreement_page_init_a4 (&page);
  layout = kx_agreement_layout_new (doc, &page);
  cairo_scale (cr, scale, scale);
  n = kx_agreement_layout_paginate (layout, cr);
  g_assert_cmpuint (n, ==, kx_agreement_layout_get_n_pages (layout));
  for (guint p = 0; p < n; p++)
    kx_agreement_layout_draw_page (layout, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return n;
}

/* The window prints through GtkPrintOperation on whatever the printer
 * gives; the pages must break where they do in the PDF. Content with
 * lines that look like the agreement's own headings stays content. */
static void
test_device_independent (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxAgreementDoc) doc = NULL;
  g_autofree char *path = path_in (f, "device.pdf");
  cairo_surface_t *pdf, *image, *screen;
  KxMilestoneFields milestone = { .due_on = "2026-10-31", .target = "完成调研" };
  KxBudgetLineFields line = { .item = "调研费", .amount_fen = KX_TEST_YUAN (40000) };
  KxProjectFields fields = {
    .call_id = f->call, .type = KX_PROJECT_TYPE_CONSULTING, .title = "郴州市科普现状调研",
    .content = "一、调研\n二、座谈\n三、资金拨付说明", .indicators = "调研报告一份",
    .milestones = &milestone, .n_milestones = 1, .budget_lines = &line, .n_budget_lines = 1,
    .organization_id = kx_test_add_org (f, "研究员甲", KX_ORG_KIND_RESEARCHER),
  };
  guint at_72, at_300, at_96;
  gint64 id = 0;

  g_assert_true (kx_project_insert (f->store, &fields, &id, &error));
  g_assert_no_error (error);
  kx_test_walk (f, id, KX_STAGE_AGREEMENT_SIGNED);
  doc = kx_agreement_doc_load (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (doc->preamble, "根据《"));
  g_assert_true (g_str_has_prefix (doc->clauses, "三、资金拨付（"));
  g_assert_nonnull (strstr (doc->content, "三、资金拨付说明"));

  pdf = cairo_pdf_surface_create (path, 595.28, 841.89);
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2480, 3508);
  screen = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 794, 1123);
  at_72 = paginate_on (doc, pdf, 1);
  at_300 = paginate_on (doc, image, 300.0 / 72);
  at_96 = paginate_on (doc, screen, 96.0 / 72);
  g_assert_cmpuint (at_72, >=, 2);
  g_assert_cmpuint (at_300, ==, at_72);
  g_assert_cmpuint (at_96, ==, at_72);
  cairo_surface_destroy (pdf);
  cairo_surface_destroy (image);
  cairo_surface_destroy (screen);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, kx_test_world_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/agreement-pdf/project", test_project);
  ADD ("/agreement-pdf/long-project", test_long_project);
  ADD ("/agreement-pdf/call", test_call);
  ADD ("/agreement-pdf/unsigned", test_unsigned);
  ADD ("/agreement-pdf/custom-template", test_custom_template);
  ADD ("/agreement-pdf/cli", test_cli);
  ADD ("/agreement-pdf/device-independent", test_device_independent);

  return g_test_run ();
}
