"""Honorifics of imported people in both languages: "Herr" and "Frau" of a German list (Monsieur,
Madame, Señor, Señora …) become Mr. / Ms. and 先生 / 女士, and an academic title typed into the
given name ("Dr. Käthe", "Prof. Dr. Ulrich") moves to the honorific (Dr. / 博士, Prof. Dr. / 教授).

In English the honorific comes before the name, in Chinese after it (``labels.with_honorific``): a
raw "Herr" printed "Jürgen Müller Herr" in the Chinese column of a dossier."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from petdesk.khmer_myanmar_latin import MYANMAR
from petdesk.services.matching import PINYIN_SYLLABLES


@dataclass(frozen=True)
class Honorific:
    en: str
    zh: str
    #: "m" / "f" for a courtesy title that tells the gender, "" for an academic one.
    gender: str = ""
    academic: bool = False


def _fold(text: str) -> str:
    # composed first: a Mac's vCard writes "Ông" as O + a combining circumflex (field test 93)
    return re.sub(r"[\s.\-]+", "", unicodedata.normalize("NFC", text).casefold())


_MR = Honorific("Mr.", "先生", "m")
_MS = Honorific("Ms.", "女士", "f")
_COURTESY: dict[str, Honorific] = {
    **dict.fromkeys(("mr", "mister", "herr", "hr", "monsieur", "m", "señor", "senor", "sr", "先生"), _MR),
    **dict.fromkeys(
        ("ms", "frau", "fr", "madame", "mme", "mademoiselle", "mlle", "señora", "senora", "sra", "señorita",
         "srta", "女士", "小姐"),
        _MS,
    ),
    "mrs": Honorific("Mrs.", "女士", "f"),
    "miss": Honorific("Miss", "女士", "f"),
    # Afrikaans: Mnr. (meneer), Mev. (mevrou), Mej. (mejuffrou) in Cape Town's lists (field test 113)
    "mnr": Honorific("Mnr.", "先生", "m"),
    "mev": Honorific("Mev.", "女士", "f"),
    "mej": Honorific("Mej.", "女士", "f"),
    # India's official courtesy titles, kept as Indian letters write them (field test 107)
    "shri": Honorific("Shri", "先生", "m"),
    **dict.fromkeys(("smt", "shrimati"), Honorific("Smt.", "女士", "f")),
    # Indonesia's Bapak / Ibu (Pak / Bu when short): a form of address as Mr. / Ms. are, left off a
    # table card as they are; "Bapak Sukarno" was printed on one (field test 108)
    **dict.fromkeys(("bapak", "pak"), Honorific("Bapak", "先生", "m")),
    **dict.fromkeys(("ibu", "bu"), Honorific("Ibu", "女士", "f")),
    # Turkish (field test 114): "Sayın" before a name (Dear / Mr. or Ms., no gender), "Bey" and
    # "Hanım" after the given name ("Mehmet Bey", "Ayşe Hanım")
    **dict.fromkeys(("sayın", "sayin"), Honorific("Sayın", "", "")),
    "bey": Honorific("Bey", "先生", "m"),
    # Kenya and Tanzania (field test 117): Swahili Bw. (Bwana) and Bi. (Bibi) are Mr. and Ms.;
    # Hon. (Honourable) and Mhe. (Mheshimiwa) an elected official's, with no settled Chinese form
    # (Hon. of the Philippines' LGU officials too, field test 126): 尊敬的 is a letter's salutation
    # before a name, not a title after it, and 阁下 is H.E.'s; the Chinese side keeps "Hon." in front
    "bw": Honorific("Bw.", "先生", "m"),
    "bi": Honorific("Bi.", "女士", "f"),
    **dict.fromkeys(("hon", "honourable", "honorable"), Honorific("Hon.", "", "")),
    **dict.fromkeys(("mhe", "mheshimiwa"), Honorific("Mhe.", "", "")),
    **dict.fromkeys(("hanım", "hanim"), Honorific("Hanım", "女士", "f")),
    # Pakistan's and India's courtesy word after a man's whole name ("Imran Qureshi Sahib", Karachi's
    # walk: stored as the family name "Sahib")
    "sahib": Honorific("Sahib", "先生", "m"),
    # His or Her Excellency, a minister's or ambassador's (H.E., معالي, سعادة; field test 118)
    **dict.fromkeys(("he", "معالي", "سعادة"), Honorific("H.E.", "阁下", "")),
    "السيد": _MR, "السيدة": _MS,
    # Mongolian (field test 119): Ноён (Mr.), Хатагтай (Ms.), written before the name; the English
    # dossier says them in English, as it does Herr
    "ноён": _MR,
    "хатагтай": _MS,
    # Polish Pan / Pani and Czech pan / paní (field test 124): Outlook's "Tytuł" and "Oslovení" hold
    # them; Mr. / Ms. as Herr / Frau are. Only in an honorific column: "Pan" is a Chinese surname too.
    **dict.fromkeys(("pan", "pán"), _MR),
    **dict.fromkeys(("pani", "paní", "slečna"), _MS),
    # Persian (field test 125, Tehran): خانم (Ms.), آقای / آقا (Mr.), in Outlook's "عنوان" column
    "خانم": _MS,
    **dict.fromkeys(("آقای", "آقا", "اقای"), _MR),
}  # fmt: skip
_ACADEMIC: dict[str, Honorific] = {
    "dr": Honorific("Dr.", "博士", academic=True),
    "dring": Honorific("Dr.-Ing.", "博士", academic=True),
    # a woman doctor in Spanish and Portuguese (Dra., Dr.ª): São Paulo's Google contacts (field test 113)
    **dict.fromkeys(("dra", "drª"), Honorific("Dra.", "博士", academic=True)),
    "prof": Honorific("Prof.", "教授", academic=True),
    "profdr": Honorific("Prof. Dr.", "教授", academic=True),
    "profdring": Honorific("Prof. Dr.-Ing.", "教授", academic=True),
    "博士": Honorific("Dr.", "博士", academic=True),
    "教授": Honorific("Prof.", "教授", academic=True),
    # Mexico's professional titles, written before the name as Dr. is (field test 116): Ing.
    # (ingeniero) is 工程师, as Chinese addresses an engineer ("张工程师"); Lic. (licenciado: any
    # bachelor, not 律师), Mtro./Mtra. (maestro: a master's degree), C.P. (contador público) and Arq.
    # (arquitecto) have no Chinese form of address, so the Chinese side prints none, not a wrong one.
    "ing": Honorific("Ing.", "工程师", academic=True),
    **dict.fromkeys(("lic", "lica"), Honorific("Lic.", "", academic=True)),
    "mtro": Honorific("Mtro.", "", "m", academic=True),
    "mtra": Honorific("Mtra.", "", "f", academic=True),
    "cp": Honorific("C.P.", "", academic=True),
    "arq": Honorific("Arq.", "", academic=True),
    # Egypt and the Arab states (field test 118), and Kenya's registered engineers (field test 117):
    # the engineer's and doctor's titles are used as Dr. is, in Latin ("Eng.") and Arabic letters
    # (م. / المهندس, د. / الدكتور, أ.د. a professor)
    **dict.fromkeys(
        ("eng", "م", "مهندس", "مهندسة", "المهندس", "المهندسة"),
        Honorific("Eng.", "工程师", academic=True),
    ),
    # Pakistan and Bangladesh write "Engr." (field test 122): kept so, not made Egypt's "Eng."
    "engr": Honorific("Engr.", "工程师", academic=True),
    # The Philippines (field test 126): Atty. (attorney) is 律师, as Chinese addresses a lawyer ("张律师")
    **dict.fromkeys(("atty", "attorney"), Honorific("Atty.", "律师", academic=True)),
    **dict.fromkeys(("د", "دكتور", "دكتورة", "الدكتور", "الدكتورة"), Honorific("Dr.", "博士", academic=True)),
    **dict.fromkeys(("أد", "ا د", "اد"), Honorific("Prof. Dr.", "教授", academic=True)),
    # Persian دکتر (Dr.) and مهندس (Eng., already above), with the Arabic ي / ك a Windows-1256 file may give
    **dict.fromkeys(("دکتر", "دكتر"), Honorific("Dr.", "博士", academic=True)),
    # Mongolian "Д-р" (доктор) and "Проф." (field test 119)
    **dict.fromkeys(("др", "доктор"), Honorific("Dr.", "博士", academic=True)),
    **dict.fromkeys(("проф", "профессор"), Honorific("Prof.", "教授", academic=True)),
    # Polish and Czech degrees, kept as written (field test 124): dr hab. (habilitated doctor) and
    # the Czech small doctorates (PhDr., JUDr., RNDr.) are addressed as doctors (博士), a professor
    # of any degree as 教授, inż. and Ing. (engineer) as 工程师, Mgr. (magister, a master's degree)
    # as 硕士 as Vietnamese ThS. is; Ing. arch. has no Chinese form, as Arq. has none.
    **{
        k: Honorific(en, zh, academic=True)
        for en, zh in (
            ("dr hab.", "博士"),
            ("dr inż.", "博士"),
            ("dr hab. inż.", "博士"),
            ("prof. dr hab.", "教授"),
            ("prof. dr hab. inż.", "教授"),
            ("prof. dr inż.", "教授"),
            ("inż.", "工程师"),
            ("mgr inż.", "工程师"),
            ("Mgr.", "硕士"),
            ("Ing. arch.", ""),
            ("PhDr.", "博士"),
            ("JUDr.", "博士"),
            ("RNDr.", "博士"),
            ("doc.", "副教授"),
            ("Ing. Ph.D.", "博士"),
        )
        for k in (_fold(en),)
    },
}
#: Vietnamese titles: courtesy (Ông / Bà; Anh / Chị for a younger man or woman, also typed without
#: marks) and academic (TS. doctor, ThS. master, GS. / PGS. professor / associate professor, as a
#: Mac's vCard gives them). Imports keep them as written (a Vietnamese list's own word, as Herr was
#: not), so they are known here for the Chinese column alone: "Anh" is a given name too.
_VIETNAMESE: dict[str, Honorific] = {
    **dict.fromkeys(("ông", "ong", "anh"), _MR),
    **dict.fromkeys(("bà", "ba", "chị", "chi", "cô"), _MS),
    "ts": Honorific("TS.", "博士", academic=True),
    "ths": Honorific("ThS.", "硕士", academic=True),
    "gs": Honorific("GS.", "教授", academic=True),
    **dict.fromkeys(("pgs", "pgsts"), Honorific("PGS.", "副教授", academic=True)),
}
#: Thai titles (field test 120: Outlook's คำนำหน้าชื่อ, a card's "คุณอรุณี", glued to the name as Thai
#: writes them). นาย, นาง and นางสาว are Mr., Mrs. and Miss (先生 / 女士); ดร. is Dr. (博士), and the
#: academic ranks ศ. / รศ. / ผศ. are Prof., Assoc. Prof. and Asst. Prof. (教授 / 副教授 / 助理教授). คุณ is
#: said to anyone, man or woman: English letters from Thailand keep it as "Khun", and Chinese has no
#: form of address without the gender (先生 or 女士 would be a guess), so its Chinese side is empty.
#: They were kept in the English honorific as typed, in Thai letters, with no Chinese form.
_THAI: dict[str, Honorific] = {
    "คุณ": Honorific("Khun", "", ""),
    "คุณหญิง": Honorific("Khunying", "", "f"),
    "นาย": _MR,
    "นาง": Honorific("Mrs.", "女士", "f"),
    "นางสาว": Honorific("Miss", "女士", "f"),
    "ดร": Honorific("Dr.", "博士", academic=True),
    "ศ": Honorific("Prof.", "教授", academic=True),
    "รศ": Honorific("Assoc. Prof.", "副教授", academic=True),
    "ผศ": Honorific("Asst. Prof.", "助理教授", academic=True),
}
#: Burmese honorifics, written before the name, which has no family name: U (ဦး, an older man), Daw
#: (ဒေါ်, a woman), Ko (ကို) and Ma (မ) for younger ones, Saya (ဆရာ, teacher). A list's "U Aung Min"
#: kept "U" as a given name. Chinese writes U and Daw before the name as 吴 and 杜 (吴努 U Nu, 吴丹 U
#: Thant, 杜昂山素季 Daw Aung San Suu Kyi); Ko, Ma and Saya have no settled Chinese form, so none is
#: given (a dossier prints the name without them rather than a guess). The Burmese-script forms stay
#: as written, beside a name in that script.
_BURMESE: dict[str, Honorific] = {
    "u": Honorific("U", "吴", "m"),
    "daw": Honorific("Daw", "杜", "f"),
    "ko": Honorific("Ko", "", "m"),
    "ma": Honorific("Ma", "", "f"),
    "saya": Honorific("Saya", "", ""),
    **dict.fromkeys(("ဦး", "\u1025\u102e\u1038"), Honorific("ဦး", "吴", "m")),
    "ဒေါ်": Honorific("ဒေါ်", "杜", "f"),
    "ကို": Honorific("ကို", "", "m"),
    "မ": Honorific("မ", "", "f"),
    "ဆရာ": Honorific("ဆရာ", "", ""),
}
#: Chinese honorifics written before the name, not after it: 吴昂敏, not 昂敏吴.
CHINESE_BEFORE_NAME = frozenset({"吴", "杜"})
#: Burmese-script honorifics that may be run together with the name: ဦး and ဒေါ် begin no name
#: syllable; ကို, မ and ဆရာ do (မ is "Ma" of many names), so they count only before a space.
_BURMESE_JOINED = ("ဦး", "\u1025\u102e\u1038", "ဒေါ်")
#: Burmese name words in Latin letters beyond the reading table's ("Suu", "Gyi", "Oo").
_BURMESE_WORDS = frozenset(w for v in MYANMAR.values() for w in v.split()) | {
    "suu",
    "gyi",
    "oo",
    "nyi",
    "tun",
}


def burmese_title(name: str) -> tuple[str, str]:
    """("U", "Aung Min") for "U Aung Min", ("ဦး", "အောင်မင်း") for ဦးအောင်မင်း; ("", name) when the name
    does not begin with a Burmese honorific. In Latin letters the rest must be Burmese name words and
    not all pinyin: "Ma Wei" and "Ko Min" may be Chinese or Korean names and are left alone."""
    name = name.strip()
    for joined in _BURMESE_JOINED:
        if name.startswith(joined) and re.match("[\u1000-\u109f]", name[len(joined) :].lstrip()):
            return _BURMESE[joined].en, name[len(joined) :].strip()
    first, _, rest = name.partition(" ")
    rest = rest.strip()
    honorific = _BURMESE.get(first.casefold())
    if honorific is None or not rest or rest.split()[0].casefold() == first.casefold():
        return "", name  # "Ko Ko Gyi", "Ma Ma Lay": a doubled syllable is the name
    if re.match("[\u1000-\u109f]", first):
        return (honorific.en, rest) if re.match("[\u1000-\u109f]", rest) else ("", name)
    words = [w.casefold() for w in rest.split()]
    if not all(w in _BURMESE_WORDS for w in words) or all(w in PINYIN_SYLLABLES for w in words):
        return "", name
    return honorific.en, rest


def burmese_title_of_name(given: str, family: str) -> tuple[str, str, str]:
    """(honorific, given, family) with a Burmese honorific taken off the name's start: a list's "U Aung
    Min" split given name first is "U Aung" / "Min"; one written whole is in the family name alone."""
    title, _rest = burmese_title(f"{given} {family}".strip())
    if not title:
        return "", given, family
    if given.strip():
        return title, burmese_title(given)[1] if given.strip() != title else "", family
    return title, given, burmese_title(family)[1]


