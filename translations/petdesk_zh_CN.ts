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
</TS>
