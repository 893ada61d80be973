"""Column headers of the CSV files that mail and phone programs export, mapped to import fields.

Google Contacts (2023 format and the older one), Outlook (English, German, French, Spanish, Chinese,
Japanese and Korean headers), Thunderbird. Recognised from the headers as a whole, because single headers mean
different things per program: Outlook's "Title" is "Mr."/"Dr." while its "Job Title" is the
position; German Outlook's "Position" is the job title and "Anrede" the prefix.

Google writes numbered groups ("E-mail 1 - Type", "E-mail 1 - Value"): the value column is the
field, the type (or label) column next to it gives its kind ("* Work", "Mobile", "Home Fax"), and
one cell may hold several values separated by " ::: ".
"""

from __future__ import annotations

import re

#: Separator of several values in one Google Contacts cell.
GOOGLE_MULTI = " ::: "
#: Groups every Google contact is in: not tags.
GOOGLE_SYSTEM_GROUPS = frozenset({"* myContacts", "* starred", "* friends", "* family", "* coworkers"})
#: Columns that describe other columns or the export itself, not the person: never "dropped".
_IGNORED = frozenset(
    _f
    for _f in (
        "emailtype",
        "emaildisplayname",
        "email2type",
        "email2displayname",
        "email3type",
        "email3displayname",
        "fileas",
        "displayname",
        "priority",
        "sensitivity",
        "private",
        "initials",
        # French Outlook's columns about columns
        "typedemessagerie",
        "typedemessagerie2",
        "typedemessagerie3",
        "nomcompletdeladressedemessagerie",
        "nomcompletdeladressedemessagerie2",
        "nomcompletdeladressedemessagerie3",
        "initiales",
        "priorité",
        "privé",
        "critèredediffusion",
        # Polish and Czech Outlook's
        "typemail",
        "wyświetlananazwaemail",
        "rodzajemail2",
        "wyświetlananazwaemail2",
        "rodzajemail3",
        "wyświetlananazwaemail3",
        "inicjały",
        "priorytet",
        "prywatne",
        "iniciály",
        "priorita",
        "soukromé",
        # Turkish Outlook's
        "epostatürü",
        "epostagörünenad",
        "eposta2türü",
        "eposta2görünenad",
        "eposta3türü",
        "eposta3görünenad",
        "öncelik",
        "duyarlılık",
        "özel",
        "başharfler",
        # Russian Outlook's
        "типэлпочты",
        "тип2элпочты",
        "тип3элпочты",
        "краткоеимяэлпочты",
        "краткое2имяэлпочты",
        "краткое3имяэлпочты",
        "важность",
        "частное",
        "инициалы",
        # Spanish and Japanese Outlook's
        "tipodecorreoelectrónico",
        "tipodecorreoelectrónico2",
        "tipodecorreoelectrónico3",
        "nombredepantalladecorreoelectrónico",
        "nombredepantalladecorreoelectrónico2",
        "nombredepantalladecorreoelectrónico3",
        "prioridad",
        "confidencialidad",
        "電子メールの種類",
        "電子メール2の種類",
        "電子メール3の種類",
        "電子メール表示名",
        "電子メール2表示名",
        "電子メール3表示名",
        "優先度",
        "秘密度",
        "イニシャル",
    )
)

_ADDRESS_PARTS = ("street", "city", "region", "postcode", "country", "po_box", "extended", "formatted")

#: Outlook, per language: header -> field. Addresses use address_<label>_<part>.
_OUTLOOK: dict[str, str] = {}


def _outlook(lang_headers: dict[str, str]) -> None:
    _OUTLOOK.update({_fold(k): v for k, v in lang_headers.items()})


def _fold(header: str) -> str:
    return re.sub(r"[\s_:：.*'’()（）\-/]+", "", (header or "").strip().casefold())