#: Academic titles at the start of a given name: "Dr. Käthe", "Prof. Dr. Ulrich", "Dr.-Ing. Jens";
#: and India's Shri and Smt., written before the name as those are ("Smt. Meena Kumari" kept "Smt."
#: in the given name, and a name card said "Smt. Meena Kumari" with no title; field test 107).
#: "C.P." and "H.E." are titles only written joined, as titles are: letters with a space between them
#: ("C. P. Ramesh", "H. E. Peter") are a name's initials, as South India and English lists write them,
#: and stay in the given name (they were taken as contador público and His Excellency).
#: Not "Sri": it is a given name in Indonesia ("Sri Mulyani"); Bapak and Ibu are taken off a given name
#: too, but not Pak and Bu, which are also family names (Korean 박 "Pak", Chinese 卜 "Bu").
_ONE_TITLE = (
    r"(?:(?:prof|dr)\.?(?:-ing\.?)?\s+|(?:shri|smt\.?|shrimati|bapak|ibu|say[ıi]n|SAYIN)\s+"
    # Mexico's, with their dot only: "Lic. Juan", "Ing. Ana", "C.P. Rosa" (field test 116)
    r"|(?:lic|ing|mtr[oa]|arq)\.\s*|c\.p\.\s*"
    # Egypt's Eng., H.E. and the Arabic titles: "م. عمرو", "المهندس محمد", "د. فاطمة" (field test 118)
    # and Pakistan's and Bangladesh's "Engr. Muhammad Rahman", with or without its dot (field test 122)
    r"|(?:eng|engr|h\.e)\.\s*|engr\s+|(?:[مد]|أ\.\s?د)\.\s*|(?:ال)?(?:مهندس|دكتور)[ةه]?\s+"
    r"|(?:д-р|доктор|проф\.?|профессор|ноён|хатагтай)\s+"  # Mongolian (field test 119)
    # East Africa's (and Eng. above), with their dot only: "Bi" is a Chinese family name (毕), "Eng" a
    # Hmong one
    r"|(?:hon|mhe|bw|bi)\.\s*|(?:honourable|mheshimiwa)\s+"
    # Courtesy titles before a whole name ("Mr. John Smith" kept "Mr. John" as the given name,
    # names59), and the Philippines' Atty. Mr / Mrs / Ms without a dot only as so written: "MS Dhoni"
    # and "MR Kumar" are initials. Not M. (an initial), Fr. (Father), Sr. (Sister as much as Señor),
    # Pak, Bu, Pan, He, Bi (family names too)
    r"|(?:mrs?|ms|mnr|mev|mej|mme|mlle|sra|srta|atty)\.\s*|(?-i:Mrs?|Ms)\s+"
    r"|(?:miss|mister|herr|frau|monsieur|madame|mademoiselle|señora?|senora?|señorita|senorita|attorney)\s+"
    # Thai, glued to the name or not ("คุณอรุณี", "ดร. ประเสริฐ"); glued only before a consonant or a
    # vowel written before one, so that the given name คุณากร keeps its คุณ
    r"|(?:นางสาว|นาง|นาย|คุณหญิง|คุณ|ดร\.|ศ\.|รศ\.|ผศ\.)(?:\s+|(?=[\u0e01-\u0e2e\u0e40-\u0e44])))"
)
_TITLE_PREFIX = re.compile(rf"^{_ONE_TITLE}+", re.IGNORECASE)


