# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""洛阳市 若干措施 of 第X条 articles, each closing with （责任单位：X（牵头）、Y、Z） — INVENTED."""

from common import HERE, agency, extraction_write, target, task

SLUG = "luoyang-ai-measures-2026-synthetic"

AGENCIES = [
    agency("drc", "洛阳市发展和改革委员会", "development_reform", "市发展改革委"),
    agency("miit", "洛阳市工业和信息化局", "industry_it", "市工业和信息化局"),
    agency("fin", "洛阳市财政局", "finance", "市财政局"),
    agency("data", "洛阳市数据局", "big_data", "市数据局"),
    agency("sci", "洛阳市科学技术局", "science_technology", "市科技局"),
    agency("power", "国网洛阳供电公司", "state_enterprise"),
    agency("cac", "中共洛阳市委网络安全和信息化委员会办公室", "party_organisation", "市委网信办"),
    agency("market", "洛阳市市场监督管理局", "market_regulation", "市市场监管局"),
    agency("edu", "洛阳市教育局", "education", "市教育局"),
    agency("health", "洛阳市卫生健康委员会", "health", "市卫生健康委"),
    agency("tour", "洛阳市文化广电和旅游局", "culture_tourism", "市文化广电和旅游局"),
    agency("hrss", "洛阳市人力资源和社会保障局", "human_resources", "市人力资源社会保障局"),
    agency("invest", "洛阳市投资促进局", "commerce", "市投资促进局"),
    agency("finreg", "中共洛阳市委金融委员会办公室", "financial_regulation", "市委金融办"),
    agency(
        "talent",
        "中共洛阳市委组织部（市委人才办）",
        "party_organisation",
        "市委组织部（市委人才办）",
    ),
    agency("nr", "洛阳市自然资源和规划局", "natural_resources", "市自然资源和规划局"),
    agency("counties", "各县区人民政府", "local_government"),
    agency(
        "govsvc", "洛阳市政务服务和大数据管理局", "government_services", "市政务服务和大数据管理局"
    ),
]

