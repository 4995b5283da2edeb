"""A name a title seems to open that is an act and the word it governs: "率地方", "向中方", "同各国" (round 21).

A few characters are both a rare surname and the word that most often follows a post in prose:
率 (leads), 向 (to), 同/与/和/跟 (with), 对 (towards), 在 (at), 为 (for), 赴 (goes to), 代 (on behalf of),
给 (to). After "省委书记率地方代表团出访", "主席向中方表示感谢", "部长同各国代表会谈" what follows the title
is the act and whom it concerns, and the "given name" is a common word of the news (地方, 中方, 各国,
代表团), which no person's given name is. Both readers of a name after a title (zh_names' candidates,
zh_grammar's name after a title head) turn such a candidate down; a real name with one of these
surnames (向某东, 和某平) keeps a given name that is no such word."""
from __future__ import annotations

# Characters that open a name as a rare surname and a clause as a preposition or a verb.
_ACTS = frozenset("率向同与與和对對在为為跟给給赴代")
# Common words such an act governs, in simplified and traditional forms: sides and countries, bodies and
# groups, places in general; none is a given name.
_WORDS = tuple("""
地方 中方 外方 我方 对方 對方 各方 双方 雙方 三方 多方 友方 该方 該方 东道方 東道方 各国 各國
两国 兩國 本国 本國 该国 該國 我国 我國 多国 多國 中国 中國 中外 友邦 各地 当地 當地 全国
全國 国内 國內 国际 國際 两党 兩黨 各党 各黨 该党 該黨 本党 本黨 我党 我黨 友党 友黨 中共
党政 黨政 政党 政黨 兄弟 地区 地區 省委 市委 省市 中央 政府 人民 代表 嘉宾 嘉賓 来宾 來賓
贵宾 貴賓 与会 與會 各界 有关 有關 相关 相關 全体 全體 部分 企业 企業 青年 妇女 婦女 媒体
媒體 记者 記者 专家 專家 学者 學者 国家 國家 社会 社會 大会 大會 会议 會議 广大 廣大
""".split())


def act_and_word(candidate: str) -> bool:
    """Whether a candidate name is one of those acts and a common word ("率地方", "向中方表示" cut at 表示)."""
    return len(candidate) >= 3 and candidate[0] in _ACTS and candidate.startswith(_WORDS, 1)