def _title_parts(text: str) -> list[Honorific]:
    """The known titles of several written together ("Hon. Eng.", "Dr. Bi."), [] unless each is
    one: two titles in one given name kept no Chinese form and no gender (review of field test 117)."""
    # "Sr." only before another title ("Sr. Ing."): alone it is Señor by ``known`` already, and
    # ``title_of_given_name`` gives it so only at a Spanish- or Portuguese-speaking office
    found = re.findall(rf"^sr\.\s*(?=\S)|{_ONE_TITLE}", f"{text.strip()} ", re.IGNORECASE)
    parts = [p.strip() for p in found]
    if len(parts) < 2 or "".join(parts).replace(" ", "") != text.replace(" ", ""):
        return []
    found = [known(p) for p in parts]
    return [h for h in found if h is not None] if all(found) else []


#: Turkish courtesy words after the given name: "Mehmet Bey", "Ayşe Hanım" (field test 114: kept in
#: the given name, and "Işıl Ağaoğlu Hanım" in one cell was filed under the family name "Hanım").
_TITLE_AFTER = frozenset({"bey", "hanım", "hanim"})
#: Courtesy words that end a whole name only ("Imran Qureshi Sahib"): never taken off a given name
#: ("Sahib Singh", "Imran Sahib" + "Qureshi" keep theirs), as Sahib is a name too.
_TITLE_AFTER_WHOLE_NAME = frozenset({"sahib"})