_outlook(
    {
        "Title": "honorific",
        "First Name": "given_name",
        "Middle Name": "middle_name",
        "Last Name": "family_name",
        "Suffix": "name_suffix",
        "Company": "organisation",
        "Department": "department",
        "Job Title": "position",
        "Business Street": "address_work_street",
        "Business Street 2": "address_work_street",
        "Business Street 3": "address_work_street",
        "Business City": "address_work_city",
        "Business State": "address_work_region",
        "Business Postal Code": "address_work_postcode",
        "Business Country/Region": "address_work_country",
        "Business Country": "address_work_country",
        "Business Address PO Box": "address_work_po_box",
        "Home Street": "address_home_street",
        "Home Street 2": "address_home_street",
        "Home Street 3": "address_home_street",
        "Home City": "address_home_city",
        "Home State": "address_home_region",
        "Home Postal Code": "address_home_postcode",
        "Home Country/Region": "address_home_country",
        "Home Country": "address_home_country",
        "Home Address PO Box": "address_home_po_box",
        "Other Street": "address_other_street",
        "Other City": "address_other_city",
        "Other State": "address_other_state",
        "Other Postal Code": "address_other_postcode",
        "Other Country/Region": "address_other_country",
        "Business Fax": "fax",
        "Business Phone": "phone",
        "Business Phone 2": "phone",
        "Company Main Phone": "phone",
        "Assistant's Phone": "phone_other",
        "Callback": "phone_other",
        "Car Phone": "phone_other",
        "Home Fax": "fax_home",
        "Home Phone": "phone_home",
        "Home Phone 2": "phone_home",
        "Mobile Phone": "mobile",
        "Other Fax": "fax_other",
        "Other Phone": "phone_other",
        "Pager": "pager",
        "Primary Phone": "phone",
        "Anniversary": "anniversary",
        "Birthday": "birthday",
        "Assistant's Name": "related_assistant",
        "Manager's Name": "related_manager",
        "Spouse": "related_spouse",
        "Categories": "tags",
        "E-mail Address": "email",
        "E-mail 2 Address": "email",
        "E-mail 3 Address": "email",
        "Gender": "gender",
        "Language": "languages",
        "Nickname": "nickname",
        "Notes": "notes",
        "Web Page": "website",
        "Yomi First Name": "phonetic_given_name",
        "Yomi Last Name": "phonetic_family_name",
    }
)
_outlook(  # German Outlook
    {
        "Anrede": "honorific",
        "Vorname": "given_name",
        "Weitere Vornamen": "middle_name",
        "Nachname": "family_name",
        "Firma": "organisation",
        "Abteilung": "department",
        "Position": "position",
        "Straße geschäftlich": "address_work_street",
        "Straße geschäftlich 2": "address_work_street",
        "Ort geschäftlich": "address_work_city",
        "Region geschäftlich": "address_work_region",
        "Bundesland geschäftlich": "address_work_region",  # some versions: the state was dropped
        "Bundesland privat": "address_home_region",
        "Postleitzahl geschäftlich": "address_work_postcode",
        "Land/Region geschäftlich": "address_work_country",
        "Straße privat": "address_home_street",
        "Ort privat": "address_home_city",
        "Region privat": "address_home_region",
        "Postleitzahl privat": "address_home_postcode",
        "Land/Region privat": "address_home_country",
        "Fax geschäftlich": "fax",
        "Telefon geschäftlich": "phone",
        "Telefon geschäftlich 2": "phone",
        "Fax privat": "fax_home",
        "Telefon privat": "phone_home",
        "Mobiltelefon": "mobile",
        "Geburtstag": "birthday",
        "Jahrestag": "anniversary",
        "E-Mail-Adresse": "email",
        "E-Mail 2: Adresse": "email",
        "E-Mail 3: Adresse": "email",
        "Notizen": "notes",
        "Kategorien": "tags",
        "Webseite": "website",
        "Partner": "related_spouse",
    }
)
_outlook(  # French Outlook (its first "Titre" is the prefix, a second one the job title)
    {
        "Prénom": "given_name",
        "Deuxième prénom": "middle_name",
        "Nom": "family_name",
        "Suffixe": "name_suffix",
        "Surnom": "nickname",
        "Société": "organisation",
        "Service": "department",
        "Rue (bureau)": "address_work_street",
        "Rue (bureau) 2": "address_work_street",
        "Rue (bureau) 3": "address_work_street",
        "Ville (bureau)": "address_work_city",
        "Dép/Région (bureau)": "address_work_region",
        "Code postal (bureau)": "address_work_postcode",
        "Pays/Région (bureau)": "address_work_country",
        "Pays (bureau)": "address_work_country",
        "B.P. professionnelle": "address_work_po_box",
        "Rue (domicile)": "address_home_street",
        "Rue (domicile) 2": "address_home_street",
        "Rue (domicile) 3": "address_home_street",
        "Ville (domicile)": "address_home_city",
        "Dép/Région (domicile)": "address_home_region",
        "Code postal (domicile)": "address_home_postcode",
        "Pays/Région (domicile)": "address_home_country",
        "Pays (domicile)": "address_home_country",
        "Boîte postale du domicile": "address_home_po_box",
        "Rue (autre)": "address_other_street",
        "Ville (autre)": "address_other_city",
        "Dép/Région (autre)": "address_other_region",
        "Code postal (autre)": "address_other_postcode",
        "Pays/Région (autre)": "address_other_country",
        "Pays (autre)": "address_other_country",
        "Télécopie (bureau)": "fax",
        "Téléphone (bureau)": "phone",
        "Téléphone 2 (bureau)": "phone",
        "Téléphone société": "phone",
        "Téléphone principal": "phone",
        "Téléphone de l'assistant(e)": "phone_other",
        "Rappel": "phone_other",
        "Téléphone (voiture)": "phone_other",
        "Radio téléphone": "phone_other",
        "Téléphone (autre)": "phone_other",
        "Télécopie (autre)": "fax_other",
        "Télécopie (domicile)": "fax_home",
        "Téléphone (domicile)": "phone_home",
        "Téléphone 2 (domicile)": "phone_home",
        "Tél. mobile": "mobile",
        # Outlook for Microsoft 365 writes the mobile column out in full (field test 87)
        "Téléphone mobile": "mobile",
        "RNIS": "phone_other",
        "Téléphone TDD/TTY": "phone_other",
        "Récepteur de radiomessagerie": "pager",
        "Anniversaire": "birthday",
        "Anniversaire de mariage ou fête": "anniversary",
        "Conjoint(e)": "related_spouse",
        "Nom de l'assistant(e)": "related_assistant",
        "Responsable": "related_manager",
        "Adresse de messagerie": "email",
        "Adresse de messagerie 2": "email",
        "Adresse de messagerie 3": "email",
        "Page Web": "website",
        "Catégories": "tags",
        "Notes": "notes",
        "Langue": "languages",
        "Sexe": "gender",
    }
)
_outlook(  # Chinese Outlook
    {
        "称谓": "honorific",
        "名": "given_name",
        "中间名": "middle_name",
        "姓": "family_name",
        "后缀": "name_suffix",
        "公司": "organisation",
        "部门": "department",
        "职务": "position",
        "商务地址 街道": "address_work_street",
        "商务地址 市/县": "address_work_city",
        "商务地址 省/市/自治区": "address_work_region",
        "商务地址 邮政编码": "address_work_postcode",
        "商务地址 国家/地区": "address_work_country",
        "住宅地址 街道": "address_home_street",
        "住宅地址 市/县": "address_home_city",
        "住宅地址 省/市/自治区": "address_home_region",
        "住宅地址 邮政编码": "address_home_postcode",
        "住宅地址 国家/地区": "address_home_country",
        "商务传真": "fax",
        "商务电话": "phone",
        "商务电话 2": "phone",
        "住宅传真": "fax_home",
        "住宅电话": "phone_home",
        "移动电话": "mobile",
        "寻呼机": "pager",
        "生日": "birthday",
        "纪念日": "anniversary",
        "电子邮件地址": "email",
        "电子邮件 2 地址": "email",
        "电子邮件 3 地址": "email",
        "附注": "notes",
        "类别": "tags",
        "网页": "website",
    }
)

