"""Field test 7, defect 8: the labels people type in Apple Contacts (``item1.TEL`` with
``item1.X-ABLabel:Zentrale``) were imported as plain "work" and the words vanished unreported.
petdesk keeps a kind of label (work, mobile, home, other), not words: a typed label is now counted
in the import's "dropped:" line, and Apple's own labels map to their kinds (a HomeFAX is a fax)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel

#: Hand-made (not exported by a real program), after the card in Anna Becker's field test: Apple's
#: vCard 3.0 grouping, typed labels and Apple's built-in ones.
HANDMADE_APPLE_CARDS = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//Mac OS X 14.2//EN
N:Müller;Jürgen;;;
FN:Jürgen Müller
TEL;type=CELL;type=VOICE;type=pref:+49 171 2345678
item1.TEL:+49 711 123456-0
item1.X-ABLabel:Zentrale
item2.TEL:+49 711 123456-9
item2.X-ABLabel:_$!<HomeFAX>!$_
item3.TEL:+49 711 123456-1
item3.X-ABLabel:_$!<Main>!$_
item4.TEL:+49 160 1111111
item4.X-ABLabel:_$!<Mobile>!$_
item5.EMAIL;type=INTERNET:juergen@school.example.de
item5.X-ABLabel:_$!<School>!$_
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Chen;Xiaoling;;;
FN:Xiaoling Chen
EMAIL;type=INTERNET;type=WORK:chen.xl@cdeeb.example.cn
item1.EMAIL;type=INTERNET:xiaoling.chen@qq.example.com
item1.X-ABLabel:QQ mail
END:VCARD
"""


def _methods(db: Database, family: str) -> set[tuple[ContactChannel, ChannelLabel, str]]:
    with db.reading() as session:
        contact = session.scalars(select(m.Contact).where(m.Contact.family_name == family)).one()
        return {(cm.channel, cm.label, cm.value) for cm in contact.methods}


def test_typed_labels_are_reported_and_apple_labels_keep_their_kind(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = tmp_path / "apple.vcf"
    cards.write_text(HANDMADE_APPLE_CARDS.replace("\n", "\r\n"), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-contacts", str(cards)]) == 0
    out = capsys.readouterr().out
    dropped = out[out.index("dropped: ") :].splitlines()[0]
    assert '1 × label "QQ mail"' in dropped and '1 × label "Zentrale"' in dropped, out
    assert "Mobile" not in dropped and "Main" not in dropped and "HomeFAX" not in dropped, out
    assert _methods(db, "Müller") == {
        (ContactChannel.PHONE, ChannelLabel.MOBILE, "+49 171 2345678"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "+49 711 123456-0"),  # the number is kept
        (ContactChannel.FAX, ChannelLabel.HOME, "+49 711 123456-9"),
        (ContactChannel.PHONE, ChannelLabel.WORK, "+49 711 123456-1"),
        (ContactChannel.PHONE, ChannelLabel.MOBILE, "+49 160 1111111"),
        (ContactChannel.EMAIL, ChannelLabel.OTHER, "juergen@school.example.de"),
    }
    assert (ContactChannel.EMAIL, ChannelLabel.WORK, "xiaoling.chen@qq.example.com") in _methods(db, "Chen")


#: Hand-made: labels typed for IM handles and websites, as Apple and DAVx5 group them, and a
#: company card whose website has one.
HANDMADE_IM_AND_WEB_CARDS = """\
BEGIN:VCARD
VERSION:3.0
N:Wang;Lei;;;
FN:Lei Wang
item1.IMPP;X-SERVICE-TYPE=WeChat:weixin:wanglei_sz
item1.X-ABLabel:工作微信
item2.IMPP:skype:lei.wang
item2.X-ABLabel:_$!<Home>!$_
item3.IMPP:xmpp:lei@jabber.example.org
item3.X-ABLabel:Chat server
item4.URL:https://lei.example.cn/blog
item4.X-ABLabel:blog
item5.URL:https://lei.example.cn/
item5.X-ABLabel:_$!<HomePage>!$_
END:VCARD
BEGIN:VCARD
VERSION:3.0
X-ABShowAs:COMPANY
N:;;;;
ORG:Lvshui Environmental Ltd
item1.URL:https://lvshui.example.cn/
item1.X-ABLabel:官网
END:VCARD
"""


def test_typed_labels_on_im_handles_and_websites_are_reported(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The labels of IMPP and URL entries vanished without a word while those of phones and
    e-mails were counted."""
    cards = tmp_path / "im.vcf"
    cards.write_text(HANDMADE_IM_AND_WEB_CARDS.replace("\n", "\r\n"), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-contacts", str(cards)]) == 0
    out = capsys.readouterr().out
    dropped = out[out.index("dropped: ") :].splitlines()[0]
    for typed in ("工作微信", "Chat server", "blog", "官网"):
        assert f'1 × label "{typed}"' in dropped, out
    assert "Home" not in dropped, out  # Apple's own labels say no more than petdesk keeps
    assert _methods(db, "Wang") == {
        (ContactChannel.WECHAT, ChannelLabel.OTHER, "wanglei_sz"),
        (ContactChannel.SKYPE, ChannelLabel.HOME, "lei.wang"),  # Apple's Home label is kept as a kind
    }


def test_a_whatsapp_card_s_spanish_label_says_mobile(db: Database) -> None:
    """Field test 90: WhatsApp on a Colombian phone shares ``item1.TEL;waid=…`` with
    ``item1.X-ABLabel:Celular``; the mobile was stored as a work phone and "Celular" reported dropped."""
    from petdesk.services import importing

    sample = Path(__file__).parents[2] / "data" / "import" / "field90" / "whatsapp_andres.vcf"
    with db.transaction() as s:
        report = importing.import_file(s, sample)
    assert report.count("added") == 1 and not report.dropped
    with db.reading() as s:
        (method,) = s.scalars(select(m.ContactMethod))
        assert (method.channel, method.label, method.value) == (
            ContactChannel.PHONE,
            ChannelLabel.MOBILE,
            "+57 300 1234568",
        )
