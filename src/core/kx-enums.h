/* kx-enums.h: the fixed vocabularies of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each enum has a stable identifier stored in the database (to_string /
 * from_string) and a translated label for people (label). from_string
 * also accepts the Chinese label, so CSV files typed by the office work.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KX_ORG_KIND_CITY_SOCIETY,    /* 市级学会 */
  KX_ORG_KIND_UNIVERSITY_STA,  /* 高校科协 */
  KX_ORG_KIND_COUNTY_STA,      /* 县市区科协 */
  KX_ORG_KIND_GRASSROOTS_STA,  /* 基层科协 */
  KX_ORG_KIND_RESEARCHER,      /* 科技工作者 (individual, 四.4) */
  KX_N_ORG_KINDS
} KxOrgKind;

/* Bit of a kind in call_type.allowed_kinds. */
#define KX_ORG_KIND_BIT(kind) (1u << (kind))

/* The five project types of 四.1–5; values are the numbers used there. */
typedef enum
{
  KX_PROJECT_TYPE_DEMO_SOCIETY = 1,  /* 综合示范学会 */
  KX_PROJECT_TYPE_ACADEMIC = 2,      /* 学术交流和重点活动 */
  KX_PROJECT_TYPE_SOCIAL_SERVICE = 3,/* 社会化服务 */
  KX_PROJECT_TYPE_CONSULTING = 4,    /* 决策咨询和课题调研 */
  KX_PROJECT_TYPE_COUNTY = 5,        /* 引领县级学会能力提升 */
} KxProjectType;

#define KX_N_PROJECT_TYPES 5

typedef enum
{
  KX_STAGE_DRAFT,
  KX_STAGE_SUBMITTED,
  KX_STAGE_RETURNED,
  KX_STAGE_REJECTED,
  KX_STAGE_FORMAL_PASSED,
  KX_STAGE_UNDER_EXPERT_REVIEW,
  KX_STAGE_REVIEWED,
  KX_STAGE_APPROVED,
  KX_STAGE_NOT_APPROVED,
  KX_STAGE_IN_NOTICE,
  KX_STAGE_NOTICE_PASSED,
  KX_STAGE_WITHDRAWN,
  KX_STAGE_AGREEMENT_SIGNED,
  KX_STAGE_FUNDED,
  KX_STAGE_IN_PROGRESS,
  KX_STAGE_MIDTERM_PASSED,
  KX_STAGE_ACCEPTED,
  KX_STAGE_FAILED_ACCEPTANCE,
  KX_STAGE_REVOKED,
  KX_N_STAGES
} KxStage;

typedef enum
{
  KX_FACT_MANAGEMENT_NORMAL,    /* 内部管理规范，组织领导有力，活动正常 */
  KX_FACT_CAPABLE_SECRETARY,    /* 有较强执行力的秘书长 */
  KX_FACT_FINANCE_SYSTEM,       /* 财务资产制度健全、管理规范 */
  KX_FACT_BANK_ACCOUNT,         /* 独立的银行帐号 */
  KX_FACT_FINANCE_STAFF,        /* 专门的财务管理人员 */
  KX_FACT_PARTY_BRANCH_ACTIVE,  /* 建立了学会党支部并开展活动 */
  KX_FACT_DISTINCTIVE_WORK,     /* 工作有特色 */
  KX_FACT_COMMENDATION,         /* 市级学会工作先进表彰 */
  KX_FACT_VIOLATION,            /* 违纪违法行为 */
  KX_FACT_NOTIFIED_PENALTY,     /* 受到通报批评或处罚 */
  KX_FACT_UNCOMPLETED_TASK,     /* 未完成交办工作或委托项目 */
  KX_N_FACTS
} KxFactKind;

/* pass / fail / not known, for 年检, 考核 and checks */
typedef enum
{
  KX_RESULT_UNKNOWN,
  KX_RESULT_PASS,
  KX_RESULT_FAIL,
} KxResult;

const char *kx_org_kind_to_string      (KxOrgKind      kind);
gboolean    kx_org_kind_from_string    (const char    *text,
                                        KxOrgKind     *out);
const char *kx_org_kind_label          (KxOrgKind      kind);

gboolean    kx_project_type_is_valid   (int            type);
const char *kx_project_type_label      (KxProjectType  type);
const char *kx_project_type_short      (KxProjectType  type);
gboolean    kx_project_type_from_string(const char    *text,
                                        KxProjectType *out);

const char *kx_stage_to_string         (KxStage        stage);
gboolean    kx_stage_from_string       (const char    *text,
                                        KxStage       *out);
const char *kx_stage_label             (KxStage        stage);

const char *kx_fact_kind_to_string     (KxFactKind     kind);
gboolean    kx_fact_kind_from_string   (const char    *text,
                                        KxFactKind    *out);
const char *kx_fact_kind_label         (KxFactKind     kind);

const char *kx_result_to_string        (KxResult       result);  /* NULL for unknown */
gboolean    kx_result_from_string      (const char    *text,
                                        KxResult      *out);
const char *kx_result_label            (KxResult       result);

/* milestone.status: planned, in_progress, done, missed; the text itself
 * when it is none of these. */
const char *kx_milestone_status_label  (const char    *status);

G_END_DECLS