def known(text: str) -> Honorific | None:
    """The honorific a file's word stands for, if petdesk knows it."""
    folded = _fold(text)
    return _COURTESY.get(folded) or _ACADEMIC.get(folded) or _BURMESE.get(folded) or _THAI.get(folded)


def chinese(text: str) -> str:
    """The Chinese honorific for one written in another language, "" if petdesk knows none: Dr. →
    博士, Herr → 先生, and Ông → 先生, Bà → 女士, which led the Chinese column of a dossier before the
    name as written ("Ông Trần Văn Đức", round 54's note).

    Titles written together ("Herr Dr.", "Sr. Ing.") have one Chinese title, after the name, as
    ``settle`` gives it: the academic one (穆勒博士, as "Dr. Li" is 李博士), for Chinese says one title
    and the academic one already addresses a man or a woman politely (穆勒先生博士 is no Chinese);
    the courtesy one (先生) only when the academic one has no Chinese form (Sr. Lic.). "Herr Dr."
    stored with no Chinese title printed 穆勒 with none (names61)."""
    found = known(text) or _VIETNAMESE.get(_fold(text))
    if found:
        return found.zh
    return settle([text])[1] if _title_parts(text) else ""


def english(text: str) -> str:
    """The honorific as the English side prints it: a Vietnamese courtesy word is Mr. / Ms. there
    (Ông / Bà printed "Ông Trần Văn Đức" among English names, round 55's leftover); any other is
    printed as recorded. The Vietnamese academic titles (TS., GS.) stay: they are the person's own."""
    found = _VIETNAMESE.get(_fold(text))
    if (thai := _THAI.get(_fold(text))) is not None:  # stored in Thai letters before field test 120
        return thai.en
    return found.en if found is not None and not found.academic else text