_outlook(  # Spanish Outlook (Outlook's own es-ES column names; some versions keep English ones)
    {
        "Tratamiento": "honorific",
        "Nombre": "given_name",
        "Segundo nombre": "middle_name",
        "Apellidos": "family_name",
        "Sufijo": "name_suffix",
        "Organización": "organisation",
        "Departamento": "department",
        "Puesto": "position",
        "Calle del trabajo": "address_work_street",
        "Calle del trabajo 2": "address_work_street",
        "Calle del trabajo 3": "address_work_street",
        "Ciudad de trabajo": "address_work_city",
        "Provincia o estado de trabajo": "address_work_region",
        # Mexican Outlook (es-MX) turns the words round: "Jalisco" was dropped (field test 116)
        "Estado o provincia de trabajo": "address_work_region",
        "Estado o provincia de residencia": "address_home_region",
        "Provincia o estado de residencia": "address_home_region",
        "Otro estado o provincia": "address_other_region",
        "Código postal del trabajo": "address_work_postcode",
        "País o región del trabajo": "address_work_country",
        "Apartado postal de la dirección del trabajo": "address_work_po_box",
        "Calle del domicilio": "address_home_street",
        "Ciudad de residencia": "address_home_city",
        "País o región del domicilio": "address_home_country",
        "Apartado postal de la dirección personal": "address_home_po_box",
        "Otra calle": "address_other_street",
        "Otra calle 2": "address_other_street",
        "Otra calle 3": "address_other_street",
        "Otra ciudad": "address_other_city",
        "Otra provincia o estado": "address_other_region",
        "Otro código postal": "address_other_postcode",
        "Otro país o región": "address_other_country",
        "Otro apartado postal": "address_other_po_box",
        "Teléfono del trabajo": "phone",
        "Teléfono del trabajo 2": "phone",
        "Número de centralita de la organización": "phone",
        "Teléfono principal": "phone",
        "Particular": "phone_home",
        "Móvil": "mobile",
        "Teléfono móvil": "mobile",
        "Otro teléfono": "phone_other",
        "Radioteléfono": "phone_other",
        "Devolución de llamada": "phone_other",
        "Otro fax": "fax_other",
        "Dirección de correo electrónico": "email",
        "Dirección de correo electrónico 2": "email",
        "Dirección del correo electrónico 3": "email",
        "Notas": "notes",
        "Categorías": "tags",
        "Página web": "website",
        "Género": "gender",
        "Nombre del director": "related_manager",
    }
)
_outlook(  # Japanese Outlook (Shift_JIS); its 敬称 is the suffix (様), 肩書き the prefix
    {
        "肩書き": "honorific",
        "姓": "family_name",
        "名": "given_name",
        "ミドル ネーム": "middle_name",
        "敬称": "name_suffix",
        "会社名": "organisation",
        "部署": "department",
        "役職": "position",
        "番地 (会社)": "address_work_street",
        "住所 2 (会社)": "address_work_street",
        "住所 3 (会社)": "address_work_street",
        "市町村 (会社)": "address_work_city",
        "都道府県 (会社)": "address_work_region",
        "郵便番号 (会社)": "address_work_postcode",
        "国 (会社)/地域": "address_work_country",
        "会社住所私書箱": "address_work_po_box",
        "番地 (自宅)": "address_home_street",
        "住所 2 (自宅)": "address_home_street",
        "住所 3 (自宅)": "address_home_street",
        "市町村 (自宅)": "address_home_city",
        "都道府県 (自宅)": "address_home_region",
        "郵便番号 (自宅)": "address_home_postcode",
        "国 (自宅)/地域": "address_home_country",
        "自宅住所私書箱": "address_home_po_box",
        "番地 (その他)": "address_other_street",
        "住所 2 (その他)": "address_other_street",
        "住所 3 (その他)": "address_other_street",
        "市町村 (その他)": "address_other_city",
        "都道府県 (その他)": "address_other_region",
        "郵便番号 (その他)": "address_other_postcode",
        "国 (その他)/地域": "address_other_country",
        "その他住所私書箱": "address_other_po_box",
        "会社電話": "phone",
        "会社電話 2": "phone",
        "会社代表電話": "phone",
        "通常の電話": "phone",
        "勤務先電話番号": "phone",
        # Outlook for Microsoft 365 ja-JP writes these (field test 115: 勤務先電話 was dropped)
        "勤務先電話": "phone",
        "勤務先電話 2": "phone",
        "勤務先 FAX": "fax",
        "市区町村 (会社)": "address_work_city",
        "国/地域 (会社)": "address_work_country",
        "市区町村 (自宅)": "address_home_city",
        "国/地域 (自宅)": "address_home_country",
        "市区町村 (その他)": "address_other_city",
        "国/地域 (その他)": "address_other_country",
        "会社 FAX": "fax",
        "自宅電話": "phone_home",
        "自宅電話 2": "phone_home",
        "自宅 FAX": "fax_home",
        "携帯電話": "mobile",
        "その他の電話": "phone_other",
        "自動車電話": "phone_other",
        "コールバック": "phone_other",
        "無線電話": "phone_other",
        "秘書の電話": "phone_other",
        "その他の FAX": "fax_other",
        "ポケットベル": "pager",
        "電子メール アドレス": "email",
        "電子メール 2 アドレス": "email",
        "電子メール 3 アドレス": "email",
        "誕生日": "birthday",
        "記念日": "anniversary",
        "配偶者": "related_spouse",
        "秘書の氏名": "related_assistant",
        "マネージャー": "related_manager",
        "分類": "tags",
        "メモ": "notes",
        "Web ページ": "website",
        "性別": "gender",
        "姓フリガナ": "phonetic_family_name",
        "名前フリガナ": "phonetic_given_name",
    }
)

