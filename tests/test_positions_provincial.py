"""Posts in a Chinese province resolve to that province ("place:CHN:<province>"), however the
report writes the body: the provincial party committee, the region's own name, the governor's
province, a city's party committee, or no name at all when the report named the province before.
The title stays what it was (secretary, governor, chairman, deputy secretary)."""
import pytest
from conftest import _extract


def _posts(text):
    rows = _extract(text, "2023-04-12")
    return {(p["person"], p["title"], p["organization_id"], p["status"]) for p in rows["positions"]}


@pytest.mark.parametrize("text, post", [
    ("Zhou Weimin, Secretary of the CPC Yunnan Provincial Committee, held talks with the Lao guests in Kunming.",
     ("Zhou Weimin", "Secretary", "place:CHN:yunnan", "current")),
    ("Zhou Weimin, deputy secretary of the Yunnan provincial Party committee, accompanied the visitors.",
     ("Zhou Weimin", "deputy secretary", "place:CHN:yunnan", "current")),
    ("Tang Jianguo, Secretary of the Party Committee of the Guangxi Zhuang Autonomous Region, led a delegation "
     "to Hanoi.", ("Tang Jianguo", "Secretary", "place:CHN:guangxi", "current")),
    ("Tang Jianguo, secretary of the CPC Guangxi Regional Committee, arrived in Hanoi on Tuesday.",
     ("Tang Jianguo", "secretary", "place:CHN:guangxi", "current")),
    ("Yunnan Provincial Party Secretary Zhou Weimin signed the agreement with Lao officials.",
     ("Zhou Weimin", "Party Secretary", "place:CHN:yunnan", "current")),
    ("Yunnan Governor Bai Lixin welcomed the delegation.", ("Bai Lixin", "Governor", "place:CHN:yunnan", "current")),
    ("Bai Lixin, Governor of Yunnan Province, welcomed the delegation.",
     ("Bai Lixin", "Governor", "place:CHN:yunnan", "current")),
    ("Mo Zhiyong, Chairman of the Guangxi Zhuang Autonomous Region, opened the trade fair.",
     ("Mo Zhiyong", "Chairman", "place:CHN:guangxi", "current")),
    ("Fang Delin, secretary of the CPC Shanghai Municipal Committee, met the Vietnamese guests.",
     ("Fang Delin", "secretary", "place:CHN:shanghai", "current")),
    ("Kunming Party Secretary Lu Haoming showed the guests the new railway station.",
     ("Lu Haoming", "Party Secretary", "place:CHN:yunnan", "current")),
    ("Xu Jiaqi, Vice Chairman of the Guangxi Zhuang Autonomous Region, attended the fair in Nanning.",
     ("Xu Jiaqi", "Vice Chairman", "place:CHN:guangxi", "current")),
    ("Former Secretary of the CPC Yunnan Provincial Committee Gao Shiwen spoke at the seminar.",
     ("Gao Shiwen", "Secretary", "place:CHN:yunnan", "ended")),
])
def test_english_provincial_posts(text, post):
    assert post in _posts(text)


@pytest.mark.parametrize("text, post", [
    ("云南省委书记周伟民会见了老挝客人。", ("周伟民", "secretary", "place:CHN:yunnan", "current")),
    ("雲南省委書記周偉民會見了老撾客人。", ("周偉民", "secretary", "place:CHN:yunnan", "current")),
    ("新疆维吾尔自治区党委书记马志刚在乌鲁木齐会见哈萨克斯坦代表团。",
     ("马志刚", "secretary", "place:CHN:xinjiang", "current")),
    ("广西壮族自治区主席莫志勇出席开幕式。", ("莫志勇", "chairman", "place:CHN:guangxi", "current")),
    ("昆明市委书记陆浩明陪同参观。", ("陆浩明", "secretary", "place:CHN:yunnan", "current")),
    ("天津市委书记方德林会见越南客人。", ("方德林", "secretary", "place:CHN:tianjin", "current")),
    ("云南省委副书记、省长白立新会见老挝客人。", ("白立新", "governor", "place:CHN:yunnan", "current")),
    ("中共贵州省委常委孙立华会见了客人。", ("孙立华", "standing committee member", "place:CHN:guizhou", "current")),
    ("中共广西壮族自治区委员会书记唐建国会见越南客人。", ("唐建国", "secretary", "place:CHN:guangxi", "current")),
    ("云南省前省长白立新出席论坛。", ("白立新", "governor", "place:CHN:yunnan", "ended")),
])
def test_chinese_provincial_posts(text, post):
    assert post in _posts(text)


def test_a_post_without_a_name_is_in_the_province_named_before():
    posts = _posts("新疆维吾尔自治区代表团4月10日抵达阿斯塔纳。自治区党委书记马志刚会见了哈萨克斯坦客人。")
    assert ("马志刚", "secretary", "place:CHN:xinjiang", "current") in posts
    posts = _posts("云南代表团访问老挝。省委书记周伟民在万象会见老挝客人。")
    assert ("周伟民", "secretary", "place:CHN:yunnan", "current") in posts
    posts = _posts("广东省代表团抵达胡志明市。中共省委副书记杜明辉出席。")
    assert ("杜明辉", "deputy secretary", "place:CHN:guangdong", "current") not in posts  # a foreign city since
    posts = _posts("上海市代表团访问越南。市委书记方德林会见越南客人。")
    assert ("方德林", "secretary", "place:CHN:shanghai", "current") in posts


def test_a_province_where_a_meeting_is_held_is_no_post():
    posts = _posts("Sun Liming, head of the CPC International Department, met the Lao delegation in Yunnan "
                   "Province on Monday.")
    assert not {p for p in posts if p[2].startswith("place:CHN:")}
    posts = _posts("中联部部长孙立明在云南省昆明市会见老挝客人。")
    assert not {p for p in posts if p[2].startswith("place:CHN:")}


def test_a_provincial_university_is_no_provincial_post():
    posts = _posts("Wu Jiahui, president of Yunnan University, received the Lao students.")
    assert ("Wu Jiahui", "president", "org:yunnan-university", "current") in posts
    assert not {p for p in _posts("云南大学校长吴嘉慧会见老挝学生。") if p[2].startswith("place:CHN:")}


def test_a_foreign_governor_or_province_stays_foreign():
    assert ("Gary Holt", "Governor", "place:USA:california", "current") in _posts(
        "Gary Holt, Governor of California, met the Chinese delegation.")
    assert ("霍尔特", "governor", "place:USA:california", "current") in _posts("加州州长霍尔特会见中国客人。")
    posts = _posts("云南省代表团访问越南。越南广宁省委书记阮文福会见代表团。")
    assert not {p for p in posts if p[2].startswith("place:CHN:")}