# (chapter numbering, chapter title, [(article numbering, title, body, lead, responsible)])
CHAPTERS = [
    (
        "一、",
        "强化算力供给",
        [
            (
                "第一条",
                "建设城市智算中心",
                "支持国有平台公司联合头部企业建设城市智算中心，对新建智算中心按照设备投资额的10%给予补助，单个项目最高3000万元。推动存量数据中心向智算中心升级改造，提升国产算力占比。鼓励智算中心面向中小企业开放共享，对智算中心年度对外服务收入超过5000万元的运营主体，按照服务收入的5%给予奖励，单个主体年度最高500万元。",
                "（责任单位：市发展改革委（牵头）、市工业和信息化局、市财政局、国网洛阳供电公司）",
                ["drc"],
                ["miit", "fin", "power"],
            ),
            (
                "第二条",
                "降低算力使用成本",
                "每年发放“算力券”，对企业、高校和科研机构租用智能算力开展模型训练和推理的，按照实际费用的30%给予补贴，单个主体年度最高200万元。建设全市算力调度平台，实现算力资源统一调度、按需供给。推动本地智算中心接入全省算力调度平台，探索“算力+数据+模型”一体化服务模式，为企业提供一站式算力服务。算力券实行总额控制、先到先得，当年额度使用完毕后不再受理，未使用的额度不结转下一年度。对利用国产算力开展训练的，补贴比例提高至40%。",
                "（责任单位：市数据局（牵头）、市财政局、市发展改革委）",
                ["data"],
                ["fin", "drc"],
            ),
            (
                "第三条",
                "保障算力设施用能",
                "将智算中心纳入重点用能保障清单，支持智算中心参与电力市场化交易和绿电交易，对PUE低于1.25的新建智算中心优先保障能耗指标。支持智算中心利用余热回收、液冷等技术降低能耗，对实施节能改造的项目按照节能量给予奖励。对智算中心新建110千伏及以上专用变电站的，电网企业按照“能快则快”原则开辟绿色通道，配套电网工程优先纳入年度建设计划。",
                "（责任单位：市发展改革委、国网洛阳供电公司）",
                [],
                ["drc", "power"],
            ),
        ],
    ),
    (
        "二、",
        "推动模型创新",
        [
            (
                "第四条",
                "支持行业大模型研发",
                "支持企业围绕装备制造、新材料、文化旅游等优势领域研发行业大模型，对通过国家生成式人工智能服务备案的大模型，给予研发主体一次性奖励200万元；对完成登记的人工智能应用，给予50万元奖励。支持大模型企业与本地重点企业开展联合攻关，推动大模型在研发设计、生产制造、经营管理等环节落地应用。",
                "（责任单位：市委网信办（牵头）、市科技局、市工业和信息化局、市财政局）",
                ["cac"],
                ["sci", "miit", "fin"],
            ),
            (
                "第五条",
                "建设高质量数据集",
                "推动公共数据授权运营，支持企业建设工业、文旅、医疗等行业高质量数据集，每年评选10个以上优质数据集，按照建设投入的20%给予补助，单个最高100万元。建设数据标注基地，培育数据标注、数据清洗等数据服务企业，推动数据产品进场交易。支持企业在数据交易机构登记数据产品，对年度数据交易额超过1000万元的数据商，按照交易额的2%给予奖励，单个企业最高50万元。",
                "（责任单位：市数据局（牵头）、市政务服务和大数据管理局、市财政局）",
                ["data"],
                ["govsvc", "fin"],
            ),
            (
                "第六条",
                "支持关键技术攻关",
                "聚焦多模态大模型、具身智能、智能传感等方向，每年实施人工智能重大科技专项10项左右，单个项目给予最高500万元支持。支持企业牵头组建创新联合体，承担国家和省级重大科技项目。支持企业与在洛高校、科研院所共建联合实验室和新型研发机构，按照“揭榜挂帅”方式组织实施关键技术攻关项目。",
                "（责任单位：市科技局、市财政局）",
                [],
                ["sci", "fin"],
            ),
        ],
    ),
    (
        "三、",
        "深化场景应用",
        [
            (
                "第七条",
                "推进制造业智能化改造",
                "实施“人工智能+制造”专项行动，支持规模以上工业企业应用大模型、机器视觉等技术开展智能化改造，对智能化改造项目按照设备和软件投资额的15%给予补助，单个项目最高1000万元。支持装备制造、石化、有色等重点行业建设智能工厂和数字化车间，推动工业互联网平台与行业大模型深度融合。对入选国家级智能制造示范工厂、优秀场景的企业，分别给予一次性奖励300万元、100万元；对为本地企业提供智能化改造诊断服务的服务商，按照服务费用的50%给予补贴。",
                "（责任单位：市工业和信息化局（牵头）、市财政局、各县区人民政府）",
                ["miit"],
                ["fin", "counties"],
            ),
            (
                "第八条",
                "开放公共领域应用场景",
                "在教育、医疗、文旅、政务等领域定期发布人工智能应用场景清单，每年遴选20个以上示范场景，对入选的场景建设主体给予最高100万元奖励。支持龙门石窟、隋唐洛阳城等景区建设智慧导览、数字人讲解等应用。推动人工智能在基层治理、城市管理、应急管理等领域创新应用，打造一批可复制可推广的典型案例。鼓励各级政府部门、国有企事业单位率先开放业务场景，通过“揭榜挂帅”方式向社会征集解决方案，对成效明显的解决方案在全市推广应用。",
                "（责任单位：市教育局、市卫生健康委、市文化广电和旅游局、市政务服务和大数据管理局）",
                [],
                ["edu", "health", "tour", "govsvc"],
            ),
            (
                "第九条",
                "支持首台套产品推广",
                "对企业研发的人工智能首台（套）装备、首版次软件，按照首年度销售额的10%给予奖励，单个产品最高300万元，支持纳入政府采购创新产品目录。鼓励国有企业、政府投资项目优先采购本地人工智能创新产品，对首次实现产业化的产品给予保险补偿。支持第三方检验检测机构建设人工智能产品检测认证平台，为企业提供功能、性能、安全等检测服务。",
                "（责任单位：市工业和信息化局（牵头）、市财政局、市市场监管局）",
                ["miit"],
                ["fin", "market"],
            ),
        ],
    ),
    (
        "四、",
        "壮大产业主体",
        [
            (
                "第十条",
                "招引培育重点企业",
                "对新落户的人工智能企业，按照实缴注册资本和实际投资额给予梯次奖励，单个企业最高2000万元。对首次认定为国家级专精特新“小巨人”的人工智能企业，给予一次性奖励50万元。建立人工智能重点企业培育库，实施“一企一策”精准服务，支持企业做大做强、上市融资。对年营业收入首次突破1亿元、5亿元、10亿元的人工智能企业，分别给予经营团队50万元、100万元、200万元奖励。",
                "（责任单位：市投资促进局（牵头）、市工业和信息化局、市财政局、各县区人民政府）",
                ["invest"],
                ["miit", "fin", "counties"],
            ),
            (
                "第十一条",
                "建设人工智能产业园区",
                "支持洛阳高新区建设人工智能产业园，对园区公共技术服务平台建设给予补助，优先保障产业园区用地需求，新建产业空间50万平方米。对入驻产业园的人工智能企业，前三年给予租金全额补贴，后两年给予50%的补贴，单个企业年度最高100万元。",
                "（责任单位：市工业和信息化局、市自然资源和规划局）",
                [],
                ["miit", "nr"],
            ),
            (
                "第十二条",
                "强化金融支持",
                "设立总规模20亿元的人工智能产业投资基金，引导社会资本投早投小投硬科技。鼓励银行机构开发“算力贷”“模型贷”等金融产品，对人工智能企业贷款给予贴息支持。支持符合条件的人工智能企业在境内外资本市场上市挂牌融资，按照上市进程分阶段给予奖励。引导政府性融资担保机构为人工智能中小企业提供增信服务，担保费率不超过1%。",
                "（责任单位：市委金融办（牵头）、市财政局）",
                ["finreg"],
                ["fin"],
            ),
        ],
    ),
    (
        "五、",
        "优化发展环境",
        [
            (
                "第十三条",
                "引育高层次人才",
                "对引进的人工智能领域顶尖人才、领军人才，按照“一事一议”给予最高1000万元综合支持。支持高校开设人工智能相关专业，每年培养人工智能专业人才3000人以上。对人工智能企业引进的高端人才，在住房保障、子女入学、医疗服务等方面给予优先保障。支持企业与职业院校合作开展订单式培养，对新认定的人工智能领域技能大师工作室给予10万元建设补助。",
                "（责任单位：市委组织部（市委人才办）（牵头）、市人力资源社会保障局、市教育局）",
                ["talent"],
                ["hrss", "edu"],
            ),
            (
                "第十四条",
                "加强安全治理",
                "建立人工智能伦理审查和安全评估机制，支持企业开展大模型安全测评，对通过安全评估的产品给予测评费用50%的补贴。加强数据安全和个人信息保护，建立人工智能风险监测预警和应急处置机制。依法打击利用人工智能实施的违法犯罪行为，加强深度合成内容标识管理，防范虚假信息传播风险。",
                "（责任单位：市委网信办、市市场监管局、市数据局）",
                [],
                ["cac", "market", "data"],
            ),
            (
                "第十五条",
                "营造创新创业氛围",
                "每年举办人工智能创新应用大赛、产业对接会等活动不少于5场，对在国家级人工智能赛事中获奖的团队给予最高50万元奖励。支持举办人工智能领域高端论坛和学术会议，加强人工智能科普宣传，营造全社会关注支持人工智能发展的良好氛围。推动人工智能进机关、进企业、进学校、进社区，组织开展面向领导干部和企业家的人工智能专题培训。",
                "（责任单位：市工业和信息化局（牵头）、市科技局、市人力资源社会保障局）",
                ["miit"],
                ["sci", "hrss"],
            ),
        ],
    ),
    (
        "六、",
        "强化政策保障",
        [
            (
                "第十六条",
                "建立统筹推进机制",
                "成立由市政府主要负责同志任组长的人工智能产业发展工作专班，专班办公室设在市工业和信息化局，统筹推进全市人工智能产业发展重大事项。建立重点项目、重点企业、重点场景清单，实行月调度、季通报、年考核，及时协调解决企业发展中遇到的困难和问题。",
                "（责任单位：市工业和信息化局（牵头）、市发展改革委、市科技局、市数据局）",
                ["miit"],
                ["drc", "sci", "data"],
            ),
            (
                "第十七条",
                "推行政策免申即享",
                "依托“惠企政策直达”平台，对本措施中可以通过数据共享核验的奖补事项实行“免申即享”，其他事项实行“一网通办”，政策兑现资金原则上在受理后60个工作日内拨付到位。加强奖补资金绩效评价，对弄虚作假骗取奖补资金的，依法追回并纳入信用记录。",
                "（责任单位：市政务服务和大数据管理局（牵头）、市财政局、市工业和信息化局）",
                ["govsvc"],
                ["fin", "miit"],
            ),
            (
                "第十八条",
                "加强县区协同联动",
                "各县区要结合自身产业基础，明确人工智能产业发展重点方向，制定配套支持政策，形成市县协同、错位发展的工作格局。各县区每年至少谋划储备2个人工智能重点项目，纳入市级重点项目库统筹推进，市级按照项目实施进度给予要素保障。对人工智能产业发展成效明显的县区，在用地、用能、项目安排等方面予以倾斜支持。",
                "（责任单位：各县区人民政府、市发展改革委、市自然资源和规划局）",
                [],
                ["counties", "drc", "nr"],
            ),
        ],
    ),
]