_outlook(  # Korean Outlook: 이름 is the first name, 성 the last, 직함 the job title, 호칭 the prefix
    {
        "이름": "given_name",
        "중간 이름": "middle_name",
        "성": "family_name",
        "호칭": "honorific",
        "접미사": "name_suffix",
        "회사": "organisation",
        "부서": "department",
        "직함": "position",
        "근무지 주소 번지": "address_work_street",
        "근무지 구/군/시": "address_work_city",
        "근무지 시/도": "address_work_region",
        "근무지 우편 번호": "address_work_postcode",
        "근무지 국가": "address_work_country",
        "집 주소 번지": "address_home_street",
        "집 구/군/시": "address_home_city",
        "집 시/도": "address_home_region",
        "집 우편 번호": "address_home_postcode",
        "집 국가": "address_home_country",
        "회사 팩스": "fax",
        "근무처 전화": "phone",
        "근무처 전화 2": "phone",
        "회사 대표 전화": "phone",
        "집 전화": "phone_home",
        "집 팩스": "fax_home",
        "휴대폰": "mobile",
        "기타 전화": "phone_other",
        "호출기": "pager",
        "전자 메일 주소": "email",
        "전자 메일 2 주소": "email",
        "전자 메일 3 주소": "email",
        "생일": "birthday",
        "메모": "notes",
        "웹 페이지": "website",
        "범주": "tags",
        "성별": "gender",
    }
)

_outlook(  # Arabic Outlook (field test 118): "اللقب" is the prefix (م. د.), "المسمى الوظيفي" the job title
    {
        "اللقب": "honorific",
        "الاسم الأول": "given_name",
        "الاسم الأوسط": "middle_name",
        "اسم العائلة": "family_name",
        "اللاحقة": "name_suffix",
        "الاسم المستعار": "nickname",
        "الشركة": "organisation",
        "القسم": "department",
        "المسمى الوظيفي": "position",
        "شارع العمل": "address_work_street",
        "شارع العمل 2": "address_work_street",
        "مدينة العمل": "address_work_city",
        "منطقة العمل": "address_work_region",
        "الرمز البريدي للعمل": "address_work_postcode",
        "البلد/المنطقة للعمل": "address_work_country",
        "شارع المنزل": "address_home_street",
        "مدينة المنزل": "address_home_city",
        "الرمز البريدي للمنزل": "address_home_postcode",
        "البلد/المنطقة للمنزل": "address_home_country",
        "فاكس العمل": "fax",
        "هاتف العمل": "phone",
        "هاتف العمل 2": "phone",
        "هاتف الشركة الرئيسي": "phone",
        "هاتف المنزل": "phone_home",
        "الهاتف المحمول": "mobile",
        "هاتف آخر": "phone_other",
        "عنوان البريد الإلكتروني": "email",
        "عنوان البريد الإلكتروني 2": "email",
        "عنوان البريد الإلكتروني 3": "email",
        "عيد الميلاد": "birthday",
        "ملاحظات": "notes",
        "صفحة ويب": "website",
        "الفئات": "tags",
        "الجنس": "gender",
    }
)

_outlook(  # Thai Outlook (field test 120): "คำนำหน้าชื่อ" is the prefix (คุณ, นาย, ดร.), "ชื่อ" the given name
    {
        "คำนำหน้าชื่อ": "honorific",
        "ชื่อ": "given_name",
        "ชื่อกลาง": "middle_name",
        "นามสกุล": "family_name",
        "คำต่อท้าย": "name_suffix",
        "ชื่อเล่น": "nickname",
        "บริษัท": "organisation",
        "แผนก": "department",
        "ตำแหน่ง": "position",
        "ถนน (ที่ทำงาน)": "address_work_street",
        "เมือง (ที่ทำงาน)": "address_work_city",
        "รหัสไปรษณีย์ (ที่ทำงาน)": "address_work_postcode",
        "ประเทศ/ภูมิภาค (ที่ทำงาน)": "address_work_country",
        "โทรสารที่ทำงาน": "fax",
        "โทรศัพท์ที่ทำงาน": "phone",
        "โทรศัพท์ที่ทำงาน 2": "phone",
        "โทรศัพท์หลักของบริษัท": "phone",
        "โทรศัพท์ที่บ้าน": "phone_home",
        "โทรศัพท์มือถือ": "mobile",
        "โทรศัพท์อื่นๆ": "phone_other",
        "ที่อยู่อีเมล": "email",
        "ที่อยู่อีเมล 2": "email",
        "ที่อยู่อีเมล 3": "email",
        "วันเกิด": "birthday",
        "หมายเหตุ": "notes",
        "เว็บเพจ": "website",
        "ประเภท": "tags",
        "เพศ": "gender",
    }
)

