# ruff: noqa: E501  (tables of bilingual data read better one entry per line)
"""Bilingual source lists for the demo data: names, places, organisations, positions, programme items.

Cities, countries, ministries and funds are real; people, enterprises, phone numbers, e-mail
addresses and websites are made up (websites and mail on ``.example`` domains). The pinyin of every
character used in names is kept here so that the generator needs no pinyin library at run time.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Chinese names
# --------------------------------------------------------------------------------------------

#: Family names with pinyin and a rough weight (common ones first; compound surnames included).
CN_FAMILY: tuple[tuple[str, str, int], ...] = (
    ("王", "Wang", 72), ("李", "Li", 70), ("张", "Zhang", 66), ("刘", "Liu", 53), ("陈", "Chen", 46),
    ("杨", "Yang", 33), ("黄", "Huang", 25), ("赵", "Zhao", 23), ("吴", "Wu", 21), ("周", "Zhou", 21),
    ("徐", "Xu", 15), ("孙", "Sun", 14), ("马", "Ma", 14), ("朱", "Zhu", 13), ("胡", "Hu", 12),
    ("郭", "Guo", 12), ("何", "He", 11), ("高", "Gao", 10), ("林", "Lin", 10), ("罗", "Luo", 9),
    ("郑", "Zheng", 9), ("梁", "Liang", 8), ("谢", "Xie", 7), ("宋", "Song", 7), ("唐", "Tang", 7),
    ("许", "Xu", 6), ("韩", "Han", 6), ("冯", "Feng", 6), ("邓", "Deng", 6), ("曹", "Cao", 6),
    ("彭", "Peng", 5), ("曾", "Zeng", 5), ("肖", "Xiao", 5), ("田", "Tian", 5), ("董", "Dong", 5),
    ("袁", "Yuan", 5), ("潘", "Pan", 4), ("于", "Yu", 4), ("蒋", "Jiang", 4), ("蔡", "Cai", 4),
    ("余", "Yu", 4), ("杜", "Du", 4), ("叶", "Ye", 4), ("程", "Cheng", 4), ("苏", "Su", 4),
    ("魏", "Wei", 4), ("吕", "Lyu", 4), ("丁", "Ding", 3), ("任", "Ren", 3), ("沈", "Shen", 3),
    ("姚", "Yao", 3), ("卢", "Lu", 3), ("姜", "Jiang", 3), ("崔", "Cui", 3), ("钟", "Zhong", 3),
    ("谭", "Tan", 3), ("陆", "Lu", 3), ("汪", "Wang", 3), ("范", "Fan", 3), ("金", "Jin", 3),
    ("石", "Shi", 3), ("廖", "Liao", 3), ("贾", "Jia", 3), ("夏", "Xia", 3), ("韦", "Wei", 2),
    ("付", "Fu", 2), ("方", "Fang", 2), ("白", "Bai", 2), ("邹", "Zou", 2), ("孟", "Meng", 2),
    ("熊", "Xiong", 2), ("秦", "Qin", 2), ("邱", "Qiu", 2), ("江", "Jiang", 2), ("尹", "Yin", 2),
    ("薛", "Xue", 2), ("闫", "Yan", 2), ("段", "Duan", 2), ("雷", "Lei", 2), ("侯", "Hou", 2),
    ("龙", "Long", 2), ("史", "Shi", 2), ("陶", "Tao", 2), ("黎", "Li", 2), ("贺", "He", 2),
    ("顾", "Gu", 2), ("毛", "Mao", 2), ("郝", "Hao", 2), ("龚", "Gong", 2), ("邵", "Shao", 2),
    ("万", "Wan", 2), ("钱", "Qian", 2), ("严", "Yan", 2), ("武", "Wu", 2), ("戴", "Dai", 2),
    ("莫", "Mo", 1), ("孔", "Kong", 1), ("向", "Xiang", 1), ("汤", "Tang", 1), ("欧阳", "Ouyang", 1),
    ("司马", "Sima", 1), ("诸葛", "Zhuge", 1), ("上官", "Shangguan", 1), ("司徒", "Situ", 1),
    ("皇甫", "Huangfu", 1), ("东方", "Dongfang", 1), ("令狐", "Linghu", 1),
)  # fmt: skip

#: Characters of given names with their pinyin (without tones), by the gender they are usual for.
CN_GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国志文海峰东亮成林昊天博轩睿泽晨阳毅龙彬振宏立永春德安新铭远航"
CN_GIVEN_FEMALE = (
    "芳娜敏静丽艳娟霞秀英玲婷雪慧颖琳欣怡佳梅燕萍红倩悦璐瑶晶雯洁月蕾琪诗雨涵梦心若萱媛丹薇晓思嘉一子"
)

PINYIN: dict[str, str] = {
    "伟": "wei", "强": "qiang", "磊": "lei", "军": "jun", "勇": "yong", "杰": "jie", "涛": "tao",
    "明": "ming", "超": "chao", "刚": "gang", "平": "ping", "辉": "hui", "鹏": "peng", "华": "hua",
    "飞": "fei", "鑫": "xin", "波": "bo", "斌": "bin", "宇": "yu", "浩": "hao", "凯": "kai",
    "健": "jian", "俊": "jun", "帆": "fan", "建": "jian", "国": "guo", "志": "zhi", "文": "wen",
    "海": "hai", "峰": "feng", "东": "dong", "亮": "liang", "成": "cheng", "林": "lin", "昊": "hao",
    "天": "tian", "博": "bo", "轩": "xuan", "睿": "rui", "泽": "ze", "晨": "chen", "阳": "yang",
    "毅": "yi", "龙": "long", "彬": "bin", "振": "zhen", "宏": "hong", "立": "li", "永": "yong",
    "春": "chun", "德": "de", "安": "an", "新": "xin", "铭": "ming", "远": "yuan", "航": "hang",
    "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "艳": "yan", "娟": "juan",
    "霞": "xia", "秀": "xiu", "英": "ying", "玲": "ling", "婷": "ting", "雪": "xue", "慧": "hui",
    "颖": "ying", "琳": "lin", "欣": "xin", "怡": "yi", "佳": "jia", "梅": "mei", "燕": "yan",
    "萍": "ping", "红": "hong", "倩": "qian", "悦": "yue", "璐": "lu", "瑶": "yao", "晶": "jing",
    "雯": "wen", "洁": "jie", "月": "yue", "蕾": "lei", "琪": "qi", "诗": "shi", "雨": "yu",
    "涵": "han", "梦": "meng", "心": "xin", "若": "ruo", "萱": "xuan", "媛": "yuan", "丹": "dan",
    "薇": "wei", "晓": "xiao", "思": "si", "嘉": "jia", "一": "yi", "子": "zi",
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# International names: pool -> (male given, female given, family, languages, name order)
# --------------------------------------------------------------------------------------------

FOREIGN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "DE": (
        ("Thomas", "Michael", "Andreas", "Stefan", "Jan", "Lukas", "Felix", "Markus", "Jonas", "Tobias"),
        ("Anna", "Katrin", "Julia", "Sabine", "Laura", "Lea", "Claudia", "Miriam", "Sophie", "Johanna"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
         "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann"),
        ("de", "en"), "given_first",
    ),
    "SE": (
        ("Erik", "Lars", "Anders", "Johan", "Karl", "Nils", "Oskar", "Henrik", "Magnus", "Per"),
        ("Anna", "Karin", "Eva", "Maria", "Sara", "Elin", "Ingrid", "Linnea", "Frida", "Astrid"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Lindqvist", "Bergström", "Lundgren", "Holm"),
        ("sv", "en"), "given_first",
    ),
    "DK": (
        ("Mads", "Rasmus", "Søren", "Jens", "Mikkel", "Frederik", "Niels", "Kasper"),
        ("Mette", "Camilla", "Sofie", "Ida", "Louise", "Maja", "Line", "Freja"),
        ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen"),
        ("da", "en"), "given_first",
    ),
    "FR": (
        ("Jean", "Pierre", "Nicolas", "Julien", "Antoine", "Mathieu", "François", "Olivier", "Hugo"),
        ("Marie", "Camille", "Sophie", "Claire", "Élodie", "Isabelle", "Chloé", "Manon", "Céline"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
         "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau"),
        ("fr", "en"), "given_first",
    ),
    "NL": (
        ("Daan", "Sem", "Jeroen", "Pieter", "Bram", "Ruben", "Thijs", "Maarten"),
        ("Emma", "Sanne", "Anouk", "Lotte", "Fleur", "Iris", "Eline", "Femke"),
        ("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
         "Meijer", "de Boer", "Mulder", "Bos"),
        ("nl", "en"), "given_first",
    ),
    "FI": (
        ("Mikko", "Juha", "Timo", "Antti", "Jukka", "Ville", "Lauri", "Eero"),
        ("Anna", "Laura", "Aino", "Sanna", "Hanna", "Elina", "Kaisa", "Riikka"),
        ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
         "Koskinen", "Järvinen"),
        ("fi", "sv", "en"), "given_first",
    ),
    "KR": (
        ("Min-jun", "Seo-jun", "Ji-hoon", "Hyun-woo", "Dong-hyun", "Sung-min", "Jae-won", "Young-ho"),
        ("Ji-woo", "Seo-yeon", "Min-ji", "Soo-jin", "Hye-jin", "Eun-ji", "Ha-eun", "Yu-na"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"),
        ("ko", "en"), "family_first",
    ),
    "ZA": (
        ("Thabo", "Sipho", "Johan", "Pieter", "Themba", "Kagiso", "Ahmed", "Ravi", "Lwazi"),
        ("Lerato", "Naledi", "Thandiwe", "Annelie", "Zanele", "Priya", "Nomvula", "Fatima", "Karabo"),
        ("Nkosi", "Dlamini", "Ndlovu", "Naidoo", "van der Merwe", "Botha", "Mokoena", "Khumalo",
         "Pillay", "Mahlangu", "Jacobs", "Adams"),
        ("en", "zu", "af"), "given_first",
    ),
    "BR": (
        ("João", "Lucas", "Gabriel", "Rafael", "Pedro", "Mateus", "Gustavo", "Felipe"),
        ("Ana", "Beatriz", "Mariana", "Juliana", "Camila", "Larissa", "Fernanda", "Letícia"),
        ("Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Rodrigues", "Almeida", "Lima",
         "Carvalho", "Ferreira", "Ribeiro"),
        ("pt", "en", "es"), "given_first",
    ),
    "EN": (
        ("James", "David", "Daniel", "Andrew", "Benjamin", "Samuel", "Ryan", "Matthew", "Christopher"),
        ("Sarah", "Emily", "Rachel", "Olivia", "Hannah", "Jessica", "Rebecca", "Grace", "Chloe"),
        ("Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Robinson", "Thompson", "Clarke",
         "Tan", "Lim", "Wong", "Campbell", "Macdonald", "Patel"),
        ("en",), "given_first",
    ),
}  # fmt: skip

#: The short forms colleagues use for some of the given names above (a contact's nickname).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Thomas": ("Tom", "Tommy"), "Michael": ("Micha", "Mike"), "Andreas": ("Andi",),
    "Tobias": ("Tobi",), "Markus": ("Mark",), "Katrin": ("Kati",), "Julia": ("Jule",),
    "Sabine": ("Bine",), "Johanna": ("Hanna",), "Magnus": ("Manne",), "Henrik": ("Henke",),
    "Frederik": ("Frede",), "Nicolas": ("Nico",), "Isabelle": ("Isa",), "Pieter": ("Piet",),
    "Gabriel": ("Gabi",), "Rafael": ("Rafa",), "Beatriz": ("Bia",), "Fernanda": ("Nanda",),
    "James": ("Jim", "Jamie"), "David": ("Dave",), "Daniel": ("Dan", "Danny"), "Andrew": ("Andy",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Matthew": ("Matt",), "Christopher": ("Chris",),
    "Rebecca": ("Becky",), "Jessica": ("Jess",), "Olivia": ("Liv",), "Emily": ("Em",),
}  # fmt: skip

#: Japanese names are also written in kanji in Chinese documents: (romaji, kanji).
JP_FAMILY: tuple[tuple[str, str], ...] = (
    ("Sato", "佐藤"), ("Suzuki", "铃木"), ("Takahashi", "高桥"), ("Tanaka", "田中"), ("Watanabe", "渡边"),
    ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"), ("Kobayashi", "小林"), ("Kato", "加藤"),
    ("Yoshida", "吉田"), ("Yamada", "山田"), ("Matsumoto", "松本"), ("Inoue", "井上"), ("Kimura", "木村"),
)  # fmt: skip
JP_GIVEN_MALE: tuple[tuple[str, str], ...] = (
    ("Hiroshi", "浩"), ("Takeshi", "健"), ("Kenta", "健太"), ("Daiki", "大辉"), ("Shota", "翔太"),
    ("Yuki", "雄树"), ("Kazuo", "和夫"), ("Naoki", "直树"), ("Ryo", "亮"), ("Masato", "正人"),
)  # fmt: skip
JP_GIVEN_FEMALE: tuple[tuple[str, str], ...] = (
    ("Yuko", "裕子"), ("Akiko", "明子"), ("Haruka", "遥"), ("Misaki", "美咲"), ("Naomi", "直美"),
    ("Keiko", "惠子"), ("Ayumi", "步美"), ("Sakura", "樱"), ("Emi", "惠美"), ("Mai", "舞"),
)  # fmt: skip

#: Which name pool people of an organisation's country come from.
COUNTRY_POOL: dict[str, str] = {
    "DE": "DE", "SE": "SE", "DK": "DK", "FR": "FR", "NL": "NL", "FI": "FI", "KR": "KR",
    "ZA": "ZA", "BR": "BR", "GB": "EN", "CA": "EN", "SG": "EN", "JP": "JP",
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

#: Chinese cities: telephone area code and real districts (English, Chinese).
CN_CITY_INFO: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "beijing": ("10", (("Chaoyang District", "朝阳区"), ("Haidian District", "海淀区"),
                       ("Dongcheng District", "东城区"), ("Xicheng District", "西城区"))),
    "shanghai": ("21", (("Pudong New Area", "浦东新区"), ("Xuhui District", "徐汇区"),
                        ("Huangpu District", "黄浦区"))),
    "tianjin": ("22", (("Binhai New Area", "滨海新区"), ("Hexi District", "河西区"))),
    "chongqing": ("23", (("Yuzhong District", "渝中区"), ("Jiangbei District", "江北区"))),
    "guangzhou": ("20", (("Tianhe District", "天河区"), ("Haizhu District", "海珠区"))),
    "shenzhen": ("755", (("Futian District", "福田区"), ("Nanshan District", "南山区"))),
    "qingdao": ("532", (("Shinan District", "市南区"), ("Laoshan District", "崂山区"),
                        ("Huangdao District", "黄岛区"))),
    "hangzhou": ("571", (("Xihu District", "西湖区"), ("Binjiang District", "滨江区"))),
    "nanjing": ("25", (("Gulou District", "鼓楼区"), ("Jianye District", "建邺区"))),
    "wuhan": ("27", (("Wuchang District", "武昌区"), ("Hongshan District", "洪山区"))),
    "chengdu": ("28", (("Wuhou District", "武侯区"), ("Jinjiang District", "锦江区"))),
    "xian": ("29", (("Yanta District", "雁塔区"), ("Beilin District", "碑林区"))),
    "xiamen": ("592", (("Siming District", "思明区"), ("Huli District", "湖里区"))),
    "dalian": ("411", (("Zhongshan District", "中山区"), ("Shahekou District", "沙河口区"))),
    "kunming": ("871", (("Wuhua District", "五华区"), ("Panlong District", "盘龙区"))),
    "zhenjiang": ("511", (("Jingkou District", "京口区"), ("Runzhou District", "润州区"))),
    "yixing": ("510", (("Yicheng Subdistrict", "宜城街道"), ("Xinjie Subdistrict", "新街街道"))),
    "changsha": ("731", (("Yuelu District", "岳麓区"), ("Furong District", "芙蓉区"))),
    "ningbo": ("574", (("Yinzhou District", "鄞州区"), ("Haishu District", "海曙区"))),
    "suzhou": ("512", (("Gusu District", "姑苏区"), ("Suzhou Industrial Park", "苏州工业园区"))),
    "haikou": ("898", (("Longhua District", "龙华区"), ("Meilan District", "美兰区"))),
    "hong_kong": ("", (("Wan Chai", "湾仔"), ("Central", "中环"))),
}  # fmt: skip

#: Road names in Chinese cities: (pinyin, Chinese), written "No. 8 Renmin Road" / "人民路8号".
CN_ROADS: tuple[tuple[str, str], ...] = (
    ("Renmin", "人民"), ("Zhongshan", "中山"), ("Jiefang", "解放"), ("Jianshe", "建设"), ("Heping", "和平"),
    ("Changjiang", "长江"), ("Keji", "科技"), ("Huanbao", "环保"), ("Xinhua", "新华"), ("Wenhua", "文化"),
    ("Binhai", "滨海"), ("Chuangxin", "创新"), ("Gaoxin", "高新"), ("Dongfeng", "东风"), ("Yingbin", "迎宾"),
)  # fmt: skip

#: International dialling prefixes: city -> (landline prefix, mobile prefixes).
DIAL: dict[str, str] = {
    "bonn": "+49 228", "berlin": "+49 30", "freiburg": "+49 761", "hamburg": "+49 40",
    "malmo": "+46 40", "stockholm": "+46 8", "copenhagen": "+45 3", "paris": "+33 1", "lyon": "+33 4",
    "rotterdam": "+31 10", "helsinki": "+358 9", "london": "+44 20", "seoul": "+82 2", "suwon": "+82 31",
    "tokyo": "+81 3", "yokohama": "+81 45", "kitakyushu": "+81 93", "singapore": "+65 6",
    "cape_town": "+27 21", "johannesburg": "+27 11", "sao_paulo": "+55 11", "curitiba": "+55 41",
    "toronto": "+1 416", "vancouver": "+1 604", "hong_kong": "+852 2",
}  # fmt: skip
MOBILE: dict[str, tuple[str, ...]] = {
    "CN": ("+86 138", "+86 139", "+86 135", "+86 186", "+86 150", "+86 177", "+86 188"),
    "DE": ("+49 151", "+49 160", "+49 171"), "SE": ("+46 70", "+46 73"), "DK": ("+45 2",),
    "FR": ("+33 6", "+33 7"), "NL": ("+31 6",), "FI": ("+358 40", "+358 50"), "GB": ("+44 7700",),
    "KR": ("+82 10",), "JP": ("+81 90", "+81 80"), "SG": ("+65 9", "+65 8"), "ZA": ("+27 82", "+27 72"),
    "BR": ("+55 11 9", "+55 41 9"), "CA": ("+1 647", "+1 778"),
}  # fmt: skip

#: Streets abroad by country; written "Kaiserstraße 12" (street first) or "12 Rue ..." (number first).
FOREIGN_STREETS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "DE": (True, ("Kaiserstraße", "Rheinallee", "Friedrich-Ebert-Allee", "Bahnhofstraße", "Lindenweg")),
    "SE": (True, ("Stortorget", "Drottninggatan", "Södra Förstadsgatan", "Hamngatan", "Kungsgatan")),
    "DK": (True, ("Vesterbrogade", "Nørregade", "Islands Brygge", "Amagerbrogade")),
    "FR": (False, ("rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Garibaldi")),
    "NL": (True, ("Coolsingel", "Weena", "Blaak", "Westersingel")),
    "FI": (True, ("Mannerheimintie", "Aleksanterinkatu", "Hämeentie", "Kaivokatu")),
    "GB": (False, ("Victoria Street", "Kingsway", "Southbank Road", "Marsham Street")),
    "KR": (False, ("Sejong-daero", "Teheran-ro", "Jong-ro", "Gwanggyo-ro")),
    "JP": (False, ("Kasumigaseki", "Minato Mirai", "Marunouchi", "Shin-Yokohama")),
    "SG": (False, ("Marina Boulevard", "Cecil Street", "Science Park Road", "Jurong East Street")),
    "ZA": (False, ("Long Street", "Adderley Street", "Jan Smuts Avenue", "Rivonia Road")),
    "BR": (True, ("Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Avenida Sete de Setembro")),
    "CA": (False, ("Queen Street West", "Bay Street", "Granville Street", "King Street East")),
}  # fmt: skip

#: Member cities of the network (city governments there get the member-city flag).
MEMBER_CITIES = frozenset({
    "qingdao", "zhenjiang", "nanjing", "wuhan", "kunming", "haikou", "yixing", "changsha", "ningbo",
    "bonn", "freiburg", "malmo", "copenhagen", "rotterdam", "helsinki", "seoul", "suwon",
    "yokohama", "kitakyushu", "cape_town", "johannesburg", "sao_paulo", "curitiba", "toronto",
})  # fmt: skip

# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

#: Municipal bureaus of Chinese cities: (English template, Chinese suffix, short EN, short ZH, areas).
CN_CITY_BUREAUS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("{city} Municipal People's Government", "市人民政府", "{city} Government", "市政府",
     ("low_carbon", "adaptation")),
    ("{city} Municipal Bureau of Ecology and Environment", "市生态环境局", "{city} EEB", "市生态环境局",
     ("air", "water", "monitoring")),
    ("{city} Municipal Development and Reform Commission", "市发展和改革委员会", "{city} DRC", "市发改委",
     ("low_carbon", "efficiency", "green_finance")),
    ("{city} Municipal Bureau of Housing and Urban-Rural Development", "市住房和城乡建设局",
     "{city} Housing Bureau", "市住建局", ("buildings", "sponge_city")),
    ("{city} Water Affairs Bureau", "市水务局", "{city} Water Bureau", "市水务局", ("water", "sponge_city")),
    ("Foreign Affairs Office of {city} Municipal People's Government", "市人民政府外事办公室",
     "{city} FAO", "市外办", ()),
    ("{city} Municipal Bureau of Commerce", "市商务局", "{city} Commerce Bureau", "市商务局", ("circular",)),
    ("{city} Municipal Bureau of Science and Technology", "市科学技术局", "{city} S&T Bureau", "市科技局",
     ("monitoring", "renewables")),
    ("{city} Municipal Bureau of Urban Management", "市城市管理局", "{city} Urban Management", "市城管局",
     ("waste", "circular")),
)  # fmt: skip

#: City governments abroad: (English template, Chinese suffix, areas).
FOREIGN_CITY_UNITS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("City of {city}", "市政府", ("low_carbon", "adaptation")),
    ("City of {city} Environment Department", "市环境局", ("air", "water", "biodiversity")),
    ("City of {city} Department of Urban Planning", "市城市规划局", ("buildings", "transport")),
    ("City of {city} Office of International Relations", "市国际关系办公室", ()),
    ("{city} Water Utility", "市水务公司", ("water", "sponge_city")),
)  # fmt: skip
#: Official names that differ from the template above.
CITY_GOV_NAMES: dict[str, tuple[str, str]] = {
    "seoul": ("Seoul Metropolitan Government", "首尔特别市政府"),
    "tokyo": ("Tokyo Metropolitan Government", "东京都政府"),
    "berlin": ("Senate of Berlin", "柏林市政府"),
    "hamburg": ("Free and Hanseatic City of Hamburg", "汉堡市政府"),
    "singapore": ("Urban Redevelopment Authority, Singapore", "新加坡市区重建局"),
    "hong_kong": ("Environmental Protection Department, HKSAR Government", "香港特区政府环境保护署"),
}

#: Real ministries and agencies: (English, Chinese, short EN, short ZH, aliases, country, city, areas).
AGENCIES: tuple[tuple[str, str, str, str, tuple[str, ...], str, str, tuple[str, ...]], ...] = (
    ("Ministry of Ecology and Environment", "生态环境部", "MEE", "生态环境部", ("环境保护部", "MEP"),
     "CN", "beijing", ("air", "water", "soil", "monitoring")),
    ("Foreign Economic Cooperation Office, Ministry of Ecology and Environment",
     "生态环境部对外合作与交流中心", "FECO", "对外合作中心",
     ("Foreign Environmental Cooperation Center", "环境保护部环境保护对外合作中心"), "CN", "beijing",
     ("water", "air", "waste", "green_finance")),
    ("National Development and Reform Commission", "国家发展和改革委员会", "NDRC", "国家发改委", (),
     "CN", "beijing", ("low_carbon", "efficiency")),
    ("Ministry of Housing and Urban-Rural Development", "住房和城乡建设部", "MOHURD", "住建部", (),
     "CN", "beijing", ("buildings", "sponge_city")),
    ("Ministry of Science and Technology", "科学技术部", "MOST", "科技部", (), "CN", "beijing",
     ("monitoring", "renewables")),
    ("Ministry of Commerce", "商务部", "MOFCOM", "商务部", (), "CN", "beijing", ("circular",)),
    ("China Council for International Cooperation on Environment and Development",
     "中国环境与发展国际合作委员会", "CCICED", "国合会", (), "CN", "beijing", ("low_carbon", "biodiversity")),
    ("Federal Ministry for the Environment, Nature Conservation, Nuclear Safety and Consumer Protection",
     "德国联邦环境、自然保护、核安全和消费者保护部", "BMUV", "德国联邦环境部", ("BMU",), "DE", "bonn",
     ("adaptation", "biodiversity", "circular")),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "德国国际合作机构", "GIZ", "德国国际合作机构",
     ("GTZ",), "DE", "bonn", ("low_carbon", "transport", "efficiency")),
    ("German Environment Agency", "德国联邦环境署", "UBA", "德国联邦环境署", ("Umweltbundesamt",), "DE",
     "berlin", ("air", "monitoring")),
    ("Swedish Environmental Protection Agency", "瑞典环境保护局", "Swedish EPA", "瑞典环保局",
     ("Naturvårdsverket",), "SE", "stockholm", ("air", "biodiversity")),
    ("Swedish International Development Cooperation Agency", "瑞典国际开发合作署", "Sida", "瑞典开发署", (),
     "SE", "stockholm", ("green_finance",)),
    ("Danish Energy Agency", "丹麦能源署", "DEA", "丹麦能源署", (), "DK", "copenhagen",
     ("renewables", "efficiency")),
    ("French Development Agency", "法国开发署", "AFD", "法国开发署", ("Agence française de développement",),
     "FR", "paris", ("green_finance", "adaptation")),
    ("French Agency for Ecological Transition", "法国生态转型署", "ADEME", "法国生态转型署", (), "FR", "paris",
     ("efficiency", "waste")),
    ("Netherlands Enterprise Agency", "荷兰企业局", "RVO", "荷兰企业局", (), "NL", "rotterdam",
     ("water", "circular")),
    ("Ministry of Environment, Republic of Korea", "韩国环境部", "ME Korea", "韩国环境部", (), "KR", "seoul",
     ("air", "waste")),
    ("Korea Environmental Industry and Technology Institute", "韩国环境产业技术院", "KEITI", "韩国环境产业技术院",
     (), "KR", "seoul", ("monitoring", "water")),
    ("Ministry of the Environment, Japan", "日本环境省", "MOEJ", "日本环境省", (), "JP", "tokyo",
     ("waste", "low_carbon")),
    ("Japan International Cooperation Agency", "日本国际协力机构", "JICA", "日本国际协力机构", (), "JP",
     "tokyo", ("water", "waste")),
    ("Department of Forestry, Fisheries and the Environment", "南非林业、渔业和环境部", "DFFE",
     "南非环境部", (), "ZA", "cape_town", ("biodiversity", "adaptation")),
    ("National Environment Agency, Singapore", "新加坡国家环境局", "NEA", "新加坡环境局", (), "SG",
     "singapore", ("waste", "air")),
)  # fmt: skip

#: Chinese provinces for provincial departments once the national agencies are used up.
PROVINCES: tuple[tuple[str, str, str], ...] = (
    ("Shandong", "山东省", "qingdao"), ("Jiangsu", "江苏省", "nanjing"), ("Zhejiang", "浙江省", "hangzhou"),
    ("Guangdong", "广东省", "guangzhou"), ("Hubei", "湖北省", "wuhan"), ("Sichuan", "四川省", "chengdu"),
    ("Shaanxi", "陕西省", "xian"), ("Fujian", "福建省", "xiamen"), ("Yunnan", "云南省", "kunming"),
    ("Hunan", "湖南省", "changsha"), ("Hainan", "海南省", "haikou"), ("Liaoning", "辽宁省", "dalian"),
)  # fmt: skip
PROVINCIAL_DEPARTMENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{p} Provincial Department of Ecology and Environment", "生态环境厅", "{p} DEE", ("air", "water")),
    ("{p} Provincial Development and Reform Commission", "发展和改革委员会", "{p} DRC", ("low_carbon",)),
    ("{p} Provincial Department of Commerce", "商务厅", "{p} DOC", ("circular",)),
    ("{p} Provincial Department of Science and Technology", "科学技术厅", "{p} DST", ("monitoring",)),
)  # fmt: skip

#: Fictional enterprises are "<city><brand><business>": brand words and lines of business.
BRANDS: tuple[tuple[str, str], ...] = (
    ("Blue Sea", "蓝海"), ("Green Source", "绿源"), ("Clear Sky", "晴空"), ("Jade River", "碧江"),
    ("Evergreen", "长青"), ("Pure Water", "净水"), ("Sunrise", "旭日"), ("Silver Birch", "银桦"),
    ("Great Wall", "长城"), ("Eastern Star", "东星"), ("New Horizon", "新视界"), ("Pine Peak", "松峰"),
    ("Crystal Lake", "晶湖"), ("Harmony", "和谐"), ("Golden Bridge", "金桥"), ("Clean Wind", "清风"),
    ("Bright Earth", "明地"), ("Lotus", "莲花"), ("Phoenix", "凤凰"), ("Zhongke", "中科"),
    ("Huaneng Green", "华能绿"), ("Ruitai", "瑞泰"), ("Boyuan", "博源"), ("Tianrun", "天润"),
)  # fmt: skip
CN_BUSINESSES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Water Technology Co., Ltd.", "水务科技有限公司", ("water", "sponge_city")),
    ("Environmental Protection Technology Co., Ltd.", "环保科技有限公司", ("air", "waste")),
    ("New Energy Co., Ltd.", "新能源有限公司", ("renewables",)),
    ("Energy Saving Technology Co., Ltd.", "节能技术有限公司", ("efficiency", "buildings")),
    ("Environmental Monitoring Technology Co., Ltd.", "环境监测技术有限公司", ("monitoring",)),
    ("Resource Recycling Co., Ltd.", "再生资源有限公司", ("circular", "waste")),
    ("Soil Remediation Engineering Co., Ltd.", "土壤修复工程有限公司", ("soil",)),
    ("Green Building Technology Co., Ltd.", "绿色建筑科技有限公司", ("buildings",)),
    ("Electric Bus Co., Ltd.", "电动客车有限公司", ("transport",)),
    ("Ecological Engineering Group Co., Ltd.", "生态工程集团有限公司", ("sponge_city", "biodiversity")),
)  # fmt: skip
FOREIGN_BUSINESSES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "DE": (("Umwelttechnik GmbH", "环境技术有限公司", ("water", "air")),
           ("Energie GmbH", "能源有限公司", ("renewables", "efficiency"))),
    "SE": (("Miljöteknik AB", "环境技术公司", ("water", "waste")), ("Energi AB", "能源公司", ("renewables",))),
    "DK": (("Water A/S", "水务公司", ("water",)), ("Wind A/S", "风能公司", ("renewables",))),
    "FR": (("Environnement SAS", "环境公司", ("waste", "water")), ("Énergies SA", "能源公司", ("renewables",))),
    "NL": (("Water Solutions B.V.", "水务解决方案公司", ("water", "adaptation")),
           ("Circular B.V.", "循环经济公司", ("circular",))),
    "FI": (("Cleantech Oy", "清洁技术公司", ("efficiency", "circular")),),
    "GB": (("Environmental Ltd", "环境有限公司", ("monitoring", "air")),),
    "KR": (("Envirotech Co., Ltd.", "环境技术株式会社", ("air", "monitoring")),),
    "JP": (("Kankyo Engineering Co., Ltd.", "环境工程株式会社", ("waste", "water")),),
    "SG": (("Water Pte. Ltd.", "水务私人有限公司", ("water",)),),
    "ZA": (("Green Energy (Pty) Ltd", "绿色能源有限公司", ("renewables",)),),
    "BR": (("Ambiental Ltda.", "环境有限公司", ("waste", "biodiversity")),),
    "CA": (("Cleantech Inc.", "清洁技术公司", ("efficiency", "buildings")),),
}  # fmt: skip

#: Fictional funds: (English template, Chinese template, short EN, areas); {city}/{brand} filled in.
FUND_TEMPLATES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{city} Green Development Fund", "{city}绿色发展基金", "{city} GDF", ("green_finance", "low_carbon")),
    ("{city} Environmental Industry Investment Fund", "{city}环保产业投资基金", "{city} EIIF",
     ("green_finance", "water", "waste")),
    ("{brand} Green Capital", "{brand}绿色资本", "{brand} Capital", ("green_finance", "renewables")),
    ("{brand} Climate Investment Partners", "{brand}气候投资合伙企业", "{brand} CIP",
     ("green_finance", "adaptation")),
    ("{city} Rural Commercial Bank Green Finance Centre", "{city}农商银行绿色金融中心", "{city} RCB Green",
     ("green_finance",)),
)  # fmt: skip

#: Real universities: (English, Chinese, short EN, short ZH, country, city, areas).
UNIVERSITIES: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    ("Tsinghua University School of Environment", "清华大学环境学院", "Tsinghua SoE", "清华环境学院",
     "CN", "beijing", ("water", "air", "waste")),
    ("Peking University College of Environmental Sciences and Engineering", "北京大学环境科学与工程学院",
     "PKU CESE", "北大环境学院", "CN", "beijing", ("air", "monitoring")),
    ("Tongji University College of Environmental Science and Engineering", "同济大学环境科学与工程学院",
     "Tongji CESE", "同济环境学院", "CN", "shanghai", ("water", "sponge_city")),
    ("Ocean University of China", "中国海洋大学", "OUC", "中国海大", "CN", "qingdao",
     ("water", "biodiversity")),
    ("Chinese Research Academy of Environmental Sciences", "中国环境科学研究院", "CRAES", "环科院", "CN",
     "beijing", ("soil", "water", "monitoring")),
    ("Chinese Academy of Environmental Planning", "生态环境部环境规划院", "CAEP", "环境规划院", "CN",
     "beijing", ("low_carbon", "green_finance")),
    ("Lund University", "隆德大学", "Lund Univ.", "隆德大学", "SE", "malmo", ("circular", "efficiency")),
    ("Technical University of Denmark", "丹麦技术大学", "DTU", "丹麦技术大学", "DK", "copenhagen",
     ("renewables", "water")),
    ("University of Bonn", "波恩大学", "Univ. Bonn", "波恩大学", "DE", "bonn", ("adaptation",)),
    ("Fraunhofer Institute for Solar Energy Systems", "弗劳恩霍夫太阳能系统研究所", "Fraunhofer ISE",
     "弗劳恩霍夫ISE", "DE", "freiburg", ("renewables", "efficiency")),
    ("Delft University of Technology", "代尔夫特理工大学", "TU Delft", "代尔夫特理工", "NL", "rotterdam",
     ("water", "adaptation")),
    ("Seoul National University", "首尔大学", "SNU", "首尔大学", "KR", "seoul", ("air", "transport")),
    ("University of Cape Town", "开普敦大学", "UCT", "开普敦大学", "ZA", "cape_town",
     ("adaptation", "water")),
    ("University of São Paulo", "圣保罗大学", "USP", "圣保罗大学", "BR", "sao_paulo",
     ("biodiversity", "transport")),
)  # fmt: skip
INSTITUTE_TEMPLATES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{city} Research Academy of Environmental Sciences", "{city}市环境科学研究院", "{city} RAES",
     ("monitoring", "soil")),
    ("{city} Institute of Urban Planning and Design", "{city}市城市规划设计研究院", "{city} UPDI",
     ("buildings", "sponge_city")),
    ("{city} Environmental Monitoring Centre", "{city}市生态环境监测中心", "{city} EMC", ("monitoring", "air")),
)  # fmt: skip

#: NGOs: fictional, on the pattern of real associations.
NGO_TEMPLATES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{city} Environmental Protection Industry Association", "{city}环境保护产业协会", "{city} EPIA",
     ("circular", "water", "air")),
    ("{city} Green Volunteers Alliance", "{city}绿色志愿者联盟", "{city} GVA", ("biodiversity", "waste")),
    ("{city} Low-Carbon City Forum", "{city}低碳城市论坛", "{city} LCCF", ("low_carbon",)),
    ("Friends of {city} Rivers", "{city}河流之友", "FoR {city}", ("water", "biodiversity")),
)  # fmt: skip

#: Hub offices of the network (the office itself is the first).
HUB_OFFICES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Beijing Representation Office", "北京代表处", "Beijing Office", "北京代表处", "beijing"),
    ("World Secretariat", "世界秘书处", "World Secretariat", "世界秘书处", "bonn"),
    ("East Asia Secretariat", "东亚秘书处", "EAS", "东亚秘书处", "seoul"),
    ("European Secretariat", "欧洲秘书处", "Europe", "欧洲秘书处", "freiburg"),
    ("Africa Secretariat", "非洲秘书处", "Africa", "非洲秘书处", "cape_town"),
    ("South America Secretariat", "南美秘书处", "South America", "南美秘书处", "sao_paulo"),
    ("Japan Office", "日本办公室", "Japan Office", "日本办公室", "tokyo"),
    ("Southeast Asia Secretariat", "东南亚秘书处", "SEAS", "东南亚秘书处", "singapore"),
    ("Canada Office", "加拿大办公室", "Canada Office", "加拿大办公室", "toronto"),
    ("Nordic Office", "北欧办公室", "Nordic Office", "北欧办公室", "malmo"),
)  # fmt: skip
NETWORK_EN = "Cities for Environmental Technology Network"
NETWORK_ZH = "城市环境技术网络"

ORG_TAGS = ("3iPET", "MoU", "priority", "newsletter", "技术对接", "绿色投融资", "city need", "investor",
            "technology provider", "媒体")  # fmt: skip
CONTACT_TAGS = ("vip", "speaker", "3iPET", "newsletter", "trainer", "媒体", "技术对接", "alumni",
                "decision maker", "团长候选")  # fmt: skip

# --------------------------------------------------------------------------------------------
# Positions and departments by organisation kind: (English, Chinese)
# --------------------------------------------------------------------------------------------

POSITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "city_government": (
        ("Director-General", "局长"), ("Deputy Director-General", "副局长"), ("Division Director", "处长"),
        ("Deputy Division Director", "副处长"), ("Section Chief", "科长"),
        ("Principal Staff Member", "主任科员"), ("Staff Member", "科员"), ("Vice Mayor", "副市长"),
        ("Project Manager", "项目经理"), ("International Relations Officer", "国际关系专员"),
    ),
    "ministry_agency": (
        ("Director-General", "司长"), ("Deputy Director-General", "副司长"), ("Division Director", "处长"),
        ("Deputy Division Director", "副处长"), ("Programme Officer", "项目官员"),
        ("Senior Engineer", "高级工程师"), ("Senior Advisor", "高级顾问"), ("Country Director", "国别主任"),
    ),
    "enterprise": (
        ("Chairman", "董事长"), ("General Manager", "总经理"), ("Deputy General Manager", "副总经理"),
        ("Chief Engineer", "总工程师"), ("Sales Manager", "销售经理"), ("Project Manager", "项目经理"),
        ("Overseas Business Manager", "海外业务经理"), ("Engineer", "工程师"),
        ("Marketing Director", "市场总监"), ("R&D Director", "研发总监"),
    ),
    "fund": (
        ("Managing Director", "董事总经理"), ("Partner", "合伙人"), ("Investment Director", "投资总监"),
        ("Investment Manager", "投资经理"), ("Analyst", "分析师"), ("Risk Manager", "风控经理"),
    ),
    "university": (
        ("Professor", "教授"), ("Associate Professor", "副教授"), ("Researcher", "研究员"),
        ("Associate Researcher", "副研究员"), ("Postdoctoral Fellow", "博士后"), ("Dean", "院长"),
        ("Laboratory Director", "实验室主任"),
    ),
    "ngo": (
        ("Secretary-General", "秘书长"), ("Executive Director", "执行主任"), ("Programme Manager", "项目主管"),
        ("Programme Officer", "项目官员"), ("Communications Officer", "传播专员"),
        ("Volunteer Coordinator", "志愿者协调员"),
    ),
    "hub_office": (
        ("Regional Director", "地区主任"), ("Chief Representative", "首席代表"), ("Senior Officer", "高级官员"),
        ("Officer", "官员"), ("Project Assistant", "项目助理"), ("Senior Expert", "高级专家"),
    ),
}  # fmt: skip
DEPARTMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "city_government": (
        ("Division of International Cooperation", "国际合作处"), ("Division of Water Environment", "水生态环境处"),
        ("Division of Atmospheric Environment", "大气环境处"), ("Division of Solid Waste and Chemicals", "固体废物与化学品处"),
        ("General Office", "办公室"), ("Division of Climate Change", "应对气候变化处"),
    ),
    "ministry_agency": (
        ("Department of International Cooperation", "国际合作司"), ("Department of Climate Change", "应对气候变化司"),
        ("Department of Science, Technology and Finance", "科技与财务司"), ("Asia Division", "亚洲处"),
        ("Programme Management Office", "项目管理办公室"),
    ),
    "enterprise": (
        ("International Business Department", "国际业务部"), ("R&D Centre", "研发中心"), ("Sales Department", "销售部"),
        ("Engineering Department", "工程部"), ("Marketing Department", "市场部"), ("General Manager's Office", "总经理办公室"),
    ),
    "fund": (
        ("Green Investment Department", "绿色投资部"), ("Risk Management Department", "风险管理部"),
        ("Project Finance Department", "项目融资部"),
    ),
    "university": (
        ("School of Environment", "环境学院"), ("Institute of Water Resources", "水资源研究所"),
        ("Centre for Low-Carbon Cities", "低碳城市研究中心"), ("Laboratory of Atmospheric Chemistry", "大气化学实验室"),
    ),
    "ngo": (("Programme Department", "项目部"), ("Communications Department", "传播部"), ("Secretariat", "秘书处")),
    "hub_office": (
        ("Urban Environment Team", "城市环境团队"), ("Partnerships", "伙伴关系部"), ("Communications", "传播部"),
        ("Finance and Administration", "财务行政部"),
    ),
}  # fmt: skip

DIETARY: tuple[str, ...] = (
    "Halal / 清真", "Vegetarian / 素食", "Vegan / 纯素", "No pork / 不吃猪肉", "No alcohol / 不饮酒",
    "Seafood allergy / 海鲜过敏", "Peanut allergy / 花生过敏", "Gluten-free / 无麸质",
)  # fmt: skip
ACCESSIBILITY: tuple[str, ...] = (
    "Wheelchair user: step-free access needed / 使用轮椅，需无障碍通道",
    "Limited mobility: avoid long walks and stairs / 行动不便，避免长距离步行和楼梯",
    "Hearing impaired: please provide written materials / 听力障碍，请提供书面材料",
    "Visually impaired: large-print documents / 视力障碍，请提供大字版资料",
)  # fmt: skip
RELATIONS: tuple[tuple[str, str], ...] = (
    ("spouse", "配偶"), ("daughter", "女儿"), ("son", "儿子"), ("sister", "姐妹"), ("brother", "兄弟"),
    ("colleague", "同事"),
)  # fmt: skip
CONTACT_NOTES: tuple[tuple[str, str], ...] = (
    ("Met at IE Expo China in Shanghai.", "在上海中国环博会上认识。"),
    ("Prefers WeChat over e-mail.", "更习惯用微信联系。"),
    ("Interested in the 3iPET platform; send updates.", "对3iPET平台感兴趣，请定期发送动态。"),
    ("Speaker at the last city forum.", "曾在上届城市论坛上发言。"),
    ("Former counterpart of the MoU signing.", "谅解备忘录签署时的对接人。"),
)  # fmt: skip

#: Office staff who log activities (Chinese name, Latin name).
#: (family zh, given zh, family, given, gender, pool); they are the first contacts, at the first hub office.
STAFF: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("刘", "洋", "Liu", "Yang", "male", "CN"), ("陈", "静", "Chen", "Jing", "female", "CN"),
    ("王", "磊", "Wang", "Lei", "male", "CN"), ("赵", "敏", "Zhao", "Min", "female", "CN"),
    ("", "", "Lindqvist", "Anna", "female", "SE"), ("孙", "浩", "Sun", "Hao", "male", "CN"),
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Visits, trainings, activities, projects
# --------------------------------------------------------------------------------------------

#: Sites to visit per technology area: (English, Chinese).
SITES: dict[str, tuple[tuple[str, str], ...]] = {
    "water": (("wastewater treatment plant", "污水处理厂"), ("drinking water plant", "自来水厂")),
    "air": (("air quality monitoring station", "空气质量监测站"), ("ultra-low emission power plant", "超低排放电厂")),
    "waste": (("waste-to-energy plant", "垃圾焚烧发电厂"), ("kitchen waste treatment centre", "餐厨垃圾处理中心")),
    "soil": (("brownfield remediation site", "污染地块修复现场"),),
    "renewables": (("offshore wind farm", "海上风电场"), ("rooftop solar park", "屋顶光伏园区")),
    "efficiency": (("district heating plant", "区域供热厂"), ("energy management centre", "能源管理中心")),
    "buildings": (("near-zero energy building", "近零能耗建筑"), ("green building demonstration park", "绿色建筑示范园")),
    "transport": (("electric bus depot", "电动公交场站"), ("bike-sharing control centre", "共享单车调度中心")),
    "circular": (("eco-industrial park", "生态工业园区"), ("recycling centre", "再生资源回收中心")),
    "adaptation": (("flood protection works", "防洪工程"), ("climate adaptation pilot district", "气候适应型试点区")),
    "monitoring": (("environmental monitoring centre", "生态环境监测中心"),),
    "sponge_city": (("sponge city demonstration area", "海绵城市示范区"), ("rain garden park", "雨水花园公园")),
    "low_carbon": (("low-carbon pilot community", "低碳试点社区"),),
    "biodiversity": (("urban wetland park", "城市湿地公园"),),
    "green_finance": (("green finance reform pilot zone", "绿色金融改革创新试验区"),),
}  # fmt: skip
HOTELS: tuple[tuple[str, str], ...] = (
    ("{city} International Hotel", "{city}国际饭店"), ("Grand Harbour Hotel {city}", "{city}海港大酒店"),
    ("{city} Garden Hotel", "{city}花园酒店"), ("Riverside Hotel {city}", "{city}江畔酒店"),
)  # fmt: skip
FREE_TIME: tuple[tuple[str, str], ...] = (
    ("Free time: old town walk", "自由活动：老城区漫步"), ("Free time: city museum", "自由活动：参观城市博物馆"),
    ("Free time at the hotel", "酒店自由活动"), ("Free time: waterfront walk", "自由活动：滨水步道"),
)  # fmt: skip

#: Project funds: (English, Chinese, usual currency).
FUNDS: tuple[tuple[str, str, str], ...] = (
    ("Global Environment Facility (GEF)", "全球环境基金", "USD"),
    ("Green Climate Fund (GCF)", "绿色气候基金", "USD"),
    ("South-South Cooperation Assistance Fund", "南南合作援助基金", "CNY"),
    ("International Climate Initiative (IKI)", "国际气候倡议", "EUR"),
    ("EU SWITCH-Asia Programme", "欧盟SWITCH-Asia项目", "EUR"),
    ("Asian Development Bank", "亚洲开发银行", "USD"),
    ("World Bank", "世界银行", "USD"),
    ("KfW Development Bank", "德国复兴信贷银行", "EUR"),
    ("Sida", "瑞典国际开发合作署", "SEK"),
    ("JICA Technical Cooperation", "日本国际协力机构技术合作", "JPY"),
    ("Central Fund for Ecological and Environmental Protection", "中央生态环境资金", "CNY"),
)  # fmt: skip

FOLLOW_UPS: tuple[tuple[str, str], ...] = (
    ("Send the meeting minutes to {org}", "向{org_zh}发送会议纪要"),
    ("Share technical specifications of {tech} solutions", "提供{tech_zh}解决方案的技术资料"),
    ("Draft an MoU on {tech} cooperation", "起草{tech_zh}合作谅解备忘录"),
    ("Arrange a follow-up video call with {org}", "与{org_zh}安排后续视频会议"),
    ("Prepare a project proposal for {fund}", "为{fund_zh}准备项目申请书"),
    ("Send thank-you letters to the hosts", "向接待方发送感谢信"),
    ("Match two enterprises for a pilot in {tech}", "为{tech_zh}试点对接两家企业"),
)  # fmt: skip

TRAINING_TITLES: tuple[tuple[str, str], ...] = (
    ("Training on {tech} for municipal officials", "{tech_zh}市级官员培训班"),
    ("{tech}: policy and practice workshop", "{tech_zh}政策与实践研修班"),
    ("Study tour and training on {tech}", "{tech_zh}考察培训"),
    ("Capacity building on {tech} for enterprises", "企业{tech_zh}能力建设培训"),
)  # fmt: skip
SESSION_TITLES: tuple[tuple[str, str], ...] = (
    ("Opening and policy framework", "开班及政策框架"), ("Technology options", "技术路线"),
    ("Case study: {city}", "案例分析：{city_zh}"), ("Financing models", "融资模式"),
    ("Site visit and discussion", "现场参观与讨论"), ("Project design workshop", "项目设计工作坊"),
    ("Monitoring and evaluation", "监测与评估"), ("Closing and certificates", "结业及颁发证书"),
)  # fmt: skip

ACTIVITY_SUBJECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "call": (("Call about the {tech} pilot", "电话沟通{tech_zh}试点"),
             ("Call: visit dates and logistics", "电话沟通访问日期与后勤安排")),
    "meeting": (("Meeting on technology matching in {tech}", "{tech_zh}技术对接会"),
                ("Meeting on a joint project proposal", "联合项目申请会议")),
    "email": (("Sent 3iPET brochure and {tech} case studies", "发送3iPET介绍及{tech_zh}案例"),
              ("Invitation to the city forum", "城市论坛邀请函")),
    "note": (("Interested in {tech} solutions from Europe", "对欧洲{tech_zh}解决方案感兴趣"),
             ("Changed position; update records", "职位变动，请更新记录")),
}  # fmt: skip
PROJECT_TITLES: tuple[tuple[str, str], ...] = (
    ("{city} {tech} demonstration project", "{city_zh}{tech_zh}示范项目"),
    ("Sino-{country} cooperation on {tech}", "中{country_zh}{tech_zh}合作项目"),
    ("Market analysis of {tech} technologies in {city}", "{city_zh}{tech_zh}技术市场分析"),
    ("{tech} capacity building for {city}", "{city_zh}{tech_zh}能力建设项目"),
)  # fmt: skip

#: Postcode patterns abroad ("#" is a random digit).
POSTCODES: dict[str, str] = {
    "DE": "5####", "SE": "2## ##", "DK": "1###", "FR": "#####", "NL": "30## AB", "FI": "00###",
    "GB": "SW1P #AA", "KR": "0####", "JP": "###-####", "SG": "0#####", "ZA": "80##", "BR": "0####-###",
    "CA": "M5V #A#",
}  # fmt: skip
HK_ROADS: tuple[tuple[str, str], ...] = (
    ("Harbour Road", "港湾道"), ("Gloucester Road", "告士打道"), ("Queen's Road Central", "皇后大道中"),
)  # fmt: skip

#: "German delegation", not "Germany delegation".
DEMONYMS: dict[str, str] = {
    "DE": "German", "SE": "Swedish", "DK": "Danish", "FR": "French", "NL": "Dutch", "FI": "Finnish",
    "KR": "Korean", "JP": "Japanese", "SG": "Singaporean", "ZA": "South African", "BR": "Brazilian",
    "CA": "Canadian", "GB": "British", "CN": "Chinese",
}  # fmt: skip
CANCEL_REASONS: tuple[str, ...] = (
    "Cancelled: schedule conflict of the visiting side / 因来访方日程冲突取消",
    "Cancelled: visas not issued in time / 签证未能及时办妥，已取消",
    "Postponed without a new date / 推迟，新日期待定",
)  # fmt: skip
#: One-character (or short) country names as in 中德合作 (Sino-German cooperation).
ZH_ABBR: dict[str, str] = {
    "DE": "德", "SE": "瑞", "DK": "丹", "FR": "法", "NL": "荷", "FI": "芬", "KR": "韩", "JP": "日",
    "SG": "新", "ZA": "南非", "BR": "巴", "CA": "加", "GB": "英",
}  # fmt: skip
