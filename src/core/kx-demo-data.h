/* kx-demo-data.h: the fixed vocabulary of the demo generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the demo generator (kx-demo.c, kx-demo-orgs.c through
 * kx-demo-private.h) includes this. The strings are data (names of places,
 * societies and people in Chenzhou, what clerks, experts and organizations
 * write in the workflow), not user interface, so they are not translated.
 * Text templates use {0}…{7} for the values kx-demo.c passes.
 */

#pragma once

#include <glib.h>

#include "kx-enums.h"
#include "kx-review.h"

/* A discipline: the stem of a society's name and the suffix of its usual
 * name (郴州市 + 医学 + 会 = 郴州市医学会). */
typedef struct
{
  const char *stem;
  const char *suffix;
} DemoDiscipline;

/* The first twelve are the societies every demo shows, in this order. */
static const DemoDiscipline demo_disciplines[] = {
  { "医学", "会" }, { "农学", "会" }, { "计算机", "学会" }, { "林学", "会" },
  { "水利", "学会" }, { "药学", "会" }, { "护理", "学会" }, { "机械工程", "学会" },
  { "有色金属", "学会" }, { "地质", "学会" }, { "气象", "学会" }, { "科普作家", "协会" },
  { "青年科技工作者", "协会" }, { "老科技工作者", "协会" }, { "女科技工作者", "协会" },
  { "电机工程", "学会" }, { "土木建筑", "学会" }, { "化学化工", "学会" }, { "环境科学", "学会" },
  { "营养", "学会" }, { "中医药", "学会" }, { "预防医学", "会" }, { "园艺", "学会" },
  { "畜牧兽医", "学会" }, { "水产", "学会" }, { "茶叶", "学会" }, { "烟草", "学会" },
  { "食品科学技术", "学会" }, { "测绘地理信息", "学会" }, { "城市规划", "学会" },
  { "消防", "协会" }, { "汽车工程", "学会" }, { "电子", "学会" }, { "通信", "学会" },
  { "人工智能", "学会" }, { "稀土", "学会" }, { "矿业", "协会" }, { "冶金", "学会" },
  { "材料研究", "学会" }, { "新能源", "协会" }, { "节能", "协会" }, { "地理", "学会" },
  { "生态", "学会" }, { "植物保护", "学会" }, { "土壤肥料", "学会" }, { "农业机械", "学会" },
  { "蔬菜", "协会" }, { "果树", "学会" }, { "竹业", "协会" }, { "油茶", "协会" },
  { "湿地保护", "协会" }, { "野生动植物保护", "协会" }, { "地震", "学会" },
  { "防灾减灾", "协会" }, { "科技情报", "学会" }, { "标准化", "协会" }, { "质量管理", "协会" },
  { "计量测试", "学会" }, { "知识产权", "研究会" }, { "自然辩证法", "研究会" },
  { "天文", "学会" }, { "无线电", "协会" }, { "遥感", "学会" }, { "信息化", "协会" },
  { "大数据", "协会" }, { "网络安全", "协会" }, { "软件", "协会" }, { "光电", "学会" },
  { "石墨", "协会" }, { "宝玉石", "协会" }, { "旅游", "学会" }, { "温泉", "研究会" },
  { "康复医学", "会" }, { "针灸", "学会" }, { "口腔医学", "会" }, { "眼科", "学会" },
  { "麻醉", "学会" }, { "医院管理", "学会" }, { "健康管理", "学会" }, { "老年医学", "会" },
  { "妇幼保健", "协会" }, { "检验医学", "会" }, { "影像医学", "会" }, { "抗癌", "协会" },
  { "病理", "学会" }, { "中西医结合", "学会" }, { "生物医学工程", "学会" }, { "药理", "学会" },
  { "卫生信息", "学会" }, { "放射医学", "会" }, { "急诊医学", "会" }, { "骨科", "学会" },
  { "儿科", "学会" }, { "心理", "学会" }, { "科技教育", "学会" }, { "体育科学", "学会" },
  { "生物技术", "学会" }, { "岩土工程", "学会" }, { "工程建设", "协会" }, { "交通运输", "学会" },
  { "电力", "学会" }, { "水土保持", "学会" }, { "林业经济", "学会" }, { "草业", "学会" },
  { "蚕桑", "学会" }, { "中药材", "协会" }, { "机器人", "学会" }, { "物联网", "协会" },
  { "新材料", "协会" }, { "环境保护", "协会" }, { "食用菌", "协会" }, { "水稻", "研究会" },
  { "烤烟", "研究会" }, { "东江湖生态", "研究会" }, { "科技创新", "促进会" },
};

