"""Names are read into pinyin from pypinyin's character table without importing pypinyin (which
loads its phrase dictionary, a second and some 50 MB): the same table, the same readings."""

from __future__ import annotations

import random
import subprocess
import sys

from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from petdesk.services import matching, names


def test_the_table_read_is_pypinyins() -> None:
    assert names._read_char_readings() == pinyin_dict


def test_readings_are_those_of_lazy_pinyin() -> None:
    table = names._read_char_readings()
    chars = [chr(code) for code in table if matching._CJK_RE.match(chr(code))]
    sample = random.Random(5).sample(chars, 3000)
    # names' own characters, heteronyms with ü, nasal syllables, and characters without a reading
    sample += [*"张章王李叶单欧阳吕女绿略嗯呣哼〇㐀\U0002a6d6", "\u9fef", "\U0002ffff"]
    for ch in sample:
        for tones, style in ((False, Style.NORMAL), (True, Style.TONE)):
            expected = lazy_pinyin(ch, style=style, errors="default", v_to_u=True)[0]
            assert matching._char_pinyin(ch, tones) == expected, (ch, tones)
    assert matching.chinese_name_pinyin("吕", "小女") == ("Lü", "Xiaonü")
    assert matching.chinese_name_pinyin("吕", "小女", tones=True) == ("Lǚ", "Xiǎonǚ")


def test_name_keys_do_not_import_pypinyin() -> None:
    code = (
        "import sys; from petdesk.services import matching; "
        "keys = matching.person_name_keys('', '', '单', '小明'); "
        "assert 'n:shan|xiaoming' in keys, keys; "
        "assert 'pypinyin' not in sys.modules, sorted(m for m in sys.modules if 'pinyin' in m)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