NOTICE = """洛阳市人民政府
关于印发洛阳市加快“人工智能+”产业发展若干措施的通知
洛政〔2026〕5号

各县区人民政府，市人民政府各部门，各有关单位：
现将《洛阳市加快“人工智能+”产业发展若干措施》印发给你们，请认真贯彻执行。

洛阳市人民政府
2026年3月2日

（此件公开发布）

洛阳市加快“人工智能+”产业发展若干措施
"""

PREAMBLE = "为深入实施“人工智能+”行动，抢抓人工智能发展重大机遇，加快建设全国重要的人工智能产业集聚区，力争到2027年，全市智能算力规模达到15EFLOPS，智算卡部署规模达到2万卡，建成万卡级智算集群1个，人工智能核心产业规模突破200亿元，结合我市实际，制定以下措施。"

CLOSING = [
    "第十九条　本措施与我市其他同类政策有重叠的，按照“就高不重复”原则执行。同一项目已获得市级其他财政资金支持的，不重复支持。本措施所列奖补资金，涉及市县共担的，县区应及时足额落实配套资金。所需资金由市、县两级财政按照现行财政体制分担。",
    "第二十条　本措施自印发之日起施行，有效期至2027年12月31日，由市工业和信息化局会同有关部门负责解释。",
    "",
    "附件",
    "相关名词解释",
    "1.人工智能企业：指在本市依法登记注册、具有独立法人资格，主营业务为人工智能基础层、技术层或应用层产品研发、生产和服务的企业。",
    "2.智算中心：指以图形处理器、人工智能芯片等为主要算力来源，面向人工智能模型训练和推理提供算力服务的数据中心。",
    "3.算力券：指市级财政安排资金，用于支持企业、高校和科研机构购买智能算力服务的电子凭证，具体申领和兑付办法由市数据局会同市财政局另行制定。",
    "4.首台（套）装备、首版次软件：指经省级以上主管部门认定，在国内或省内率先实现重大技术突破、拥有自主知识产权、尚未取得市场业绩的装备和软件产品。",
]