_outlook(  # Polish Outlook (field test 124): "Tytuł" is the prefix (Pan, dr hab.), "Stanowisko" the job title
    {
        "Tytuł": "honorific",
        "Imię": "given_name",
        "Drugie imię": "middle_name",
        "Nazwisko": "family_name",
        "Sufiks": "name_suffix",
        "Pseudonim": "nickname",
        "Firma": "organisation",
        "Dział": "department",
        "Stanowisko": "position",
        "Adres służbowy - ulica": "address_work_street",
        "Adres służbowy - ulica 2": "address_work_street",
        "Adres służbowy - ulica 3": "address_work_street",
        "Adres służbowy - miejscowość": "address_work_city",
        "Adres służbowy - województwo": "address_work_region",
        "Adres służbowy - kod pocztowy": "address_work_postcode",
        "Adres służbowy - kraj": "address_work_country",
        "Adres domowy - ulica": "address_home_street",
        "Adres domowy - miejscowość": "address_home_city",
        "Adres domowy - województwo": "address_home_region",
        "Adres domowy - kod pocztowy": "address_home_postcode",
        "Adres domowy - kraj": "address_home_country",
        "Inny adres - ulica": "address_other_street",
        "Inny adres - miejscowość": "address_other_city",
        "Inny adres - kod pocztowy": "address_other_postcode",
        "Inny adres - kraj": "address_other_country",
        "Faks służbowy": "fax",
        "Telefon służbowy": "phone",
        "Telefon służbowy 2": "phone",
        "Główny telefon do firmy": "phone",
        "Faks domowy": "fax_home",
        "Telefon domowy": "phone_home",
        "Telefon domowy 2": "phone_home",
        "Telefon komórkowy": "mobile",
        "Inny telefon": "phone_other",
        "Adres e-mail": "email",
        "Adres e-mail 2": "email",
        "Adres e-mail 3": "email",
        "Urodziny": "birthday",
        "Rocznica": "anniversary",
        "Notatki": "notes",
        "Strona sieci Web": "website",
        "Kategorie": "tags",
        "Płeć": "gender",
    }
)

_outlook(  # Czech Outlook (field test 124): "Oslovení" is the prefix (Ing., Mgr.), "Funkce" the job title
    {
        "Oslovení": "honorific",
        "Křestní jméno": "given_name",
        "Jméno": "given_name",
        "Druhé jméno": "middle_name",
        "Příjmení": "family_name",
        "Titul za jménem": "name_suffix",
        "Přezdívka": "nickname",
        "Společnost": "organisation",
        "Oddělení": "department",
        "Funkce": "position",
        "Ulice (zaměstnání)": "address_work_street",
        "Ulice 2 (zaměstnání)": "address_work_street",
        "Město (zaměstnání)": "address_work_city",
        "Kraj (zaměstnání)": "address_work_region",
        "PSČ (zaměstnání)": "address_work_postcode",
        "Země (zaměstnání)": "address_work_country",
        "Ulice (domů)": "address_home_street",
        "Město (domů)": "address_home_city",
        "PSČ (domů)": "address_home_postcode",
        "Země (domů)": "address_home_country",
        "Fax do zaměstnání": "fax",
        "Telefon do zaměstnání": "phone",
        "Telefon do zaměstnání 2": "phone",
        "Telefon domů": "phone_home",
        "Mobilní telefon": "mobile",
        "Jiný telefon": "phone_other",
        "E-mailová adresa": "email",
        "E-mailová adresa 2": "email",
        "E-mailová adresa 3": "email",
        "Narozeniny": "birthday",
        "Výročí": "anniversary",
        "Poznámky": "notes",
        "Webová stránka": "website",
        "Kategorie": "tags",
        "Pohlaví": "gender",
    }
)

_outlook(  # Turkish Outlook (field test 114): "Unvan" is the prefix, "İş Unvanı" the job title
    {
        "Unvan": "honorific",
        "Ad": "given_name",
        "İkinci Ad": "middle_name",
        "Soyadı": "family_name",
        "Sonek": "name_suffix",
        "Takma Ad": "nickname",
        "Şirket": "organisation",
        "Bölüm": "department",
        "İş Unvanı": "position",
        "İş Adresi Cadde": "address_work_street",
        "İş Adresi Cadde 2": "address_work_street",
        "İş Adresi Cadde 3": "address_work_street",
        "İş Adresi Şehir": "address_work_city",
        "İş Adresi Bölge": "address_work_region",
        "İş Adresi Posta Kodu": "address_work_postcode",
        "İş Adresi Ülke/Bölge": "address_work_country",
        "İş Adresi Posta Kutusu": "address_work_po_box",
        "Ev Adresi Cadde": "address_home_street",
        "Ev Adresi Cadde 2": "address_home_street",
        "Ev Adresi Şehir": "address_home_city",
        "Ev Adresi Bölge": "address_home_region",
        "Ev Adresi Posta Kodu": "address_home_postcode",
        "Ev Adresi Ülke/Bölge": "address_home_country",
        "Diğer Adres Cadde": "address_other_street",
        "Diğer Adres Şehir": "address_other_city",
        "Diğer Adres Bölge": "address_other_region",
        "Diğer Adres Posta Kodu": "address_other_postcode",
        "Diğer Adres Ülke/Bölge": "address_other_country",
        "İş Faksı": "fax",
        "İş Telefonu": "phone",
        "İş Telefonu 2": "phone",
        "Ev Faksı": "fax_home",
        "Ev Telefonu": "phone_home",
        "Ev Telefonu 2": "phone_home",
        "Cep Telefonu": "mobile",
        "Diğer Telefon": "phone_other",
        "Çağrı Cihazı": "pager",
        "Doğum Günü": "birthday",
        "Yıldönümü": "anniversary",
        "E-posta Adresi": "email",
        "E-posta 2 Adresi": "email",
        "E-posta 3 Adresi": "email",
        "Notlar": "notes",
        "Kategoriler": "tags",
        "Web Sayfası": "website",
        "Cinsiyet": "gender",
        "Dil": "languages",
        "Eş": "related_spouse",
        "Yöneticinin Adı": "related_manager",
        "Yardımcının Adı": "related_assistant",
    }
)

