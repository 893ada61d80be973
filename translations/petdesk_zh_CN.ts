<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../src/petdesk/gui/app.py" line="30"/>
        <source>petdesk</source>
        <translation>petdesk</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="15"/>
        <location filename="../src/petdesk/gui/pages.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="16"/>
        <location filename="../src/petdesk/gui/pages.py" line="24"/>
        <source>Name (other script)</source>
        <translation>外文名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="17"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="18"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="19"/>
        <location filename="../src/petdesk/gui/pages.py" line="41"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="20"/>
        <source>Member city</source>
        <translation>会员城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="25"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="26"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="29"/>
        <location filename="../src/petdesk/gui/pages.py" line="37"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="30"/>
        <location filename="../src/petdesk/gui/pages.py" line="38"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="31"/>
        <location filename="../src/petdesk/gui/pages.py" line="39"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="32"/>
        <source>Direction</source>
        <translation>来访/出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="33"/>
        <location filename="../src/petdesk/gui/pages.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="34"/>
        <source>Host</source>
        <translation>接待方</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="55"/>
        <source>General</source>
        <extracomment>Tab title (already translated). Factories of the pages other features add, in the order they registered. A fixed day to show how dates, times and numbers will look (a Sunday, so the weekday shows).</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="60"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="69"/>
        <source>The window is rebuilt in the new language; open pages and searches are kept.</source>
        <translation>切换语言后窗口将重新加载，当前页面和搜索内容会保留。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="75"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="76"/>
        <source>Formats:</source>
        <translation>格式示例：</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="59"/>
        <source>Itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="59"/>
        <source>Edit itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="108"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="109"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="110"/>
        <source>Starts (place&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="111"/>
        <source>Ends (place&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="112"/>
        <source>Time zone of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="113"/>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="115"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="116"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="119"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="120"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="121"/>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="129"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="130"/>
        <source>Attendees (none ticked: the whole delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="177"/>
        <source>Give the item a title in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="180"/>
        <source>The item must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="185"/>
        <source>Unknown time zone; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="47"/>
        <source>Search…</source>
        <extracomment>Milliseconds of quiet typing before the search runs.</extracomment>
        <translation>搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/list_page.py" line="102"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="57"/>
        <source>petdesk</source>
        <extracomment>Feature packages asked to ``install(window)`` themselves, in this order.</extracomment>
        <translation>petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="89"/>
        <source>Organisations</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="91"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="92"/>
        <location filename="../src/petdesk/gui/visits/__init__.py" line="18"/>
        <source>Visits</source>
        <translation>来访与出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="93"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="135"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="138"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="144"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="151"/>
        <source>&amp;About petdesk</source>
        <translation>关于 petdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="180"/>
        <source>%1 · %2 organisations · %3 contacts · %4 visits</source>
        <translation>%1 · 机构 %2 家 · 联系人 %3 位 · 访问 %4 次</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="198"/>
        <source>About petdesk</source>
        <translation>关于 petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="200"/>
        <source>petdesk %1
Partners, contacts, delegation visits and trainings of a regional office.</source>
        <translation>petdesk %1
地区办公室的合作伙伴、联系人、代表团来访出访与培训管理工具。</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="335"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="336"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="348"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSearch</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="231"/>
        <source>Type a name in English or Chinese…</source>
        <extracomment>Role of the row id in the small models. Zones offered first; any IANA zone can be typed. Emitted when a search has delivered its results (tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/petdesk/gui/settings/__init__.py" line="33"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/switch.py" line="149"/>
        <source>Language</source>
        <extracomment>Windows made by a switch, kept alive here (Python would otherwise collect them).</extracomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/switch.py" line="150"/>
        <source>%1 has unsaved changes. The new language applies at the next start.</source>
        <translation>“%1”中有尚未保存的修改，新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="107"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="88"/>
        <source>New visit</source>
        <extracomment>Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. &quot;Dossier…&quot;). The visit&apos;s id after every successful change (lists and calendars refresh on it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="88"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="93"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="96"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="98"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="317"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="100"/>
        <source>Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="103"/>
        <source>Back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="107"/>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="110"/>
        <source>Import meetings (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="116"/>
        <source>Details</source>
        <extracomment>Where other features put their actions (&quot;Dossier…&quot;): after this separator.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="117"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="118"/>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="119"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="175"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="205"/>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="182"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="206"/>
        <source>Visiting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="194"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="195"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="196"/>
        <source>Direction</source>
        <translation type="unfinished">来访/出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="197"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="203"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="204"/>
        <source>Main time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="208"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="209"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="210"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="213"/>
        <source>Expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="220"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Name (other script)</source>
        <translation type="unfinished">外文名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="251"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Organisation</source>
        <translation type="unfinished">所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="240"/>
        <source>Add to delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="242"/>
        <source>Set role of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="243"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="249"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="265"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="266"/>
        <source>Time (place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="267"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="268"/>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="269"/>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="270"/>
        <source>Title</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="271"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="272"/>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="273"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="282"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="284"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="285"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="319"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="325"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="312"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="324"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="308"/>
        <source>What is to be done (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="310"/>
        <source>What is to be done (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="315"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="322"/>
        <source>Action (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="323"/>
        <source>Action (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="354"/>
        <source>Clashes: save the visit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="358"/>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="435"/>
        <source>whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="458"/>
        <source>Times in the place&apos;s zone; “Your time” in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="487"/>
        <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="491"/>
        <source>No clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="556"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="563"/>
        <source>Status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="620"/>
        <source>Itinerary saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="633"/>
        <source>Item deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="661"/>
        <source>Calendar written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="693"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="683"/>
        <source>Imported: %1 added, %2 updated, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="693"/>
        <source>Import meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="24"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="27"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="29"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="64"/>
        <source>Delete visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="65"/>
        <source>Delete %n visit(s) with their itinerary and follow-ups?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
