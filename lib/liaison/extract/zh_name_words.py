"""The words zh_names reads Chinese names by: titles before a name, words of the news that are no name,
words a name ends before, verbs a bare name comes before, words a bare name comes after, and the
characters of transliterated foreign names. Data only; zh_names holds the rules."""
from __future__ import annotations

import re
from functools import lru_cache

from liaison.reference.lists import read_data

# Titles a name follows, longest first so that "副部长" is read whole. "代表" is left out: it
# is more often "delegation" (代表团) or "representative" than a title before a name; so is
# "记者": a byline's reporter ("（记者周明远）") is the document's author, not a person in the story.
# 丹斯里, 潘斯里, 拿督, 拿汀: Malaysian honorifics, which Malaysian Chinese papers put before a name
# ("总会长丹斯里吴添泉", "中委拿督李德华"); overseas Chinese papers call a community leader 侨领 ("著名侨领林国璋").
# Posts of delegation lists and civil-service grades: "常务理事", "二级调研员", "中央执委", "副党督" (a party
# whip), Korean and Japanese "副相"/"外相", "行政长官", a delegation's "团员" and "秘书", a party's "创始人";
# Kin before a name ("卡斯特罗的弟弟劳尔") as a post is; Japanese agencies' "厅长官" (防卫厅长官: not 厅长
# and a name 官……); Hong Kong's "特首", Malaysian papers' "党魁", the military's "司令员", "参谋长", short
# "财长", "防长"; a province's "领导" listed at a meeting ("省领导甲、乙参加会见").
TITLES = sorted(set("""
总书记 第一书记 第一副书记 常务书记 副书记 书记 书记处书记 书记局书记 总统 副总统 主席 副主席 执行主席 名誉主席 总理
副总理 首相 副首相 部长 副部长 部长助理 外长 外交部长 国务委员 国务卿 委员 常委 委员长 副委员长 议长 副议长 大使 公使
参赞 总领事 领事 秘书长 副秘书长 总干事 干事长 主任 副主任 局长 副局长 司长 副司长 省长 副省长 市长 副市长 州长 院长
副院长 校长 会长 副会长 理事长 董事长 总裁 社长 发言人 领导人 领袖 成员 总督 国王 王储 亲王 埃米尔 总司令 党首
总协调员 协调员 负责人 监察长 主委 主任委员 副主任委员 顾问 特使 特别代表 议员 众议员 参议员 教授 主席团主席 总统府部长
政府首脑 国家元首 党主席 大主席 处长 副处长 所长 副所长 厅长 副厅长 检察长 行长 副行长 总经理 团长 副团长
研究员 院士 主编 总编辑 召集人 学者 大臣 资政 国务资政 助理 副助理 国父 夫人 总会长
丹斯里 潘斯里 拿督 拿督斯里 拿汀 拿汀斯里 侨领
理事 常务理事 调研员 执委 中央执委 党督 副党督 外相 副相 长官 厅长官 行政长官 团员 秘书 创始人
专员 高级专员 总监 主管 党魁 特首 中委 署长 司令 司令员 参谋长 财长 防长 县长 区长 镇长 乡长
巡视员 一级巡视员 二级巡视员 谈判代表 首席谈判代表 首席代表 常驻代表 领导
弟弟 哥哥 胞弟 胞兄 儿子 女儿
""".split()), key=len, reverse=True)
# Words of the news that open with a common surname and come before a verb ("曾经表示", "欧盟认为",
# "顾问说", "黄皮书指出", a weekday: "书记周四率团", a message read: "在贺信中指出"), or a word after a post
# ("成员包括", "主席特别顾问"); a two-character "X方" or "X党" is a side or a party.
NOT_NAMES = frozenset("""
曾经 周年 周边 周末 欧盟 欧洲 欧方 顾问 许多 何时 马上 苏联 宋代 唐代 范围 付出 陆续 钟头 程序 黎明 黄皮书 白皮书 蓝皮书
贺电 贺信 黄金 汤加 多次 多年 多位 多名 多国 全程 全体 全面 热烈 王宫 王宮 应约 应邀 嘉宾 贵宾 来宾 代理 关系 關系 關係
周一 周二 周三 周四 周五 周六 周日 週一 週二 週三 週四 週五 週六 週日
贺电中 贺信中 贺词中 贺辞中 贺函中
包括 特别
""".split())
# Words after a name that neither zh_grammar's stops nor the ends above held at first, shared by both: a
# royal's rank ("拉那烈亲王"), a modal or a passive ("昂山素季可能将……", "殷一璀受……委托"), a talk ("同……部长
# 坎潘交流座谈", "……座谈交流"; not 交流 alone: "青年交流"), a weekday or a
# journey begun yesterday ("周明远週一出访", "奥尔西昨抵北京": 昨 only before a verb, since it is also a given
# name's character), a plan ("奥尔西预计週二会见"), a gift ("……赠送"), a visit by a country's or Taiwan's
# short form ("国台办副主任陈元丰访台"), a host's 接待 ("部长王明接待了……").
ZH_LATE_STOPS = tuple("""
亲王 公主 可能 受 周一 周二 周三 周四 周五 周六 周日 星期 昨天 昨日 昨抵 昨赴 昨离 昨在 昨晨 昨会见 昨出访 昨启程 昨结束
预计 预定 赠送 交流座谈 座谈交流 访台 赴台 访美 访日 访越 访韩 访俄 访英 访法 访德 访欧 访港 访澳 访老 访柬 访朝 访缅
访泰 访菲 接待
""".split())
END_WORDS = tuple("""
会见 会谈 会晤 表示 说 称 指出 强调 介绍 认为 出席 主持 率团 率领 率 致辞 讲话 通话 宣布 访问 访华 出访 感谢 祝贺 欢迎
希望 一行 一道 一起 邀请 应邀 代表 发表 发言 致电 致信 举行 进行 签署 参加 答问 回答 当选 陪同 见证 转达 先生 女士 阁下
即将 将要 同志 夫人 医生 博士 分别 共同 共进 一同 会面 见面 等人 首先 上午 下午 晚间 晚上 当天 当晚 日前 近日 此次 这次
高度 积极 热烈 还 也 再次 随后 此前 今天 昨天 通过 作为 视频 应约 视讯 何时 任内 带队 带领 前往 来华 来访 出任 担任
说明 提到 重申 回应 呼吁 坦言 透露 证实 否认 批评 质疑 谴责 称赞 赞扬 肯定 期待 相信 告诉 指示 要求 亲自 本人 今日
明日 昨日 当日 近期 此后 一度 目前 现年 生前 已经 早前 正在 以及 以来 转交 委托 拜会 拜访 礼节性 会同 通电话 乘
昨晚 今晚 今早 今晨 昨夜 大将 上将 中将 少将 早上 中午 傍晚 凌晨 清晨 接机 探望 看望 领导 亲切 热情
到 发出 参会 成功 拟 先后 今年 明年 去年 本月 下月 上月 明天 后天 跟 今( 今（ 计划 計畫 计画 計劃
走访 回访 寻访 采访 专访 列席 衷心 作主旨 作报告 作重要 作专题 作题为
""".split()) + ZH_LATE_STOPS
VERBS = ("会见 会谈 会晤 表示 说 指出 强调 介绍 认为 出席 主持 率团 率领 率 致辞 讲话 通话 宣布 访问 感谢 祝贺 欢迎 "
          "希望 一行 邀请 称 转达 代表 分别 先后 当选 重申 回应 透露 拜会 拜访 探望 看望 主持 陪同 "
         "抵达 出访 会面 致电 致信 签署 参观 考察 前往 和夫人 偕夫人 及夫人 夫妇").split()