def is_courtesy(text: str) -> bool:
    """Mr. / Ms. / 先生 / 女士 (rather than an academic or another title), Ông / Bà … too."""
    folded = _fold(text)
    return (
        folded in _COURTESY
        or (folded in _VIETNAMESE and not _VIETNAMESE[folded].academic)
        or (folded in _THAI and not _THAI[folded].academic)
    )


#: Two people's titles joined before one name, as a letter to a couple is addressed: "Mr. and Mrs.",
#: "Mr & Mrs", "Dr. and Mrs.", "Herr und Frau", "M. et Mme", "Sr. y Sra." (names60).
#: The joining words in lower case ("AND" too): "Dr E M Smith" and "Dr Y. M. Li" are initials. A
#: lone "M" counts with its dot only.
_COUPLE_TITLE = r"(?:(?:mrs?|ms|miss|dr|prof|rev|herr|frau|mme|monsieur|madame|sra?|señora?|senora?)\.?|m\.)"
_COUPLE = re.compile(
    rf"^{_COUPLE_TITLE}(?:\s*[&+]\s*|\s+(?-i:and|AND|und|et|y|e)\s+){_COUPLE_TITLE}(?=\s|$)\s*",
    re.IGNORECASE,
)


def couple_of_name(name: str) -> tuple[str, str]:
    """ "Mr. and Mrs. John Smith" -> ("Mr. and Mrs.", "John Smith"); ("", name) for any other name.
    The cell names a couple: the person stored is the one named, with no honorific guessed (whose
    would it be?), and the caller keeps the wording in the notes."""
    match = _COUPLE.match(name.strip())
    if not match:
        return "", name
    return match.group().strip(), name.strip()[match.end() :].strip()


