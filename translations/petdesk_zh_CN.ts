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
    <name>CalendarModel</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="83"/>
        <source>At the place: %1 (%2)</source>
        <extracomment>The CalendarEvent of a cell (week, agenda) or the list of a day&apos;s events (month). The date of a month cell. Colours per kind of event (visit spans, items by itinerary kind, sessions).</extracomment>
        <translation>当地时间：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="90"/>
        <source>Your time: %1</source>
        <translation>本机时间：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="240"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="241"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="242"/>
        <source>Time at the place</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="243"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="244"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="245"/>
        <source>Visit or training</source>
        <translation>所属访问/培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="246"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="247"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="287"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="297"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="299"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/page.py" line="119"/>
        <source>+%n more</source>
        <extracomment>Days the agenda shows from the current date.</extracomment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="167"/>
        <source>Month</source>
        <extracomment>Emitted after the events of a view have been shown (tests wait for it). Emitted with the event a double-click opened.</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="167"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="167"/>
        <source>Agenda</source>
        <translation>日程列表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="176"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="193"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="233"/>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="235"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="237"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="272"/>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="273"/>
        <source>All organisations</source>
        <translation>全部机构</translation>
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
        <translation>日程事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="59"/>
        <source>Edit itinerary item</source>
        <translation>编辑日程事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="108"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="109"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="110"/>
        <source>Starts (place&apos;s time)</source>
        <translation>开始（当地时间）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="111"/>
        <source>Ends (place&apos;s time)</source>
        <translation>结束（当地时间）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="112"/>
        <source>Time zone of the place</source>
        <translation>当地时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="113"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="115"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="116"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="119"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="120"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="121"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="129"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="130"/>
        <source>Attendees (none ticked: the whole delegation)</source>
        <translation>参加人员（不勾选即为代表团全体成员）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="177"/>
        <source>Give the item a title in English or Chinese.</source>
        <translation>请填写该事项的中文或英文名称。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="180"/>
        <source>The item must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="185"/>
        <source>Unknown time zone; choose one from the list.</source>
        <translation>无法识别该时区，请从列表中选择。</translation>
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
        <location filename="../src/petdesk/gui/trainings/__init__.py" line="17"/>
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
    <message>
        <location filename="../src/petdesk/gui/calendar/__init__.py" line="17"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="335"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="336"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="348"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>RecordSearch</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="231"/>
        <source>Type a name in English or Chinese…</source>
        <extracomment>Role of the row id in the small models. Zones offered first; any IANA zone can be typed. Emitted when a search has delivered its results (tests wait for it).</extracomment>
        <translation>输入中文或英文名称…</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="39"/>
        <source>Reminders</source>
        <extracomment>(kind &quot;visit&quot; or &quot;training&quot;, row id, item to focus or None)</extracomment>
        <translation>提醒事项</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="45"/>
        <source>next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="79"/>
        <source>Nothing due.</source>
        <translation>暂无到期事项。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="140"/>
        <source>Session</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="149"/>
        <source>(no trainer)</source>
        <translation>（未指定讲师）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="171"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="172"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="173"/>
        <source>Starts (venue&apos;s time)</source>
        <translation>开始（当地时间）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="174"/>
        <source>Ends (venue&apos;s time)</source>
        <translation>结束（当地时间）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="175"/>
        <source>Time zone of the venue</source>
        <translation>培训地点时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="176"/>
        <source>Room (English)</source>
        <translation>教室（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="177"/>
        <source>Room (Chinese)</source>
        <translation>教室（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="178"/>
        <source>Trainer (from the participants)</source>
        <translation>培训讲师（从参加人员中选择）</translation>
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
    <name>TrainingEditor</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="100"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="339"/>
        <source>Name</source>
        <extracomment>Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. &quot;Dossier…&quot;). Attendance cycle on click; None = not recorded (blank box on the sheet).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="223"/>
        <source>New training</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="223"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="227"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="230"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="231"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="232"/>
        <source>Cancel training</source>
        <translation>取消培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="233"/>
        <source>Back to planned</source>
        <translation>退回计划中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="239"/>
        <source>Details</source>
        <extracomment>Where other features put their actions (&quot;Dossier…&quot;): after this separator.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="240"/>
        <source>Sessions</source>
        <translation>课程安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="241"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="242"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="245"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="279"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="301"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="285"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="286"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="287"/>
        <source>Topic (English)</source>
        <translation>主题（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="288"/>
        <source>Topic (Chinese)</source>
        <translation>主题（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="289"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="295"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="296"/>
        <source>Venue (English)</source>
        <translation>地点（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="297"/>
        <source>Venue (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="298"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="299"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="300"/>
        <source>Time zone of the venue</source>
        <translation>培训地点时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="302"/>
        <source>Description (English)</source>
        <translation>简介（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="303"/>
        <source>Description (Chinese)</source>
        <translation>简介（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="310"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="311"/>
        <source>Time (venue)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="312"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="313"/>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="314"/>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="315"/>
        <source>Trainers</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="321"/>
        <source>Add session…</source>
        <translation>添加课程…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="323"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="325"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="339"/>
        <source>Name (other script)</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="339"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="355"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="339"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="347"/>
        <source>Register</source>
        <translation>登记报名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="350"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="353"/>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="373"/>
        <source>Click a cell: ✓ present → ✗ absent → E excused → not recorded.</source>
        <translation>点击单元格切换：✓ 出席 → ✗ 缺席 → E 请假 → 未记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="391"/>
        <source>Training: %1</source>
        <translation>培训：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="549"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="554"/>
        <source>Status changed.</source>
        <translation>状态已更新。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="578"/>
        <source>Session saved.</source>
        <translation>课程已保存。</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="21"/>
        <source>New training…</source>
        <translation>新建培训…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="23"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="25"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="57"/>
        <source>Delete trainings</source>
        <translation>删除培训</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/list.py" line="58"/>
        <source>Delete %n training(s) with their sessions and attendance?</source>
        <translation>
            <numerusform>确定删除这 %n 期培训及其课程安排和出勤记录吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="88"/>
        <source>New visit</source>
        <extracomment>Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. &quot;Dossier…&quot;). The visit&apos;s id after every successful change (lists and calendars refresh on it).</extracomment>
        <translation>新建访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="88"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="93"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="96"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="98"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="317"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="100"/>
        <source>Cancel visit</source>
        <translation>取消访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="103"/>
        <source>Back to planned</source>
        <translation>退回计划中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="107"/>
        <source>Export calendar (.ics)…</source>
        <translation>导出日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="110"/>
        <source>Import meetings (.ics)…</source>
        <translation>导入会谈（.ics）…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="116"/>
        <source>Details</source>
        <extracomment>Where other features put their actions (&quot;Dossier…&quot;): after this separator.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="117"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="118"/>
        <source>Itinerary</source>
        <translation>日程安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="119"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="175"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="205"/>
        <source>Host organisation</source>
        <translation>接待单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="182"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="206"/>
        <source>Visiting organisation</source>
        <translation>访问单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="194"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="195"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="196"/>
        <source>Direction</source>
        <translation>来访/出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="197"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="203"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="204"/>
        <source>Main time zone</source>
        <translation>主要时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="208"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="209"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="210"/>
        <source>Purpose</source>
        <translation>访问目的</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="213"/>
        <source>Expected outcomes</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="220"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Name (other script)</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="251"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="228"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="240"/>
        <source>Add to delegation</source>
        <translation>加入代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="242"/>
        <source>Set role of selected</source>
        <translation>设置所选人员身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="243"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="249"/>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="265"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="266"/>
        <source>Time (place)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="267"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="268"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="269"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="270"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="271"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="272"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="273"/>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="282"/>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="284"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="285"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="319"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="325"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <source>Action</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="304"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="312"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="324"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="308"/>
        <source>What is to be done (English)</source>
        <translation>待办内容（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="310"/>
        <source>What is to be done (Chinese)</source>
        <translation>待办内容（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="315"/>
        <source>Add follow-up</source>
        <translation>添加后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="322"/>
        <source>Action (English)</source>
        <translation>行动事项（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="323"/>
        <source>Action (Chinese)</source>
        <translation>行动事项（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="354"/>
        <source>Clashes: save the visit first</source>
        <translation>冲突检查：请先保存本次访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="358"/>
        <source>Visit: %1</source>
        <translation>访问：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="435"/>
        <source>whole delegation</source>
        <translation>代表团全体成员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="458"/>
        <source>Times in the place&apos;s zone; “Your time” in %1</source>
        <translation>时间均为当地时间；“本机时间”按 %1 时区显示</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="487"/>
        <source>⚠ Clashes: %n (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ 冲突 %n 处（仅作提醒，不影响保存）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="491"/>
        <source>No clashes</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="556"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="563"/>
        <source>Status changed.</source>
        <translation>状态已更新。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="620"/>
        <source>Itinerary saved.</source>
        <translation>日程已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="633"/>
        <source>Item deleted.</source>
        <translation>事项已删除。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="661"/>
        <source>Calendar written to %1</source>
        <translation>日历已导出至 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="693"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="683"/>
        <source>Imported: %1 added, %2 updated, %3 skipped</source>
        <translation>导入完成：新增 %1 项，更新 %2 项，跳过 %3 项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="693"/>
        <source>Import meetings</source>
        <translation>导入会谈</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="24"/>
        <source>New visit…</source>
        <translation>新建访问…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="27"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="29"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="64"/>
        <source>Delete visits</source>
        <translation>删除访问</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="65"/>
        <source>Delete %n visit(s) with their itinerary and follow-ups?</source>
        <translation>
            <numerusform>确定删除这 %n 次访问及其日程安排和后续行动吗？</numerusform>
        </translation>
    </message>
</context>
</TS>