#define DEMO_N_FIXED_SOCIETIES 12

/* 郴州市 and its eleven county-level divisions with GB/T 2260 codes. */
typedef struct
{
  const char *name;
  const char *code;
  const char *towns;   /* space separated */
} DemoCounty;

static const DemoCounty demo_counties[] = {
  { "北湖区", "431002",
    "华塘镇 鲁塘镇 保和镇 石盖塘街道 月峰瑶族乡 仰天湖瑶族乡 安和街道 涌泉街道" },
  { "苏仙区", "431003",
    "良田镇 栖凤渡镇 坳上镇 许家洞镇 五里牌镇 飞天山镇 桥口镇 五盖山镇 望仙镇" },
  { "资兴市", "431081",
    "三都镇 蓼江镇 兴宁镇 州门司镇 黄草镇 汤溪镇 东江街道 清江镇 唐洞街道" },
  { "桂阳县", "431021",
    "欧阳海镇 舂陵江镇 太和镇 仁义镇 荷叶镇 樟市镇 流峰镇 敖泉镇 正和镇 和平镇" },
  { "宜章县", "431022",
    "梅田镇 白石渡镇 一六镇 黄沙镇 五岭镇 里田镇 迎春镇 玉溪镇 笆篱镇 莽山瑶族乡" },
  { "永兴县", "431023",
    "马田镇 柏林镇 湘阴渡街道 油麻镇 高亭司镇 黄泥镇 樟树镇 鲤鱼塘镇 便江街道" },
  { "嘉禾县", "431024",
    "行廊镇 塘村镇 袁家镇 普满乡 龙潭镇 广发镇 石桥镇 珠泉镇" },
  { "临武县", "431025",
    "武水镇 汾市镇 南强镇 水东镇 金江镇 麦市镇 楚江镇 舜峰镇" },
  { "汝城县", "431026",
    "热水镇 暖水镇 土桥镇 文明瑶族乡 延寿瑶族乡 大坪镇 濠头乡 卢阳镇" },
  { "桂东县", "431027",
    "沤江镇 沙田镇 寨前镇 清泉镇 大塘镇 四都镇 普乐镇" },
  { "安仁县", "431028",
    "永乐江镇 安平镇 龙海镇 牌楼乡 灵官镇 华王乡 龙市乡 金紫仙镇" },
};

#define DEMO_CITY_CODE "431000"

static const char * const demo_universities[] = {
  "湘南学院", "郴州职业技术学院", "湖南有色金属职业技术学院", "湘南幼儿师范高等专科学校",
};

/* Hospitals, institutes and parks with their own 科协 (grassroots). */
static const char * const demo_institutions[] = {
  "郴州市第一人民医院", "郴州市第四人民医院", "郴州市中医医院", "湘南学院附属医院",
  "郴州市农业科学研究所", "郴州市林业科学研究所", "郴州高新技术产业开发区", "郴州经济开发区",
  "郴州市疾病预防控制中心", "郴州市气象局", "郴州市水文水资源勘测中心",
  "郴州市产商品质量监督检验所",
};

static const char * const demo_brands[] = {
  "华鑫", "湘源", "郴江", "东江", "五岭", "南岭", "飞天", "瑶岭", "莽山", "骑田",
  "舜华", "永丰", "兴宁", "宏达", "恒泰", "鑫海", "金山", "天成", "瑞祥", "福城",
  "林邑", "湘南", "粤湘", "郴新", "宏远", "中恒", "博远", "科力", "众鑫", "同创",
  "德盛", "旭日", "启明", "星辉", "长丰", "云海", "绿源", "翠江", "山河", "泰和",
  "安泰", "辰光", "九峰", "仙岭", "王仙", "燕泉", "北湖", "裕后", "苏岭", "万华",
};