#: Offices whose language is Spanish or Portuguese, where "Sr." before a name is Señor / Senhor
#: (elsewhere it is as often Sister or Senior, and is left in the name).
_SENOR_COUNTRIES = frozenset({"AR", "CL", "MX", "ES", "BR", "PT", "CO", "PE"})
_SENOR = re.compile(r"^sr\.\s*", re.IGNORECASE)


def _senor_office() -> bool:
    from petdesk.office_country import office_country

    return office_country() in _SENOR_COUNTRIES


def title_of_given_name(given: str) -> tuple[str, str]:
    """ "Prof. Dr. Ulrich" -> ("Prof. Dr.", "Ulrich"); ("", given) when it starts with no title (or is
    only one), or with a couple's titles ("Mr. and Mrs. John": see :func:`couple_of_name`). "Sr. Juan"
    -> ("Sr.", "Juan") only at an office in a Spanish- or Portuguese-speaking country."""
    if _COUPLE.match(given.strip()):
        return "", given
    if _senor_office() and (senor := _SENOR.match(given)) and given[senor.end() :].strip():
        # "Sr. Ing. Juan": both kept, as "Herr Dr." is; ``settle`` makes Ing. the Chinese title
        # (工程师) and Sr. the gender (names61: Sr. was dropped, and with it that he is a man)
        title, rest = title_of_given_name(given[senor.end() :])
        return " ".join(filter(None, (senor.group().strip(), title))), rest
    if title_alone(given):  # "Herr Dr." is titles only: split as "Herr" + "Dr." it left Dr. as a name
        return "", given
    match = _TITLE_PREFIX.match(given)
    if not match or not given[match.end() :].strip():
        return "", given
    return _without_dear(match.group()), given[match.end() :].strip()