LEFT_WORDS = ("会见 会晤 同 与 和 及 应 由 日 年 月 上午 下午 晚 时 后 并 陪同 邀请 据 对 向 请 感谢 欢迎 祝贺 以 在 "
               "为 是 致 了 ，而 ,而").split()  # "，而乙总理首次访马": 而 opens a second subject's clause (zh_events)
# Characters Xinhua's transliteration tables use for foreign names (and the Lao, Thai, Khmer and
# Burmese names written by sound, with 何塞 for José, 额尔登 for Erdene and 拉那烈 for Ranariddh); a run
# after a title made of others ("选举", "医生") is no name.
TRANSLIT = frozenset(
    "实差"  # Thai: 差猜 (Chatichai), 差瓦立 (Chavalit), 颂实 (Somsak)
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕别宾波伯博布查察达戴丹道德登迪蒂杜多厄恩尔法凡范菲费芬丰冯弗福富盖甘冈戈哥格"
    "贡古瓜圭哈海汉豪赫亨洪胡华惠霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理利丽莉列林琳龙卢鲁路伦罗"
    "洛吕马玛迈麦曼芒梅门蒙孟米敏明莫墨姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮普奇齐乔切钦琼丘热茹瑞若撒萨塞赛桑"
    "瑟森沙莎山尚绍舍舒斯松苏索塔泰坦汤唐特滕提通图托瓦万旺威韦维温文沃乌武西希锡席夏谢辛欣休叙雅亚扬杨耶伊因英尤"
    "于约扎泽詹朱佐卓兹祖赞曾哲芙黛薇丝娃什卜勃柏泊珀庇蓬朋楚措茨崔岱旦帝丁东敦顿铎梵吠佛夫孚伏嘎该高歌根耿谷固关"
    "贵亥汗罕杭浩禾荷黑恒弘宏侯呼忽瑚怀欢焕皇黄辉迦嘉坚简姜蒋焦捷津晋京景久居君喀开堪珂可孔寇宽奎昆坤阔腊岚黎礼李"
    "力立连良留柳隆陆禄律骆满毛茂美弥密缪摩默木牧乃楠瑙年农派培平坡其琪契恰谦琴青秋曲屈泉让仁荣容儒素台陶天田廷土"
    "汪伟卫翁吾伍熙喜仙香祥肖小新兴秀旭轩延尧叶依怡以义易殷由余宇玉裕元袁远云增章昭贞真正芝志中钟仲周竹孜宗銮颂猜"
    "他信育貌觉色占沛奴娅拿那诗桐采策岑柴缅圣施史善略得季翰逊廉治保历才春胜银光忠贤宝财梭楞葆额何烈"
    "代汀慕末"  # Lao 坎代 (Khamtay); 普汀, as Malaysian Chinese papers write Putin; 慕尤丁, 阿末 (Ahmad)
    "申济"  # 卢卡申科 (Lukashenko), 米尔济约耶夫 (Mirziyoyev), 阿济兹 (Aziz)
    "计"  # 多明计斯 (Domínguez) as 中评社 writes it (Xinhua: 多明格斯); safe, as no word of it (统计, 设计, 会计, 计划,
    # 预计) has a second character here: a run of two or more is needed for a name
)
# Who was present, listed: "参加会见的有", "在座的还有", "议员包括", "出席者包括" (not "有关").
PRESENT = re.compile("(?:会见|会谈|会晤|会面|接见|陪同|在座|出席|参加|宴请)[^，。；,;]{0,8}?的还?有(?!关)"
                   "|(?:议员|嘉宾|人士|官员|成员|出席者|参加者|与会者)包括")