static const char * const demo_industries[] = {
  "铋业", "钨业", "新材料", "石墨科技", "电子科技", "生物科技", "农业开发", "茶业",
  "医药", "机械制造", "电力设备", "建材", "环保科技", "矿业", "冶炼", "食品",
  "水产养殖", "智能装备", "新能源", "数据科技", "汽车零部件", "纺织", "竹木制品",
  "中药材", "油茶", "畜牧", "光电科技", "精密制造", "稀贵金属", "检测技术",
};

static const char * const demo_surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡",
  "郭", "何", "罗", "郑", "梁", "谢", "唐", "许", "邓", "曹", "彭", "曾", "肖", "袁",
  "蒋", "谭", "廖", "邹", "贺", "龙", "雷", "侯", "欧阳", "首", "资", "段", "李", "陈",
  "黄", "刘", "曹", "何", "罗", "邓", "钟", "汤",
};

static const char * const demo_given1[] = {
  "建", "志", "国", "海", "文", "明", "永", "德", "春", "秀", "晓", "俊", "红", "立",
  "小", "新", "利", "玉", "家", "金", "光", "宏", "雪", "静", "思", "佳", "子", "梦",
  "雨", "凯", "湘", "郴", "振", "少", "慧", "美",
};

static const char * const demo_given2[] = {
  "华", "强", "平", "军", "英", "芳", "敏", "林", "辉", "伟", "峰", "霞", "燕", "勇",
  "涛", "斌", "明", "杰", "婷", "娟", "龙", "波", "鹏", "荣", "清", "琴", "洁", "兰",
  "云", "亮", "宇", "萍",
};

static const char * const demo_banks[] = {
  "中国工商银行郴州分行", "中国农业银行郴州分行", "中国银行郴州分行", "中国建设银行郴州分行",
  "交通银行郴州分行", "中国邮政储蓄银行郴州市分行", "湖南银行郴州分行", "长沙银行郴州分行",
  "郴州农村商业银行",
};

static const char * const demo_roads[] = {
  "人民西路", "国庆北路", "燕泉路", "青年大道", "五岭大道", "郴江路", "北湖路", "苏仙北路",
  "香雪路", "飞虹路", "南岭大道", "王仙岭路", "骆仙路", "同心路", "文化路",
};

/* An expert's employer and the kind of title it gives (see demo_titles). */
typedef struct
{
  const char *name;
  guint       titles;
} DemoAffiliation;

static const DemoAffiliation demo_affiliations[] = {
  { "湘南学院", 0 }, { "湘南学院", 0 }, { "郴州职业技术学院", 0 },
  { "湖南有色金属职业技术学院", 0 }, { "中南大学", 0 }, { "湖南农业大学", 0 },
  { "湖南师范大学", 0 }, { "湘南学院附属医院", 1 }, { "郴州市第一人民医院", 1 },
  { "郴州市第一人民医院", 1 }, { "郴州市第四人民医院", 1 }, { "郴州市中医医院", 1 },
  { "郴州市疾病预防控制中心", 1 }, { "郴州市林业科学研究所", 2 }, { "湖南省地质调查所", 2 },
  { "郴州市农业科学研究所", 3 }, { "郴州市农业农村局", 3 }, { "郴州市气象局", 4 },
  { "郴州市水利水电勘测设计院", 4 }, { "郴州市产商品质量监督检验所", 4 },
  { "柿竹园有色金属有限责任公司", 4 },
};

static const char * const demo_titles[][3] = {
  { "教授", "副教授", "教授" },
  { "主任医师", "副主任医师", "主任药师" },
  { "研究员", "副研究员", "研究员" },
  { "农业技术推广研究员", "高级农艺师", "高级农艺师" },
  { "正高级工程师", "高级工程师", "高级工程师" },
};

/* Title templates per project type: {0} organization, {1} discipline,
 * {2} year, {3} place (county or 郴州市), {7} research topic. */
static const char * const demo_titles_type1[] = {
  "{0}综合示范学会创建", "{2}年{0}综合能力提升建设", "{0}示范学会建设及服务能力提升",
};

