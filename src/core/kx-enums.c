/* kx-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-enums"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kx-enums.h"

typedef struct
{
  const char *id;
  const char *label;   /* msgid, translated on use */
  const char *zh;      /* the Chinese name also accepted as input */
} Name;

static const Name org_kinds[KX_N_ORG_KINDS] = {
  { "city_society", N_("City society"), "市级学会" },
  { "university_sta", N_("University STA"), "高校科协" },
  { "county_sta", N_("County STA"), "县市区科协" },
  { "grassroots_sta", N_("Grassroots STA"), "基层科协" },
  { "researcher", N_("Researcher"), "科技工作者" },
};

static const Name project_types[KX_N_PROJECT_TYPES] = {
  { "1", N_("Comprehensive demonstration society"), "综合示范学会" },
  { "2", N_("Academic exchange and key activities"), "学术交流和重点活动" },
  { "3", N_("Social services"), "社会化服务" },
  { "4", N_("Decision consulting and research"), "决策咨询和课题调研" },
  { "5", N_("Leading county society capacity"), "引领县级学会能力提升" },
};

static const Name project_types_short[KX_N_PROJECT_TYPES] = {
  { "1", N_("Demonstration"), "综合示范" },
  { "2", N_("Academic"), "学术交流" },
  { "3", N_("Services"), "社会化服务" },
  { "4", N_("Consulting"), "决策咨询" },
  { "5", N_("County"), "县级引领" },
};

static const Name stages[KX_N_STAGES] = {
  { "draft", N_("Draft"), "草稿" },
  { "submitted", N_("Submitted"), "已申报" },
  { "returned", N_("Returned for correction"), "退回补正" },
  { "rejected", N_("Rejected"), "不予受理" },
  { "formal_passed", N_("Formal review passed"), "形式审查通过" },
  { "under_expert_review", N_("Under expert review"), "专家评审中" },
  { "reviewed", N_("Reviewed"), "评审完成" },
  { "approved", N_("Approved"), "党组同意" },
  { "not_approved", N_("Not approved"), "未立项" },
  { "in_notice", N_("In public notice"), "公示中" },
  { "notice_passed", N_("Notice passed"), "公示无异议" },
  { "withdrawn", N_("Withdrawn"), "撤销" },
  { "agreement_signed", N_("Agreement signed"), "已签责任书" },
  { "funded", N_("Funded"), "已拨付" },
  { "in_progress", N_("In progress"), "实施中" },
  { "midterm_passed", N_("Mid-term passed"), "中期合格" },
  { "accepted", N_("Accepted"), "验收合格" },
  { "failed_acceptance", N_("Failed acceptance"), "验收不合格" },
  { "revoked", N_("Revoked"), "已撤销" },
};

static const Name facts[KX_N_FACTS] = {
  { "management_normal", N_("Management normal"), "管理规范" },
  { "capable_secretary", N_("Capable secretary-general"), "秘书长得力" },
  { "finance_system", N_("Sound finance system"), "财务制度健全" },
  { "bank_account", N_("Independent bank account"), "独立银行帐号" },
  { "finance_staff", N_("Dedicated finance staff"), "专门财务人员" },
  { "party_branch_active", N_("Party branch active"), "党支部活动正常" },
  { "distinctive_work", N_("Distinctive work"), "工作有特色" },
  { "commendation", N_("City-level commendation"), "市级先进表彰" },
  { "violation", N_("Violation of discipline or law"), "违纪违法" },
  { "notified_penalty", N_("Notified criticism or penalty"), "通报批评或处罚" },
  { "uncompleted_task", N_("Uncompleted assigned task"), "未完成交办任务" },
};