def write():
    lines = [NOTICE, PREAMBLE]
    sections = []
    goals = [
        {
            "code": "G1",
            "title": "力争到2027年",
            "text": PREAMBLE,
            "targets": [
                target(
                    "T1",
                    "智能算力规模",
                    "EFLOPS",
                    "eq",
                    15,
                    2027,
                    "全市智能算力规模达到15EFLOPS",
                    kind="computing_power",
                ),
                target(
                    "T2",
                    "智算卡部署规模",
                    "万卡",
                    "eq",
                    2,
                    2027,
                    "智算卡部署规模达到2万卡",
                    kind="computing_power",
                ),
                target(
                    "T3",
                    "万卡级智算集群",
                    "个",
                    "eq",
                    1,
                    2027,
                    "建成万卡级智算集群1个",
                    kind="computing_power",
                ),
                target(
                    "T4",
                    "人工智能核心产业规模",
                    "亿元",
                    "gt",
                    200,
                    2027,
                    "人工智能核心产业规模突破200亿元",
                    kind="ai_industry_scale",
                ),
            ],
        }
    ]
    per_year = {
        "第五条": [("评选优质数据集", "个", "gte", 10, "每年评选10个以上优质数据集", None)],
        "第六条": [
            (
                "人工智能重大科技专项",
                "项",
                "approx",
                10,
                "每年实施人工智能重大科技专项10项左右",
                "research_results",
            )
        ],
        "第八条": [
            (
                "人工智能示范场景",
                "个",
                "gte",
                20,
                "每年遴选20个以上示范场景",
                "application_scenarios",
            )
        ],
        "第十一条": [("新建产业空间", "万平方米", "eq", 50, "新建产业空间50万平方米", None)],
        "第十三条": [
            ("人工智能专业人才", "人", "gte", 3000, "每年培养人工智能专业人才3000人以上", "talent")
        ],
        "第十五条": [
            (
                "人工智能创新应用大赛、产业对接会等活动",
                "场",
                "gte",
                5,
                "每年举办人工智能创新应用大赛、产业对接会等活动不少于5场",
                None,
            )
        ],
    }
    t = 5
    for numbering, title, articles in CHAPTERS:
        lines.append(f"{numbering}{title}")
        tasks = []
        for art, art_title, body, note, lead, resp in articles:
            text = f"{art_title}。{body}{note}"
            lines.append(f"{art}　{text}")
            tasks.append(
                task(f"{numbering[0]}.{art}", art, art_title, text, lead=lead, responsible=resp)
            )
            if art in per_year:
                found = []
                for metric, unit, comp, value, phrase, kind in per_year[art]:
                    every_year = phrase.startswith("每年")
                    more = {"per_year": True} if every_year else {}
                    if kind:
                        more["kind"] = kind
                    found.append(
                        target(f"T{t}", metric, unit, comp, value, 2027, phrase, "flow", **more)
                    )
                    t += 1
                goals.append(
                    {
                        "code": f"G{len(goals) + 1}",
                        "numbering": art,
                        "title": art_title,
                        "text": text,
                        "targets": found,
                    }
                )
        sections.append(
            {
                "code": numbering[0],
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": tasks,
            }
        )
    lines.extend(CLOSING)
    (HERE / f"{SLUG}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {
        "format": 1,
        "zone": {"slug": "luoyang", "name": "洛阳市", "name_en": "Luoyang", "level": "city"},
        "plan": {
            "code": SLUG,
            "title": "洛阳市加快“人工智能+”产业发展若干措施",
            "title_en": 'Luoyang measures for speeding up the "AI+" industry — synthetic',
            "issuer": "洛阳市人民政府",
            "doc_number": "洛政〔2026〕5号",
            "issued_on": "2026-03-02",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2027],
            "source_file": f"{SLUG}.txt",
        },
        "agencies": AGENCIES,
        "goals": goals,
        "sections": sections,
    }
    extraction_write(SLUG, HEADER, data)