static const char * const demo_titles_type2[] = {
  "{2}年{0}学术年会", "郴州市{1}青年科技论坛", "{1}科普进社区系列活动",
  "{2}年郴州市{1}优秀论文评选", "{1}专业会员继续教育培训", "湘粤赣边区{1}学术研讨会",
  "{1}科技下乡服务活动", "全国科技工作者日{1}专题活动",
};

static const char * const demo_titles_type3[] = {
  "郴州市{1}产业技术创新服务平台建设", "{1}领域团体标准制定", "{1}专业技术人才评价服务",
  "{1}科技成果评价与转化服务", "{1}产学研合作对接服务", "{3}{1}企业技术咨询服务",
};

static const char * const demo_titles_type4[] = {
  "关于{7}的调研", "{7}对策研究", "关于{3}{1}产业发展的调研",
  "郴州市{1}人才队伍现状与对策研究",
};

static const char * const demo_titles_type5[] = {
  "{0}引领县级学会能力提升", "{3}县级学会规范化建设", "{3}基层学会服务能力提升工程",
};

static const char * const demo_topics[] = {
  "郴州市乡村振兴科技支撑", "郴州市有色金属产业转型升级", "东江湖流域生态保护与绿色发展",
  "郴州国家可持续发展议程创新示范区建设", "湘南湘西承接产业转移示范区科技创新",
  "郴州市基层科普能力提升", "郴州市科技人才引进与培育", "郴州市中小企业数字化转型",
  "郴州市特色农产品品牌建设", "郴州市矿山生态修复", "郴州市老龄健康服务科技支撑",
};

static const char * const demo_content[KX_N_PROJECT_TYPES] = {
  "{0}围绕学会服务科技创新、服务社会和政府、服务科技工作者和自我发展四项能力，"
  "完善理事会和秘书处工作制度，规范财务管理，开展会员发展与学术活动，打造{1}领域示范学会。",
  "{2}年组织{1}领域学术交流和重点活动，邀请省内外专家作专题报告，开展会员培训、"
  "论文评选和科普宣传，增强学会凝聚力和学术影响力。",
  "面向{3}{1}相关企业和基层单位，承接技术咨询、科技评价和人才评价等社会化服务，"
  "搭建产学研用合作平台，促进科技成果转化。",
  "聚焦{7}，组织专家深入{3}开展实地调研和座谈，分析存在的问题，提出对策建议，"
  "形成调研报告报送市委、市政府决策参考。",
  "指导{3}县级学会完善章程和内部管理制度，开展学会负责人培训和工作交流，"
  "提升县级学会服务社会管理创新和服务科技创新的能力。",
};

static const char * const demo_indicators[KX_N_PROJECT_TYPES] = {
  "新发展会员{4}人；举办学术活动{5}场；完成年检和绩效自评；形成示范学会建设总结报告1份。",
  "举办学术会议或活动{5}场，参加人数{6}人次；收集论文{4}篇，评选优秀论文；开展培训{5}期。",
  "服务企业或单位{4}家；完成技术咨询或评价{5}项；制定团体标准或规范1项。",
  "走访单位{4}个，召开座谈会{5}场；形成调研报告1份，提出对策建议{5}条。",
  "指导县级学会{5}个；举办培训{5}期，培训{6}人次；形成县级学会能力提升工作总结1份。",
};

static const char * const demo_milestone_targets[4] = {
  "细化实施方案，召开项目启动会",
  "完成主要活动的组织实施并做好记录",
  "开展中期自查，向专项办公室汇报实施进度",
  "完成项目总结和绩效自评，提交验收材料",
};

/* A budget item, the yuan one unit costs, and the words around the count
 * of units in its justification. */
typedef struct
{
  const char *item;
  guint       unit_yuan;
  const char *before;
  const char *after;
} DemoBudgetItem;