static gboolean
find_name (const Name *names,
           int         n,
           const char *text,
           int        *out)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return FALSE;
  key = g_strstrip (g_strdup (text));
  for (int i = 0; i < n; i++)
    if (g_ascii_strcasecmp (key, names[i].id) == 0 ||
        g_strcmp0 (key, names[i].zh) == 0 ||
        g_strcmp0 (key, _(names[i].label)) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kx_org_kind_to_string (KxOrgKind kind)
{
  g_return_val_if_fail (kind < KX_N_ORG_KINDS, NULL);
  return org_kinds[kind].id;
}

gboolean
kx_org_kind_from_string (const char *text,
                         KxOrgKind  *out)
{
  int i;

  if (!find_name (org_kinds, KX_N_ORG_KINDS, text, &i))
    return FALSE;
  *out = (KxOrgKind) i;
  return TRUE;
}

const char *
kx_org_kind_label (KxOrgKind kind)
{
  g_return_val_if_fail (kind < KX_N_ORG_KINDS, NULL);
  return _(org_kinds[kind].label);
}

gboolean
kx_project_type_is_valid (int type)
{
  return type >= 1 && type <= KX_N_PROJECT_TYPES;
}

const char *
kx_project_type_label (KxProjectType type)
{
  g_return_val_if_fail (kx_project_type_is_valid (type), NULL);
  return _(project_types[type - 1].label);
}

const char *
kx_project_type_short (KxProjectType type)
{
  g_return_val_if_fail (kx_project_type_is_valid (type), NULL);
  return _(project_types_short[type - 1].label);
}

gboolean
kx_project_type_from_string (const char    *text,
                             KxProjectType *out)
{
  int i;

  if (!find_name (project_types, KX_N_PROJECT_TYPES, text, &i) &&
      !find_name (project_types_short, KX_N_PROJECT_TYPES, text, &i))
    return FALSE;
  *out = (KxProjectType) (i + 1);
  return TRUE;
}

const char *
kx_stage_to_string (KxStage stage)
{
  g_return_val_if_fail (stage < KX_N_STAGES, NULL);
  return stages[stage].id;
}

gboolean
kx_stage_from_string (const char *text,
                      KxStage    *out)
{
  int i;

  if (!find_name (stages, KX_N_STAGES, text, &i))
    return FALSE;
  *out = (KxStage) i;
  return TRUE;
}

const char *
kx_stage_label (KxStage stage)
{
  g_return_val_if_fail (stage < KX_N_STAGES, NULL);
  return _(stages[stage].label);
}

const char *
kx_fact_kind_to_string (KxFactKind kind)
{
  g_return_val_if_fail (kind < KX_N_FACTS, NULL);
  return facts[kind].id;
}

gboolean
kx_fact_kind_from_string (const char *text,
                          KxFactKind *out)
{
  int i;

  if (!find_name (facts, KX_N_FACTS, text, &i))
    return FALSE;
  *out = (KxFactKind) i;
  return TRUE;
}

const char *
kx_fact_kind_label (KxFactKind kind)
{
  g_return_val_if_fail (kind < KX_N_FACTS, NULL);
  return _(facts[kind].label);
}

const char *
kx_result_to_string (KxResult result)
{
  switch (result)
    {
    case KX_RESULT_PASS:
      return "pass";
    case KX_RESULT_FAIL:
      return "fail";
    case KX_RESULT_UNKNOWN:
    default:
      return NULL;
    }
}

gboolean
kx_result_from_string (const char *text,
                       KxResult   *out)
{
  static const char * const pass[] = { "pass", "合格", "通过", "1", "yes", "是", NULL };
  static const char * const fail[] = { "fail", "不合格", "未通过", "0", "no", "否", NULL };
  static const char * const unknown[] = { "", "unknown", "未知", NULL };
  g_autofree char *key = NULL;

  if (text == NULL)
    {
      *out = KX_RESULT_UNKNOWN;
      return TRUE;
    }
  {
    g_autofree char *copy = g_strstrip (g_strdup (text));

    key = g_ascii_strdown (copy, -1);
  }
  if (g_strv_contains (pass, key))
    *out = KX_RESULT_PASS;
  else if (g_strv_contains (fail, key))
    *out = KX_RESULT_FAIL;
  else if (g_strv_contains (unknown, key))
    *out = KX_RESULT_UNKNOWN;
  else
    return FALSE;
  return TRUE;
}

const char *
kx_result_label (KxResult result)
{
  switch (result)
    {
    case KX_RESULT_PASS:
      return _("Pass");
    case KX_RESULT_FAIL:
      return _("Fail");
    case KX_RESULT_UNKNOWN:
    default:
      return _("Unknown");
    }
}

const char *
kx_milestone_status_label (const char *status)
{
  if (g_strcmp0 (status, "planned") == 0)
    return C_("milestone", "Planned");
  if (g_strcmp0 (status, "in_progress") == 0)
    return C_("milestone", "In progress");
  if (g_strcmp0 (status, "done") == 0)
    return C_("milestone", "Done");
  if (g_strcmp0 (status, "missed") == 0)
    return C_("milestone", "Missed");
  return status;
}
