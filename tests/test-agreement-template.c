/* test-agreement-template.c: the per-call clause text of the agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-agreement-template.h"
#include "kx-decision.h"
#include "kx-test-world.h"

typedef KxTestWorld Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  kx_test_world_set_up (f, "agreement-template", KX_TEST_BUDGET_FEN, -1);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

static const KxAgreementFields fields = {
  .party_b = "郴州市医学会", .project_title = "基层医疗科普行",
  .project_number = "2026-0007", .project_type = KX_PROJECT_TYPE_SOCIAL_SERVICE,
  .approved_fen = 12345678, .year = 2026, .number = "CZKX-2026-003",
  .signed_on = "2026-04-25", .ban_years_fraud = 3, .ban_years_failed = 2,
};

/* Every placeholder is replaced by its value; text around it is kept. */
static void
test_render (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new ("开头");
  g_autofree char *text = NULL;
  const KxAgreementPlaceholder *list;
  guint n = 0;

  list = kx_agreement_template_placeholders (&n);
  g_assert_cmpuint (n, ==, 12);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (list[i].meaning);
      g_string_append_printf (all, "[%s={{%s}}]", list[i].name, list[i].name);
    }
  text = kx_agreement_template_render (all->str, &fields, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "开头"));
  assert_contains (text, "[甲方=郴州市科学技术协会]");
  assert_contains (text, "[乙方=郴州市医学会]");
  assert_contains (text, "[项目名称=基层医疗科普行]");
  assert_contains (text, "[项目编号=2026-0007]");
  assert_contains (text, "[项目类别=社会化服务]");
  assert_contains (text, "[核定金额=¥123,456.78]");
  assert_contains (text, "[核定金额大写=壹拾贰万叁仟肆佰伍拾陆元柒角捌分]");
  assert_contains (text, "[年度=2026]");
  assert_contains (text, "[编号=CZKX-2026-003]");
  assert_contains (text, "[签订日期=2026年4月25日]");
  assert_contains (text, "[弄虚作假取消年限=3]");
  assert_contains (text, "[验收不合格取消年限=2]");
  g_assert_null (strstr (text, "{{"));
}

/* The default quotes the policy: 七(三), 五.4, 五.5 and 七(二). */
static void
test_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kx_agreement_template_render (kx_agreement_template_default (),
                                                        &fields, &error);

  g_assert_no_error (error);
  assert_contains (text, "单独核算，专款专用");
  assert_contains (text, "不得用于与本项目无关的其他支出");
  assert_contains (text, "汇报项目实施进度和实施成果");
  assert_contains (text, "中期检查和总结验收");
  assert_contains (text, "对弄虚作假、虚报业绩的，收回已拨付的项目资金，并连续3年取消其申报资格；"
                         "对项目考核验收不合格的，收回已拨付的项目资金，并连续2年取消其申报资格。");
}

static void
assert_invalid (const char *text,
                const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = kx_agreement_template_render (text, &fields, &error);

  g_assert_null (out);
  g_assert_error (error, KX_DECISION_ERROR, KX_ERROR_INVALID);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, part);
  g_clear_error (&error);
  g_assert_false (kx_agreement_template_validate (text, &error));
  g_assert_error (error, KX_DECISION_ERROR, KX_ERROR_INVALID);
}

static void
test_invalid (void)
{
  assert_invalid ("甲方：{{甲方}}，负责人：{{负责人}}。", "{{负责人}}");
  assert_invalid ("乙方：{{乙方}", "{{乙方}");
  assert_invalid ("乙方：{乙方}}", "{乙方}}");
  assert_invalid ("金额 }} 元", "}}");
  assert_invalid ("{{项目\n名称}}", "{{项目");
  assert_invalid ("  \n", "empty");
}

/* Set is audited and validated; NULL restores the default; the call's
 * template is what the next agreement's text says, while one signed
 * before keeps its text. */
static void
test_set_and_sign (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxAgreement) first = NULL;
  g_autoptr(KxAgreement) second = NULL;
  g_autofree char *text = NULL;
  gboolean is_default = FALSE;
  gint64 a = kx_test_project_at (f, KX_STAGE_AGREEMENT_SIGNED, 0, KX_TEST_YUAN (100000));
  gint64 b = kx_test_project_at (f, KX_STAGE_NOTICE_PASSED, 0, KX_TEST_YUAN (50000));
  gint64 audits = kx_test_count (f, "audit_log");

  text = kx_agreement_template_get (f->store, f->call, &is_default, &error);
  g_assert_no_error (error);
  g_assert_true (is_default);
  g_assert_cmpstr (text, ==, kx_agreement_template_default ());
  g_clear_pointer (&text, g_free);

  kx_test_assert_refused (f, kx_agreement_template_set (f->store, f->call, "{{签字人}}", &error),
                          error, KX_DECISION_ERROR, KX_ERROR_INVALID, "{{签字人}}");
  g_assert_true (kx_agreement_template_set (f->store, f->call,
                                            "四、特别约定\n{{乙方}}承诺{{核定金额大写}}全部用于"
                                            "《{{项目名称}}》。\n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (kx_test_count (f, "audit_log"), ==, audits + 1);
  g_assert_cmpint (kx_test_query_int (f, "SELECT count(*) FROM audit_log "
                                         "WHERE action = 'set-agreement-template'"), ==, 1);
  text = kx_agreement_template_get (f->store, f->call, &is_default, &error);
  g_assert_false (is_default);
  assert_contains (text, "特别约定");

  g_assert_true (kx_agreement_sign (f->store, b, "2026-04-30", NULL, &error));
  g_assert_no_error (error);
  second = kx_agreement_get (f->store, b, &error);
  assert_contains (second->text, "研究员2承诺伍万元整全部用于《郴州市科技创新课题调研2》。");
  g_assert_null (strstr (second->text, "专款专用"));
  assert_contains (second->text, "乙方（签字）：研究员2");
  first = kx_agreement_get (f->store, a, &error);
  assert_contains (first->text, "专款专用");

  g_assert_true (kx_agreement_template_set (f->store, f->call, NULL, &error));
  g_clear_pointer (&text, g_free);
  text = kx_agreement_template_get (f->store, f->call, &is_default, &error);
  g_assert_true (is_default);
  g_assert_null (kx_agreement_template_get (f->store, 999, NULL, &error));
  g_assert_error (error, KX_DECISION_ERROR, KX_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement-template/render", test_render);
  g_test_add_func ("/agreement-template/default", test_default);
  g_test_add_func ("/agreement-template/invalid", test_invalid);
  g_test_add ("/agreement-template/set-and-sign", Fixture, NULL, fixture_set_up,
              test_set_and_sign, kx_test_world_tear_down);

  return g_test_run ();
}