static const DemoBudgetItem demo_budget_items[] = {
  { "会议费", 300, "按每人每天300元标准，约", "人·天" },
  { "专家咨询费", 1500, "邀请专家约", "人次，每人次1500元" },
  { "资料印刷费", 20, "印制资料约", "册" },
  { "差旅费", 800, "市外调研及交流约", "人次" },
  { "劳务费", 200, "聘请临时工作人员约", "人·天" },
  { "设备租赁费", 2000, "租赁会议及展示设备约", "台·天" },
  { "场地租赁费", 5000, "租用会场约", "场次" },
  { "宣传费", 1000, "制作宣传材料及媒体推广约", "项" },
  { "调研费", 500, "实地调研约", "人·天" },
  { "培训费", 400, "组织培训约", "人·天" },
  { "软件开发费", 10000, "开发平台功能模块约", "个" },
  { "评审费", 800, "组织评审约", "人次" },
};

/* Evidence for the facts every organization has (index = KxFactKind). */
static const char * const demo_fact_evidence[] = {
  "年度工作总结及理事会会议纪要",
  "秘书长任职文件及工作台账",
  "财务管理制度及年度审计报告",
  "开户许可证",
  "财务人员聘用合同及会计从业资格证明",
  "党支部年度组织生活会记录",
  "特色工作材料及媒体报道",
};

/* Fields of experts by the kind of employer (index as in demo_titles). */
static const char * const demo_fields[][7] = {
  { "计算机科学", "材料科学", "有色金属冶金", "化学工程", "生态学", "机械工程", "电子信息" },
  { "临床医学", "护理学", "药学", "中医学", "公共卫生", "医学影像", "医院管理" },
  { "林学", "地质学", "矿产勘查", "生态修复", "野生动植物保护", "林学", "地质学" },
  { "作物栽培", "植物保护", "园艺", "畜牧兽医", "水产养殖", "茶学", "土壤肥料" },
  { "水利工程", "气象学", "质量检测", "采矿工程", "电气工程", "环境工程", "有色金属冶金" },
};

static const char * const demo_conflict_reasons[] = {
  "担任该学会副理事长", "担任该学会理事", "近三年与该单位有合作项目", "在该单位兼职",
};

#define DEMO_N_CALLS 3

/* One call: its window, the Party group's meetings (MM-DD; a second one
 * only in the call of the year), the demo's today for the call of the
 * year (NULL: the call was lived to its end), its base budget and caps,
 * the stages it always shows (KX_N_STAGES ends the list) and the weights
 * of the others. */
typedef struct
{
  int          year;
  const char  *window_start;
  const char  *window_end;
  const char  *meeting;
  const char  *late_meeting;
  const char  *today;
  guint        budget_wan;
  guint        share;      /* percent of the projects */
  guint        base;       /* projects at the default size */
  guint        cap_wan[KX_N_PROJECT_TYPES];
  KxStage      must[20];
  guint8       weights[KX_N_STAGES];
} DemoCall;