HEADER = """
洛阳市加快“人工智能+”产业发展若干措施 (洛政〔2026〕5号) — SYNTHETIC (synthetic_j): the text was WRITTEN by the collector (helper
hsynthJ, 2026-12-03) imitating a city government's 若干措施, not copied from any page; no such document is claimed to exist (number,
date, figures and some bodies' exact names are made up). Written, and extracted by hand (doc_luoyang.py prints the text and writes this
file from the same items; roles, targets and every judgement by hand), BEFORE the collector read any importer code, rule table or draft.
See SYNTHETIC_J.md.
Text: notice (issuer, notice title, 文号, addressees, one sentence, issuer, date, "（此件公开发布）"); the measures' title; ONE preamble
  sentence that holds the goals ("力争到2027年，…，结合我市实际，制定以下措施。"); five chapters "一、强化算力供给" … with ARTICLES
  "第一条　标题。正文（责任单位：…）" numbered continuously 第一条–第十八条 across six chapters (a full-width space after the article number);
  a sixth chapter 六、强化政策保障 of three annotated articles 第十六条–第十八条 (a working group, 免申即享, counties); two closing articles
  第十九条, 第二十条 (overlap rule, validity, interpretation); an annex "相关名词解释" of four numbered definitions "1.人工智能企业：…" (no task).
Roles: every annotation is a 责任单位 list; a body marked "（牵头）" INSIDE the list → lead, every other body listed → responsible (the
  list's role word; SOURCES: 牵头单位 + 责任单位 → lead + responsible). A list with no "（牵头）" → all responsible. "市委组织部（市委人才办）
  （牵头）": the body has two names, then the lead mark. 各县区人民政府 one collective agency (responsible).
Outline: each chapter a key_task section; each article 第一条–第十八条 a task (六、 included: its articles are
  annotated commitments like the others, kind key_task as the document gives no separate safeguard part) (numbering "第N条", title = the words before the first 。,
  text = the article after its number, annotation included). 第十九条 and 第二十条 are closing provisions (funding rule, validity and
  interpretation) — no task, no roles (the interpreting body 市工业和信息化局 is not assigned anything); the
  annex's numbered definitions are no tasks. "专班办公室设在市工业和信息化局" assigns nothing beyond the article's list. "60个工作日内拨付" is a
  service time, no target; "各县区每年至少谋划储备2个人工智能重点项目" is a minimum for EACH county, not a city-wide figure — no target.
Targets: G1 the preamble, titled by its date phrase "力争到2027年": 15EFLOPS eq, 2万卡 eq (unit 万卡), 万卡级智算集群1个 eq (万卡级 is the
  class), 突破200亿元 gt. Articles committing the government to a yearly figure are goals titled like the article (SOURCES 若干措施
  convention): 每年评选10个以上优质数据集 gte, 每年实施…10项左右 approx, 每年遴选20个以上示范场景 gte, 每年培养…3000人以上 gte, 每年举办…
  不少于5场 gte — all per_year flow, deadline 2027 (period end); 第十一条 "新建产业空间50万平方米" flow eq 2027. NOT targets: subsidy rates and
  caps, rewards, the fund's size (总规模20亿元 is money committed, not an outcome), PUE低于1.25 (a condition), 国家级专精特新 rewards.
Period: 2026–2027 (valid to 2027年12月31日; goals 到2027年).
"""

if __name__ == "__main__":
    write()
