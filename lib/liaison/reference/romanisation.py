"""Korean and Vietnamese surnames and syllables as English news copy spells them: reference
inventories, like the pinyin ones, that let extraction accept "Ri Su Yong" or "Nguyen Phu
Trong" as a person's name by its shape alone.

Sources:
- Korean: the McCune-Reischauer tables (https://www.lib.uchicago.edu/about/directory/departments/
  eastasia/find/mccune-reischauer-romanization-system/ and https://east.library.utoronto.ca/
  resource/guide-korean-romanization-system-word-division), in KCNA's variant without breves or
  apostrophes ("Thaek", "Chol") and the Revised Romanization's vowels ("eo", "eu"); surnames as
  KCNA and Yonhap spell them.
- Vietnamese: the commonest surnames (https://exploreonevietnam.com/vietnamese-last-names/,
  https://www.sideeffects.com/page/vietnamese-surnames-behind-the-name-9d200b); syllables are
  the alphabet's initials, vowel groups and finals, read with the tone marks folded away.
- Burmese: the syllables Myanmar names are romanised in, as Xinhua and The Global New Light of
  Myanmar spell them ("Aung San Suu Kyi", "U Nyi Pu"); honorifics U and Daw.
Lao and Khmer names have no such closed inventory: extraction accepts them only with a cue.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Surnames that are also common English words ("An", "So", "No", "Do") are left out for Korean;
# for Vietnamese the three-word minimum keeps "Do"/"To" safe.
KOREAN_SURNAMES = frozenset(
    """Kim Ri Rhee Lee Yi Pak Park Choe Choi Jong Jung Chung Kang Ryu Yu O Oh Han Hyon Hyun Jo Cho Ho Hong Yun
    Yoon Ryang Jang Chang Son Sohn Song Moon Mun Paek Baek Kwon Kwak Ko Nam Ahn Im Lim Rim Shin Sin Kye Thae Tae
    Hwang Jon Jeon Chon Yang Ju Seo Pyon Byun Min Roh Cha Chae Yom Jin Sim Ryom Tong""".split()
)
VIETNAMESE_SURNAMES = frozenset(
    """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly To Truong Dinh Mai Trinh Doan Lam
    Luong Cao Dao Chu Vuong Ton Lai Kieu Quach Nong Tong Luu Khuat Giap Thai Hau""".split()
)
# Accented spellings of the surnames, so a prefilter can find them without folding the text.
VIETNAMESE_SURNAMES_ACCENTED = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Trương Đinh Trịnh Đoàn Lâm Lương
    Đào Vương Tôn Lại Kiều Quách Nông Tòng Lưu Khuất Giáp Thái Hầu""".split()
)
BURMESE_HONORIFICS = frozenset({"U", "Daw"})
BURMESE_SYLLABLES = frozenset(
    """Aung San Suu Kyi Min Hlaing Than Htay Thein Sein Khin Nyunt Kyaw Zaw Win Myint Tin Oo Soe Hla Maung Nyi Pu
    Tun Shwe Mann Htin Thant Myo Naing Lwin Htun Thura Thet Thaung Wai Phyo Ko Ni Ye Htut Tint Swe Nyein Chit Pe
    Ba Thu Mya Su Wunna Kyu Lin Nu Hsu Mon Myat Nwe Naw Yin Zin Khaing Khine Aye Thida Zarni Hein Htet Paing Pyae
    Sone Yan Lynn Moe Tha Thurein Sann Thaw Zeya Nanda Htwe Thi Ohn Phone Pyi Nay Myaing Kyin Sandar Hnin Cho Ei
    Mar Wah Shein Maw Tar Htoo Pwint Thwin Sit Kyaing Han Thiha Hmue Khant Zeyar Zayar Oung Hnin""".split()
)
_KO_INITIAL = r"(?:kk|tt|pp|ss|jj|tch|chh?|kh?|th?|ph?|sh?|g|n|d|r|l|m|b|j|h)?"
_KO_VOWEL = r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)"
_KO_FINAL = r"(?:ng|k|n|t|l|m|p|g|b|d)?"
_KO_SYLLABLE = re.compile(rf"{_KO_INITIAL}{_KO_VOWEL}{_KO_FINAL}")
_VI_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_VI_VOWEL = (
    r"(?:uye|uya|uyu|ieu|yeu|uoi|uou|oai|oay|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye"
    r"|a|e|i|o|u|y)"
)
_VI_FINAL = r"(?:ng|nh|ch|c|m|n|p|t)?"
_VI_SYLLABLE = re.compile(rf"{_VI_INITIAL}{_VI_VOWEL}{_VI_FINAL}")


@lru_cache(maxsize=1 << 14)
def fold(word: str) -> str:
    """A word without tone marks or breves, "đ" read "d": "Nguyễn" -> "Nguyen", "Chŏl" -> "Chol"."""
    word = word.replace("đ", "d").replace("Đ", "D").replace("'", "").replace("’", "")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def is_korean_name(words: list[str]) -> bool:
    """A Korean surname and a two-syllable given name, written as two words ("Su Yong") or
    hyphenated ("Jong-un"): "Ri Su Yong", "Kim Jong-un"."""
    words = [fold(w) for w in words]
    if not words or words[0] not in KOREAN_SURNAMES:
        return False
    given = words[1:]
    if len(given) == 1 and given[0].count("-") == 1:
        given = given[0].split("-")
    return len(given) == 2 and all(_KO_SYLLABLE.fullmatch(g.lower()) for g in given)


def is_burmese_name(words: list[str]) -> bool:
    """Burmese syllables with an honorific before them ("U Tin Oo", "Daw Khin Mar"), or three or
    four of them without one ("Aung San Suu Kyi", "Min Aung Hlaing")."""
    if words and words[0] in BURMESE_HONORIFICS:
        return 2 <= len(words) - 1 <= 3 and all(w in BURMESE_SYLLABLES for w in words[1:])
    return 3 <= len(words) <= 4 and all(w in BURMESE_SYLLABLES for w in words)


def is_vietnamese_name(words: list[str], cued: bool = False) -> bool:
    """A Vietnamese surname and one to three syllables: three or four words in all ("Vo Van
    Thuong"); two ("To Lam") only where a title or role stands before it (`cued`)."""
    folded = [fold(w) for w in words]
    if not (3 if not cued else 2) <= len(folded) <= 4 or folded[0] not in VIETNAMESE_SURNAMES:
        return False
    return all(w[:1].isupper() and _VI_SYLLABLE.fullmatch(w.lower()) for w in folded[1:])