static const DemoCall demo_calls[DEMO_N_CALLS] = {
  { 2024, "2024-03-01", "2024-04-15", "06-12", NULL, NULL, 300, 25, 100, { 0 },
    { KX_STAGE_ACCEPTED, KX_STAGE_FAILED_ACCEPTANCE, KX_STAGE_FAILED_ACCEPTANCE,
      KX_STAGE_REVOKED, KX_STAGE_NOT_APPROVED, KX_STAGE_REJECTED, KX_STAGE_RETURNED,
      KX_STAGE_WITHDRAWN, KX_STAGE_DRAFT, KX_N_STAGES },
    { [KX_STAGE_ACCEPTED] = 42, [KX_STAGE_FAILED_ACCEPTANCE] = 4, [KX_STAGE_REVOKED] = 2,
      [KX_STAGE_IN_PROGRESS] = 1, [KX_STAGE_MIDTERM_PASSED] = 2, [KX_STAGE_NOT_APPROVED] = 26,
      [KX_STAGE_REJECTED] = 8, [KX_STAGE_RETURNED] = 3, [KX_STAGE_WITHDRAWN] = 2,
      [KX_STAGE_DRAFT] = 3 } },
  { 2025, "2025-03-10", "2025-04-30", "06-11", NULL, NULL, 350, 30, 120, { 60, 0, 0, 0, 0 },
    { KX_STAGE_IN_PROGRESS, KX_STAGE_MIDTERM_PASSED, KX_STAGE_ACCEPTED,
      KX_STAGE_FAILED_ACCEPTANCE, KX_STAGE_REVOKED, KX_STAGE_REVOKED, KX_STAGE_FUNDED,
      KX_STAGE_WITHDRAWN, KX_STAGE_DRAFT, KX_N_STAGES },
    { [KX_STAGE_ACCEPTED] = 30, [KX_STAGE_FAILED_ACCEPTANCE] = 3, [KX_STAGE_REVOKED] = 2,
      [KX_STAGE_FUNDED] = 2, [KX_STAGE_IN_PROGRESS] = 4, [KX_STAGE_MIDTERM_PASSED] = 5,
      [KX_STAGE_NOT_APPROVED] = 30, [KX_STAGE_REJECTED] = 10, [KX_STAGE_RETURNED] = 3,
      [KX_STAGE_WITHDRAWN] = 2, [KX_STAGE_DRAFT] = 4 } },
  { 2026, "2026-03-01", "2026-04-30", "06-10", "07-14", "2026-07-20", 350, 45, 180,
    { 80, 0, 0, 0, 50 },
    { KX_STAGE_DRAFT, KX_STAGE_SUBMITTED, KX_STAGE_RETURNED, KX_STAGE_REJECTED,
      KX_STAGE_FORMAL_PASSED, KX_STAGE_UNDER_EXPERT_REVIEW, KX_STAGE_REVIEWED,
      KX_STAGE_APPROVED, KX_STAGE_NOT_APPROVED, KX_STAGE_IN_NOTICE, KX_STAGE_NOTICE_PASSED,
      KX_STAGE_WITHDRAWN, KX_STAGE_AGREEMENT_SIGNED, KX_STAGE_FUNDED, KX_STAGE_IN_PROGRESS,
      KX_N_STAGES },
    { [KX_STAGE_DRAFT] = 8, [KX_STAGE_SUBMITTED] = 11, [KX_STAGE_RETURNED] = 5,
      [KX_STAGE_REJECTED] = 7, [KX_STAGE_FORMAL_PASSED] = 8,
      [KX_STAGE_UNDER_EXPERT_REVIEW] = 12, [KX_STAGE_REVIEWED] = 8, [KX_STAGE_APPROVED] = 5,
      [KX_STAGE_NOT_APPROVED] = 12, [KX_STAGE_IN_NOTICE] = 5, [KX_STAGE_NOTICE_PASSED] = 4,
      [KX_STAGE_WITHDRAWN] = 1, [KX_STAGE_AGREEMENT_SIGNED] = 5, [KX_STAGE_FUNDED] = 5,
      [KX_STAGE_IN_PROGRESS] = 4 } },
};

/* How often each kind applies, and for which type (index = type - 1). */
static const guint demo_kind_weights[KX_N_ORG_KINDS] = { 55, 8, 8, 19, 10 };
static const guint demo_type_weights[KX_N_ORG_KINDS][KX_N_PROJECT_TYPES] = {
  { 8, 42, 25, 25, 0 },
  { 0, 45, 30, 25, 0 },
  { 0, 0, 0, 40, 60 },
  { 0, 0, 0, 100, 0 },
  { 0, 0, 0, 100, 0 },
};
static const guint demo_request_range_k[KX_N_PROJECT_TYPES][2] = {
  { 150, 300 }, { 30, 120 }, { 50, 200 }, { 30, 100 }, { 50, 150 },
};
static const char demo_milestone_dates[4][6] = { "06-30", "08-31", "10-31", "12-15" };

/* The office staff who give applications their formal review. */
static const char * const demo_clerks[] = { "张敏", "李娟", "王磊", "陈静" };

/* What a formal review finds wrong: the check (KxFormalCheck) and its note. */
typedef struct
{
  KxFormalCheck  check;
  const char    *note;
} DemoFlaw;

static const DemoFlaw demo_return_flaws[] = {
  { KX_FORMAL_CHECK_FORM, "申报书未加盖单位公章" },
  { KX_FORMAL_CHECK_MATERIALS, "缺少上年度财务审计报告" },
  { KX_FORMAL_CHECK_BUDGET, "预算明细与测算依据不一致，需补充说明" },
  { KX_FORMAL_CHECK_MATERIALS, "未附项目负责人身份证明及联系方式" },
  { KX_FORMAL_CHECK_FORM, "计划进度和阶段目标填写不完整" },
};