_outlook(  # Russian Outlook (field test 121): "Отчество" is the middle name, "Телефон переносной" the mobile
    {
        "Обращение": "honorific",
        "Имя": "given_name",
        "Отчество": "middle_name",
        "Фамилия": "family_name",
        "Суффикс": "name_suffix",
        "Организация": "organisation",
        "Отдел": "department",
        "Должность": "position",
        "Улица (раб. адрес)": "address_work_street",
        "Улица 2 (раб. адрес)": "address_work_street",
        "Улица 3 (раб. адрес)": "address_work_street",
        "Город (раб. адрес)": "address_work_city",
        "Область (раб. адрес)": "address_work_region",
        "Индекс (раб. адрес)": "address_work_postcode",
        "Страна или регион (раб. адрес)": "address_work_country",
        "Почтовый ящик (раб. адрес)": "address_work_po_box",
        "Улица (дом. адрес)": "address_home_street",
        "Улица 2 (дом. адрес)": "address_home_street",
        "Улица 3 (дом. адрес)": "address_home_street",
        "Город (дом. адрес)": "address_home_city",
        "Область (дом. адрес)": "address_home_region",
        "Почтовый код (дом.)": "address_home_postcode",
        "Страна или регион (дом. адрес)": "address_home_country",
        "Улица (другой адрес)": "address_other_street",
        "Город (другой адрес)": "address_other_city",
        "Область (другой адрес)": "address_other_region",
        "Индекс (другой адрес)": "address_other_postcode",
        "Страна или регион (другой адрес)": "address_other_country",
        "Рабочий факс": "fax",
        "Рабочий телефон": "phone",
        "Телефон раб. 2": "phone",
        "Основной телефон организации": "phone",
        "Домашний факс": "fax_home",
        "Домашний телефон": "phone_home",
        "Телефон дом. 2": "phone_home",
        "Телефон переносной": "mobile",
        "Мобильный телефон": "mobile",
        "Другой телефон": "phone_other",
        "Основной телефон": "phone_other",
        "Пейджер": "pager",
        "Веб-страница": "website",
        "Годовщина": "anniversary",
        "День рождения": "birthday",
        "Заметки": "notes",
        "Категории": "tags",
        "Пол": "gender",
        "Супруг(а)": "related_spouse",
        "Руководитель": "related_manager",
        "Имя помощника": "related_assistant",
        "Адрес эл. почты": "email",
        "Адрес 2 эл. почты": "email",
        "Адрес 3 эл. почты": "email",
        "Язык": "languages",
    }
)

_THUNDERBIRD = {
    _fold(k): v
    for k, v in {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Display Name": "full_name",
        "Nickname": "nickname",
        "Primary Email": "email",
        "Secondary Email": "email_other",
        "Screen Name": "im",
        "Work Phone": "phone",
        "Home Phone": "phone_home",
        "Fax Number": "fax",
        "Pager Number": "pager",
        "Mobile Number": "mobile",
        "Home Address": "address_home_street",
        "Home Address 2": "address_home_street",
        "Home City": "address_home_city",
        "Home State": "address_home_region",
        "Home ZipCode": "address_home_postcode",
        "Home Country": "address_home_country",
        "Work Address": "address_work_street",
        "Work Address 2": "address_work_street",
        "Work City": "address_work_city",
        "Work State": "address_work_region",
        "Work ZipCode": "address_work_postcode",
        "Work Country": "address_work_country",
        "Job Title": "position",
        "Department": "department",
        "Organization": "organisation",
        "Web Page 1": "website",
        "Web Page 2": "website",
        "Birth Year": "birth_year",
        "Birth Month": "birth_month",
        "Birth Day": "birth_day",
        "Notes": "notes",
    }.items()
}

#: Google Contacts: plain columns (both the 2023 format and the older one).
_GOOGLE_PLAIN = {
    _fold(k): v
    for k, v in {
        "Name": "full_name",
        "First Name": "given_name",
        "Given Name": "given_name",
        "Middle Name": "middle_name",
        "Additional Name": "middle_name",
        "Last Name": "family_name",
        "Family Name": "family_name",
        "Phonetic First Name": "phonetic_given_name",
        "Given Name Yomi": "phonetic_given_name",
        "Phonetic Last Name": "phonetic_family_name",
        "Family Name Yomi": "phonetic_family_name",
        "Name Prefix": "honorific",
        "Name Suffix": "name_suffix",
        "Nickname": "nickname",
        "Birthday": "birthday",
        "Gender": "gender",
        "Notes": "notes",
        "Language": "languages",
        "Labels": "tags",
        "Group Membership": "tags",
        "Organization Name": "organisation",
        "Organization Title": "position",
        "Organization Department": "department",
    }.items()
}