def _without_dear(title: str) -> str:
    # "Sayın Prof. Dr.": the academic title is the honorific; "Sayın" (Dear) is only how one writes
    return re.sub(r"^(?:say[ıi]n|SAYIN)\s+(?=\S)", "", title.strip(), flags=re.IGNORECASE)


def title_alone(given: str) -> str:
    """The title when ``given`` is a title and nothing else ("Hon.", "Dr.", "Хатагтай"), else "": a
    whole name "Hon. Wanjiku" or "Хатагтай Сарнай" split at its space kept the title as the given name."""
    given = given.strip()
    match = _TITLE_PREFIX.match(f"{given} ")  # "Хатагтай" and "Prof." are matched with a space after
    if given and match and match.end() > len(given):
        return _without_dear(match.group())
    # "Mr. Sukarno" kept "Mr." as the given name: a courtesy word alone is a title too
    return given if _courtesy_alone(given) else ""


#: Courtesy words taken for a title when alone in a given name's place. Not every word of
#: ``_COURTESY``: Pak, Bu, Pan and He are family names too (박, 卜, 潘, 何), Bi a Chinese one without
#: its dot (毕), Bey and Hanım follow a name; a single letter ("M.") is an initial.
_COURTESY_ALONE = frozenset({
    "mr", "mister", "mrs", "ms", "miss", "herr", "frau", "monsieur", "madame", "mademoiselle", "mme",
    "mlle", "señor", "senor", "sr", "señora", "senora", "sra", "señorita", "srta", "mnr", "mev", "mej",
})  # fmt: skip


def _courtesy_alone(given: str) -> bool:
    """Whether ``given`` is one courtesy word (Mr., Mrs, Ms., Herr, Sra., Mnr. …) and nothing else;
    not "MS" or "MR" in capitals without a dot: initials ("MS Dhoni", names59)."""
    if given.isupper() and len(given) <= 3 and "." not in given:
        return False
    return re.fullmatch(r"[^\W\d_]{2,}\.?", given) is not None and _fold(given) in _COURTESY_ALONE