static const DemoFlaw demo_reject_flaws[] = {
  { KX_FORMAL_CHECK_CONDITIONS, "申报内容与所报项目类型不符" },
  { KX_FORMAL_CHECK_CONTENT, "申报材料中的业绩数据与年度报告不一致" },
  { KX_FORMAL_CHECK_CONTENT, "项目内容与已获市级财政资助的项目重复" },
};

/* Expert comments by how good the application is (high, middling, low). */
static const char * const demo_score_comments[3][3] = {
  { "方案完整，基础扎实，示范和辐射作用明显", "目标明确，措施可行，具有较好的持续发展能力",
    "组织有力，预算合理，建议优先支持" },
  { "基础条件较好，但创新性和辐射面一般", "方案基本可行，指标偏保守",
    "有一定示范作用，预算测算可进一步细化" },
  { "目标不够明确，预算依据不足", "实施方案较粗，可操作性不强", "与学会自身建设结合不紧" },
};

/* An objection during the public notice and how it was resolved. */
typedef struct
{
  const char *objector;
  const char *content;
  const char *resolution;
} DemoObjection;

static const DemoObjection demo_unfounded[] = {
  { "匿名来信", "反映项目负责人同时承担其他财政资助项目，精力不足",
    "经核实，项目负责人承担的其他项目已结题，异议不成立" },
  { "实名来电", "反映该单位上年度活动开展较少",
    "经核查年检材料和活动记录，该单位活动正常开展，异议不成立" },
  { "电子邮件", "认为项目预算中的专家咨询费偏高",
    "经复核，专家咨询费标准符合有关规定，异议不成立" },
};

static const DemoObjection demo_upheld[] = {
  { "实名举报信", "反映申报材料中的会员人数与年检数据明显不符",
    "经核实，申报材料存在不实内容，异议成立，撤销立项" },
  { "匿名来信", "反映项目内容与该单位已获其他部门资助的项目重复",
    "经核实，项目内容重复申报，异议成立，撤销立项" },
};

static const char * const demo_first_reports[] = {
  "已召开项目启动会，细化实施方案，落实责任人和工作进度安排",
  "完成前期调研和方案论证，第一阶段活动已按计划开展",
  "项目启动，组建工作专班，首场活动已顺利举办",
};

static const char * const demo_second_reports[] = {
  "主要活动已组织实施，形成活动记录和影像资料，经费按预算使用",
  "完成全部计划活动，正在整理总结材料和绩效自评报告",
  "各项活动有序推进，阶段成果已报送专项办公室",
};

static const char * const demo_lagging_reports[] = {
  "受人员调整影响，部分活动延期，正在调整实施计划",
  "部分活动未能如期开展，经费使用进度滞后",
};

#define DEMO_MIDTERM_MATERIALS "中期自查报告、活动记录、经费使用台账"
#define DEMO_FINAL_MATERIALS   "项目总结报告、绩效自评表、经费决算表及佐证材料"

static const char * const demo_midterm_passed[] = {
  "按计划推进，阶段目标基本完成", "进度正常，经费使用规范",
};

static const char * const demo_midterm_failed[] = {
  "进度明显滞后，经费支出台账不完整，限期一个月整改",
  "阶段目标未完成，活动记录不全，整改后重新检查",
};

static const char * const demo_final_passed[] = {
  "完成项目主要内容和指标，经费使用规范，验收合格",
  "成果达到预期，档案资料齐全，验收合格",
};

static const char * const demo_final_failed[] = {
  "主要指标未完成，经费使用不规范，验收不合格",
  "未按要求提交验收材料，项目成果与申报指标差距较大，验收不合格",
};

static const char * const demo_frauds[] = {
  "虚报活动参加人数和会员发展数量",
  "伪造专家咨询费签收单，虚列支出",
  "项目成果材料抄袭其他单位的调研报告",
};

/* Spending the rules flag (七(三)): against no budget line. */
static const char * const demo_unbudgeted[] = {
  "购置办公电脑一台（未列入项目预算）", "支付单位日常办公用房租金", "报销与项目无关的会议餐费",
};