#: Google in Portuguese and Spanish (the export speaks the account's language): the 2023 format's
#: plain columns. Brazil's "Apelido" is the nickname (Portugal's is the surname: see ``mapping``).
_GOOGLE_PLAIN.update(
    {
        _fold(k): v
        for k, v in {
            "Nome": "given_name",
            "Nome do meio": "middle_name",
            "Sobrenome": "family_name",
            "Nome completo": "full_name",
            "Prefixo do nome": "honorific",
            "Sufixo do nome": "name_suffix",
            "Apelido": "nickname",
            "Nome da organização": "organisation",
            "Cargo na organização": "position",
            "Departamento da organização": "department",
            "Aniversário": "birthday",
            "Data de nascimento": "birthday",
            "Observações": "notes",
            "Notas": "notes",
            "Marcadores": "tags",
            "Idioma": "languages",
            "Nombre": "given_name",
            "Nombre de pila": "given_name",
            "Segundo nombre": "middle_name",
            "Apellido": "family_name",
            "Apellidos": "family_name",
            "Nombre completo": "full_name",
            "Prefijo del nombre": "honorific",
            "Sufijo del nombre": "name_suffix",
            "Apodo": "nickname",
            "Sobrenombre": "nickname",
            "Nombre de la organización": "organisation",
            "Cargo en la organización": "position",
            "Puesto en la organización": "position",
            "Departamento de la organización": "department",
            "Cumpleaños": "birthday",
            "Fecha de nacimiento": "birthday",
            "Etiquetas": "tags",
            # Turkish (field test 114)
            "Ad": "given_name",
            "İkinci Ad": "middle_name",
            "Soyadı": "family_name",
            "Ad Öneki": "honorific",
            "Ad Soneki": "name_suffix",
            "Takma Ad": "nickname",
            "Kuruluş Adı": "organisation",
            "Kuruluş Unvanı": "position",
            "Kuruluş Departmanı": "department",
            "Doğum Günü": "birthday",
            "Notlar": "notes",
            "Etiketler": "tags",
            "Fonetik Ad": "phonetic_given_name",
            "Fonetik Soyadı": "phonetic_family_name",
        }.items()
    }
)

#: Google's numbered groups: "<Kind> N - <Part>", in any language ("Endereço 1 - Região").
_GOOGLE_GROUP_RE = re.compile(r"^(?P<kind>[^\W\d][\w\-. ]*?) (?P<n>\d+) - (?P<part>[^\W\d][\w ]*)$")
#: Group and part names of the Portuguese and Spanish exports -> Google's English ones.
_GOOGLE_KINDS = {
    "telefone": "phone",
    "endereço": "address",
    "organização": "organization",
    "site": "website",
    "relação": "relation",
    "evento": "event",
    "correo electrónico": "e-mail",
    "correo": "e-mail",
    "teléfono": "phone",
    "dirección": "address",
    "organización": "organization",
    "sitio web": "website",
    "relación": "relation",
    "e-posta": "e-mail",
    "telefon": "phone",
    "adres": "address",
    "kuruluş": "organization",
    "web sitesi": "website",
    "ilişki": "relation",
    "etkinlik": "event",
}
_GOOGLE_PARTS = {
    "valor": "value",
    "rótulo": "label",
    "etiqueta": "label",
    "tipo": "type",
    "serviço": "service",
    "servicio": "service",
    "nome": "name",
    "nombre": "name",
    "cargo": "title",
    "título": "title",
    "puesto": "title",
    "departamento": "department",
    "formatado": "formatted",
    "con formato": "formatted",
    "formateada": "formatted",
    "rua": "street",
    "calle": "street",
    "cidade": "city",
    "ciudad": "city",
    "região": "region",
    "región": "region",
    "estado": "region",
    "cep": "postal code",
    "código postal": "postal code",
    "país": "country",
    "caixa postal": "po box",
    "apartado postal": "po box",
    "endereço estendido": "extended address",
    "dirección ampliada": "extended address",
    "dirección extendida": "extended address",
    "etiket": "label",
    "değer": "value",
    "tür": "type",
    "ad": "name",
    "unvan": "title",
    "departman": "department",
    "biçimlendirilmiş": "formatted",
    "sokak": "street",
    "şehir": "city",
    "bölge": "region",
    "posta kodu": "postal code",
    "ülke": "country",
    "posta kutusu": "po box",
    "genişletilmiş adres": "extended address",
}


def _google_group(header: str) -> tuple[str, str, str] | None:
    """ "Telefone 1 - Rótulo" -> ("phone", "1", "label"): kind and part in Google's English words."""
    match = _GOOGLE_GROUP_RE.match(header.strip())
    if match is None:
        return None
    kind, part = match["kind"].casefold(), match["part"].casefold()
    return _GOOGLE_KINDS.get(kind, kind), match["n"], _GOOGLE_PARTS.get(part, part)


_GOOGLE_GROUPS: dict[tuple[str, str], str] = {
    ("e-mail", "value"): "email",
    ("phone", "value"): "phone",
    ("website", "value"): "website",
    ("relation", "value"): "related",
    ("event", "value"): "event",
    ("im", "value"): "im",
    ("organization", "name"): "organisation",
    ("organization", "title"): "position",
    ("organization", "department"): "department",
    ("address", "formatted"): "address_formatted",
    ("address", "street"): "address_street",
    ("address", "city"): "address_city",
    ("address", "region"): "address_region",
    ("address", "postal code"): "address_postcode",
    ("address", "country"): "address_country",
    ("address", "po box"): "address_po_box",
    ("address", "extended address"): "address_extended",
}


