"""Write the field test 78 samples (imitations written for petdesk's tests, CC0): run from this folder."""

import csv
import io
import pathlib

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent

# Outlook 2016 (Japanese Windows) "Export to a file → CSV": CP932, every value quoted, CRLF.
OUTLOOK_HEADERS = [
    "敬称", "名", "ミドル ネーム", "姓", "敬称 (英語)", "名 (フリガナ)", "姓 (フリガナ)", "会社名",
    "部署", "役職",     "勤務先電話番号", "携帯電話", "電子メール アドレス", "電子メールの表示名", "メモ",
]  # fmt: skip
KK = "city.kitakyushu.example.jp"
OUTLOOK_ROWS = [
    ["様", "由美", "", "加藤", "", "ユミ", "カトウ", "北九州市", "環境局 環境国際戦略課", "課長",
     "093-582-2238", "090-1111-2222", f"kato-y@{KK}", f"加藤 由美 (kato-y@{KK})", "北九州市 団長"],
    ["様", "一郎", "", "鈴木", "", "イチロウ", "スズキ", "北九州市", "環境局 循環社会推進課", "係長",
     "093-582-2187", "", f"suzuki-i@{KK}", "鈴木 一郎", ""],
    ["様", "翔太", "", "髙橋", "", "ショウタ", "タカハシ", "北九州市", "環境局 エコタウン推進室", "主査",
     "093-582-2000", "", f"takahashi-s@{KK}", "", ""],
    ["様", "恵子", "", "渡邊", "", "ケイコ", "ワタナベ", "北九州市", "産業経済局", "主任",
     "", "", f"watanabe-k@{KK}", "", ""],
]  # fmt: skip

IPHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.2//EN\r\nN:中村;健太;;;\r\n"
    "FN:中村 健太\r\nX-PHONETIC-FIRST-NAME:ケンタ\r\nX-PHONETIC-LAST-NAME:ナカムラ\r\n"
    "ORG:独立行政法人国際協力機構;地球環境部\r\nTITLE:専門家\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:Nakamura.Kenta@jica.example.go.jp\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+81 90-3333-4444\r\nEND:VCARD\r\n"
)

# A business-card app's CSV (Sansan / Eight style): UTF-8 with BOM, the whole name with a space.
CARD_HEADERS = ["会社名", "部署名", "役職", "氏名", "氏名（カナ）", "メールアドレス", "電話番号", "携帯電話"]
BANJAKU, ECOTECH = "日本磐石リサイクル株式会社", "株式会社エコテック九州"
CARD_ROWS = [
    [BANJAKU, "海外事業部", "部長", "佐藤 大輔", "サトウ ダイスケ", "d.sato@banjaku-recycle.example.co.jp",
     "093-751-0000", "080-5555-6666"],
    [BANJAKU, "技術部", "課長", "伊藤 美咲", "イトウ ミサキ", "m.ito@banjaku-recycle.example.co.jp",
     "093-751-0001", ""],
    [ECOTECH, "営業部", "取締役", "小林 直樹", "コバヤシ ナオキ", "kobayashi@ecotech-q.example.co.jp",
     "092-111-2222", ""],
    [ECOTECH, "技術開発部", "主任研究員", "山本 さくら", "ヤマモト サクラ",
     "s.yamamoto@ecotech-q.example.co.jp", "", "070-7777-8888"],
]  # fmt: skip


def main() -> None:
    text = "\r\n".join(",".join(f'"{v}"' for v in r) for r in [OUTLOOK_HEADERS, *OUTLOOK_ROWS]) + "\r\n"
    (HERE / "outlook_ja_kitakyushu.csv").write_bytes(text.encode("cp932"))
    (HERE / "iphone_jica.vcf").write_bytes(IPHONE.encode("utf-8"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([CARD_HEADERS, *CARD_ROWS])
    (HERE / "sansan_cards.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名簿"
    sheet.append(["No.", "漢字", "フリガナ", "ローマ字", "所属", "役職", "メール"])
    sheet.append([1, "田中 誠", "タナカ マコト", "TANAKA Makoto", "北九州市環境局", "係員", f"tanaka@{KK}"])
    chihiro = ["松本 千尋", "マツモト チヒロ", "MATSUMOTO Chihiro"]
    sheet.append([2, *chihiro, "北九州市環境局", "通訳", f"matsumoto@{KK}"])
    book.save(HERE / "meibo.xlsx")


if __name__ == "__main__":
    main()