LIST_END = re.compile("[。；;：:\n（(]|等")
LIST_SEP = re.compile("[、，,]")
LIST_LEAD = re.compile("以及|及|和")
# A question word is no clause start and the surname it ends in no name: "为何密集出访", "如何看待".
QUESTION_WORDS = frozenset(("为何", "如何", "任何", "有何"))
POSTS_AFTER = frozenset(("部长", "会长", "主任", "秘书长", "书记"))
# What follows a transliteration in parts when it names a place or a body: "乔治·华盛顿大学".
NOT_A_PERSON_AFTER = re.compile("大学|学院|大道|大街|广场|机场|公司|集团|基金|研究|中心"
                                "|[号奖杯路街桥港市省州县岛河湖]")
# What honours the dead, after a name: "鲁迅故居", "甲烈士墓", "甲雕塑" (found only where one of these stands).
MEMORIALS = "故居|故里|旧居|纪念馆|纪念堂|塑像|铜像|雕像|雕塑|烈士|陵园|墓"
_MEMORIAL_CUE = re.compile(MEMORIALS)


def has_memorial(s: str) -> bool:
    return _MEMORIAL_CUE.search(s) is not None


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(single, double, usable without a title) from data/zh_surnames.csv."""
    rows = read_data("zh_surnames.csv")
    single = frozenset(s for s in rows.surname if len(s) == 1)
    double = frozenset(s for s in rows.surname if len(s) == 2)
    alone = frozenset(rows.surname[rows.without_title == "yes"])
    return single, double, alone


@lru_cache(maxsize=1)
def verb_re() -> re.Pattern:
    """A common surname and one or two characters right before a verb of the genre, or before 等 and
    the verb ("杨某等陪同")."""
    single, double, alone = surnames()
    singles = "".join(sorted(s for s in single if s in alone))
    doubles = "|".join(sorted(s for s in double if s in alone))
    return re.compile(rf"(?:{doubles}|[{singles}])[\u4e00-\u9fff]{{1,2}}?(?={_verb_or_where()})")


def _verb_or_where() -> str:
    verbs = "|".join(sorted(VERBS, key=len, reverse=True))
    # "韩明远在北京会见……", "韩明远9日在北京会见……": a bare name opening a clause before where (and when) it acts
    where = r"(?:\d{1,2}日(?:上午|下午|晚)?)?在[\u4e00-\u9fff]{1,8}?(?:会见|会晤|会谈|接见|出席|同|与)"
    return rf"(?:等人?)?(?:{verbs})|{where}"


# Where a Japanese name may stand with no title: a text that names Japan or its parties.
# (Not the 日中 of "10日中午", "同日中联部", "今日中国".)
_JAPAN_CUE = re.compile(r"日本|日方|中日|(?<![\d今昨明同当每次翌])日中(?![午旬])|自民|公明|立宪|社民|干事长")
# Words a Japanese given name never runs into: "石破上午会见", "茂木一行", "岸田政府", "福田元首相".
_AFTER_JAPANESE = ("政府", "内阁", "內閣", "政权", "政權", "本人", "元首", "首相", "前首", "再次", "此前", "随后")


@lru_cache(maxsize=1)
def _japanese_re() -> re.Pattern:
    """A Japanese surname of two characters (one the csv keeps for titled names) and a given name of two or
    three right before a verb ("二阶俊博会见", "山口那津男在北京同……会谈"), none of them a place's word
    ("山下乡村考察")."""
    single, double, alone = surnames()
    japanese = "|".join(sorted(s for s in double if s not in alone))
    stops = "|".join(map(re.escape, sorted({*END_WORDS, *_AFTER_JAPANESE}, key=len, reverse=True)))
    return re.compile(rf"(?:{japanese})(?:(?![县市乡村镇町区岛港]|{stops})[\u4e00-\u9fff]){{2,3}}?"
                      rf"(?={_verb_or_where()})")


def bare_names(s: str) -> list[re.Match]:
    """Names with no title before a verb of the genre (verb_re), and Japanese ones where the text is of Japan."""
    found = list(verb_re().finditer(s))
    return found + list(_japanese_re().finditer(s)) if _JAPAN_CUE.search(s) else found


@lru_cache(maxsize=1)
def met_re() -> re.Pattern:
    """A common surname and one or two characters right after 会见/会晤/接见 and right before the
    clause ends ("会见李龙男。", "会见王毅一行，"): whom the verb meets, with no title given."""
    single, double, alone = surnames()
    singles = "".join(sorted(s for s in single if s in alone))
    doubles = "|".join(sorted(s for s in double if s in alone))
    sounds = "".join(sorted(TRANSLIT))  # or a name written by sound, of two to five ("会见了颂实。")
    # "会见到访的甲一行", "会见了来访的甲": whom the verb meets, told as visiting
    return re.compile(rf"(?:会见|会晤|接见)了?(?:(?:到访|来访|前来访问|来华访问)的)?"
                      rf"(?P<name>(?:{doubles}|[{singles}])(?!一行)[\u4e00-\u9fff]{{1,2}}?"
                      rf"|[{sounds}]{{2,5}}?)(?=[，。；、,;]|一行|并|时)")


@lru_cache(maxsize=1)
def memorial_re() -> re.Pattern:
    """A name before what honours the dead, after a visit to it ("参观鲁迅故居", "瞻仰甲烈士墓") or, of three
    characters, after 的 ("公园内的甲烈士墓", "的甲雕塑")."""
    single, double, _ = surnames()
    first = f"(?:{'|'.join(sorted(double))}|[{''.join(sorted(single))}])"
    return re.compile(rf"(?:(?:参观|瞻仰|拜谒|前往|赴|向|到)了?(?P<name>{first}[\u4e00-\u9fff]{{1,2}}?)"
                      rf"|的(?P<named>{first}[\u4e00-\u9fff]{{2}}))(?={MEMORIALS})")