def detect(headers: list[str]) -> str:
    """ "google", "outlook", "thunderbird" or "" from a file's header row."""
    folded = {_fold(h) for h in headers}
    if any(_google_group(h) for h in headers) and (
        {"givenname", "firstname", "name", "nome", "sobrenome", "nombre", "apellido", "apellidos"} & folded
        or {"ad", _fold("Soyadı")} & folded
    ):
        return "google"
    if {"primaryemail", "mobilenumber"} <= folded or {"primaryemail", "displayname", "screenname"} <= folded:
        return "thunderbird"
    outlook_hits = sum(1 for f in folded if f in _OUTLOOK)
    if outlook_hits >= 4 and (
        {"jobtitle", "businessphone", "e-mailaddress", "emailaddress"} & folded
        or {"anrede", "vorname", "nachname"} & folded
        or {"prénom", "société"} & folded
        or {"称谓", "电子邮件地址", "移动电话"} & folded
        or {"apellidos", "organización", "puesto"} & folded
        or {"電子メールアドレス", "会社名", "役職", "ミドルネーム"} & folded
        or {"전자메일주소", "직함", "근무처전화", "중간이름"} & folded
        or {_fold("Soyadı"), _fold("Şirket"), _fold("İş Unvanı")} & folded
        or {_fold("Imię"), _fold("Nazwisko"), _fold("Stanowisko")} & folded
        or {_fold("Příjmení"), _fold("Křestní jméno"), _fold("Oslovení")} & folded
        or {_fold("اسم العائلة"), _fold("عنوان البريد الإلكتروني"), _fold("المسمى الوظيفي")} & folded
        or {_fold("นามสกุล"), _fold("ที่อยู่อีเมล"), _fold("โทรศัพท์มือถือ")} & folded
        or {_fold("Адрес эл. почты"), _fold("Телефон переносной"), _fold("Рабочий телефон")} & folded
    ):
        return "outlook"
    return ""


def day_first(headers: list[str]) -> bool:
    """French and Spanish Outlook write dates day first ("14/07/1975"), and so do Spanish and
    Portuguese lists ("31/03/2027"); English Outlook and Google month first."""
    folded = {_fold(h) for h in headers}
    return bool(
        {"prénom", "société", "adressedemessagerie", "apellidos", "organización", "sobrenome", "nomedomeio"}
        & folded
        or {_fold("Soyadı"), _fold("Şirket")} & folded  # Turkish: "14.07.1975"
        or {_fold("اسم العائلة"), _fold("الشركة")} & folded  # Arabic: "14/07/1975"
        or {_fold("Nazwisko"), _fold("Příjmení")} & folded  # Polish and Czech: "15.03.2027"
        or {_fold("Адрес эл. почты"), _fold("Отчество")} & folded  # Russian: "12.4.1978"
    )


def mapping(headers: list[str], dialect: str) -> dict[int, str]:
    """Column index -> field for the columns of a known program's export."""
    out: dict[int, str] = {}
    folded_all = {_fold(h) for h in headers}
    seen_titre = False
    for index, header in enumerate(headers):
        folded = _fold(header)
        key = ""
        if dialect == "google":
            group = _google_group(header)
            if group:
                key = _GOOGLE_GROUPS.get((group[0], group[2]), "")
            elif folded == "apelido" and "sobrenome" not in folded_all:
                key = "family_name"  # Portugal: "Apelido" is the surname
            else:
                key = _GOOGLE_PLAIN.get(folded, "")
        elif dialect == "thunderbird":
            key = _THUNDERBIRD.get(folded, "")
        elif dialect == "outlook":
            if folded == "titre":  # French Outlook: prefix first, job title second
                key = "position" if seen_titre else "honorific"
                seen_titre = True
            else:
                key = _OUTLOOK.get(folded, "")
        if key:
            out[index] = key
    return out


def companions(headers: list[str]) -> dict[int, tuple[int | None, str]]:
    """For Google's numbered value columns: index -> (index of its type/label column, group name)."""
    groups: dict[str, dict[str, int]] = {}
    for index, header in enumerate(headers):
        parsed = _google_group(header)
        if parsed:
            kind, n, part = parsed
            groups.setdefault(f"{kind} {n}", {})[part] = index
    out: dict[int, tuple[int | None, str]] = {}
    for group, parts in groups.items():
        # For IM columns the service ("Skype") says more than the label ("Work").
        order = ("service", "type", "label") if "service" in parts else ("type", "label")
        type_index = next((parts[p] for p in order if p in parts), None)
        for part, index in parts.items():
            if part not in ("type", "label", "service"):
                out[index] = (type_index, group)
    return out


def is_type_column(header: str) -> bool:
    parsed = _google_group(header)
    return bool(parsed and parsed[2] in ("type", "label", "service"))


def is_ignored(header: str) -> bool:
    """A column whose content is no data about the person (types, display copies of e-mails)."""
    return is_type_column(header) or _fold(header) in _IGNORED


def split_multi(value: str) -> list[str]:
    """Google's " ::: " between several values of one cell."""
    return [v.strip() for v in value.split(":::") if v.strip()] if ":::" in value else [value]


def address_part(key: str) -> tuple[str, str] | None:
    """ "address_work_city" -> ("work", "city"); "address_city" -> ("", "city"); others None."""
    if not key.startswith("address_"):
        return None
    rest = key[len("address_") :]
    for label in ("work", "home", "other"):
        if rest.startswith(label + "_"):
            part = rest[len(label) + 1 :]
            return (
                (label, "region" if part == "state" else part) if part in (*_ADDRESS_PARTS, "state") else None
            )
    return ("", rest) if rest in _ADDRESS_PARTS else None