def turkish_title_after_name(given: str, family: str) -> tuple[str, str, str]:
    """(title, given, family) without "Bey" / "Hanım" after the given name: ("Bey", "Mehmet", "Aydın")
    for "Mehmet Bey" + "Aydın", and for "Işıl Ağaoğlu" + "Hanım" (a whole name split at its last word)
    ("Hanım", "Işıl", "Ağaoğlu"). ("", given, family) when neither ends so."""
    words = given.split()
    if len(words) >= 2 and _fold(words[-1]) in _TITLE_AFTER:
        return words[-1], " ".join(words[:-1]), family
    if len(words) >= 2 and _fold(family) in _TITLE_AFTER | _TITLE_AFTER_WHOLE_NAME:
        return family.strip(), " ".join(words[:-1]), words[-1]
    return "", given, family


def settle(written: list[str]) -> tuple[str, str, str]:
    """(English, Chinese, gender) of a person from what the file wrote as honorifics: an academic
    title wins over Mr./Ms. (the gender of the latter is kept); words petdesk does not know are kept
    as written, in the language of their script."""
    chosen: list[Honorific] = []
    unknown_en = unknown_zh = gender = together = ""
    together_parts: list[Honorific] = []
    for text in filter(None, (w.strip() for w in written)):
        honorific = known(text)
        if honorific is None and (parts := _title_parts(text)):
            gender = gender or next((h.gender for h in parts if h.gender), "")
            chosen.extend(parts)
            # "Hon. Eng." as written; Thai ones in English ("ผศ.ดร." is "Asst. Prof. Dr.")
            written_so = " ".join(h.en for h in parts) if re.search("[\u0e00-\u0e7f]", text) else text
            together, together_parts = together or written_so, together_parts or parts
            continue
        if honorific is None:
            if re.search(r"[\u3400-\u9fff]", text):
                unknown_zh = unknown_zh or text
            else:
                unknown_en = unknown_en or text
            continue
        gender = gender or honorific.gender
        chosen.append(honorific)
    academic = [h for h in chosen if h.academic]
    best = max(academic, key=lambda h: len(h.en)) if academic else (chosen[0] if chosen else None)
    if best is None or (unknown_en and not best.academic):
        return unknown_en, unknown_zh, gender  # "Botschafter": the file's own title is kept
    # "Sr." and "Lic.": Lic. has no Chinese form, 先生 is said on the Chinese side (field test 116)
    zh = unknown_zh or best.zh or next((h.zh for h in chosen if not h.academic and h.zh), "")
    en = together if best in together_parts else best.en  # "م. د." is not "Eng." alone
    if unknown_en:  # "Botschafter" and "Dr.": neither is lost
        return f"{unknown_en} {en}", zh, gender
    return en, zh, gender


#: Courtesy titles of German, French and Spanish lists, as ``_COURTESY`` knows them. Imports before
#: this module kept them as written ("Herr"), so dossiers printed them; ``honorific_tidy`` maps the
#: stored ones. The bare "m" is left out there: a stored "M" may be a gender, "M." is Monsieur.
_FOREIGN_COURTESY = (
    "herr", "hr", "frau", "fr", "monsieur", "madame", "mme", "mademoiselle", "mlle",
    "señor", "senor", "sr", "señora", "senora", "sra", "señorita", "srta",
)  # fmt: skip


def foreign_courtesy_spellings() -> dict[str, Honorific]:
    """Each stored spelling of a foreign courtesy title ("Herr", "HERR", "Hr.", "hr", "M." …) and
    the honorific it stands for: a value is mapped only when it is exactly one of these."""
    spellings: dict[str, Honorific] = {"M.": _MR}
    for word in _FOREIGN_COURTESY:
        for cased in (word, word.capitalize(), word.upper()):
            for spelled in (cased, cased + "."):
                spellings[spelled] = _COURTESY[word]
    return spellings
