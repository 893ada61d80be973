"""Khmer and Burmese names in the Latin letters their bearers write them in: សុខ ចាន់ណា "Sok Channa",
အောင်ကျော်မင်း "Aung Kyaw Min". The contacts list shows it beside the name and search finds it.

Neither script is read by rule here: Khmer vowels change with the consonant's register and Burmese
spelling is far from its sound, and the systematic romanisations (ALA-LC, UNGEGN/BGN-PCGN 1972 for
Khmer, MLCTS for Burmese) give "Sukh Cā̃n'ṇā" or "aung kyau mang:", which nobody types. So these are
tables of the syllables names are made of, in the conventional spellings of Cambodian and Myanmar
passports and the lists delegations send (Cambodia: UNGEGN "Phnom Penh" style, as Sok, Chan, Sokha,
Heng; Myanmar: the customary English spelling, as Aung, Kyaw, Khin, Htun, Thein). A name gets a
reading only when every syllable of it is in the table: a guess would be filed and found wrongly.
"""

from __future__ import annotations

import re

#: Khmer name syllables (orthographic, without spaces between them in a word) → Latin.
KHMER = {
    "សុខ": "sok", "សុខា": "sokha", "ចាន់": "chan", "ណា": "na", "ហេង": "heng", "គឹម": "kim",
    "ជា": "chea", "លី": "ly", "ពៅ": "pov", "ធា": "thea", "រី": "ry", "ស្រី": "srey", "មុំ": "mom",
    "ហ៊ុន": "hun", "សែន": "sen", "ដា": "da", "រ៉ា": "ra", "សំ": "sam", "ណាង": "nang", "សុ": "so",
    "ភា": "phea", "កែវ": "keo", "ម៉ៅ": "mao", "នី": "ny", "ម៉ា": "ma", "តា": "ta", "រា": "ra",
    "ចិន": "chen", "ពិ": "pi", "សិដ្ឋ": "seth", "វិ": "vi", "ចិត្រ": "chet", "បុប្ផា": "bopha",
    "ឈួន": "chhoun", "ចិន្តា": "chenda", "ហួត": "huot", "ទេព": "tep", "ម៉ម": "mam", "ណារី": "neary",
    "ឡុង": "long", "ពេជ្រ": "pich", "រ័ត្ន": "roth", "ប៊ុន": "bun", "ថន": "thon", "វណ្ណ": "vann",
    "ស៊ីម": "sim", "អ៊ុំ": "um", "ខៀវ": "khieu", "ឈឹម": "chhim", "យឹម": "yim", "អ៊ុក": "ouk",
    "ចាន់ថា": "chantha", "ស៊ាង": "seang", "តាំង": "tang", "ឃុន": "khun", "ជ័យ": "chey",
}  # fmt: skip
#: Burmese name syllables → their customary Latin spelling (one syllable, one Latin word).
MYANMAR = {
    "အောင်": "aung", "ကျော်": "kyaw", "မင်း": "min", "ခင်": "khin", "မာ": "mar", "မ": "ma",
    "ဦး": "u", "ဒေါ်": "daw", "ကို": "ko", "စု": "su", "ကြည်": "kyi", "ဝင်း": "win", "သိန်း": "thein",
    "ထွန်း": "htun", "လှ": "hla", "မြင့်": "myint", "မြ": "mya", "နု": "nu", "သန့်": "thant",
    "ဇော်": "zaw", "ဆန်း": "san", "စန်း": "san", "ညွန့်": "nyunt", "နိုင်": "naing", "ဌေး": "htay",
    "ထွေး": "htwe", "သူ": "thu", "ရဲ": "ye", "ထက်": "htet", "ပိုင်": "paing", "ဖြိုး": "phyo",
    "လင်း": "lin", "ချို": "cho", "ဇင်": "zin", "နွယ်": "nwe", "သီ": "thi", "ဟန်": "han", "သက်": "thet",
    "ခိုင်": "khaing", "ချစ်": "chit", "ဆွေ": "swe", "ဝေ": "wai", "ယု": "yu", "မိုး": "moe", "စိုး": "soe",
    "တင်": "tin", "မောင်": "maung", "ဗိုလ်": "bo", "သာ": "thar", "နီ": "ni", "အေး": "aye",
    "ငြိမ်း": "nyein", "ရွှေ": "shwe", "လွင်": "lwin", "ဆု": "hsu", "မြတ်": "myat", "ဖြူ": "phyu",
    "ကောင်း": "kaung", "မျိုး": "myo", "ဟိန်း": "hein", "ချမ်း": "chan", "ဆရာ": "saya", "ဆရာမ": "sayama",
    "ကျင်": "kyin", "ဦ": "u", "\u1025\u102e\u1038": "u", "ညို": "nyo", "သော်": "thaw", "တာ": "tar", "ဖော်": "phaw",
    "ဝါ": "wa", "ပြည့်": "pyae", "ဖုန်း": "phone", "ဇေ": "zay", "ယာ": "yar", "သဲ": "thae",
    "ကြူ": "kyu", "ထား": "htar", "စံ": "san", "ပပ": "pa pa", "သန်း": "than", "ရီ": "yi", "စော": "saw",
}  # fmt: skip
_KHMER_WORD = re.compile("[\u1780-\u17ff]+")
_MYANMAR_WORD = re.compile("[\u1000-\u109f]+")
_HAS = re.compile("[\u1000-\u109f\u1780-\u17ff]")


def has_khmer_or_myanmar(text: str) -> bool:
    return _HAS.search(text) is not None


def _syllables(word: str, table: dict[str, str]) -> list[str] | None:
    """The word as table syllables, longest first at each step; None if some part is not in it."""
    out: list[str] = []
    longest = max(map(len, table))
    i = 0
    while i < len(word):
        for size in range(min(longest, len(word) - i), 0, -1):
            if (latin := table.get(word[i : i + size])) is not None:
                out.append(latin)
                i += size
                break
        else:
            return None
    return out


def latin(text: str) -> str:
    """``text`` with its Khmer and Burmese words in Latin letters ("Sok Channa", "Aung Kyaw Min"),
    other characters as they are; "" if any such word has a syllable the tables do not know."""
    unknown = False

    def khmer(match: re.Match[str]) -> str:
        nonlocal unknown
        parts = _syllables(match[0], KHMER)
        unknown = unknown or parts is None
        return "".join(parts or ()).capitalize()  # one word in Latin too: ចាន់ណា "Channa"

    def myanmar(match: re.Match[str]) -> str:
        nonlocal unknown
        parts = _syllables(match[0], MYANMAR)
        unknown = unknown or parts is None
        return " ".join(p.capitalize() for p in " ".join(parts or ()).split())  # a syllable, a word

    out = _MYANMAR_WORD.sub(myanmar, _KHMER_WORD.sub(khmer, text))
    return "" if unknown else out
