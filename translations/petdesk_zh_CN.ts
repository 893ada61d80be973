<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="258"/>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="679"/>
        <source>Activity</source>
        <extracomment>Whom the entry is about (&quot;person · organisation&quot;), shown when one is opened.</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="580"/>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="581"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="143"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="150"/>
        <source>Channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="619"/>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="714"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="293"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="149"/>
        <source>About petdesk</source>
        <translation>关于 petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="169"/>
        <source>Partners, contacts, delegation visits and trainings of a regional office.</source>
        <translation>管理地区办公室的合作伙伴、联系人、代表团访问和培训。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="171"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="173"/>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="175"/>
        <source>This office:</source>
        <translation>本办公室：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="177"/>
        <source>Office id:</source>
        <translation>办公室编号：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="181"/>
        <source>Open Database &amp;Folder</source>
        <translation>打开数据库所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="184"/>
        <source>Open &amp;Backups Folder</source>
        <translation>打开备份文件夹(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="187"/>
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="218"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="218"/>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="230"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../src/petdesk/gui/a11y.py" line="58"/>
        <source>Clear the text</source>
        <translation>清除文字</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/a11y.py" line="68"/>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="53"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="54"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="55"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="246"/>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="246"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="277"/>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="278"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="280"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="281"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="282"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="283"/>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../src/petdesk/gui/activities/__init__.py" line="16"/>
        <source>Activity &amp;Log…</source>
        <translation>活动记录(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="72"/>
        <source>Activity log</source>
        <extracomment>The date boxes show &quot;any&quot; at this date: no bound on that side. Characters of an organisation&apos;s name the filter shows without opening the list.</extracomment>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="80"/>
        <source>When (%1)</source>
        <extracomment>The zone times are shown in, named in the column&apos;s title: after travelling, &quot;16:00&quot; alone does not say where (field test 59). The window&apos;s one zone (Settings, calendar).</extracomment>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="81"/>
        <location filename="../src/petdesk/gui/activities/log.py" line="156"/>
        <source>Kind</source>
        <extracomment>The entry last opened (tests reach it here).</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="82"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="83"/>
        <location filename="../src/petdesk/gui/activities/log.py" line="161"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="84"/>
        <location filename="../src/petdesk/gui/activities/log.py" line="170"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="85"/>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="98"/>
        <source>Search subjects, notes, people, organisations…</source>
        <translation>搜索主题、备注、人员、机构…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/activities/log.py" line="99"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln 条活动记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="115"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="121"/>
        <source>Office &amp;housekeeping…</source>
        <translation>办公室整理记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="158"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="163"/>
        <source>All organisations</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="172"/>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="183"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="184"/>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="185"/>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="186"/>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="187"/>
        <source>&amp;To</source>
        <translation>止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/log.py" line="207"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>AmountBox</name>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="123"/>
        <source>“%1” is not an amount from 0 to %2.</source>
        <extracomment>Offered first in the currency box; any other ISO code may be typed. The fields of the &quot;Funding&quot; tab&apos;s amount boxes: (field, box attribute). The refusal said, or &quot;&quot; once the box reads its text again: the dialog shows it under the tabs, as a tooltip alone it was gone in seconds and left a red box without a word (shots51).</extracomment>
        <translation>“%1”不是 0 到 %2 之间的金额。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/petdesk/gui/app.py" line="236"/>
        <location filename="../src/petdesk/gui/app.py" line="259"/>
        <location filename="../src/petdesk/gui/app.py" line="353"/>
        <location filename="../src/petdesk/gui/backups/lock.py" line="65"/>
        <source>petdesk</source>
        <extracomment>Files above this size are not checked at close: SQLite&apos;s quick check of a 3 GB file (a million contacts) did not finish in the 20 s allowed and only kept the window&apos;s close waiting; the next start checks it within its own budget, as before.
----------
How long the check at close may take (a very large file is checked at the next start instead).</extracomment>
        <translation>petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/lock.py" line="42"/>
        <source>%1 is already open in another petdesk window.</source>
        <translation>%1 已在另一个 petdesk 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/lock.py" line="46"/>
        <source>%1 is open in petdesk on the computer “%2”. Only one person can work in it at a time: ask there to close petdesk, then open it again. If petdesk there was closed without tidying up (a crash, a power cut), delete %3 and open the file again.</source>
        <translation>%1 已在计算机“%2”上的 petdesk 中打开。同一时间只能有一人使用它：请那边关闭 petdesk，然后再打开。如果那边的 petdesk 未正常关闭（程序崩溃、断电），请删除 %3，再重新打开该文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/lock.py" line="73"/>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/app.py" line="186"/>
        <source>Closing petdesk…</source>
        <extracomment>SQLite&apos;s memory in the window, all connections together (MB). The window keeps several connections (list, search, background work), each with a search page cache of up to 64 MB: at 100,000 contacts they held 93-133 MB and the window passed 300 MB (field test 10). Shared under one limit, search as you type measured the same (benchmarks/search.py, p95 23-24 ms). 32, not 64: a change announced after a merge refreshes several lists at once, and their reads took the window to 314-338 MB at 64 (field test 47); search p95 and first rows measured the same at 32 (benchmarks/scale.py --sqlite-mb, HISTORY.md).</extracomment>
        <translation>正在关闭 petdesk…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/leftover_log_note.py" line="15"/>
        <source>Checking the database&apos;s leftover log… {percent}%</source>
        <translation>正在检查数据库遗留的预写日志…… {percent}%</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../src/petdesk/gui/archive.py" line="18"/>
        <source>Export Yearly &amp;Archive…</source>
        <translation>导出年度归档(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../src/petdesk/gui/archive.py" line="37"/>
        <source>Export Yearly Archive</source>
        <translation>导出年度归档</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/archive.py" line="40"/>
        <source>Organisations, contacts, visits, trainings, projects, follow-ups and activities created or changed in the year, a sheet each, with the times they were created and last changed.</source>
        <translation>该年创建或修改的机构、联系人、代表团访问、培训、项目、后续事项和活动记录，每类一个工作表，附创建时间和最后修改时间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/archive.py" line="50"/>
        <source>archive-%1</source>
        <comment>file name</comment>
        <extracomment>Rows written by the last export, by table (None until one has finished).</extracomment>
        <translation>年度归档-%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/archive.py" line="51"/>
        <source>Save the Archive As</source>
        <translation>归档另存为</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/archive.py" line="66"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="213"/>
        <source>Organiser: signs, not graded for attendance</source>
        <extracomment>Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. &quot;Dossier…&quot;); the list lives in ``editor_extensions`` so that features add to it without importing this module. Columns of the Sessions tab: the date and times kept whole, and the title that takes spare room. Columns of the Participants tab: the organisation gives way (elided, its tooltip whole) so that how each attends and their lodging stay in sight (shots52: at 1024 px a long organisation put &quot;Attends&quot; behind a sideways scroll bar, at 1400 px &quot;Lodging&quot; was cut). Attendance cycle on click; None = not recorded (blank box on the sheet). In Chinese &quot;excused&quot; is 假 (请假), not a Latin letter. A session outside a person&apos;s part: the substitute&apos;s, or one before the substitute came in. Width in pixels of a session&apos;s column, and the room its header&apos;s text has in it. The sheet&apos;s signers (attendees and organisers), the grid&apos;s rows. Sessions that share their time with another (parallel rooms): their headers show the time. How wide the header&apos;s font draws a text (the view sets its header&apos;s measure). The room a header&apos;s text has: HEADER_TEXT_WIDTH at the system&apos;s text size, more at a larger one (the view sets it with the column&apos;s width).</extracomment>
        <translation>组织方：签到，但不计出勤</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="262"/>
        <source>Not this person&apos;s session: a substitute took the place or came in later</source>
        <translation>不属于此人的课程：已由替补学员接替，或替补学员此时尚未加入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="270"/>
        <source>Not this person&apos;s session</source>
        <translation>不是此人的课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="272"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../src/petdesk/gui/backups/backup_passphrase.py" line="16"/>
        <source>Passphrase of the Backup</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/backup_passphrase.py" line="19"/>
        <source>The backup of %1 was made with another passphrase than this database&apos;s (before its passphrase was changed). Type the passphrase the database had then. The restored database is re-encrypted and keeps opening with its current passphrase.</source>
        <translation>%1 的备份使用的密码短语与本数据库现在的不同（是在更改密码短语之前做的）。请输入数据库当时的密码短语。恢复后的数据库会重新加密，仍用现在的密码短语打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/backup_passphrase.py" line="37"/>
        <source>That passphrase does not open this backup; nothing was restored. Try the passphrase used before the last change, or choose an older or newer backup.</source>
        <translation>此密码短语打不开这个备份；未恢复任何内容。请试试上次更改之前使用的密码短语，或选择更早或更新的备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/backup_passphrase.py" line="43"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/petdesk/gui/backups/__init__.py" line="14"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="64"/>
        <source>%1 organisations · %2 contacts · %3 visits · %4 trainings</source>
        <translation>合作机构 %1 家 · 联系人 %2 位 · 来访与出访 %3 次 · 培训 %4 次</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="73"/>
        <source>What the backup holds, and what the database holds now:</source>
        <translation>备份中的数据与数据库当前的数据：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="88"/>
        <source>Warning: the database holds more or newer records than the backup (%1). The restore removes them from the database; a copy of the database as it is now is made first, in the folder below.
%2</source>
        <translation>警告：数据库中的记录比备份更多或更新（%1）。恢复会将它们从数据库中移除；恢复前会先在下面的文件夹中保存一份数据库当前状态的副本。
%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="97"/>
        <source>A copy of the database as it is now is made first, in the folder below.
%1</source>
        <translation>恢复前会先在下面的文件夹中保存一份数据库当前状态的副本。
%1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="171"/>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="185"/>
        <source>Backups</source>
        <extracomment>the open restore question, for tests: a message box, or the table of the comparison</extracomment>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="203"/>
        <source>Back Up &amp;Now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="204"/>
        <source>&amp;Restore This Backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="208"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="211"/>
        <source>Change &amp;Folder…</source>
        <translation>更改文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="213"/>
        <source>Restore from a F&amp;ile…</source>
        <translation>从文件恢复(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="219"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="263"/>
        <source>Backups are kept in %1</source>
        <extracomment>The buttons that start work, laid out in a row and disabled together while one runs.</extracomment>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="286"/>
        <source>No backups yet. One is made before every import, restore and upgrade; Back Up Now makes one at once.</source>
        <translation>还没有备份。每次导入、恢复和升级之前都会自动备份；点击“立即备份”可马上备份一次。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="291"/>
        <source>Choose a backup to see what it holds.</source>
        <translation>选择一个备份以查看其内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="294"/>
        <source>This backup cannot be read: %1</source>
        <translation>无法读取此备份：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="297"/>
        <source>This backup failed its check when it was made and cannot be restored.</source>
        <translation>此备份在创建时未通过检查，无法恢复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="302"/>
        <source>This backup holds: %1</source>
        <translation>此备份包含：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="305"/>
        <source>What this backup holds is not known: the .json file beside it is missing. Restoring it checks it first.</source>
        <translation>无法得知此备份包含的内容：其旁边的 .json 文件缺失。恢复时会先检查它。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="309"/>
        <source>It is kept in an earlier backup folder: %1</source>
        <translation>它保存在以前的备份文件夹中：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="323"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="330"/>
        <source>Backup made.</source>
        <translation>备份已完成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="339"/>
        <source>Backing up… %1%</source>
        <translation>正在备份… %1%</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="345"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="351"/>
        <source>Restore from a Backup File</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="353"/>
        <source>petdesk backups (*.gz *.sqlite);;All files (*)</source>
        <translation>petdesk 备份 (*.gz *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="364"/>
        <source>Comparing the backup with the database…</source>
        <translation>正在比较备份与数据库…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="382"/>
        <source>This backup is not encrypted. It is restored encrypted with this database&apos;s passphrase, so the database stays encrypted.</source>
        <translation>此备份未加密。恢复时将用本数据库的密码加密，数据库仍保持加密。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="388"/>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="397"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="658"/>
        <source>%Ln of them made before the database was encrypted are plain (not encrypted): anyone who has that folder or the drive it is on can read them without the passphrase. Once an encrypted backup is there too, select the rows marked Plain and press Delete….</source>
        <translation>
            <numerusform>其中 %Ln 个备份是在数据库加密之前做的，未加密：任何拿到该文件夹或其所在驱动器的人不用密码就能读取。等那里也有一个加密的备份后，请选中标为“未加密”的行，然后按“删除…”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restored_office.py" line="25"/>
        <source>If the laptop this backup came from was stolen, the other offices cannot retire its office while this installation is that office: to have it retired, start a new office with a new database and a full package from another office instead, and have that office retire the old one (Sync › Offices).</source>
        <translation>如果此备份所属的笔记本电脑被盗，只要本机仍是该办公室，其他办公室就无法停用它：若要将它停用，请改为用新的数据库和另一个办公室的完整数据包建立一个新办公室，再由那个办公室停用旧办公室（同步 › 办公室）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restored_office.py" line="33"/>
        <source>To go on as this office instead, agree a new shared sync passphrase with the other offices and enter it in every office (Settings › Office): the packages the stolen laptop writes with the old one are then refused everywhere.</source>
        <translation>若要继续作为本办公室工作，请与其他办公室商定一个新的共享同步密码，并在每个办公室中填入（“设置 › 办公室”）：之后被盗笔记本电脑用旧密码写出的数据包在各处都会被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restored_office.py" line="46"/>
        <source>Office Restored</source>
        <translation>办公室已恢复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restored_office.py" line="49"/>
        <source>If that laptop wrote a sync package after the backup (one e-mailed from the road), import it with Sync › Import: what was written after the backup comes back.</source>
        <translation>如果那台笔记本电脑在备份之后写过同步数据包（例如出差途中通过电子邮件发出的数据包），请用“同步 › 导入”导入它：备份之后写入的内容就会回来。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="623"/>
        <source>Earlier backups stay in the folders where they were made:</source>
        <translation>以前的备份仍留在当初保存它们的文件夹中：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="626"/>
        <source>Earlier Backups</source>
        <translation>以前的备份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="627"/>
        <source>Move them to %1?</source>
        <translation>把它们移到 %1？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="629"/>
        <source>&amp;Move Them</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="632"/>
        <source>Earlier backups stay where they were; they can still be restored from there.</source>
        <translation>以前的备份仍留在原处，仍可从那里恢复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="639"/>
        <source>Moving backups…</source>
        <translation>正在移动备份…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="653"/>
        <source>Moved %Ln backup(s) to %1.</source>
        <translation>
            <numerusform>已把 %Ln 个备份移到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="378"/>
        <source>Replace the data in this database by the backup of %1? The data as it is now is backed up first.</source>
        <translation>用 %1 的备份替换此数据库中的数据吗？当前数据会先备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="423"/>
        <source>Delete Backups</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="431"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="449"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="498"/>
        <source>Not restored: this backup opens only with the passphrase it was made with. Restore it again when you have that passphrase, or choose another backup.</source>
        <translation>未恢复：此备份只能用制作时的密码短语打开。找到该密码短语后请再次恢复，或选择其他备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="514"/>
        <source>This backup is of the office %1 (id %2), not of this installation&apos;s office %3 (id %4).</source>
        <translation>此备份属于办公室 %1（编号 %2），不属于本机的办公室 %3（编号 %4）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="521"/>
        <source>Restoring it makes this installation the office %1 in place of the computer the backup comes from. That other installation must no longer be used: two installations of one office spoil each other&apos;s sync. To have that office&apos;s records here instead, import a full sync package from it.</source>
        <translation>恢复它会使本机取代备份所来自的那台计算机，成为办公室 %1。那台安装从此不得再使用：同一个办公室的两台安装会相互破坏同步。若只想在这里获得那个办公室的记录，请改为导入它的完整同步数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="527"/>
        <source>Take over the office %1 and restore the backup?</source>
        <translation>接管办公室 %1 并恢复此备份吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="531"/>
        <source>Backup of Another Office</source>
        <translation>其他办公室的备份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="535"/>
        <source>&amp;Take Over Office</source>
        <translation>接管办公室(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="538"/>
        <source>Not restored; this installation stays office %1.</source>
        <translation>未恢复；本机仍是办公室 %1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="543"/>
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="556"/>
        <source>The backup was not encrypted; it is restored encrypted with this database&apos;s passphrase.</source>
        <translation>此备份未加密；恢复后已用本数据库的密码加密。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="562"/>
        <source>The backup was made with another passphrase; it was re-encrypted, and the database opens with its current passphrase.</source>
        <translation>此备份是用另一个密码短语制作的；已重新加密，数据库仍用现在的密码短语打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restored_office.py" line="19"/>
        <source>This installation is now office %1 (id %2).</source>
        <translation>本机现在是办公室 %1（编号 %2）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="582"/>
        <source>Stopped; no backup was made.</source>
        <translation>已停止，未生成备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="442"/>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="586"/>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="601"/>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="611"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="420"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……以及另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="424"/>
        <source>Delete %Ln backup(s) for good? They cannot be restored afterwards.</source>
        <translation>
            <numerusform>确定永久删除 %Ln 个备份吗？删除后无法再用它们恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="444"/>
        <source>Deleted %Ln backup(s).</source>
        <translation>
            <numerusform>已删除 %Ln 个备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/backups/dialog.py" line="548"/>
        <source>%Ln record(s) erased here after this backup was made were erased again.</source>
        <translation>
            <numerusform>此备份之后已在本机清除个人数据的 %Ln 条记录已被再次清除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="590"/>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="123"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="124"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="125"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="126"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="127"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="142"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="153"/>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="155"/>
        <source>(damaged)</source>
        <translation>（已损坏）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="157"/>
        <source>(in an earlier folder)</source>
        <translation>（在以前的文件夹中）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="144"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/dialog.py" line="144"/>
        <source>Plain</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>BanquetSheetDialog</name>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="44"/>
        <source>Banquet sheet</source>
        <translation>宴会单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="50"/>
        <source>One page for the restaurant: date, time, place, the number at the meal, the dietary requirements and the seating in order of precedence, in English and Chinese.</source>
        <translation>供餐厅使用的单页说明：日期、时间、地点、用餐人数、饮食要求以及按礼宾次序的座次，中英文对照。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="65"/>
        <source>Save banquet sheet as</source>
        <translation>宴会单另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="74"/>
        <source>The visit has no meal in its programme yet.</source>
        <translation>该访问的日程中还没有宴请。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="70"/>
        <source>&amp;Meal:</source>
        <translation>宴请(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="71"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="72"/>
        <source>&amp;Make banquet sheet</source>
        <translation>生成宴会单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="76"/>
        <source>banquet</source>
        <comment>file name</comment>
        <translation>宴会单</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="83"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="105"/>
        <source>Making the banquet sheet…</source>
        <translation>正在生成宴会单…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="110"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/banquet.py" line="114"/>
        <source>No banquet sheet was made: %1</source>
        <translation>未生成宴会单：%1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/__init__.py" line="34"/>
        <source>Export to Calendar &amp;File…</source>
        <translation>导出到日历文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="41"/>
        <source>Export to Calendar File</source>
        <extracomment>``calendar --alarm``&apos;s default and bounds: minutes before each item.</extracomment>
        <translation>导出到日历文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="51"/>
        <source>&amp;Remind</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="58"/>
        <source> min before each item</source>
        <translation> 分钟前（每个项目）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="60"/>
        <source>Minutes before each item</source>
        <translation>每个项目提前提醒的分钟数</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="68"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="73"/>
        <source>calendar</source>
        <comment>file name</comment>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="76"/>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="77"/>
        <source>Shown:</source>
        <translation>显示范围：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="78"/>
        <source>Reminders:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="84"/>
        <source>The visits, trainings, travel, open follow-ups and project deadlines of these days, as the calendar shows them, for a phone&apos;s or Outlook&apos;s calendar. Deadlines are reminded a week and a day before, visits and trainings the day before.</source>
        <translation>这些日期内的访问、培训、行程交通、未完成的后续行动和项目截止日期，与日历所显示的一致，可导入手机或 Outlook 日历。截止日期提前一周和一天提醒，访问和培训提前一天提醒。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="88"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="98"/>
        <source>Calendar file (*.ics)</source>
        <extracomment>Events written by the last export (None until one has finished).</extracomment>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="99"/>
        <source>Save the Calendar As</source>
        <translation>日历另存为</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/export_dialog.py" line="126"/>
        <source>%Ln event(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个事件写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="88"/>
        <source>At the place: %1 (%2)</source>
        <extracomment>The CalendarEvent of a cell (week, agenda) or the list of a day&apos;s events (month). The date of a month cell. Colours per kind of event (visit spans, items by itinerary kind, sessions). A met application deadline: history, not the red of a deadline still to meet.</extracomment>
        <translation>当地时间：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="95"/>
        <source>Your time: %1</source>
        <translation>本机时间：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="245"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="246"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="247"/>
        <source>Time at the place</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="248"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="249"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="250"/>
        <source>Visit or training</source>
        <translation>所属访问/培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="251"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="252"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="289"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="315"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/model.py" line="317"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="269"/>
        <location filename="../src/petdesk/gui/calendar/page.py" line="360"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="268"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="248"/>
        <source>New visit…</source>
        <extracomment>Days the agenda shows from the current date. The widest the calendar&apos;s zone box grows to show its zone&apos;s whole name, at the system&apos;s text size (scaled with the text: at 150 % &quot;Coordinated Universal Time (UTC)&quot; was cut at 300 px). Each event&apos;s line by (event, language, zone): babel formats a time once, not on every paint of every cell (the month&apos;s first paint spent most of its time there). (A day too: an event over several days reads &quot;→&quot; where it goes on.) Emitted after the events of a view have been shown (tests wait for it). Emitted with the event a double-click opened. Emitted with the ``services.reschedule.Moved`` of a drag, after its clashes are shown. Emitted once the staff and organisation filters hold their choices (read in the background).</extracomment>
        <translation>新建访问…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="252"/>
        <source>New visit starting on the selected day (%1)</source>
        <translation>新建访问，从所选日期开始（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="256"/>
        <source>New training…</source>
        <translation>新建培训…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="267"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="270"/>
        <location filename="../src/petdesk/gui/calendar/page.py" line="371"/>
        <source>Agenda</source>
        <translation>日程列表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="280"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="287"/>
        <source>Go to date (Ctrl+G)</source>
        <translation>跳转到日期（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="289"/>
        <source>Go to:</source>
        <translation>跳转到：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="291"/>
        <source>Go to date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="296"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="298"/>
        <source>Print preview of the days shown</source>
        <translation>打印预览所显示的日期范围</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="303"/>
        <source>Export to Calendar File…</source>
        <translation>导出到日历文件…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="306"/>
        <source>Export…</source>
        <comment>calendar file</comment>
        <translation>导出日历…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="308"/>
        <source>Export the days shown, as filtered, to a calendar file (.ics) for a phone</source>
        <translation>将所显示的日期（按当前筛选）导出为日历文件 (.ics)，供手机使用</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="318"/>
        <source>Times are shown in this zone (yours when you travel)</source>
        <translation>时间按此时区显示（出差时选您所在的时区）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="326"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="338"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="386"/>
        <source>Undo move</source>
        <translation>撤销移动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="415"/>
        <source>Staff or interpreter</source>
        <translation>工作人员或翻译</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="416"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="417"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="480"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="481"/>
        <source>All organisations</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="722"/>
        <source>“%1” moved to %2.</source>
        <extracomment>What was printed last: first and last day and how many events (tests read it).</extracomment>
        <translation>“%1”已移至%2。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="725"/>
        <source>Clash:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/page.py" line="741"/>
        <source>The event was not moved: %1</source>
        <translation>日程未移动：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="78"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>另有 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="62"/>
        <source>Search technologies in English or Chinese…</source>
        <translation>用英文或中文搜索技术…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="76"/>
        <source>Select a technology to see the details.</source>
        <translation>选择技术以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="98"/>
        <source>New technology…</source>
        <extracomment>Split on the first show, by shares of the width the window has (``split_by_share``).</extracomment>
        <translation>新建技术…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="175"/>
        <source>Provider</source>
        <translation>技术提供方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="176"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="177"/>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="178"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="179"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="180"/>
        <source>Reference installations</source>
        <translation>参考案例</translation>
    </message>
</context>
<context>
    <name>CatalogueFields</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="39"/>
        <source>petdesk ID</source>
        <extracomment>The catalogue fields as the mapping step names them (keys: ``flat.catalogue_fields``).</extracomment>
        <translation>petdesk 编号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="40"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="41"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="42"/>
        <source>Provider</source>
        <translation>技术提供方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="43"/>
        <source>Provider&apos;s country</source>
        <translation>提供方所在国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="44"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="45"/>
        <source>Description (English)</source>
        <translation>描述（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="46"/>
        <source>Description (Chinese)</source>
        <translation>描述（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="47"/>
        <source>Key figures (English)</source>
        <translation>关键指标（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="48"/>
        <source>Key figures (Chinese)</source>
        <translation>关键指标（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="49"/>
        <source>Readiness (TRL 1–9)</source>
        <translation>技术成熟度（TRL 1–9）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="50"/>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="51"/>
        <source>Reference installations</source>
        <translation>参考案例</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="53"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="54"/>
        <source>Consent to share (yes/no)</source>
        <translation>同意共享（是/否）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="55"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="56"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="57"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="58"/>
        <source>Problem (English)</source>
        <translation>问题描述（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="59"/>
        <source>Problem (Chinese)</source>
        <translation>问题描述（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="60"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="61"/>
        <source>Budget from</source>
        <translation>预算下限</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="62"/>
        <source>Budget up to</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="63"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="64"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="66"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="67"/>
        <source>Contact&apos;s phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="68"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CatalogueFilters</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="38"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="39"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="47"/>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="54"/>
        <source>TRL %1</source>
        <translation>技术成熟度 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="58"/>
        <source>TRL</source>
        <translation>技术成熟度</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="59"/>
        <source>Any TRL</source>
        <translation>任意技术成熟度</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="66"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="71"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="72"/>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="77"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/filter_bar.py" line="78"/>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
</context>
<context>
    <name>CatalogueImportResult</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_result.py" line="42"/>
        <source>Technologies imported</source>
        <translation>技术已导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_result.py" line="44"/>
        <source>City needs imported</source>
        <translation>城市需求已导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_result.py" line="62"/>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_result.py" line="71"/>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="95"/>
        <source>Import technologies</source>
        <extracomment>remembered per header set, apart from the contacts&apos; mappings</extracomment>
        <translation>导入技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="95"/>
        <source>Import city needs</source>
        <translation>导入城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="99"/>
        <source>Which field does each column of %1 hold? petdesk&apos;s guess is chosen; a column set to “(leave out)” is not imported. Nothing is written before you click Import.</source>
        <translation>%1 的每一列对应哪个字段？已预先选好 petdesk 的推测；设为“（不导入）”的列不会导入。点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="118"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="138"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="141"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="140"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="115"/>
        <source>&amp;Preview (first rows as they will be read):</source>
        <translation>预览（按读取结果显示的前几行）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="147"/>
        <source>Field for column “%1”</source>
        <translation>列“%1”对应的字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="148"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="187"/>
        <source>%1 (×10,000)</source>
        <translation>%1（单位：万）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="217"/>
        <source>, </source>
        <comment>between column names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="219"/>
        <source>These columns hold data but are set to “(leave out)”, so they will not be imported: %1. Choose a field for each, or leave them out on purpose.</source>
        <translation>以下列有数据，但设为“（不导入）”，将不会导入：%1。请为每列选择字段，或确认有意不导入。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="229"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="236"/>
        <source>Choose the column that holds the name (in English or Chinese).</source>
        <translation>请选择包含名称的列（英文或中文）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="237"/>
        <source>Choose the column that holds the title of the need (in English or Chinese).</source>
        <translation>请选择包含需求标题的列（英文或中文）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_dialog.py" line="240"/>
        <source>Two columns are set to “%1”; choose one.</source>
        <translation>有两列都设为“%1”，请只选其中一列。</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="72"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="28"/>
        <source>&amp;Verify Certificate…</source>
        <translation>核验结业证书(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="48"/>
        <source>Verify Certificate</source>
        <translation>核验结业证书</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="52"/>
        <source>Type or paste the serial numbers printed on certificates, one a line or separated by commas: petdesk says whose certificate each is, of which training, and whether the attendance recorded earns it.</source>
        <translation>输入或粘贴结业证书上印的证书编号，每行一个或以逗号分隔：petdesk 将说明每份证书属于谁、哪次培训，以及目前记录的出勤是否够得上证书。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="58"/>
        <source>&amp;Serial numbers:</source>
        <translation>证书编号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="65"/>
        <source>&amp;Results:</source>
        <translation>核验结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="72"/>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/certificate_check.py" line="89"/>
        <source>Type a serial number first, such as 2026-9401-5F2D48.</source>
        <extracomment>The verdicts of the last check, in the order typed (None until one has finished).</extracomment>
        <translation>请先输入证书编号，例如 2026-9401-5F2D48。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/certificate_check.py" line="103"/>
        <source>%Ln valid certificate(s) of %1.</source>
        <translation>
            <numerusform>共 %1 份，其中 %Ln 份有效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="42"/>
        <source>Certificates of completion</source>
        <extracomment>How many certificates the last PDF holds.</extracomment>
        <translation>结业证书</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="48"/>
        <source>One page per attendee who attended at least 80 % of the sessions, in English and Chinese, with a number that stays the same on every reprint.</source>
        <translation>出勤不少于 80% 课程的每位学员一页，中英双语，证书编号在每次重印时保持不变。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="54"/>
        <source>&amp;Every attendee, whatever their attendance</source>
        <translation>每位学员，不论出勤情况(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="58"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="59"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="63"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="64"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="65"/>
        <source>Save certificates as</source>
        <translation>结业证书保存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="72"/>
        <source>&amp;Language first:</source>
        <translation>先印语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="73"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="74"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="75"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="76"/>
        <source>&amp;Make certificates</source>
        <translation>生成结业证书(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="84"/>
        <source>certificates</source>
        <comment>file name</comment>
        <translation>结业证书</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="114"/>
        <source>Making the certificates…</source>
        <translation>正在生成结业证书…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="118"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/certificates.py" line="122"/>
        <source>No certificates were made: %1</source>
        <translation>未生成结业证书：%1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="59"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="61"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="62"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="63"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="64"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="65"/>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="66"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="69"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="70"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="71"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="72"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="16"/>
        <location filename="../src/petdesk/gui/pages.py" line="24"/>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="17"/>
        <location filename="../src/petdesk/gui/pages.py" line="25"/>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="35"/>
        <source>Name (other script)</source>
        <translation>外文名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="19"/>
        <location filename="../src/petdesk/gui/pages.py" line="38"/>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="39"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="20"/>
        <location filename="../src/petdesk/gui/pages.py" line="46"/>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="75"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="21"/>
        <source>Member city</source>
        <translation>会员城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="26"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="27"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="30"/>
        <location filename="../src/petdesk/gui/pages.py" line="42"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="31"/>
        <location filename="../src/petdesk/gui/pages.py" line="43"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="32"/>
        <location filename="../src/petdesk/gui/pages.py" line="44"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="60"/>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="74"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="33"/>
        <source>Direction</source>
        <translation>来访/出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="34"/>
        <location filename="../src/petdesk/gui/pages.py" line="45"/>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="35"/>
        <source>Host</source>
        <translation>接待方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="36"/>
        <location filename="../src/petdesk/gui/pages.py" line="47"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="39"/>
        <source>Head count</source>
        <translation>代表团人数</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/pages.py" line="48"/>
        <source>Attendees</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="61"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="62"/>
        <source>Funder</source>
        <translation>资助方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="63"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="64"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="65"/>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="78"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="67"/>
        <source>Next deadline</source>
        <translation>下一个截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="36"/>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="76"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="37"/>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="181"/>
        <source>TRL</source>
        <translation>技术成熟度</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="38"/>
        <source>Provider</source>
        <translation>技术提供方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="79"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="56"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="57"/>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="58"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="59"/>
        <source>Newest change in the backup</source>
        <translation>备份中最近的修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="60"/>
        <source>Newest change now</source>
        <translation>当前最近的修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/restore_question.py" line="79"/>
        <source>never changed</source>
        <translation>从未修改</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="68"/>
        <source>Record</source>
        <extracomment>The column naming the record, and the one saying what kind of conflict a row is.</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="70"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="71"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="72"/>
        <source>Current value from</source>
        <translation>当前值来自</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="73"/>
        <source>Other value</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="74"/>
        <source>Other value from</source>
        <translation>对方的值来自</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="83"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="90"/>
        <source>&amp;Keep Current Value</source>
        <translation>保留当前值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="92"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="276"/>
        <source>&amp;Use Other Value</source>
        <translation>采用对方的值(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="132"/>
        <source>%1: %2</source>
        <extracomment>The conflicts last settled in bulk, which Ctrl+Z (or Edit › Undo) takes back at once, values and all, as a bulk Set field or Tag is taken back.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="189"/>
        <source>Deleted here, edited there</source>
        <translation>本处已删除，对方已修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="141"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="96"/>
        <source>Keep &amp;Mine</source>
        <translation>保留我方的值(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="98"/>
        <source>For every selected conflict, this office&apos;s value</source>
        <translation>对所选的每个冲突，采用本办公室的值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="99"/>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="101"/>
        <source>For every selected conflict, the other office&apos;s value</source>
        <translation>对所选的每个冲突，采用另一办公室的值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="134"/>
        <source>%1 (%2)</source>
        <comment>a record and what tells it apart</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="143"/>
        <source>linked: %1</source>
        <translation>已关联：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="145"/>
        <source>edited (kept in the deleted record)</source>
        <translation>已修改（保存在已删除的记录中）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="183"/>
        <source>%1 / %2</source>
        <comment>the fields the current and the other value changed</comment>
        <translation>%1／%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="190"/>
        <source>Edited here, deleted there</source>
        <translation>本处已修改，对方已删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="191"/>
        <source>Deleted in one office, edited in another</source>
        <translation>一处办公室删除，另一处修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="192"/>
        <source>Deleted here, linked there</source>
        <translation>本处已删除，对方已关联</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="193"/>
        <source>Linked here, deleted there</source>
        <translation>本处已关联，对方已删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="194"/>
        <source>Deleted in one office, linked in another</source>
        <translation>一处办公室删除，另一处关联</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="195"/>
        <source>Your edit was overridden</source>
        <translation>您的修改已被覆盖</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="196"/>
        <source>Changed in two offices</source>
        <translation>两个办公室均有修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="236"/>
        <source>%Ln conflict(s) selected: keep this office&apos;s values or the other offices&apos; for all.</source>
        <translation>
            <numerusform>已选择 %Ln 个冲突：可全部保留本办公室的值，或全部保留其他办公室的值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="333"/>
        <source>Keep this office&apos;s value in %Ln conflict(s)?</source>
        <translation>
            <numerusform>在 %Ln 个冲突中保留本办公室的值？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="335"/>
        <source>Keep the other office&apos;s value in %Ln conflict(s)?</source>
        <translation>
            <numerusform>在 %Ln 个冲突中保留另一办公室的值？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="347"/>
        <source>&amp;Settle %Ln Conflict(s)</source>
        <translation>
            <numerusform>解决 %Ln 个冲突(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="365"/>
        <source>%Ln conflict(s) settled.</source>
        <translation>
            <numerusform>已解决 %Ln 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="387"/>
        <source>Undone: %Ln conflict(s) open again.</source>
        <translation>
            <numerusform>已撤销：%Ln 个冲突重新待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="244"/>
        <source>%Ln open conflict(s). Select one to settle it.</source>
        <translation>
            <numerusform>有 %Ln 处冲突待处理，请选择一处进行处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="246"/>
        <source>No open conflicts: nothing waits for your decision.</source>
        <translation>没有未解决的冲突：没有需要您决定的事项。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="249"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="262"/>
        <source>&amp;Restore Record</source>
        <translation>恢复记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="253"/>
        <source>%1 deleted this person while %2 linked them meanwhile (%3). They stay deleted unless you restore them.</source>
        <translation>%1删除了此人，而%2在此期间关联了此人（%3）。除非您恢复，此人将保持删除状态。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="264"/>
        <source>The record stays deleted unless you restore it; the edit is kept inside it.</source>
        <translation>除非恢复，该记录将保持删除状态；对方的修改已保存在记录中。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="267"/>
        <source>&amp;Put My Value Back</source>
        <translation>改回我的值(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="272"/>
        <source>%1 Putting your value back makes it a new change that travels to every office.</source>
        <translation>%1改回您的值会成为一项新的更改，传送到每个办公室。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="278"/>
        <source>Choosing the other value makes it a new change that travels to every office.</source>
        <translation>采用对方的值后，该值将作为一项新的修改同步到所有办公室。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="287"/>
        <source>%1 is settled with it, to the same office&apos;s value.</source>
        <translation>“%1”将随之一并处理，采用同一办公室的值。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="338"/>
        <source>A value chosen that is not the current one becomes a new change that travels to every office.</source>
        <translation>所选的值若不是当前值，将成为一项新更改，并同步到每个办公室。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="343"/>
        <source>Settle Conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="365"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="281"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="289"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="311"/>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="302"/>
        <source>The other value would make it end before it starts: keep the current value, and change the time in the editor if needed.</source>
        <translation>对方的值会使结束时间早于开始时间：请保留当前值，如有需要再在编辑器中修改时间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="308"/>
        <source>Choosing the other value moves %1 with the start, keeping its length.</source>
        <translation>选用对方的值时，%1将随开始时间移动并保持原有时长。</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="30"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="46"/>
        <source>Name</source>
        <extracomment>(column key, sort key in ``search.SORTS`` or None, header text) of the contacts list.
----------
Header texts and starting widths, as the contacts list has them (``gui.contacts.list``).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="31"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="47"/>
        <source>Name (other script)</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="32"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="48"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="33"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="49"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="34"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="50"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="35"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="36"/>
        <location filename="../src/petdesk/gui/first_rows_page.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="398"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="398"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="398"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="398"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="405"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="405"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="405"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="415"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="415"/>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="418"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="415"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="418"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="418"/>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="427"/>
        <source>Select a contact to see the details.</source>
        <extracomment>What is owed to this person (field test 50, defect 1): the visit editor&apos;s widget.</extracomment>
        <translation>选择联系人以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="445"/>
        <source>Positions over time</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="444"/>
        <source>Activity log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="369"/>
        <source>Contact details</source>
        <extracomment>The contact whose details are on screen (None: the pane is empty). ``contact_id`` is the one asked for, which may still be loading. The name the title shows, as plain text.</extracomment>
        <translation>联系人详细信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="388"/>
        <source>Lo&amp;g Activity…</source>
        <extracomment>Hidden as a whole while another record&apos;s details are being read (``expect``).</extracomment>
        <translation>记录活动(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="391"/>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="394"/>
        <source>Hand Over Work…</source>
        <extracomment>A leaver&apos;s work to a successor in one step (field test 84).</extracomment>
        <translation>交接工作…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="405"/>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="446"/>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="447"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="457"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/detail.py" line="482"/>
        <source>Handed over: %Ln record(s).</source>
        <translation>
            <numerusform>已交接 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="484"/>
        <source>Hand Over Work</source>
        <translation>交接工作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="564"/>
        <source>Do not contact: left out of contact exports, registration lists and name cards</source>
        <translation>请勿联系：联系人导出、登记名单和桌签均不包含此人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="586"/>
        <source>Languages: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="588"/>
        <source>Dietary requirements: %1</source>
        <translation>饮食要求：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="590"/>
        <source>Accessibility: %1</source>
        <translation>无障碍需求：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="593"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/detail.py" line="595"/>
        <source>Sent in %Ln export(s) (File › Export Log…)</source>
        <translation>
            <numerusform>已在 %Ln 次导出中发出（文件 › 导出记录…）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="607"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="634"/>
        <source>Reading: %1</source>
        <translation>读音：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="635"/>
        <source>Middle name: %1</source>
        <translation>中间名：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="636"/>
        <source>Suffix: %1</source>
        <translation>后缀：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="637"/>
        <source>Nickname: %1</source>
        <translation>昵称：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="638"/>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="639"/>
        <source>Anniversary: %1</source>
        <translation>纪念日：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="647"/>
        <source>Address (%1): %2</source>
        <translation>地址（%1）：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="650"/>
        <source>Web: %1</source>
        <translation>网页：%1</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="190"/>
        <source>New contact</source>
        <extracomment>Under the row: a channel or label a newer petdesk stored (hidden otherwise). Set when the user answered &quot;Save Anyway&quot; to the question about a likely duplicate. The position the form showed when loaded (the save decides from it what changed).</extracomment>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="190"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="214"/>
        <source>Given name first (Wei Zhang)</source>
        <extracomment>Problems of the stored record that do not stop a save (a future birthday kept from before).</extracomment>
        <translation>名在前（Wei Zhang）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="215"/>
        <source>Family name first (Zhang Wei)</source>
        <translation>姓在前（Zhang Wei）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="223"/>
        <source>e.g. 李敏鎬</source>
        <extracomment>A Korean name&apos;s Hanja (李敏鎬 beside 이민호): shown for a Korean name only.</extracomment>
        <translation>例如 李敏鎬</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="233"/>
        <source>e.g. 1980-03-15, or --03-15 without the year</source>
        <translation>例如 1980-03-15；不知年份时写 --03-15</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="235"/>
        <source>e.g. 2005-06-01</source>
        <translation>例如 2005-06-01</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="257"/>
        <source>e.g. 2030-03-15</source>
        <translation>例如 2030-03-15</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="259"/>
        <source>e.g. Schengen C visa, single entry</source>
        <translation>例如 申根C类签证，单次入境</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="277"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="403"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="279"/>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="280"/>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="325"/>
        <source>&amp;Organisation</source>
        <translation>所属机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="326"/>
        <source>&amp;Position (English)</source>
        <translation>职务（英文）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="327"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="546"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="549"/>
        <source>Position (C&amp;hinese)</source>
        <translation>职务（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="336"/>
        <source>&amp;Since</source>
        <translation>任职起始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="347"/>
        <source>Gende&amp;r</source>
        <translation>性别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="348"/>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="349"/>
        <source>&amp;Dietary requirements</source>
        <translation>饮食要求(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="350"/>
        <source>&amp;Accessibility needs</source>
        <translation>无障碍需求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="351"/>
        <source>&amp;Emergency contact</source>
        <translation>紧急联系人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="352"/>
        <source>Nickna&amp;me</source>
        <translation>昵称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="353"/>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="354"/>
        <source>Anniversar&amp;y</source>
        <translation>纪念日(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="355"/>
        <source>&amp;Web pages</source>
        <translation>网页(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="356"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="357"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="358"/>
        <source>Do not &amp;contact</source>
        <translation>请勿联系(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="363"/>
        <source>Nat&amp;ionality</source>
        <translation>国籍(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="364"/>
        <source>Passport n&amp;umber</source>
        <translation>护照号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="365"/>
        <source>Passport e&amp;xpiry date</source>
        <translation>护照有效期至(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="366"/>
        <source>&amp;Visa note</source>
        <translation>签证备注(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="537"/>
        <source>Position (&amp;Korean)</source>
        <translation>职务（韩文）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="541"/>
        <source>Position (&amp;Japanese)</source>
        <translation>职务（日文）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="571"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="571"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="281"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="572"/>
        <source>Latin script</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="287"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="548"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="292"/>
        <source>Written as</source>
        <translation>书写顺序</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="295"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="546"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="548"/>
        <source>Title (English / Chinese)</source>
        <translation>称谓（英文/中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="300"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="573"/>
        <source>Reading (kana, pinyin …)</source>
        <translation>读音（假名、拼音等）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="303"/>
        <source>Middle name / suffix</source>
        <translation>中间名 / 后缀</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="306"/>
        <source>Hanja</source>
        <translation>韩文汉字</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="315"/>
        <source>E-mail, phone and messaging</source>
        <translation>邮箱、电话和即时通讯</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="318"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="323"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="338"/>
        <source>Choosing another organisation ends the current position and keeps it in the history.</source>
        <translation>选择其他机构将结束当前职务，原职务保留在任职经历中。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="345"/>
        <source>Visits and notes</source>
        <translation>接待信息与备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="360"/>
        <source>Travel documents</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="373"/>
        <source>Postal addresses</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="376"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="376"/>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="376"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="401"/>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="423"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="378"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="379"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="380"/>
        <source>Region</source>
        <translation>省/州</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="381"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="382"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="384"/>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="390"/>
        <source>Related people</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="394"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="395"/>
        <source>Partner</source>
        <translation>伴侣</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="396"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="397"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="398"/>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="399"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="400"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="404"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="410"/>
        <source>Other messaging</source>
        <translation>其他即时通讯</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="425"/>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="426"/>
        <source>Add handle</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="438"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="441"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="448"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="535"/>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="536"/>
        <source>Title (English / Korean)</source>
        <translation>称谓（英文/韩文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="540"/>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="540"/>
        <source>Title (English / Japanese)</source>
        <translation>称谓（英文/日文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="553"/>
        <source>Other script</source>
        <translation>外文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="566"/>
        <source>%1 (&amp;%2)</source>
        <comment>a name grid row with its Alt letter; Chinese: %1(&amp;%2)</comment>
        <translation>%1(&amp;%2)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="580"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="586"/>
        <source>%1: %2</source>
        <comment>a name box: its row, then its column</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="587"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="588"/>
        <source>Name suffix</source>
        <translation>姓名后缀</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="697"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="711"/>
        <source>This file cannot be used as a photo: %1</source>
        <translation>此文件不能用作照片：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="720"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="720"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="856"/>
        <source>While you were editing, this contact was merged into %1 on %2 by %3.</source>
        <translation>您编辑期间，此联系人已于%2由%3合并到%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="863"/>
        <source>While you were editing, this contact was merged into %1 on %2.</source>
        <translation>您编辑期间，此联系人已于%2合并到%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="875"/>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="888"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="892"/>
        <source>This may be the same person as the existing contact %1.</source>
        <translation>可能与已有联系人 %1 重复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="896"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="899"/>
        <source>Open the Existing One</source>
        <translation>打开已有联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="900"/>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="867"/>
        <source>Your changes were not saved; they stay in this editor to copy.</source>
        <translation>您的修改尚未保存；它们仍保留在此编辑窗口中，可供复制。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="261"/>
        <source>Left out of bulk exports</source>
        <translation>不包含在批量导出中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="871"/>
        <source>Contact merged</source>
        <translation>联系人已合并</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="877"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ContactsIO</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1546"/>
        <source>vCard 4.0 for phones and mail programs (*.vcf)</source>
        <extracomment>The travel-document fields the preview adds a column for when the file maps them. The birthday too: a passport list&apos;s &quot;12.03.1987&quot; could not be checked as read, day or month first (shots53b); and the gender, a passport&apos;s too: &quot;Nam&quot;/&quot;Nữ&quot; read as male/female could not be checked (shots54).</extracomment>
        <translation>vCard 4.0，适用于手机和邮件程序 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1548"/>
        <source>vCard 3.0 for older phones (*.vcf)</source>
        <translation>vCard 3.0，适用于较旧的手机 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1549"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV，适用于 Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1554"/>
        <source>CSV in GB18030 for older Chinese Excel, Outlook and Foxmail (*.csv)</source>
        <translation>GB18030 编码的 CSV，适用于较旧的中文版 Excel、Outlook 和 Foxmail (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1558"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1690"/>
        <source>Exporting contacts to %1…</source>
        <extracomment>Seconds the integrity check beside an export of all contacts may take (as on the command line). The bytes of rows a CSV export of all contacts holds at a time to put them in name order: the command line&apos;s 135 MB took the window (250 MB open) to 339-366 MB at 100,000 contacts; 16 MB holds some 25,000 contacts (issue 17: 300 MB for any command), for a tenth more time.</extracomment>
        <translation>正在将联系人导出到 %1…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1691"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1729"/>
        <source>Export stopped; no file was written.</source>
        <translation>导出已停止，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1739"/>
        <source>Exporting contacts… %1%</source>
        <translation>正在导出联系人… %1%</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1801"/>
        <source>Which contacts do you want to export?</source>
        <translation>要导出哪些联系人？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1804"/>
        <source>The %1 selected</source>
        <translation>所选的 %1 位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1809"/>
        <source>All %1 contacts</source>
        <translation>全部 %1 位联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1828"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1834"/>
        <source>Export all contacts</source>
        <translation>导出全部联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1836"/>
        <source>Export the selected contacts (%1)</source>
        <translation>导出所选联系人（%1 位）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1931"/>
        <source>&amp;Undo an Earlier Import…</source>
        <translation>撤销更早的导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="52"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="53"/>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="54"/>
        <source>&amp;Export Contacts…</source>
        <translation>导出联系人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="55"/>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="56"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="57"/>
        <source>%1 contacts exported to %2</source>
        <translation>已将 %1 位联系人导出至 %2</translation>
    </message>
</context>
<context>
    <name>CsvSeparator</name>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="31"/>
        <source>Semicolon: Excel where numbers have a decimal comma</source>
        <extracomment>The choices as the dialog names them, in the order offered.</extracomment>
        <translation>分号：适用于以逗号作小数点的 Excel（德国、法国、荷兰等）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="32"/>
        <source>Comma: Excel where numbers have a decimal point</source>
        <translation>逗号：适用于以句点作小数点的 Excel（中文、英文系统）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="33"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="19"/>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="23"/>
        <source>petdesk cannot open this database safely:</source>
        <translation>petdesk 无法安全地打开此数据库：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="34"/>
        <source>&amp;Restore the Backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="41"/>
        <source>The newest good backup is from %1 and holds %2. The damaged file is kept in a backup too.</source>
        <translation>最新的完好备份创建于 %1，包含 %2。损坏的文件也会另存为备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="51"/>
        <source>There is no good backup of this file in %1.</source>
        <translation>%1 中没有此文件的完好备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="57"/>
        <source>Restore from a Backup &amp;File…</source>
        <translation>从备份文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="63"/>
        <source>A backup kept elsewhere (on a USB stick, say) can be restored with Restore from a Backup File…, or on the command line: %1</source>
        <translation>存放在别处（例如 U 盘上）的备份，可以用“从备份文件恢复…”恢复，也可以在命令行中运行：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="84"/>
        <source>Choose a Backup File</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/damaged.py" line="86"/>
        <source>petdesk backups (*.gz *.sqlite);;All files (*)</source>
        <translation>petdesk 备份 (*.gz *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseGoneDialog</name>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="47"/>
        <source>The Database File Is Gone</source>
        <extracomment>Database files the user was told about: one warning each, not one per failed write. The warnings open now.</extracomment>
        <translation>数据库文件已不存在</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="53"/>
        <source>To keep working, open the copy, or save it where you keep the database.</source>
        <translation>如需继续工作，请打开该副本，或将其保存到存放数据库的位置。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="56"/>
        <source>&amp;Save the Copy As…</source>
        <translation>副本另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="66"/>
        <source>Save the Copy As</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="81"/>
        <source>The copy could not be saved there: %1</source>
        <translation>无法将副本保存到该位置：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/database_gone.py" line="83"/>
        <source>The copy was saved as %1.</source>
        <translation>副本已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <location filename="../src/petdesk/gui/date_box.py" line="121"/>
        <source>“%1” is not a date this box can read: write the year first, as %2.</source>
        <extracomment>What was typed over the whole text, until Enter or leaving the box reads it; None while the box is edited part by part, as Qt&apos;s date edit is. The last refusal shown (empty when the last typed date was read).</extracomment>
        <translation>无法识别日期“%1”：请把年份写在前面，例如 %2。</translation>
    </message>
</context>
<context>
    <name>DatedAheadNotice</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="39"/>
        <source>%Ln record(s) were last changed more than a day ahead of this computer&apos;s clock, probably while a clock ran ahead: correct their dates and save them, which stamps them anew.</source>
        <translation>
            <numerusform>%Ln 条记录的最后修改时间比本机时钟超前一天以上，可能是在时钟走快时修改的：请更正其日期并保存，保存时会重新记录修改时间。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="52"/>
        <source>%1 %2: changed %3</source>
        <translation>%1 %2：修改于 %3</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="59"/>
        <source>%1; due %2</source>
        <translation>%1；到期日 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dated_ahead_notice.py" line="64"/>
        <source>… and %Ln more record(s)</source>
        <translation>
            <numerusform>……以及另外 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRow</name>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="46"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="47"/>
        <source>Deadline time</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="49"/>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="50"/>
        <source>The time of day the funder closes the call; empty for the whole day</source>
        <translation>资助方截止申请的时刻；全天截止则留空</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="52"/>
        <source>Deadline time zone</source>
        <translation>截止时间所在时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="133"/>
        <source>= %1 here</source>
        <translation>= 本机时间 %1</translation>
    </message>
</context>
<context>
    <name>DeadlineZoneBox</name>
    <message>
        <location filename="../src/petdesk/gui/projects/deadline_row.py" line="30"/>
        <source>Funder&apos;s time zone</source>
        <translation>资助方所在时区</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="25"/>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="29"/>
        <source>e.g. Gao Yan / 高燕</source>
        <translation>例如：高燕 / Gao Yan</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="34"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="35"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="42"/>
        <source>Side by side (two columns)</source>
        <translation>两种语言并排（两栏）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="43"/>
        <source>One language after the other</source>
        <translation>一种语言在前，另一种在后</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="46"/>
        <source>Each dossier can still be made otherwise in its own dialog.</source>
        <translation>生成每份资料手册时，仍可在其对话框中另作选择。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="54"/>
        <source>Your &amp;name:</source>
        <extracomment>The staff name the history credits (the database&apos;s; None until read): one name for both.</extracomment>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="55"/>
        <source>Filled in as “Logged by” when you log an activity.</source>
        <translation>记录活动时自动填为“记录人”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="56"/>
        <source>History names you with it as the author of your changes.</source>
        <translation>“修改历史”以此名字注明您所做的更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="57"/>
        <source>Your &amp;time zone:</source>
        <translation>您的时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="58"/>
        <source>The calendar and the editors show times in it.</source>
        <translation>日历和各编辑窗口按此时区显示时间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="59"/>
        <source>Dossier &amp;first language:</source>
        <translation>资料手册首选语言(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/defaults.py" line="60"/>
        <source>Dossier &amp;layout:</source>
        <translation>资料手册版式(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="50"/>
        <location filename="../src/petdesk/gui/history/deleted.py" line="193"/>
        <location filename="../src/petdesk/gui/history/deleted.py" line="200"/>
        <source>Deleted Records</source>
        <extracomment>Emitted with the list of restored ``RecordRef``s. The newest this many are listed; the search looks among all.</extracomment>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="54"/>
        <source>Restoring a record also restores what was deleted with it, here and, with the next exchange, at the other offices.</source>
        <extracomment>The sentence above the list while one record (or none) is selected.</extracomment>
        <translation>恢复一条记录时，与它一同删除的内容也会恢复；下次交换数据后，其他办公室也会恢复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="62"/>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="70"/>
        <location filename="../src/petdesk/gui/history/deleted.py" line="167"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="81"/>
        <source>Find a deleted record by name, among all of them…</source>
        <translation>按名称在全部已删除的记录中查找…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="82"/>
        <source>Find deleted records</source>
        <translation>查找已删除的记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="123"/>
        <source>No deleted record matches this search.</source>
        <extracomment>Why the list is empty (shots59: an empty table said nothing).</extracomment>
        <translation>没有与此搜索相符的已删除记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="126"/>
        <source>Nothing has been deleted in this file, so there is nothing to restore.</source>
        <translation>此文件中没有删除过任何记录，因此没有可恢复的内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="135"/>
        <source>The newest %1 of %2 deleted records; search to find any of the others.</source>
        <translation>显示已删除的 %2 条记录中最新的 %1 条；搜索可找到其余任何一条。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/deleted.py" line="155"/>
        <source>Select a deleted record in the list to restore it.</source>
        <translation>请在列表中选择要恢复的已删除记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/deleted.py" line="157"/>
        <source>Restore %Ln Record(s)</source>
        <translation>
            <numerusform>恢复 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/deleted.py" line="160"/>
        <source>Restoring these %Ln record(s) also restores what was deleted with them, here and, with the next exchange, at the other offices.</source>
        <translation>
            <numerusform>恢复这 %Ln 条记录时，与它们一同删除的内容也会恢复；下次交换数据后，其他办公室也会恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="57"/>
        <source>Documents</source>
        <extracomment>The list changed (a document added or removed). The file chooser and the link box while they are open (tests drive them).</extracomment>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="59"/>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="60"/>
        <source>Add &amp;link…</source>
        <translation>添加链接(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="61"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="62"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="65"/>
        <source>petdesk keeps where each document is, not a copy: a file moved or kept on another computer shows as missing.</source>
        <translation>petdesk 只记录每份文件所在的位置，不保存副本：文件被移动或存放在另一台电脑上时，显示为缺失。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="114"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="117"/>
        <source>No file is there now: it was moved or renamed, or it is on another computer.</source>
        <translation>此处已没有该文件：文件已被移动或重命名，或存放在另一台电脑上。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="159"/>
        <source>Add Documents</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="169"/>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="170"/>
        <source>Link to the document (https://…):</source>
        <translation>文件链接（https://…）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="192"/>
        <source>%1 is not there: it was moved or renamed, or it is on another computer.</source>
        <translation>%1 不在原处：文件已被移动或重命名，或存放在另一台电脑上。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/documents.py" line="200"/>
        <source>No program on this computer opened %1.</source>
        <translation>本机没有能打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="34"/>
        <source>Dossier…</source>
        <translation>资料手册…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="37"/>
        <source>Print a bilingual PDF dossier (English and Chinese)</source>
        <translation>打印中英双语 PDF 资料手册</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="44"/>
        <source>Name cards…</source>
        <translation>桌签…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="47"/>
        <source>Print folded table name cards of the training&apos;s trainers and attendees (PDF)</source>
        <translation>打印本次培训讲师和学员的折叠桌签（PDF）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="51"/>
        <source>Print folded table name cards of the visit&apos;s people (PDF)</source>
        <translation>打印本次访问人员的折叠桌签（PDF）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="72"/>
        <source>Dossier</source>
        <translation>资料手册</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="73"/>
        <source>Save it first: a dossier is made from what is saved.</source>
        <translation>请先保存：资料手册根据已保存的内容生成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="132"/>
        <source>Certificates…</source>
        <translation>结业证书…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/__init__.py" line="135"/>
        <source>Print certificates of completion for the attendees who earned one (PDF)</source>
        <translation>为达到结业要求的学员打印结业证书（PDF）</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="106"/>
        <source>Dossier</source>
        <extracomment>QSettings keys of the remembered choices. The sections the dialog offered when the choice was saved: one added since starts ticked. Shared with the name cards dialog, as the paper is: one office prints for the same readers. Path of the PDF once it has been written. Called with the finished PDF when &quot;open it&quot; is ticked (tests replace it). Sentences about characters no font has, from the last run.</extracomment>
        <translation>资料手册</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="294"/>
        <source>Side by side (Chinese | English)</source>
        <translation>中英并排（中文 | 英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="295"/>
        <source>Chinese first, then English</source>
        <translation>先中文，后英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="297"/>
        <source>Side by side (English | Chinese)</source>
        <translation>中英并排（英文 | 中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="298"/>
        <source>English first, then Chinese</source>
        <translation>先英文，后中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="128"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="113"/>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="129"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="154"/>
        <source>English</source>
        <extracomment>The print preview shown after the last run, if asked for.</extracomment>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="155"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="161"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="173"/>
        <source>e.g. v2 (printed with the date; optional)</source>
        <translation>例如 v2（与日期一起印出；可不填）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="312"/>
        <source>(not printed on this computer yet)</source>
        <translation>（本机尚未打印过）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="317"/>
        <source>(last printed here %1)</source>
        <translation>（本机上次打印于 %1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="142"/>
        <source>Save dossier as</source>
        <translation>资料手册另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/pdf_path.py" line="78"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/pdf_path.py" line="85"/>
        <source>&amp;Open the PDF when it is ready (to read or print)</source>
        <translation>生成后打开 PDF（阅读或打印）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/pdf_path.py" line="102"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="366"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="131"/>
        <source>S&amp;ections</source>
        <translation>包含部分(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="147"/>
        <source>Show a pr&amp;int preview when it is ready</source>
        <translation>生成后显示打印预览(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="162"/>
        <source>Mar&amp;k every page &quot;restricted — contains personal data&quot;</source>
        <translation>每页标注“内部资料——含个人信息”(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="165"/>
        <source>Co&amp;ntents page after the cover</source>
        <translation>封面后附目录页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="167"/>
        <source>Lar&amp;ge print (larger text, for senior readers)</source>
        <translation>大字版（字号更大，便于年长读者阅读）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="177"/>
        <source>C&amp;hanges since:</source>
        <translation>列出变更，起始于(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="181"/>
        <source>Changes since</source>
        <translation>列出变更的起始时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="194"/>
        <source>&amp;First language:</source>
        <translation>首选语言(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="195"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="196"/>
        <source>&amp;Binding margin:</source>
        <translation>装订边距(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="197"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="204"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="205"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="217"/>
        <source>&amp;Make dossier</source>
        <translation>生成资料手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="389"/>
        <source>dossier</source>
        <comment>file name</comment>
        <translation>资料手册</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="421"/>
        <source>Making the dossier…</source>
        <translation>正在生成资料手册…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="442"/>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="452"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/pdf_path.py" line="49"/>
        <source>The file could not be written: %1</source>
        <extracomment>QSettings key of the folder the last PDF went to: dossiers, name cards and certificates share it.</extracomment>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/dialog.py" line="469"/>
        <source>No dossier was made: %1</source>
        <translation>未能生成资料手册：%1</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="34"/>
        <source>a new record</source>
        <translation>一条新记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="37"/>
        <source>“%1” was deleted after its unsaved changes of %2 were typed, so they cannot be put back. Discard them, or keep them for later (Edit › Deleted Records… can bring the record back).</source>
        <translation>“%1”在 %2 输入未保存的更改之后已被删除，因此这些更改无法放回。可以放弃这些更改，或留待以后处理（可通过“编辑 › 已删除的记录…”恢复该记录）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="48"/>
        <source>Recover the unsaved changes to “%1” (from %2)? The record was changed since, here, in another window or by sync: the recovered changes replace those fields once you save, so check them first.</source>
        <translation>是否恢复对“%1”未保存的更改（%2）？此后该记录已在本窗口、另一个窗口或通过同步被修改：保存后，恢复的更改将替换这些字段，请先核对。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="58"/>
        <source>Recover the unsaved changes to “%1” (from %2)?</source>
        <translation>是否恢复对“%1”未保存的更改（%2）？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="69"/>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="96"/>
        <source>Unsaved changes from last time</source>
        <translation>上次未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="74"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="77"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="80"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/draft_recovery.py" line="100"/>
        <source>It was set aside as %1 and will not be offered again.</source>
        <translation>该文件已另存为 %1，不会再次提示。</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="102"/>
        <location filename="../src/petdesk/gui/edit_menu.py" line="167"/>
        <source>&amp;Undo</source>
        <extracomment>Redo&apos;s keys on a list: both the Windows and the Linux/macOS habit (field test 13, defect 6).</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="103"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="170"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="173"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="175"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="178"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="184"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/edit_menu.py" line="200"/>
        <source>Redo the typing just undone, or delete again the records an Undo just brought back.</source>
        <translation>重做刚撤销的输入，或再次删除刚被撤销操作恢复的记录。</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="33"/>
        <source>No contacts yet</source>
        <extracomment>Per kind of record: (title, what belongs here, the &quot;new&quot; button).</extracomment>
        <translation>还没有联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="34"/>
        <source>Contacts are the people this office works with: partners&apos; staff, experts, officials and delegation members. Add the first one, or import your address book from a vCard, CSV or Excel file.</source>
        <translation>联系人是本办公室打交道的人：合作机构的工作人员、专家、官员和代表团成员。新建第一位联系人，或从 vCard、CSV 或 Excel 文件导入通讯录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="40"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="43"/>
        <source>No organisations yet</source>
        <translation>还没有机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="44"/>
        <source>Organisations are the partners this office works with: city governments, enterprises, institutes and associations. Add the first one, or import a list from a CSV or Excel file.</source>
        <translation>机构是本办公室的合作伙伴：市政府、企业、科研院所和协会。新建第一个机构，或从 CSV 或 Excel 文件导入名单。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="49"/>
        <source>New organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="52"/>
        <source>No visits yet</source>
        <translation>还没有访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="53"/>
        <source>Visits are delegation trips, incoming and outgoing, with their delegation, itinerary, logistics and follow-ups. Plan the first one.</source>
        <translation>访问是来访和出访的代表团行程，包括代表团、日程安排、后勤和后续行动。安排第一次访问吧。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="58"/>
        <source>New visit</source>
        <translation>新建访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="61"/>
        <source>No trainings yet</source>
        <translation>还没有培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="62"/>
        <source>Trainings are courses and workshops with their sessions, trainers, participants and attendance. Plan the first one.</source>
        <translation>培训是课程和研讨会，包括场次、培训讲师、学员和出勤。安排第一次培训吧。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="67"/>
        <source>New training</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/empty_state.py" line="131"/>
        <source>Import from a file…</source>
        <extracomment>Kinds that can be filled from a file through File › Import contacts….</extracomment>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="228"/>
        <source>No projects yet</source>
        <extracomment>Projects of the last delete, for Undo (the bar below, Ctrl+Z, Edit › Undo).</extracomment>
        <translation>还没有项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="229"/>
        <source>Projects are fund applications and cooperation projects, followed from idea to closing. Start one here, or import them from a 3iPET exchange file sent by another office.</source>
        <translation>项目是资金申请和合作项目，从构想一直跟进到结项。可在此新建项目，或从其他办公室发来的 3iPET 交换文件导入。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="238"/>
        <source>Import an exchange file…</source>
        <translation>导入交换文件…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="108"/>
        <source>No technologies yet</source>
        <extracomment>The editor last opened (tests reach it here).</extracomment>
        <translation>还没有技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="109"/>
        <source>The catalogue holds the technologies partner enterprises offer, matched against the needs of cities. Import a catalogue from a CSV or Excel file.</source>
        <translation>技术目录收录合作企业提供的环境技术，用于与城市需求进行技术匹配。可从 CSV 或 Excel 文件导入技术目录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/catalogue.py" line="117"/>
        <source>Import a catalogue…</source>
        <translation>导入技术目录…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="27"/>
        <source>Import a catalogue</source>
        <translation>导入技术目录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="29"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="96"/>
        <source>Import an exchange file</source>
        <translation>导入交换文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="98"/>
        <source>3iPET exchange files (*.json)</source>
        <translation>3iPET 交换文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="140"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="83"/>
        <source>%Ln record(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="137"/>
        <location filename="../src/petdesk/gui/technologies/import_file.py" line="158"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="794"/>
        <source>No city needs yet</source>
        <extracomment>The editor last opened (tests reach it here).</extracomment>
        <translation>还没有城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="795"/>
        <source>City needs are what partner cities are looking for; each is matched against the technology catalogue. Import them from a CSV or Excel file.</source>
        <translation>城市需求是合作城市正在寻找的解决方案，每项需求都会与技术目录进行匹配。可从 CSV 或 Excel 文件导入。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="803"/>
        <source>Import city needs…</source>
        <translation>导入城市需求…</translation>
    </message>
</context>
<context>
    <name>EncryptOfferDialog</name>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="29"/>
        <source>Protect This Database</source>
        <translation>保护此数据库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="33"/>
        <source>Encrypt this database with a passphrase? Someone who copies the file off a lost laptop cannot read it then. petdesk asks for the passphrase at every start unless the system keyring remembers it; without it the data is lost, so keep it safe. You can also do this later with petdesk encrypt.</source>
        <translation>用密码加密此数据库？这样，即使有人从丢失的笔记本电脑中复制了该文件，也无法读取其内容。除非系统密钥环记住了密码，petdesk 每次启动时都会要求输入密码；没有密码，数据将无法恢复，因此请妥善保管。您也可以稍后使用 petdesk encrypt 进行加密。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="48"/>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="49"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="56"/>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="59"/>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="76"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/encrypt_offer.py" line="81"/>
        <source>This passphrase is too easy to guess: use at least 12 characters, for example a few unrelated words.</source>
        <translation>此密码太容易被猜到：请至少使用 12 个字符，例如几个互不相关的词。</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="270"/>
        <source>E&amp;ncrypt Database…</source>
        <translation>加密数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="271"/>
        <source>Change &amp;Passphrase…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="272"/>
        <source>&amp;Decrypt Database…</source>
        <translation>解密数据库(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="76"/>
        <source>Encrypt Database</source>
        <extracomment>A conversion that ran failed: the window reads again what it was refused meanwhile. The window&apos;s open database: none of its connections is open during the conversion (``Database.released``), and it opens the converted file after.</extracomment>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="77"/>
        <source>Change Passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="78"/>
        <source>Decrypt Database</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="89"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="93"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="94"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="123"/>
        <source>If the passphrase is forgotten, nobody can recover the data, not even petdesk&apos;s makers. The only ways back are a plain backup made before the encryption, or a full sync package from another office.</source>
        <translation>密码一旦忘记，任何人都无法恢复数据，petdesk 的开发者也不能。唯一的补救办法是：加密之前制作的未加密备份，或其他办公室导出的完整同步数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="130"/>
        <source>Encrypt %1 with a passphrase? Someone who copies the file off a lost laptop cannot read it then, and its backups from now on are encrypted too.</source>
        <translation>用密码加密 %1？这样，即使有人从丢失的笔记本电脑上复制了该文件，也无法读取；此后的备份也会加密。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="139"/>
        <source>Give %1 a new passphrase? A backup is made first; it, and the older backups, still open with the current passphrase.</source>
        <translation>为 %1 设置新密码？会先制作一份备份；该备份和较早的备份仍使用当前密码打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="146"/>
        <source>Store %1 in plain form again? Anyone who has the file can then read it. A backup of the encrypted file is made first. Type the current passphrase to confirm.</source>
        <translation>将 %1 恢复为未加密存储？之后任何拿到该文件的人都能读取。会先备份加密的文件。请输入当前密码以确认。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="155"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>当前密码错误；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="159"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="162"/>
        <source>This passphrase is too easy to guess: use at least 12 characters, for example a few unrelated words.</source>
        <translation>此密码太容易猜到：请至少使用 12 个字符，例如几个互不相关的词。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="202"/>
        <source>Encrypting… a large office takes a minute or two; keep the window open.</source>
        <translation>正在加密……数据多的办公室需要一两分钟；请不要关闭窗口。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="204"/>
        <source>Changing the passphrase… a large office takes a minute or two; keep the window open.</source>
        <translation>正在更改密码……数据多的办公室需要一两分钟；请不要关闭窗口。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="206"/>
        <source>Decrypting… a large office takes a minute or two; keep the window open.</source>
        <translation>正在解密……数据多的办公室需要一两分钟；请不要关闭窗口。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="214"/>
        <source>The database is encrypted.</source>
        <translation>数据库已加密。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="215"/>
        <source>The passphrase is changed.</source>
        <translation>密码已更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="216"/>
        <source>The database is stored in plain form.</source>
        <translation>数据库现以未加密形式存储。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/encryption.py" line="221"/>
        <source>%Ln older backup(s) are not encrypted; delete them in File › Backups once you no longer need them.</source>
        <translation>
            <numerusform>有 %Ln 个较早的备份未加密；不再需要时，请在“文件 › 备份”中将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="230"/>
        <source>No backup could be made: %1</source>
        <translation>未能制作备份：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="252"/>
        <source>No system keyring is available to remember the passphrase; it will be asked each time petdesk starts.</source>
        <translation>没有可用的系统密钥环来记住密码；每次启动 petdesk 时都会询问密码。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/encryption.py" line="263"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>EntityListPage</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="57"/>
        <source>Find Dupl&amp;icates of This…</source>
        <translation>查找此记录的重复项(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="88"/>
        <source>Search names, pinyin, e-mail, phone, organisation, tags  (Ctrl+F)</source>
        <translation>搜索姓名、拼音、邮箱、电话、机构、标签  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="109"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="110"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/list.py" line="153"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="164"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="164"/>
        <source>Export is not available in this version.</source>
        <translation>此版本暂不支持导出。</translation>
    </message>
</context>
<context>
    <name>EventsReport</name>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="22"/>
        <source>Export Yearly Even&amp;ts Report…</source>
        <extracomment>The files offered; a name without one of them is saved as a workbook.</extracomment>
        <translation>导出年度活动报告(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="41"/>
        <source>Export Yearly Events Report</source>
        <translation>导出年度活动报告</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="44"/>
        <source>The visits and trainings that start in the year, one row each with their people: women, men, delegates and attendees; and the totals. A workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>该年开始的代表团访问与培训，每场一行并列出人数：女性、男性、团员和学员；另附合计。可保存为工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="54"/>
        <source>events-%1</source>
        <comment>file name</comment>
        <translation>年度活动-%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="52"/>
        <source>Workbook (*.xlsx)</source>
        <extracomment>(visits, trainings) written by the last export (None until one has finished).</extracomment>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="52"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="54"/>
        <source>Save the Report As</source>
        <translation>报告另存为</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/events_report.py" line="80"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次代表团访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/events_report.py" line="80"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln 次培训</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/events_report.py" line="82"/>
        <source>Visits and trainings written to %1: %2.</source>
        <translation>代表团访问与培训已写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="24"/>
        <source>Export E&amp;xchange File…</source>
        <translation>导出交换文件(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="44"/>
        <source>Export Exchange File</source>
        <translation>导出交换文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="49"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="48"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="58"/>
        <source>&amp;Organisations</source>
        <extracomment>``--what``: the kinds written, all to start with (the organisations that technologies and needs refer to are written with them whatever is ticked)</extracomment>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="59"/>
        <source>&amp;Technologies</source>
        <translation>技术(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="60"/>
        <source>City &amp;needs</source>
        <translation>城市需求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="61"/>
        <source>&amp;Matches</source>
        <translation>匹配(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="72"/>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="74"/>
        <source>Only records whose owners agreed to &amp;sharing</source>
        <extracomment>``--consented-only``, ``--with-contacts``</extracomment>
        <translation>只导出所有者同意共享的记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="76"/>
        <source>With &amp;contact persons (personal data)</source>
        <translation>包括联系人（个人数据）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="83"/>
        <source>%1 (this petdesk&apos;s)</source>
        <extracomment>``--format-version``: the file (JSON, or a sheet&apos;s columns) for a hub on an older version</extracomment>
        <translation>%1（本 petdesk 的版本）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="84"/>
        <source>1.0 (for a petdesk that reads only 1.0: no match notes)</source>
        <translation>1.0（给只能读取 1.0 版的 petdesk：不含技术对接备注）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="85"/>
        <source>Format version of the exported file</source>
        <translation>导出文件的格式版本</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="86"/>
        <source>Format &amp;version:</source>
        <translation>格式版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="91"/>
        <source>Organisations, technologies, city needs and matches in the 3iPET exchange format, for the hub and partners: a JSON file (.json), a workbook (.xlsx) or CSV files (.csv).</source>
        <translation>以 3iPET 交换格式导出机构、技术、城市需求和匹配，供中心和合作伙伴使用：JSON 文件（.json）、Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="94"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="102"/>
        <source>exchange</source>
        <comment>file name</comment>
        <extracomment>What the last export wrote (None until one has finished).</extracomment>
        <translation>交换文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="104"/>
        <source>3iPET exchange file (*.json)</source>
        <translation>3iPET 交换文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="105"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="108"/>
        <source>Save the Exchange File As</source>
        <translation>交换文件另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/exchange_export.py" line="118"/>
        <source>Tick at least one kind of record to export.</source>
        <translation>请至少勾选一类要导出的记录。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="50"/>
        <source>Export Changes</source>
        <extracomment>What the service reports, as the progress bar and line show it. Larger packages get a warning and advice (field test 34, defect 2).</extracomment>
        <translation>导出同步数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="54"/>
        <source>Everything (first exchange or a new office)</source>
        <translation>全部数据（首次交换或新办公室）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="61"/>
        <source>%1 — changes not yet acknowledged</source>
        <translation>%1 — 对方尚未确认接收的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="70"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="85"/>
        <source>F&amp;or:</source>
        <translation>接收方(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="86"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="89"/>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="107"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="112"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="118"/>
        <source>Sp&amp;lit into Parts under %1 MB</source>
        <translation>拆分为每个小于 %1 MB 的分卷(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="143"/>
        <source>Strength: weak (at least %1 characters, hard to guess)</source>
        <extracomment>The parts the package was split into (empty until it is).</extracomment>
        <translation>强度：弱（至少 %1 个字符，且不易猜到）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="146"/>
        <source>Strength: fair</source>
        <translation>强度：中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="147"/>
        <source>Strength: strong</source>
        <translation>强度：强</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="154"/>
        <source>Save Package</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="156"/>
        <source>petdesk sync packages (*%1)</source>
        <translation>petdesk 同步数据包 (*%1)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="166"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="171"/>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="175"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="195"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="221"/>
        <source>any office</source>
        <translation>任意办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="225"/>
        <source>Wrote %1 for %2: %3 records, %5 erasures, %4.</source>
        <translation>已为%2生成 %1：%3 条记录，%5 项清除，%4。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="227"/>
        <source>Wrote %1 for %2: %3 records, %4.</source>
        <translation>已为%2生成 %1：%3 条记录，%4。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="242"/>
        <source>Or split it into parts under %1 MB, each small enough for an e-mail.</source>
        <translation>也可以将其拆分为每个小于 %1 MB 的分卷，每个分卷都能用电子邮件发送。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="248"/>
        <source>Warning: %1.</source>
        <translation>警告：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="275"/>
        <source>Splitting…</source>
        <translation>正在拆分…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="289"/>
        <source>Split into %Ln part(s) under %1 MB: send all of them; the receiving office imports any one of them.</source>
        <translation>
            <numerusform>已拆分为 %Ln 个小于 %1 MB 的分卷：请全部发送；接收方办公室导入其中任意一个即可。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="305"/>
        <source>Note: this office&apos;s clock values run up to %1 UTC, ahead of this computer&apos;s clock, which agrees with the other offices&apos; clocks: they were stored while its clock ran ahead, before it was put right. Nothing needs correcting; they catch up on %2.</source>
        <translation>注意：本办公室的时钟值最晚到 %1 UTC，超前于本机时钟，而本机时钟与其他办公室的一致：这些时钟值是在本机时钟走快时存下的，之后时钟已调整正确。无需更正；到 %2 本机时钟追上这些值后即恢复正常。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="314"/>
        <source>Warning: this computer&apos;s clock is more than a day behind the newest clock value this office has seen (%1 UTC); check its date and time.</source>
        <translation>警告：本机时钟比本办公室见过的最新时钟值（%1 UTC）落后一天以上；请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="254"/>
        <source>Warning: this office was retired on %1 at another office; the offices that know it refuse packages from here. If this installation is still meant to be used, ask them to return it to service.</source>
        <translation>警告：本办公室已于 %1 被另一个办公室停用；知道此事的办公室会拒绝来自这里的数据包。如果本机仍要继续使用，请让它们将本办公室恢复使用。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="97"/>
        <source>The file is encrypted with the passphrase the offices share. Carry it on a USB stick, or send it by e-mail if the e-mail stays under %1 MB (attachments are encoded, a third larger); without the passphrase nobody can read it.</source>
        <translation>文件已用各办公室共享的密码加密。可以用 U 盘携带；若电子邮件不超过 %1 MB（附件经编码后会大三分之一），也可以通过电子邮件发送。没有密码，任何人都无法读取。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="327"/>
        <source>Warning: %1&apos;s petdesk is older (its last package: %2); it cannot read this package until it is updated.</source>
        <translation>警告：%1 的 petdesk 版本较旧（其最近的数据包：%2），更新之前无法读取此数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="337"/>
        <source>Stopped; no package was written.</source>
        <translation>已停止，未写入同步数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/export_dialog.py" line="340"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../src/petdesk/gui/export_log.py" line="28"/>
        <source>Export &amp;Log…</source>
        <extracomment>Lines shown: the newest; an office writes a few files a week.</extracomment>
        <translation>导出记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/export_log.py" line="53"/>
        <source>%1 was written, but the export log could not note it: the database is busy in another program or cannot be changed. The export itself is done.</source>
        <translation>%1 已写入，但导出记录未能记下此次导出：数据库正被其他程序占用或无法更改。导出本身已完成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/export_log.py" line="58"/>
        <location filename="../src/petdesk/gui/export_log.py" line="78"/>
        <source>Export Log</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/export_log.py" line="82"/>
        <source>Files of personal data written at this office: contacts exported, registration lists, name cards, dossiers, certificates, yearly archives, hand-over and follow-up lists, a person&apos;s data, exchange files with contacts and attendance reports. For one person&apos;s: petdesk exports --contact ID.</source>
        <translation>本办公室写出的含个人数据的文件：导出的联系人、登记名单、桌签、资料手册、结业证书、年度归档、交接清单和后续行动清单、某人的个人数据、含联系人的交换文件以及出勤报告。查看某一人的记录：petdesk exports --contact ID。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/export_log.py" line="92"/>
        <source>No files of personal data logged yet.</source>
        <extracomment>The lines as shown (tests read them here).</extracomment>
        <translation>尚未记录任何含个人数据的文件。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="457"/>
        <source>Edit follow-up</source>
        <translation>编辑后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="469"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="475"/>
        <source>Action (&amp;English)</source>
        <translation>行动事项（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="476"/>
        <source>Action (&amp;Chinese)</source>
        <translation>行动事项（中文）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="477"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="478"/>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="479"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="120"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="185"/>
        <source>Due</source>
        <extracomment>Something was written (direct mode) or held (the visit editor&apos;s mode). The rows shown were (re)loaded; tests wait for it. The record shown: (kind, id), set by :meth:`show_record`. The follow-up the last Delete took away (what Undo brings back).</extracomment>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="120"/>
        <source>Action</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="81"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="120"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="184"/>
        <source>Owner</source>
        <extracomment>The table&apos;s height on a detail pane (about five rows), where other sections follow it. The kind of change the panel announces (Home and the calendar&apos;s reminders listen for it). A change to hold or write: a service call on a session, the words said when it is done, whether it creates a record (the visit editor replays held changes with the same new ids), and the call as a ``visit_steps`` step (name, plain arguments, creates), which the visit editor&apos;s draft keeps.</extracomment>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="120"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="186"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="122"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="127"/>
        <source>What is to be done (English)</source>
        <translation>待办内容（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="129"/>
        <source>What is to be done (Chinese)</source>
        <translation>待办内容（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="133"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="143"/>
        <source>By a day</source>
        <translation>推迟一天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="144"/>
        <source>By a week</source>
        <translation>推迟一周</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="145"/>
        <source>To a date…</source>
        <translation>推迟到某日…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="135"/>
        <source>&amp;Add follow-up</source>
        <translation>添加后续行动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="82"/>
        <source>Choose the follow-up&apos;s owner</source>
        <translation>选择后续行动负责人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="83"/>
        <source>The contact who carries out this follow-up action.</source>
        <translation>负责执行此后续行动的联系人。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="137"/>
        <source>Mar&amp;k done</source>
        <translation>标记为已完成(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="139"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="141"/>
        <source>Po&amp;stpone</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="147"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="149"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="174"/>
        <source>Action (&amp;English)</source>
        <translation>行动事项（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="175"/>
        <source>Action (&amp;Chinese)</source>
        <translation>行动事项（中文）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="176"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="177"/>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="178"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="182"/>
        <source>Action (English)</source>
        <translation>行动事项（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="183"/>
        <source>Action (Chinese)</source>
        <translation>行动事项（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="284"/>
        <source>Follow-up added.</source>
        <translation>已添加后续行动。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="298"/>
        <source>Follow-up changed.</source>
        <translation>已修改后续行动。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="302"/>
        <source>Marked done.</source>
        <translation>已标记为已完成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="306"/>
        <source>Reopened.</source>
        <translation>已重新打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="310"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="314"/>
        <source>Postponed.</source>
        <translation>已推迟。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="328"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="368"/>
        <source>Follow-up deleted.</source>
        <translation>已删除后续行动。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="354"/>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="379"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="371"/>
        <source>Delete follow-up “%1”</source>
        <translation>删除后续行动“%1”</translation>
    </message>
</context>
<context>
    <name>ForgetOffice</name>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="200"/>
        <source>&amp;Remove This Office from This Computer…</source>
        <translation>从本电脑移除此办公室(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ForgetOfficeDialog</name>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="49"/>
        <source>Remove This Office from This Computer</source>
        <translation>从本电脑移除此办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="56"/>
        <source>Nothing of this can be undone. Type the file&apos;s name, %1, to confirm.</source>
        <translation>此操作无法撤销。请输入文件名 %1 以确认。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="66"/>
        <source>File name, typed to confirm</source>
        <translation>输入文件名以确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="71"/>
        <source>&amp;Remove for Good</source>
        <translation>永久移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="105"/>
        <source>its records cannot be counted (the file is encrypted or cannot be read)</source>
        <translation>无法统计其记录（文件已加密或无法读取）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="110"/>
        <source>Remove the office in %1 from this computer, for good?</source>
        <translation>要从本电脑永久移除 %1 中的办公室吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="113"/>
        <source>The database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="115"/>
        <source>Backups, plain and encrypted: %1</source>
        <translation>备份（未加密和已加密）：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="117"/>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="120"/>
        <source>Files in all: %1</source>
        <translation>文件总数：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="123"/>
        <source>What petdesk remembers of it: its entries in the error log, the record of its last check, the recently opened records and its passphrases in the system keyring.</source>
        <translation>petdesk 记住的相关内容：错误日志中的条目、上次检查的记录、最近打开的记录，以及系统密钥环中的密码。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="128"/>
        <source>Files you exported or saved elsewhere are yours: petdesk does not know them and leaves them.</source>
        <translation>您导出或保存到其他位置的文件归您所有：petdesk 不知道它们在哪里，不会删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/forget_office.py" line="145"/>
        <source>Warning: changes made here to %3 record(s) have not been acknowledged by any other office (%1). They go with this office unless you export them first: File › Export Changes for Another Office… for %2, or petdesk sync export --to %4 --out FILE.</source>
        <translation>
            <numerusform>警告：此处对 %3 条记录所做的更改尚未有其他办公室确认接收（%1）。除非先导出，否则这些更改将随本办公室一并删除：请用“文件 › 导出同步数据包…”导出给%2，或运行 petdesk sync export --to %4 --out FILE。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="160"/>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="170"/>
        <source>Files removed: %1.</source>
        <translation>已移除文件：%1 个。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="172"/>
        <source>Could not remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="175"/>
        <source>petdesk closes now: there is no office left to show.</source>
        <translation>petdesk 现在将关闭：已没有可显示的办公室。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="187"/>
        <source>%1 is open in another petdesk; close it first.</source>
        <translation>%1 已在另一个 petdesk 中打开，请先将其关闭。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/forget_office.py" line="192"/>
        <source>Nothing was removed: %1</source>
        <translation>未移除任何内容：%1</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="59"/>
        <source>General</source>
        <extracomment>Tab title (already translated). Factories of the pages other features add, in the order they registered. A fixed day to show how dates, times and numbers will look (a Sunday, so the weekday shows).</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="64"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="73"/>
        <source>The window is rebuilt in the new language; open pages and searches are kept.</source>
        <translation>切换语言后窗口将重新加载，当前页面和搜索内容会保留。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="81"/>
        <source>Formats:</source>
        <translation>格式示例：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="83"/>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="91"/>
        <source>%1 %</source>
        <comment>text size in percent</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="37"/>
        <source>Hand Over Work of %1</source>
        <translation>交接%1的工作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="44"/>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="55"/>
        <source>Successor</source>
        <translation>接任者</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="45"/>
        <source>Choose the successor</source>
        <translation>选择接任者</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="46"/>
        <source>The contact who takes over this person&apos;s work.</source>
        <translation>接手此人工作的联系人。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="50"/>
        <source>&amp;Positions end on</source>
        <translation>职务结束日期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="59"/>
        <source>Visits and trainings already begun, and those the successor takes part in, stay as they are. Past visits and done follow-ups keep this person&apos;s name.</source>
        <translation>已开始的访问和培训，以及接任者参与的访问和培训，均保持不变。
以往的访问和已完成的后续行动仍保留此人的姓名。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/handover.py" line="66"/>
        <source>&amp;Hand Over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="90"/>
        <source>%Ln open follow-up(s) owned</source>
        <translation>
            <numerusform>负责的未完成后续行动：%Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="91"/>
        <source>%Ln visit(s) to come organised or staffed</source>
        <translation>
            <numerusform>组织或参与工作的待进行访问：%Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/handover.py" line="92"/>
        <source>%Ln training(s) to come organised</source>
        <translation>
            <numerusform>组织的待进行培训：%Ln 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="136"/>
        <source>Switch page</source>
        <extracomment>What ships with petdesk and under which licence (About › Licences). A mnemonic written after a translated text, as Chinese menus do: &quot;导出(&amp;X)…&quot;. Arrow keys as the arrows printed on the keys: Qt&apos;s Chinese names (&quot;Alt+右方向&quot;) read oddly.</extracomment>
        <translation>切换页面</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="234"/>
        <source>petdesk User Guide</source>
        <translation>petdesk 用户指南</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="242"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="259"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/help/__init__.py" line="263"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="29"/>
        <source>&amp;Deleted Records…</source>
        <translation>已删除的记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="58"/>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="64"/>
        <source>Personal Data (PDF)…</source>
        <translation>个人数据（PDF）…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="70"/>
        <source>Erase Personal Data…</source>
        <translation>清除个人数据…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="96"/>
        <source>Revert %1</source>
        <translation>还原%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="126"/>
        <source>Save Personal Data</source>
        <translation>保存个人数据</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="127"/>
        <source>personal-data</source>
        <comment>file name</comment>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="139"/>
        <source>Personal Data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="174"/>
        <source>Erase Personal Data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="182"/>
        <source>Erase %1 and everything petdesk holds about this person: names, contact methods, affiliations, visit and training attendance, activities and the history of their record? The other offices erase it too with the next sync. This cannot be undone.</source>
        <translation>清除 %1 以及 petdesk 中有关此人的全部数据：姓名、联系方式、所属机构、访问和培训出席记录、活动以及其记录的历史？其他办公室将在下次同步时一并清除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="190"/>
        <source>Their name is also replaced where it was typed as text: in %1.</source>
        <translation>此人的姓名在以文字录入之处也将被替换：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="203"/>
        <source>… and %1 older</source>
        <translation>……以及另外 %1 个更早的备份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="211"/>
        <source>&amp;Erase</source>
        <translation>清除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="229"/>
        <source>Their name was also replaced in %1.</source>
        <translation>此人的姓名也已在以下位置被替换：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="161"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="674"/>
        <source>… and %1 more</source>
        <extracomment>How many records still naming an erased person the message lists (the rest: &quot;Show Details…&quot;). How many the confirmation lists: it names the person and the backups too, and must fit the screen.</extracomment>
        <translation>……以及另外 %1 条</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="263"/>
        <source>The file could not be rewritten (%1), so pieces of the erased records may remain in its unused space. Reconnect the drive holding the file, then click Retry.</source>
        <translation>文件未能重写（%1），因此已清除记录的片段可能仍留在文件的空闲空间中。请重新连接存放该文件的驱动器，然后点击“重试”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="269"/>
        <source>The file could not be rewritten (%1), so pieces of the erased records may remain in its unused space. Free some space on the disk, then click Retry.</source>
        <translation>文件未能重写（%1），因此已清除记录的片段可能仍留在文件的空闲空间中。请释放一些磁盘空间，然后点击“重试”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/__init__.py" line="298"/>
        <source>The file is rewritten: no piece of the erased records remains in it.</source>
        <translation>文件已重写：其中不再留有已清除记录的任何片段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="68"/>
        <source>When</source>
        <extracomment>Role returning the row&apos;s view object. The viewer&apos;s zone, read once a load: ``cells`` runs for every painted cell. Times in words, made once a load: babel takes tens of microseconds a time, and sizing the columns of a long history asks for every cell.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="69"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="70"/>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="71"/>
        <location filename="../src/petdesk/gui/history/model.py" line="111"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="72"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="73"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="74"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="90"/>
        <source>(created)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="109"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="110"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="127"/>
        <source>Contact</source>
        <extracomment>Kinds of records, translated where they are shown.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="128"/>
        <source>Organisation</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="129"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="130"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="131"/>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="132"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="133"/>
        <source>Training session</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="134"/>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="135"/>
        <source>Project partner</source>
        <translation>项目合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="136"/>
        <source>Project milestone</source>
        <translation>项目里程碑</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/model.py" line="137"/>
        <source>Shortlisted technology</source>
        <translation>候选技术</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="47"/>
        <source>%Ln backup(s) made before now may still hold the person (petdesk person backups names those that do):</source>
        <translation>
            <numerusform>此前制作的 %Ln 个备份可能仍包含此人的数据（petdesk person backups 会列出确实包含的备份）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="55"/>
        <source>%Ln mark(s) entered, changed or cleared</source>
        <translation>
            <numerusform>录入、更改或清除了 %Ln 条出勤记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="60"/>
        <source>%1 was erased (%Ln record(s)). The erasure travels with the next sync package.</source>
        <translation>
            <numerusform>%1 已清除（%Ln 条记录）。清除标记将随下一个同步数据包发送到其他办公室。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="66"/>
        <source>Their name is also written in %Ln other record(s), which the erasure leaves as written:</source>
        <translation>
            <numerusform>此人的姓名还写在其他 %Ln 条记录中，清除不会改动这些记录：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="72"/>
        <source>Their name is still written in %Ln other record(s); edit them if the name should go:</source>
        <translation>
            <numerusform>此人的姓名仍写在其他 %Ln 条记录中；如需去除姓名，请编辑这些记录：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="51"/>
        <location filename="../src/petdesk/gui/history/dialog.py" line="189"/>
        <location filename="../src/petdesk/gui/history/dialog.py" line="192"/>
        <source>History</source>
        <extracomment>Emitted (on the GUI thread) after a revert was saved. Emitted after ``reverted`` with the changes the revert logged (``undo_save.SavedEdit``) and what it said it did, so that the page&apos;s Undo can take the revert back like a save.</extracomment>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="58"/>
        <source>Changes</source>
        <translation>更改记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="66"/>
        <source>Revert This Field</source>
        <translation>还原此字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="69"/>
        <source>Revert Record to Before This Change</source>
        <translation>将记录还原到此修改之前</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/history/dialog.py" line="103"/>
        <source>%1 — %Ln change(s), newest first (from the change log shared with the other offices)</source>
        <extracomment>The record&apos;s label, as the heading names it.</extracomment>
        <translation>
            <numerusform>%1 — %Ln 处修改，最新的在前（来自与其他办公室共享的修改记录）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="159"/>
        <source>The record already is as it was then; nothing changed.</source>
        <translation>该记录已与当时相同，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="160"/>
        <source>Reverted: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/history/dialog.py" line="192"/>
        <source>The revert failed: %1</source>
        <translation>还原失败：%1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="83"/>
        <source>Search everything…  (Ctrl+K)</source>
        <extracomment>The page that lists all of a section&apos;s entries: its last line opens it when the home page lists only the first (``home_service.SECTION_LIMIT``). Kind of record -&gt; icon (the same as the navigation&apos;s). An entry was chosen (clicked, or Enter on it). The page shows a fresh answer (tests wait for it). The &quot;Search everything&quot; button. The line counting a section&apos;s entries not listed was chosen: the key of the page to show. A first step of an empty office: &quot;new_organisation&quot;, &quot;import_contacts&quot; or &quot;guide&quot;.</extracomment>
        <translation>全局搜索…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="88"/>
        <source>Upcoming visits and trainings</source>
        <translation>即将进行的访问和培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="89"/>
        <source>Follow-ups due and overdue</source>
        <translation>到期和逾期的后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="90"/>
        <source>Project deadlines</source>
        <translation>项目截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="91"/>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="92"/>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="210"/>
        <source>Today is %1</source>
        <translation>今天是%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="212"/>
        <source>Nothing in the next two weeks.</source>
        <translation>未来两周没有安排。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="214"/>
        <source>No follow-up is due.</source>
        <translation>没有到期的后续行动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/home/page.py" line="247"/>
        <source>%Ln more — see all on the Calendar page</source>
        <translation>
            <numerusform>另有 %Ln 项——全部见“日历”页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/home/page.py" line="249"/>
        <source>%Ln more — see all on the Projects page</source>
        <translation>
            <numerusform>另有 %Ln 项——全部见“项目”页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="216"/>
        <source>No project deadline is near.</source>
        <translation>近期没有项目截止日期。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="119"/>
        <source>Start here</source>
        <extracomment>The answer on screen: an equal newer one changes nothing (no refill, no repaint).</extracomment>
        <translation>从这里开始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="123"/>
        <source>This office has no records yet. Add the organisations you work with, bring in your contacts from a file, or read the guide first.</source>
        <translation>本办公室还没有任何记录。您可以先添加合作机构，从文件导入联系人，或先阅读用户指南。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="131"/>
        <source>New organisation…</source>
        <translation>新建机构…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="132"/>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="133"/>
        <source>Open the user guide</source>
        <translation>打开用户指南</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="218"/>
        <source>Records you open appear here.</source>
        <translation>您打开的记录会显示在这里。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="220"/>
        <source>No calls, meetings or notes yet.</source>
        <translation>还没有电话、会议或备注。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="263"/>
        <source>%1: %2</source>
        <comment>in 9 days: the deadline&apos;s moment here (the funder&apos;s time)</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="266"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="270"/>
        <source>%1 — starts %2, not yet confirmed</source>
        <translation>%1 — %2开始，尚未确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="272"/>
        <source>%1 — training, starts %2</source>
        <translation>%1 — 培训，%2开始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="274"/>
        <source>%1 — visit, starts %2</source>
        <translation>%1 — 访问，%2开始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="280"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="281"/>
        <source>%1 — was due %2</source>
        <translation>%1 — 已于%2到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="281"/>
        <source>%1 — due %2</source>
        <translation>%1 — %2到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="290"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="290"/>
        <source>%1: %2 — was due %3</source>
        <translation>%1：%2 — 已于%3到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/page.py" line="309"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>HousekeepingDialog</name>
    <message>
        <location filename="../src/petdesk/gui/activities/housekeeping.py" line="21"/>
        <source>Office housekeeping</source>
        <extracomment>Lines shown: the newest; a year&apos;s cleanups are a few dozen.</extracomment>
        <translation>办公室整理记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/housekeeping.py" line="27"/>
        <source>Bulk deletes, merges, erasures, restores and import undos made at this office.</source>
        <extracomment>The lines as shown (tests read them here).</extracomment>
        <translation>本办公室进行的批量删除、合并、清除、恢复和撤销导入。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/activities/housekeeping.py" line="29"/>
        <source>No bulk actions logged yet.</source>
        <translation>尚未记录任何批量操作。</translation>
    </message>
</context>
<context>
    <name>IcsImportReport</name>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="27"/>
        <source>Meetings imported</source>
        <translation>会谈已导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="30"/>
        <source>Nothing is saved until you press Save; Cancel leaves the itinerary as it was.</source>
        <translation>按“保存”之前不会写入任何内容；按“取消”则日程安排保持原样。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="54"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>新增 %1 项，更新 %2 项，未变 %3 项，跳过 %4 项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="59"/>
        <source>%1 cancelled and removed</source>
        <translation>%1 项已取消并移除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="61"/>
        <source>%1 older than the itinerary&apos;s copy, left alone</source>
        <translation>%1 项比日程安排中的版本旧，未作改动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="64"/>
        <source>%1 already cancelled, left out</source>
        <translation>%1 项此前已取消，未导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="75"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="76"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="77"/>
        <source>Cancelled, removed</source>
        <translation>已取消，已移除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="78"/>
        <source>Older than the itinerary&apos;s copy, left alone</source>
        <translation>比日程安排中的版本旧，未作改动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="79"/>
        <source>Already cancelled, left out</source>
        <translation>此前已取消，未导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="85"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="88"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="97"/>
        <source>Not yet contacts (kept by name on the items; add them as contacts to link them)</source>
        <translation>尚未成为联系人（以姓名保留在日程项上；添加为联系人即可关联）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="103"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/ics_report.py" line="109"/>
        <source>Not kept (no field for it on an item)</source>
        <translation>未保留（日程项没有对应字段）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="366"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="831"/>
        <source>Import contacts</source>
        <extracomment>(value, label) pairs for the choice column. The least width the Warnings column beside a wrapped Why keeps in view, and the least Why gets. The file was read (records ready); argument: number of records. Matching was planned; argument: number of rows planned. The import was written; argument: the ``ImportReport``. The import was undone with the report page&apos;s Undo Import button. Reading, planning or writing failed; argument: the message shown. Matching or importing is this far: rows done, rows in the file.</extracomment>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="408"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="410"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="805"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="413"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="806"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="458"/>
        <source>A .csv, .xlsx or .vcf file</source>
        <translation>.csv、.xlsx 或 .vcf 文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="469"/>
        <source>Contacts (people)</source>
        <translation>联系人（个人）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="470"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="474"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="477"/>
        <source>GB18030 (Chinese Excel, simplified)</source>
        <translation>GB18030（中文版 Excel，简体）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="478"/>
        <source>GBK (older Chinese Windows)</source>
        <translation>GBK（旧版中文 Windows）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="479"/>
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="486"/>
        <source>Find automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="489"/>
        <source>The line of a CSV file, or the row of a worksheet, that holds the column names; what is above it is skipped</source>
        <translation>CSV 文件或工作表中列名所在的那一行；其上方的内容会被跳过</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="495"/>
        <source>The file has no colu&amp;mn names: every row is a record</source>
        <translation>文件没有列名：每一行都是一条记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="504"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="127"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="507"/>
        <source>&amp;Import as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="508"/>
        <source>Text &amp;encoding:</source>
        <translation>文本编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="518"/>
        <source>&amp;Row of column names:</source>
        <translation>列名所在行(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="525"/>
        <source>For a company&apos;s member list (WeCom, DingTalk)</source>
        <translation>用于单位成员名单（企业微信、钉钉）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="529"/>
        <source>Organisation of people &amp;without one:</source>
        <translation>无所属机构人员的机构(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="534"/>
        <source>CSV and Excel files from office programs and vCard files from phones and mail programs (vCard 2.1, 3.0 and 4.0). Nothing is written before the last step, and a file with an error changes nothing.</source>
        <translation>支持办公软件导出的 CSV 和 Excel 文件，以及手机和邮件程序导出的 vCard 文件（vCard 2.1、3.0 和 4.0）。最后一步之前不会写入任何数据；文件有错误时不做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="597"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="615"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="667"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1080"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="597"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="667"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1081"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1082"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1083"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1084"/>
        <source>E-mail, phone, messaging</source>
        <translation>邮箱、电话、即时通讯</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1085"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="569"/>
        <source>Which field does each column hold?</source>
        <translation>每一列对应哪个字段？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="581"/>
        <source>Preview (first rows as they will be read):</source>
        <translation>预览（按读取结果显示的前几行）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="589"/>
        <source>Update the existing record</source>
        <translation>更新现有记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="590"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="591"/>
        <source>Add it as a new record</source>
        <translation>作为新记录添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="597"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="618"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="597"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="619"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="667"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="611"/>
        <source>Possible matches: decide for each row</source>
        <translation>可能匹配：请逐行决定</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="616"/>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="617"/>
        <source>Known person</source>
        <translation>已有联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="648"/>
        <source>When a row matches an existing record:</source>
        <extracomment>Plan item index of each row of the two tables.</extracomment>
        <translation>某行与现有记录匹配时：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="654"/>
        <source>All other rows:</source>
        <translation>其他各行：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="658"/>
        <source>Double-click an action to change it for one row.</source>
        <translation>双击操作可单独更改该行的处理方式。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="667"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="673"/>
        <source>Check Possible Match…</source>
        <translation>核对可能匹配…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="676"/>
        <source>Show every record resembling the selected possible match (⚠), at any score</source>
        <translation>显示与所选可能匹配（⚠）相似的所有记录，不论分数高低</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="681"/>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="684"/>
        <source>Delete the records this import added and put back the fields it updated</source>
        <translation>删除本次导入新增的记录，并恢复它更新过的字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="688"/>
        <source>Register for a &amp;Training…</source>
        <translation>报名参加培训(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="691"/>
        <source>Register everyone this import added, updated or found as attendees of a training</source>
        <translation>将这次导入新增、更新或找到的所有人报名为某次培训的学员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="948"/>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1143"/>
        <source>Not imported: %1. To keep one of these columns, choose a field for it in its box under “Field” above (Notes keeps any text).</source>
        <translation>未导入：%1。如需保留其中某列，请在上方“字段”下该列的框中为其选择字段（“备注”可保存任何文字）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1355"/>
        <source>%Ln possible match(es) (⚠): same name as someone known; added as new people — check them</source>
        <translation>
            <numerusform>%Ln 个可能匹配（⚠）：与已有联系人同名；已作为新联系人添加——请核对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1364"/>
        <source>%Ln row(s) with warnings: the values they name are left out</source>
        <translation>
            <numerusform>%Ln 行有警告：警告中提到的值不会导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1449"/>
        <source>%Ln possible match(es) (⚠) to check: select one and check it with the button below.</source>
        <translation>
            <numerusform>%Ln 条可能匹配（⚠）待核对：选中一条，再用下方按钮核对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1458"/>
        <source>%Ln row(s) with warnings.</source>
        <translation>
            <numerusform>%Ln 行有警告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="597"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="620"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="667"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="461"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="514"/>
        <source>Wor&amp;ksheet:</source>
        <translation>工作表(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="632"/>
        <source>These rows have the name of someone already known but nothing that proves it is the same person (an e-mail, a phone, the passport number, or the organisation and date of birth). They are added as new people unless you choose to link them to the known person or skip them; a linked row only fills what the person lacks.</source>
        <translation>这些行与已有联系人同名，但没有能证明是同一人的信息（电子邮件、电话、护照号码，或所属机构和出生日期）。除非您选择关联到已有联系人或跳过，否则将作为新联系人添加；关联后只补填该联系人缺少的信息。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="771"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="771"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="771"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="778"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="776"/>
        <source>Add as new</source>
        <translation>作为新联系人添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="777"/>
        <source>Link to the known person</source>
        <translation>关联到已有联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="797"/>
        <source>Step 1 of 4: choose a file</source>
        <translation>第 1 步（共 4 步）：选择文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="798"/>
        <source>Step 2 of 4: map the columns</source>
        <translation>第 2 步（共 4 步）：对应各列字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="799"/>
        <source>Step 3 of 4: check matches with existing records</source>
        <translation>第 3 步（共 4 步）：核对与现有记录的匹配</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="800"/>
        <source>Step 4 of 4: result</source>
        <translation>第 4 步（共 4 步）：导入结果</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="805"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="140"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="806"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="833"/>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>联系人文件 (*.csv *.tsv *.txt *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="855"/>
        <source>The file cannot be imported: %1. Nothing was changed.</source>
        <translation>无法导入该文件：%1。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="865"/>
        <source>Import failed: %1. Nothing was changed.</source>
        <translation>导入失败：%1。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="898"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="904"/>
        <source>There is no text encoding called “%1”.</source>
        <translation>没有名为“%1”的文本编码。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="946"/>
        <source>Read as %1: %2</source>
        <translation>按 %1 读取：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="952"/>
        <source>Uncertain: as %1 it would read: %2 — choose the encoding on the first page if that is right.</source>
        <translation>不确定：按 %1 读取则为：%2 —— 如果这才正确，请在第一页选择该编码。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="977"/>
        <source>%1 has column names but no rows of data below them: there is nothing to import.</source>
        <translation>%1 只有列名，下面没有数据行：没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="997"/>
        <source>No row at the top of this worksheet looks like column names (such as Name, E-mail or 姓名). Row %1 is taken as the column names, so it will not be imported. If the names are in another row, go back and enter its number as the row of column names. If there are none, go back and tick “The file has no column names”: every row is then imported, and you choose the field of each column.</source>
        <translation>工作表顶部没有哪一行像是列名（例如 Name、E-mail 或 姓名）。第 %1 行被当作列名，因此不会导入。如果列名在另一行，请返回上一步，将该行的行号填入“列名所在行”。如果没有列名，请返回上一步，勾选“文件没有列名”：这样每一行都会导入，并由您为每一列选择字段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1005"/>
        <source>No line at the top of this file looks like column names (such as Name, E-mail or 姓名). Line %1 is taken as the column names, so it will not be imported. If the names are on another line, go back and enter its number as the row of column names. If there are none, go back and tick “The file has no column names”: every line is then imported, and you choose the field of each column.</source>
        <translation>文件顶部没有哪一行像是列名（例如 Name、E-mail 或 姓名）。第 %1 行被当作列名，因此不会导入。如果列名在另一行，请返回上一步，将该行的行号填入“列名所在行”。如果没有列名，请返回上一步，勾选“文件没有列名”：这样每一行都会导入，并由您为每一列选择字段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1019"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1020"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1021"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1028"/>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1042"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1156"/>
        <source>No column gives a name (such as Name, Vorname and Nachname, or 姓名). Without one, only rows whose e-mail or phone belongs to someone already known are used; every other row will be skipped. Choose the field of the name columns below.</source>
        <translation>没有一列提供姓名（如 Name、Vorname 和 Nachname，或“姓名”）。缺少姓名时，只有电子邮箱或电话属于已有联系人的行才会用到，其余各行都将跳过。请在下方为姓名列选择字段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1207"/>
        <source>Matching rows… %1%</source>
        <translation>正在匹配各行… %1%</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1234"/>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1347"/>
        <source>%Ln row(s): %1 to add, %2 to update, %3 to skip</source>
        <translation>
            <numerusform>共 %Ln 行：%1 行新增，%2 行更新，%3 行跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1369"/>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1463"/>
        <source>The form collected no e-mail addresses (“anonymous” in %Ln row(s)).</source>
        <translation>
            <numerusform>表单未收集电子邮箱地址（%Ln 行为“anonymous”）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1406"/>
        <source>Importing… %1%</source>
        <extracomment>Line → person: the form&apos;s &quot;需要住宿&quot; answers go onto the registrations (lodging51).</extracomment>
        <translation>正在导入… %1%</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1412"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1412"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1412"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1437"/>
        <source>%1 added, %2 updated, %3 skipped.</source>
        <translation>新增 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1444"/>
        <source>New organisations: %1.</source>
        <translation>新增机构：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1454"/>
        <source>Linked to people already known: %1.</source>
        <translation>已关联到已有联系人：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1460"/>
        <source>%Ln blank row(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %Ln 个空行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1468"/>
        <source>Not kept: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1485"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1（本文件第 %2 行）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="72"/>
        <source>Import Changes</source>
        <extracomment>How many records naming a person the import erased the message lists: the dialog must fit 640 px. Emitted with the ``ImportResult`` after changes were written. Emitted when the preview is shown (or the file was rejected). The package previewed, joined from its parts when a part was chosen (removed on close). The previewed package is this office&apos;s own and newer than this database (a laptop restored from an older backup): importing it brings back what was written since. The previewed package comes from an office retired here but was made before it was retired (a stolen laptop&apos;s last package from the road, field test 80). What the service reports, as the progress bar and line show it.</extracomment>
        <translation>导入同步数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="77"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="96"/>
        <source>Records</source>
        <extracomment>What should make the user stop and think: a namesake office, a clock far ahead.</extracomment>
        <translation>数据类别</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="97"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="98"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="99"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="100"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="107"/>
        <source>Choose a package file: the changes it brings are listed here before anything is imported.</source>
        <translation>请选择同步数据包文件：导入之前，其中的更改会先列在这里。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="116"/>
        <source>Changes in the package</source>
        <translation>包中的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="130"/>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="402"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="145"/>
        <source>&amp;Stop</source>
        <extracomment>The file with the mapping chosen: its records are read again for planning and importing. Rows (or cards) in the file. The people the import added, updated or found, by id (Register for a Training…). The import&apos;s place in the change log (``import_undo.ImportMark``), None before one wrote: registrations made right after it are undone with it.</extracomment>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="181"/>
        <source>Open Package</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="174"/>
        <source>petdesk sync packages (*%1);;All files (*)</source>
        <translation>petdesk 同步数据包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1247"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="219"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="134"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="246"/>
        <source>Choose a package file.</source>
        <translation>请选择数据包文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="250"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="336"/>
        <source>From %1, made %2 with petdesk %3.</source>
        <translation>来自 %1，%2 由 petdesk %3 生成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="341"/>
        <source>First package from an office not known here: %1 (id %2).</source>
        <translation>来自此处未知办公室的第一个数据包：%1（编号 %2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="349"/>
        <source>Joined from %Ln part(s).</source>
        <translation>
            <numerusform>由 %Ln 个分卷合并而成。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="370"/>
        <source>This package was imported before, on %1, from the file %2.</source>
        <translation>此数据包已于 %1 从文件 %2 导入过。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="375"/>
        <source>This package was imported before.</source>
        <translation>此数据包此前已导入过。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="378"/>
        <source>Nothing new: this database already has every change in the package.</source>
        <translation>没有新内容：本数据库已包含该数据包中的全部更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="383"/>
        <source>Check the changes above, then press Import. A backup is taken first.</source>
        <translation>请核对以上更改，然后点击“导入”。导入前会先自动备份。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="400"/>
        <source>Office with the same name</source>
        <translation>同名办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="403"/>
        <source>Clock far ahead</source>
        <translation>时钟严重超前</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="418"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="458"/>
        <source>Package for another office</source>
        <translation>发给其他办公室的数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="459"/>
        <source>This package was addressed to %1, not to this office. Import it anyway?</source>
        <translation>此数据包是发给 %1 的，不是发给本办公室的。仍要导入吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="466"/>
        <source>This package was written by this office itself, after the last change this database holds of it: this laptop was probably restored from an older backup. Importing it brings back what was written after that backup.</source>
        <translation>此数据包由本办公室自己写出，晚于本数据库中本办公室的最后一次更改：这台笔记本电脑很可能是从较早的备份恢复的。导入它可以找回该备份之后写入的内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="474"/>
        <source>This office&apos;s own package</source>
        <translation>本办公室自己的数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="478"/>
        <source>Import it only if this laptop (or its database) was restored from a backup made before the package was written. A backup is taken first. Import it?</source>
        <translation>仅当这台笔记本电脑（或其数据库）是从写出此数据包之前的备份恢复的，才导入它。导入前会先备份。要导入吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="486"/>
        <source>This package comes from %1, an office retired here, but every change in it was made before the office was retired: a package sent before then, such as a laptop&apos;s last package e-mailed before it was lost or stolen. Importing it keeps the office retired.</source>
        <translation>此数据包来自已在这里停用的办公室 %1，但包中的所有更改都早于停用：这是停用之前发出的数据包，例如笔记本电脑丢失或被盗前通过电子邮件发出的最后一个数据包。导入后该办公室仍保持停用。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="494"/>
        <source>Package from a Retired Office</source>
        <translation>来自已停用办公室的数据包</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="498"/>
        <source>Import it only if you know the package was sent before the office was retired. A backup is taken first. Import it?</source>
        <translation>只有确知此数据包是在该办公室停用之前发出的，才导入它。导入前会先做备份。要导入吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="508"/>
        <source>%1 has changes made as this office that were not made here: another computer works as this office too (a laptop restored from this office&apos;s backup?), or this one was restored from an older backup. The package can be imported; stop using one of the two computers as this office, or give it a new database with a full package.</source>
        <translation>%1 有以本办公室名义所做、但并非在这里做的更改：另一台电脑也在作为本办公室工作（用本办公室的备份恢复的笔记本电脑？），或者这台电脑是从较旧的备份恢复的。数据包可以导入；请停止把两台电脑中的一台作为本办公室使用，或用完整数据包为它建立新数据库。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="517"/>
        <source>Another office is already known as %1 (id %2); this package comes from a different office with the same name (id %3).</source>
        <translation>此处已知另一个名为 %1 的办公室（编号 %2）；此数据包来自同名的另一个办公室（编号 %3）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="532"/>
        <source>The package from %1 (id %2) carries clock values up to %3 UTC, more than a day ahead of this computer&apos;s clock (%4 UTC), though it was made by a clock that agrees with this one: the sending computer&apos;s clock ran ahead before and was put right since.</source>
        <translation>来自 %1（编号 %2）的数据包所带时钟值最晚为 %3 UTC，比本机时钟（%4 UTC）超前一天以上，但制作它的时钟与本机时钟一致：发送方计算机的时钟曾经超前，之后已经更正。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="538"/>
        <source>The package from %1 (id %2) carries clock values up to %3 UTC, more than a day ahead of this computer&apos;s clock (%4 UTC): the clock of one of the two computers is wrong.</source>
        <translation>来自 %1（编号 %2）的数据包所带时钟值最晚为 %3 UTC，比本机时钟（%4 UTC）超前一天以上：两台计算机中有一台的时钟有误。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="556"/>
        <source>If you import it, its changes are given this computer&apos;s time, as if made now: they win over changes made here before, not over later ones, and this office&apos;s clock stays right. Import it anyway?</source>
        <translation>导入后，其中的更改将采用本机的时间，视为此刻所做：它们优先于本机此前所做的更改，但不优先于之后的更改，本办公室的时钟也保持正确。仍要导入吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="564"/>
        <source>Import it only if that office is real. Import it?</source>
        <translation>仅当该办公室确实存在时才应导入。要导入吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="579"/>
        <source>Imported %Ln change(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="586"/>
        <source>%Ln conflict(s) need a look (Sync page).</source>
        <translation>
            <numerusform>有 %Ln 处冲突需要查看（见“同步”页面）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="590"/>
        <source>Overridden by another office&apos;s concurrent edit: %Ln edit(s) made here.</source>
        <translation>
            <numerusform>被其他办公室同时所做的修改覆盖：本办公室的 %Ln 项修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="611"/>
        <source>That backup still holds the %Ln record(s) erased by this import: once the import is checked, delete it in File › Backups.</source>
        <translation>
            <numerusform>该备份仍保存着此次导入清除的 %Ln 条记录：核对导入结果后，请在“文件 › 备份”中将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="701"/>
        <source>The file was rejected: %1.</source>
        <translation>文件未被接受：%1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="605"/>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="598"/>
        <source>%Ln open follow-up(s) of contacts, organisations or projects deleted at another office were deleted with them; restoring a record brings its follow-ups back.</source>
        <translation>
            <numerusform>%Ln 条待办的后续行动所属的联系人、机构或项目已在其他办公室删除，已随之一并删除；恢复该记录即可恢复其后续行动。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="621"/>
        <source>The file could not be rewritten (%1), so pieces of the records this package erased may remain in its unused space. Reconnect the drive holding the file, then run petdesk person erase %2 to rewrite it.</source>
        <translation>文件未能重写（%1），因此此数据包清除的记录的片段可能仍留在文件的空闲空间中。请重新连接存放该文件的驱动器，然后运行 petdesk person erase %2 以重写文件。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="632"/>
        <source>The file could not be rewritten (%1), so pieces of the records this package erased may remain in its unused space. Free some space on the disk, then run petdesk person erase %2 to rewrite it.</source>
        <translation>文件未能重写（%1），因此此数据包清除的记录的片段可能仍留在文件的空闲空间中。请释放一些磁盘空间，然后运行 petdesk person erase %2 以重写文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="649"/>
        <source>Brings back %Ln record(s) deleted here: restored at the sending office.</source>
        <translation>
            <numerusform>恢复本处已删除的 %Ln 条记录：发送方办公室已将其恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="657"/>
        <source>%Ln merge(s) of duplicates made at the sending office.</source>
        <translation>
            <numerusform>发送方办公室合并了 %Ln 组重复记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="677"/>
        <source>A person this package erases is still named in %Ln record(s) here; the import leaves them as they are:</source>
        <translation>
            <numerusform>此数据包将清除的人员的姓名仍写在本办公室的 %Ln 条记录中；导入不会改动这些记录：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="684"/>
        <source>A person this package erased is still named in %Ln record(s) here; edit them if the name should go:</source>
        <translation>
            <numerusform>此数据包清除的人员的姓名仍写在本办公室的 %Ln 条记录中；如需去除姓名，请编辑这些记录：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="695"/>
        <source>Stopped; nothing was imported.</source>
        <translation>已停止，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="861"/>
        <location filename="../src/petdesk/gui/sync/import_dialog.py" line="703"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="83"/>
        <source>petdesk ID</source>
        <extracomment>Field labels for the mapping step, marked for translation (the keys are the importer&apos;s fields).</extracomment>
        <translation>petdesk 编号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="84"/>
        <source>Full name (any script)</source>
        <translation>全名（任意文字）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="85"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="86"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="87"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="88"/>
        <source>Chinese name (full)</source>
        <translation>中文姓名（全名）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="89"/>
        <source>Family name (Chinese/Japanese/Korean)</source>
        <translation>姓（中文/日文/韩文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="90"/>
        <source>Given name (Chinese/Japanese/Korean)</source>
        <translation>名（中文/日文/韩文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="91"/>
        <source>Latin name (full)</source>
        <translation>拉丁字母姓名（全名）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="92"/>
        <source>Name in its own script (full)</source>
        <translation>原文姓名（全名）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="93"/>
        <source>Name in an Indian script (full)</source>
        <translation>印度文字姓名（全名）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="94"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="95"/>
        <source>Honorific (English)</source>
        <translation>称谓（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="96"/>
        <source>Honorific (Chinese)</source>
        <translation>称谓（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="97"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="98"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="99"/>
        <source>Organisation (English)</source>
        <translation>所属机构（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="100"/>
        <source>Organisation (Chinese)</source>
        <translation>所属机构（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="101"/>
        <source>Organisation (reading)</source>
        <translation>所属机构（读音）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="102"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="103"/>
        <source>Department (English)</source>
        <translation>部门（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="104"/>
        <source>Department (Chinese)</source>
        <translation>部门（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="105"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="106"/>
        <source>Position (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="107"/>
        <source>Position (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="108"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="109"/>
        <source>Phone (work)</source>
        <translation>电话（工作）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="110"/>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="111"/>
        <source>Phone (home)</source>
        <translation>电话（住宅）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="112"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="113"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="114"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="115"/>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="116"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="117"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="118"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="119"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="120"/>
        <source>Dietary requirements</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="121"/>
        <source>Accessibility needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="122"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="123"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="124"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="125"/>
        <source>Name (any script)</source>
        <translation>名称（任意文字）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="126"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="127"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="128"/>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="130"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="131"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="132"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="133"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="134"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="135"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="136"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="137"/>
        <source>Technology areas</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="138"/>
        <source>Member city</source>
        <translation>会员城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="139"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="140"/>
        <source>Name suffix</source>
        <translation>姓名后缀</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="141"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="142"/>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="143"/>
        <source>Date cards were exchanged</source>
        <translation>交换名片日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="144"/>
        <source>Family name (reading)</source>
        <translation>姓（读音）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="145"/>
        <source>Given name (reading)</source>
        <translation>名（读音）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="146"/>
        <source>Full name (reading)</source>
        <translation>姓名（读音）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="147"/>
        <source>Name language</source>
        <translation>姓名语言</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="148"/>
        <source>Hanja</source>
        <translation>韩文汉字</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="149"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="150"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="151"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="152"/>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="153"/>
        <source>Passport expiry date</source>
        <translation>护照有效期至</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="154"/>
        <source>E-mail (home)</source>
        <translation>电子邮件（个人）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="155"/>
        <source>E-mail (other)</source>
        <translation>电子邮件（其他）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="156"/>
        <source>Fax (home)</source>
        <translation>传真（住宅）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="157"/>
        <source>Fax (other)</source>
        <translation>传真（其他）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="158"/>
        <source>Pager</source>
        <translation>寻呼机</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="159"/>
        <source>Phone (other)</source>
        <translation>电话（其他）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="160"/>
        <source>Messaging handle</source>
        <translation>即时通讯账号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="161"/>
        <source>E-mail (mobile)</source>
        <translation>电子邮件（手机）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="162"/>
        <source>Fax (mobile)</source>
        <translation>传真（手机）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="163"/>
        <source>WeChat label</source>
        <translation>微信类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="164"/>
        <source>WhatsApp label</source>
        <translation>WhatsApp 类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="165"/>
        <source>Skype label</source>
        <translation>Skype 类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="166"/>
        <source>Telegram label</source>
        <translation>Telegram 类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="167"/>
        <source>LINE label</source>
        <translation>LINE 类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="168"/>
        <source>Related person</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="169"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="170"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="171"/>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="172"/>
        <source>Date (birthday/anniversary by type)</source>
        <translation>日期（按类型为生日或纪念日）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="173"/>
        <source>Birth year</source>
        <translation>出生年</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="174"/>
        <source>Birth month</source>
        <translation>出生月</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="175"/>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="180"/>
        <source>work</source>
        <extracomment>Parts of the address fields (&quot;address_work_city&quot;): label, part.</extracomment>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="181"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="182"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="185"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="186"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="187"/>
        <source>region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="188"/>
        <source>postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="189"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="190"/>
        <source>PO box</source>
        <translation>邮政信箱</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="191"/>
        <source>extended</source>
        <translation>附加地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="192"/>
        <source>whole address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="199"/>
        <source>Phone (organisation)</source>
        <extracomment>An organisation&apos;s own fields whose contact label would mislead: &quot;Phone (work)&quot; is a person&apos;s work phone; an organisation&apos;s number (migration 0078) is its switchboard (shots59).</extracomment>
        <translation>机构电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="213"/>
        <source>Address (%1): %2</source>
        <translation>地址（%1）：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="214"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="33"/>
        <source>Undo an Earlier Import</source>
        <translation>撤销更早的导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="38"/>
        <source>Loading the recent imports…</source>
        <extracomment>The undo under way (for tests to follow), or None.</extracomment>
        <translation>正在读取最近的导入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="43"/>
        <source>Recent imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="47"/>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="73"/>
        <source>Choose an import to undo; the newest is first.</source>
        <translation>请选择要撤销的导入；最新的排在最前。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_history.py" line="75"/>
        <source>No import is recorded.</source>
        <translation>没有记录任何导入。</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1887"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_dialog.py" line="1889"/>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_undo.py" line="51"/>
        <source>Undo the &amp;Rest</source>
        <extracomment>The undo is done (its message shown) or given up; True when records changed. The import to undo (an ``ImportMark`` of the history), or None for the last one. The message box asking or telling, for tests and screen readers to find.</extracomment>
        <translation>撤销其余部分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_undo.py" line="55"/>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_undo.py" line="69"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/import_undo.py" line="114"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>InterpretingReport</name>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="23"/>
        <source>Export Interpreters&apos; &amp;Hours…</source>
        <translation>导出翻译工时(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>InterpretingReportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="49"/>
        <source>Export Interpreters&apos; Hours</source>
        <translation>导出翻译工时</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="61"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="70"/>
        <source>F&amp;rom:</source>
        <extracomment>The file name last suggested (it follows the first day until the user gives another).</extracomment>
        <translation>开始日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="71"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="60"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="77"/>
        <source>Each interpreter&apos;s hours and days per visit and training: the items they interpret, the training sessions they attend. A workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>每位翻译在各访问和培训中的小时数和天数：其担任翻译的日程事项及参加的培训课程。可存为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="80"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="93"/>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="98"/>
        <source>interpreting</source>
        <comment>file name</comment>
        <extracomment>Rows written by the last export (None until one has finished).</extracomment>
        <translation>翻译工时</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="100"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="100"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="101"/>
        <source>Save the List As</source>
        <translation>清单另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/interpreting_report.py" line="111"/>
        <source>The first day is after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/interpreting_report.py" line="124"/>
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationLetter</name>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="28"/>
        <source>Invitation letter…</source>
        <translation>邀请函…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="30"/>
        <source>Visa invitation letter for the delegation, in Chinese or English</source>
        <translation>代表团的签证邀请函（中文或英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="56"/>
        <source>Writing the invitation letter…</source>
        <translation>正在生成邀请函…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="59"/>
        <source>The invitation letter was not written: missing %1</source>
        <translation>未生成邀请函：缺少资料（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="61"/>
        <source>The office&apos;s address, contact person and phone: Settings › Office.</source>
        <translation>办公室的地址、联系人和电话在“设置 › 办公室”中填写。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/invitation.py" line="68"/>
        <source>Invitation letter for %Ln guest(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 位客人的邀请函写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="70"/>
        <source>A draft: missing %1 (marked in red)</source>
        <translation>这是草稿：缺少资料（%1），已用红色标出</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="78"/>
        <source>Chinese, for the visa office</source>
        <translation>中文，递交签证处</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="78"/>
        <source>English, a courtesy copy</source>
        <translation>英文，供客人参阅</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="79"/>
        <source>Invitation letter</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="81"/>
        <source>Language of the letter:</source>
        <translation>邀请函语言：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/invitation.py" line="97"/>
        <source>Data is missing: %1.

Write a draft with the gaps marked in red?</source>
        <translation>缺少资料：%1。

是否生成一份用红色标出缺项的草稿？</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="89"/>
        <source>Itinerary item</source>
        <extracomment>The people&apos;s roles in the visit: who was ticked only as the interpreter (defect 1).</extracomment>
        <translation>日程事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="89"/>
        <source>Edit itinerary item</source>
        <translation>编辑日程事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="120"/>
        <source>(nobody named)</source>
        <extracomment>Which of a repeated 02:30 each time is (0 summer, 1 standard time), for the wall-clock time it was chosen for: asked on OK, kept from the item when it is shown.</extracomment>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="147"/>
        <source>Link organisation…</source>
        <translation>关联机构…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="150"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="192"/>
        <source>&amp;Kind</source>
        <extracomment>Why the item would be refused, under the field to fix (others in ``error``).</extracomment>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="195"/>
        <source>Title (&amp;English)</source>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="196"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="198"/>
        <source>&amp;Starts (place&apos;s time)</source>
        <translation>开始（当地时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="200"/>
        <source>E&amp;nds (place&apos;s time)</source>
        <translation>结束（当地时间）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="202"/>
        <source>Time &amp;zone of the place</source>
        <translation>当地时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="228"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="231"/>
        <source>Host o&amp;r chair</source>
        <translation>主持人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="233"/>
        <source>&amp;Interpreter</source>
        <translation>翻译(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="235"/>
        <source>&amp;Dress code</source>
        <translation>着装要求(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="237"/>
        <source>Seatin&amp;g</source>
        <translation>座次(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="249"/>
        <source>A&amp;ttendees</source>
        <translation>参加人员(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="250"/>
        <source>Organisations &amp;met</source>
        <translation>会见机构(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="369"/>
        <source>Link an organisation to this item</source>
        <extracomment>What the dialog showed when it opened: OK on it unchanged holds no change (field test 40).</extracomment>
        <translation>为此日程事项关联机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="204"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="206"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="207"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="212"/>
        <source>Place (English)</source>
        <translation>地点（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="212"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="213"/>
        <source>Place (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="214"/>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="214"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="215"/>
        <source>Address (Chinese)</source>
        <translation>地址（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="216"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="216"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="217"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="241"/>
        <source>None ticked: the whole delegation attends.</source>
        <translation>不勾选即为代表团全体成员参加。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="370"/>
        <source>An organisation met at this item; the dossier lists it with the item.</source>
        <translation>在此日程事项中会见的机构；资料手册将其列在该事项下。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/item.py" line="453"/>
        <source>— lasts %1:%2, the clocks change</source>
        <translation>——实际历时 %1:%2（当晚时钟调整）</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="408"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="410"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="411"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="412"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="413"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="414"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="418"/>
        <source>Journal</source>
        <translation>交换记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="431"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="431"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="438"/>
        <source>(everyone)</source>
        <translation>（所有办公室）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="450"/>
        <source>Retired by %1</source>
        <translation>由 %1 停用</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="450"/>
        <source>Returned to service by %1</source>
        <translation>由 %1 恢复启用</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="433"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="454"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="465"/>
        <source>%1 (id %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="456"/>
        <source>; learned from %1&apos;s package</source>
        <translation>；从 %1 的数据包得知</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="457"/>
        <source>(an office not known here)</source>
        <translation>（本处未知的办公室）</translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message>
        <location filename="../src/petdesk/gui/plurals.py" line="28"/>
        <source>%1</source>
        <comment>the count beside a list, e.g. 2,000 contacts</comment>
        <translation>共 %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="96"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="97"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="111"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/list_page.py" line="95"/>
        <source>%Ln row(s)</source>
        <extracomment>Milliseconds of quiet typing before the search runs. Starting widths of columns that need less or more than the usual 150 pixels. Columns of short labels kept whole at their longest text (ColumnFitter&apos;s ``labels``). Rows were deleted or restored here (a detail pane beside the list shows the current row again). &quot;8 projects&quot; under the table; &quot;8 rows&quot; without one</extracomment>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="53"/>
        <source>Name</source>
        <extracomment>An answer was stored (the participants tab&apos;s Lodging column reads it again). The list as last read.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="54"/>
        <source>Needs a room</source>
        <translation>需要住宿</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="55"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="56"/>
        <source>Check-in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="57"/>
        <source>Check-out</source>
        <translation>退房日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="58"/>
        <source>Room</source>
        <translation>房型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="65"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="74"/>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="150"/>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="75"/>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="151"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="76"/>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="151"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="83"/>
        <source>&amp;Other nights than the training&apos;s days</source>
        <translation>入住日期不同于培训日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="93"/>
        <source>Not said</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="94"/>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="154"/>
        <source>Single room</source>
        <translation>单人间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="95"/>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="154"/>
        <source>Shared room</source>
        <translation>合住</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="100"/>
        <source>with whom, wishes</source>
        <translation>与谁合住、要求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="101"/>
        <source>Save lodging</source>
        <translation>保存住宿信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="104"/>
        <source>Export the hotel&apos;s list…</source>
        <translation>导出酒店住宿名单…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="112"/>
        <source>&amp;Needs a room</source>
        <translation>需要住宿(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="113"/>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="115"/>
        <source>Check-&amp;in</source>
        <translation>入住日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="116"/>
        <source>Check-o&amp;ut</source>
        <translation>退房日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="117"/>
        <source>&amp;Room</source>
        <translation>房型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="118"/>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="140"/>
        <source>Save the training first.</source>
        <translation>请先保存培训。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="191"/>
        <source>Nobody is registered yet: add the participants on the Participants tab first.</source>
        <translation>尚无人报名：请先在“参加人员”页添加参加人员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="193"/>
        <source>%Ln participant(s) need a room</source>
        <translation>
            <numerusform>%Ln 人需要住宿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="194"/>
        <source>; %Ln answer(s) still awaited</source>
        <translation>
            <numerusform>；%Ln 人尚未答复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="197"/>
        <source>no hotel yet</source>
        <translation>尚无酒店</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="202"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln 间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="204"/>
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="273"/>
        <source>Lodging saved.</source>
        <translation>住宿信息已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="289"/>
        <source>Export the hotel&apos;s list</source>
        <translation>导出酒店住宿名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="290"/>
        <source>lodging</source>
        <comment>file name</comment>
        <translation>住宿名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/lodging.py" line="314"/>
        <source>%Ln guest(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 人写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="176"/>
        <source>Order of precedence</source>
        <extracomment>Starting widths of the Hotels sheet (Hotel, Address, Check-in, Check-out, Rooming) and of the Gifts sheet (Given or received, Gift, Giver, Recipient), for the system&apos;s text size; the hotel&apos;s and the gift&apos;s name take the room to spare, the dates are kept whole. After every saved change (the editor&apos;s itinerary shows cars, hosts and interpreters too). The tables were filled from a read (tests wait for it after showing the tab). The editor&apos;s language for the sentences it shares with its Save (the warnings); None: the interface language (``QLocale``), as for the tables. In the visit editor: changes are held until its Save (``hold(name, args, done, creates=, drops=)``, a ``visit_steps`` step) and the tables show its draft (``draft()``), like the other tabs. In the visit editor: its one message line, which its Save then replaces (field test 52, defect 9: the tab&apos;s own line still said &quot;… (not saved yet)&quot; after &quot;Saved.&quot;, and the Chinese window showed every held change&apos;s sentence twice).</extracomment>
        <translation>礼宾次序</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="215"/>
        <source>Travel</source>
        <extracomment>The records the tables show, by id: choosing a row puts its values in the fields. True while the tab refills its tables: a row chosen again then leaves the fields alone. The visit whose days the date fields were set to (once: then they are the user&apos;s). Counts the reads: an answer older than the newest read is not shown.</extracomment>
        <translation>交通安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="218"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="219"/>
        <source>Number</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="220"/>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="221"/>
        <source>Departs</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="222"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="223"/>
        <source>Arrives</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="224"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="293"/>
        <source>Travellers</source>
        <translation>乘客</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="230"/>
        <source>Travel legs</source>
        <translation>行程段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="233"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="234"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="235"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="236"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="297"/>
        <source>Add travel leg</source>
        <translation>添加行程段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="298"/>
        <source>Save leg changes</source>
        <translation>保存行程段修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="299"/>
        <source>Delete travel leg</source>
        <translation>删除行程段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="309"/>
        <source>Hotels</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="312"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="313"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="314"/>
        <source>Check-in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="315"/>
        <source>Check-out</source>
        <translation>退房日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="316"/>
        <source>Rooming</source>
        <translation>房间分配</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="324"/>
        <source>Hotel warnings</source>
        <extracomment>A person with rooms at two hotels for the same nights, said from the held rows as soon as they clash, not only after Save (review 62); hidden when nothing clashes.</extracomment>
        <translation>酒店警告</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="377"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="351"/>
        <source>Add hotel</source>
        <translation>添加酒店</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="352"/>
        <source>Save hotel changes</source>
        <translation>保存酒店修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="353"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1005"/>
        <source>Delete hotel</source>
        <translation>删除酒店</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="362"/>
        <source>Assign room</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="372"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="375"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="376"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="378"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="379"/>
        <source>Riders</source>
        <translation>乘车人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="380"/>
        <source>Items served</source>
        <translation>服务的日程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="390"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="397"/>
        <source>No transport planned yet.</source>
        <extracomment>Said in plain words when more people ride than there are seats. Above the (empty) list when no car and no transfer is planned, as the dossier says it.</extracomment>
        <translation>尚未安排交通。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="402"/>
        <source>&amp;Vehicle</source>
        <translation>车辆(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="403"/>
        <source>&amp;Driver</source>
        <translation>司机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="342"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="404"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="405"/>
        <source>&amp;Seats</source>
        <translation>座位数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="411"/>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="412"/>
        <source>Save vehicle changes</source>
        <translation>保存车辆修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="413"/>
        <source>Delete vehicle</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="414"/>
        <source>Items served…</source>
        <translation>服务的日程…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="415"/>
        <source>Serve every item</source>
        <translation>服务全部日程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="416"/>
        <source>Riders…</source>
        <translation>乘车人员…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="427"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="431"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="443"/>
        <source>Given or received</source>
        <translation>赠送或收受</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="431"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="431"/>
        <source>Giver</source>
        <translation>赠送方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="431"/>
        <source>Recipient</source>
        <translation>接受方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="436"/>
        <source>Given</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="437"/>
        <source>Received</source>
        <translation>收受</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="453"/>
        <source>Add gift</source>
        <translation>添加礼品</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="454"/>
        <source>Save gift changes</source>
        <translation>保存礼品修改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="455"/>
        <source>Delete gift</source>
        <translation>删除礼品</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="466"/>
        <source>Emergency sheet</source>
        <translation>紧急联络单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="468"/>
        <source>24-hour duty officer</source>
        <translation>24小时值班人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="468"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="468"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="476"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="716"/>
        <source>Whole visit</source>
        <translation>整个访问期间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="491"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="468"/>
        <source>Nearest hospital</source>
        <translation>附近医院</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="244"/>
        <source>Departure zone</source>
        <translation>出发时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="245"/>
        <source>Arrival zone</source>
        <translation>到达时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="340"/>
        <source>&amp;Hotel</source>
        <translation>酒店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="341"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="344"/>
        <source>Check-&amp;in</source>
        <translation>入住日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="344"/>
        <source>Check-&amp;out</source>
        <translation>退房日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="358"/>
        <source>P&amp;erson</source>
        <translation>人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="360"/>
        <source>&amp;Room</source>
        <translation>房间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="447"/>
        <source>&amp;Gift</source>
        <translation>礼品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="448"/>
        <source>Gi&amp;ver</source>
        <translation>赠送方(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="449"/>
        <source>&amp;Recipient</source>
        <translation>接受方(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="478"/>
        <source>Only &amp;from</source>
        <extracomment>Unticked: the entry holds for every day of the visit.</extracomment>
        <translation>仅限(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="488"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="497"/>
        <source>24-hour &amp;duty officer</source>
        <translation>24小时值班人员(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="498"/>
        <source>Duty officer&apos;s p&amp;hone</source>
        <translation>值班人员电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="499"/>
        <source>&amp;Embassy or consulate</source>
        <translation>使领馆(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="500"/>
        <source>&amp;Local emergency numbers</source>
        <translation>当地紧急电话(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="501"/>
        <source>&amp;Nearest hospital</source>
        <translation>附近医院(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="512"/>
        <source>Add city</source>
        <translation>添加城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="514"/>
        <source>Save emergency sheet</source>
        <translation>保存紧急联络单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="517"/>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="542"/>
        <source>Save the visit first.</source>
        <translation>请先保存访问。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="943"/>
        <source>Travel leg added.</source>
        <translation>已添加行程段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="949"/>
        <source>Choose a travel leg in the table first.</source>
        <translation>请先在表格中选择一个行程段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="953"/>
        <source>Travel leg changed.</source>
        <translation>已修改行程段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="957"/>
        <source>Travel leg deleted.</source>
        <translation>已删除行程段。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="962"/>
        <source>Hotel added.</source>
        <translation>已添加酒店。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="975"/>
        <source>Choose a hotel in the table first.</source>
        <translation>请先在表格中选择一家酒店。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="984"/>
        <source>Hotel changed.</source>
        <translation>已修改酒店。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="994"/>
        <source>Hotel deleted.</source>
        <translation>已删除酒店。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="998"/>
        <source>%Ln person(s) have a room at %1 and will lose it. Delete the hotel and its rooming list? Undo (Ctrl+Z) brings them back until you save.</source>
        <translation>
            <numerusform>%Ln 人在%1有房间，删除后将失去房间。要删除该酒店及其分房名单吗？保存之前可用撤销（Ctrl+Z）恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1015"/>
        <source>Vehicle added.</source>
        <translation>已添加车辆。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1034"/>
        <source>Vehicle changed.</source>
        <translation>已修改车辆。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1038"/>
        <source>Vehicle deleted.</source>
        <translation>已删除车辆。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1043"/>
        <source>Gift added.</source>
        <translation>已添加礼品。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1054"/>
        <source>Choose a gift in the table first.</source>
        <translation>请先在表格中选择一件礼品。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1062"/>
        <source>Gift changed.</source>
        <translation>已修改礼品。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1066"/>
        <source>Gift deleted.</source>
        <translation>已删除礼品。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1090"/>
        <source>Emergency sheet entry added.</source>
        <translation>已添加紧急联络表条目。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1098"/>
        <source>Choose an entry of the emergency sheet first.</source>
        <translation>请先选择紧急联络表中的一个条目。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1101"/>
        <source>Emergency sheet entry deleted.</source>
        <translation>已删除紧急联络表条目。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1107"/>
        <source>Choose a hotel in the table and a person first.</source>
        <translation>请先在表格中选择酒店并选择人员。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1112"/>
        <source>Room assigned.</source>
        <translation>已分配房间。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1117"/>
        <source>The vehicle serves every item of the programme.</source>
        <translation>该车辆服务全部日程。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1026"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1127"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1148"/>
        <source>Choose a vehicle in the table first.</source>
        <translation>请先在表格中选择一辆车。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="260"/>
        <source>&amp;Mode</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="262"/>
        <source>&amp;Number</source>
        <translation>班次(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="264"/>
        <source>&amp;Carrier</source>
        <translation>承运公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="268"/>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="270"/>
        <source>&amp;Departs</source>
        <translation>出发时间(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="272"/>
        <source>&amp;Zone</source>
        <comment>the departure&apos;s time zone</comment>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="276"/>
        <source>&amp;To</source>
        <translation>止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="278"/>
        <source>&amp;Arrives</source>
        <translation>到达时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="280"/>
        <source>Z&amp;one</source>
        <comment>the arrival&apos;s time zone</comment>
        <translation>时区(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="294"/>
        <source>T&amp;ravellers</source>
        <translation>乘客(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="738"/>
        <source>up to %Ln rider(s), by item</source>
        <translation>
            <numerusform>按日程分配，最多 %Ln 人乘车</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="744"/>
        <source>Over capacity: %1 has %2 seats, but %3 people ride in it for “%4”.</source>
        <translation>超载：%1有 %2 个座位，但“%4”有 %3 人乘坐。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1081"/>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1083"/>
        <source>Emergency sheet changed.</source>
        <translation>已修改紧急联络单。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1151"/>
        <source>Choose the items this vehicle serves first (Items served…).</source>
        <translation>请先选择该车辆服务的日程（服务的日程…）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1160"/>
        <source>%Ln rider(s) set for the vehicle.</source>
        <translation>
            <numerusform>已为该车辆安排 %Ln 名乘车人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1169"/>
        <source>The vehicle serves %Ln item(s).</source>
        <translation>
            <numerusform>该车辆服务 %Ln 项日程。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingList</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="27"/>
        <source>%Ln address(es) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个地址写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="54"/>
        <source>Mailin&amp;g List and Labels…</source>
        <extracomment>Who was left out, one sentence per reason, in the window&apos;s language.</extracomment>
        <translation>邮寄名单和地址标签(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="68"/>
        <source>Workbook for mail merge (*.xlsx)</source>
        <translation>邮件合并用工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="69"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="70"/>
        <source>Address labels, A4 3 × 8 (*.pdf)</source>
        <translation>地址标签，A4 3 × 8 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="73"/>
        <source>mailing list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="75"/>
        <source>Save the Mailing List As</source>
        <translation>邮寄名单另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="98"/>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="112"/>
        <source>Mailing List</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/mailing_list.py" line="106"/>
        <source>Nothing to write: none of these contacts has a postal address.</source>
        <translation>没有可写出的地址：这些联系人都没有通信地址。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="112"/>
        <location filename="../src/petdesk/gui/main_window.py" line="616"/>
        <location filename="../src/petdesk/gui/main_window.py" line="665"/>
        <source>petdesk</source>
        <extracomment>Width of the navigation list: its longest entry in either language fits at 1366 px. The window&apos;s size when nothing was saved for this screen (smaller where the screen is). How long the status bar says that a file given with --db holds ``petdesk demo``&apos;s made-up data. Pause between two pages built in idle time: what the user does meanwhile goes first. How long a thread runs Python before another that waits takes over (``sys.setswitchinterval``; Python&apos;s default is 5 ms). A window&apos;s reads run Python in several background threads at once, and the GUI thread waited its turn behind each: at a million contacts the longest stall after the start was 74-288 ms (median 192) with 5 ms, 80-182 ms (median 83) with 1 ms, in 7 runs each.</extracomment>
        <translation>petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="118"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="13"/>
        <location filename="../src/petdesk/gui/main_window.py" line="222"/>
        <source>Organisations</source>
        <extracomment>Factories of the pages not built yet, by key (their place in the stack holds a placeholder). Keys that show a page besides its Ctrl+number (Home&apos;s Alt+Home), for its tooltip. What features add to a page once it is built (``when_page_built``), by key. Closed for good: idle work (building pages, checkpoints) stops, the database may be gone.</extracomment>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="14"/>
        <location filename="../src/petdesk/gui/main_window.py" line="223"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="15"/>
        <location filename="../src/petdesk/gui/main_window.py" line="224"/>
        <location filename="../src/petdesk/gui/visits/__init__.py" line="22"/>
        <source>Visits</source>
        <translation>来访与出访</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="16"/>
        <location filename="../src/petdesk/gui/main_window.py" line="225"/>
        <location filename="../src/petdesk/gui/trainings/__init__.py" line="20"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="17"/>
        <source>Activity log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="284"/>
        <source>%1 (%2)</source>
        <comment>page name and its shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="393"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="394"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="395"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="396"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="399"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="406"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="414"/>
        <source>&amp;About petdesk</source>
        <translation>关于 petdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="572"/>
        <source>Regional Office</source>
        <translation>地区办公室</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="575"/>
        <source>%Ln organisation(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>合作机构 %Ln 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="576"/>
        <source>%Ln contact(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>联系人 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/main_window.py" line="577"/>
        <source>%Ln visit(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>来访与出访 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="616"/>
        <source>petdesk (demo)</source>
        <translation>petdesk（演示数据）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="618"/>
        <source>%1 — read only</source>
        <translation>%1 — 只读</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="624"/>
        <source>Read only: this file is open in petdesk on another computer, and you opened it to look at. You can look, but not change anything.</source>
        <translation>只读：此文件已在另一台计算机上的 petdesk 中打开，您是以只读方式打开的。您可以查看，但不能做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="628"/>
        <source>Read only: this file is on a write-protected disk or in a folder you cannot change. You can look, but not change anything.</source>
        <translation>只读：此文件位于写保护的磁盘上，或位于您无权更改的文件夹中。您可以查看，但不能做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="634"/>
        <source>This is the demo database; its people and organisations are made up. To start your own office, close this window and open petdesk again from the program menu: your own database begins with a welcome page.</source>
        <translation>这是演示数据库，其中的人员和机构均为虚构。要开始使用您自己办公室的数据，请关闭此窗口，然后从程序菜单重新打开 petdesk：您自己的数据库将从欢迎页开始。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="640"/>
        <source>This file was filled by “petdesk demo”: its people and organisations are made up.</source>
        <translation>此文件由“petdesk demo”填充：其中的人员和机构均为虚构。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/main_window.py" line="652"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/__init__.py" line="28"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/kind_names.py" line="18"/>
        <location filename="../src/petdesk/gui/projects/__init__.py" line="16"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/__init__.py" line="27"/>
        <source>Technologies</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/__init__.py" line="28"/>
        <source>City needs</source>
        <translation>城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/__init__.py" line="29"/>
        <source>Market</source>
        <translation>市场分析</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="42"/>
        <source>Home</source>
        <extracomment>Rows a printed list shows at most (a preview of thousands of rows helps nobody).</extracomment>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>ManageTagsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="94"/>
        <location filename="../src/petdesk/gui/tags/manage.py" line="285"/>
        <location filename="../src/petdesk/gui/tags/manage.py" line="352"/>
        <source>Manage Tags</source>
        <extracomment>Emitted when the counts were read (at opening and after each change). Emitted with the ``TagEdit`` written (or None after an Undo).</extracomment>
        <translation>管理标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="98"/>
        <source>Select a tag to rename or delete it, or several to merge them into one. Tags match whatever their case. Each record changed keeps the change in its history, and the other offices receive it with the next exchange.</source>
        <translation>选择一个标签可重命名或删除，选择多个可合并为一个。标签匹配不区分大小写。每条被修改的记录都会在其历史中保留这次修改，其他办公室在下次同步交换时收到。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="110"/>
        <source>Find a tag</source>
        <translation>查找标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="120"/>
        <source>Tags in use</source>
        <translation>使用中的标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="135"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="136"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="137"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="138"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="147"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="150"/>
        <source>&amp;New name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="234"/>
        <source>Rename “%1” to “%2” on %3?</source>
        <translation>将 %3上的标签“%1”重命名为“%2”？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="235"/>
        <source>Renamed “%1” to “%2” on %3.</source>
        <translation>已将 %3上的标签“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="242"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="245"/>
        <source>Merge %1 into “%2” on %3?</source>
        <translation>将 %3上的标签%1合并为“%2”？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="246"/>
        <source>Merged %1 into “%2” on %3.</source>
        <translation>已将 %3上的标签%1合并为“%2”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="256"/>
        <source>Take the tag “%1” off %3?</source>
        <translation>从 %3上删除标签“%1”？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="257"/>
        <source>Took the tag “%1” off %3.</source>
        <translation>已从 %3上删除标签“%1”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="272"/>
        <location filename="../src/petdesk/gui/tags/manage.py" line="302"/>
        <source>No records changed.</source>
        <translation>没有记录被修改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="286"/>
        <source>You can undo this right after.</source>
        <translation>之后可立即撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="319"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="351"/>
        <source>Could not change the tags: %1.</source>
        <translation>无法更改标签：%1。</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="131"/>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="79"/>
        <source>Per sector</source>
        <extracomment>One colour per series: technologies, needs, matches. A chart&apos;s least height, however few its rows. Emitted once the charts show the overview read in the background.</extracomment>
        <translation>按领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="132"/>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="80"/>
        <source>Per country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="137"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="138"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="148"/>
        <source>Nothing to chart yet. The charts count the technologies, city needs and matches per sector or country, and project money per currency: import technologies and city needs, or add projects, and they appear here.</source>
        <translation>暂无可显示的图表。图表按领域或国家统计技术、城市需求和对接数量，并按币种统计项目资金：导入技术和城市需求，或添加项目后即可在此看到。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="162"/>
        <source>Technologies, city needs and matches</source>
        <translation>技术、城市需求与技术对接</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="173"/>
        <source>Records per year</source>
        <translation>年度新增记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="226"/>
        <source>Sector not given</source>
        <translation>未注明领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="231"/>
        <source>Country not given</source>
        <translation>未注明国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="237"/>
        <location filename="../src/petdesk/gui/technologies/market.py" line="255"/>
        <source>Technologies</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="238"/>
        <location filename="../src/petdesk/gui/technologies/market.py" line="256"/>
        <source>City needs</source>
        <translation>城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="239"/>
        <location filename="../src/petdesk/gui/technologies/market.py" line="257"/>
        <source>Matches</source>
        <translation>技术对接</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market.py" line="261"/>
        <source>Project money (per currency, never summed across currencies): </source>
        <translation>项目资金（按币种，不跨币种合计）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="44"/>
        <source>Currency</source>
        <extracomment>group -&gt; currency -&gt; (requested, approved), as ``MarketOverview.money_by_sector`` holds it.</extracomment>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="45"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="46"/>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="77"/>
        <source>Group project money by</source>
        <translation>项目资金分组方式</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="88"/>
        <source>Project money per sector or country, in each currency</source>
        <translation>各领域或各国项目资金，按币种分列</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="146"/>
        <source>Project money in each currency, never summed across currencies (a project in two sectors counts in both):</source>
        <translation>项目资金按币种分列，不跨币种合计（跨两个领域的项目在两个领域均计入）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="152"/>
        <source>Project money in each currency, never summed across currencies:</source>
        <translation>项目资金按币种分列，不跨币种合计：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="140"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/market_money.py" line="142"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="145"/>
        <source>Score</source>
        <extracomment>The needs table&apos;s least width, in pixels, that shows the Budget beside titles still readable (about 370 px at 1024 × 640, 520 at 1366 × 768). The page&apos;s least width for the list and the match view side by side; narrower, the match view goes under the list. At 1024 px (a page of about 870) side by side the list had 370 px, its sectors cut and its Budget hidden, and the match view 470, its reasons no more than that allowed (field test F9): under each other both have the whole width (shots60). How many ranked technologies the match view shows. The technology column&apos;s share of the table and its bounds in pixels: the reasons beside it get the rest (a fixed 240 px left them 90 px at 1024×640, field test F9). 0.28 of the width measured after the resize left the reasons 54.8 % at 1024 px beside a score of two lines (polish54). What takes back each shortlist change of this need, the last one last. The shortlist as shown, by match id (the state a move leaves, for its undo).</extracomment>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="146"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="147"/>
        <source>Why</source>
        <translation>匹配理由</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="171"/>
        <source>Technologies that fit</source>
        <translation>适合的技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="174"/>
        <source>&amp;Shortlist</source>
        <translation>加入候选清单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="198"/>
        <source>&amp;Remove from shortlist</source>
        <translation>移出候选清单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="203"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="225"/>
        <source>Shortlist</source>
        <translation>加入候选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="237"/>
        <source>Save &amp;note</source>
        <translation>保存备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="245"/>
        <source>Technologies that fit, &amp;best first:</source>
        <extracomment>The match whose note the field shows.</extracomment>
        <translation>适合的技术，最佳的在前(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="271"/>
        <source>Shortl&amp;ist:</source>
        <translation>候选清单(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="279"/>
        <source>N&amp;ote on the selected match:</source>
        <translation>所选技术对接的备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="383"/>
        <source>State of %1</source>
        <translation>%1 的进展状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="188"/>
        <source>Shortlist keeps the selected technology for this need; below, its state follows the talks from Suggested to Agreement.</source>
        <extracomment>The open &quot;shortlist by hand&quot; dialog (tests drive it).</extracomment>
        <translation>“加入候选”把所选技术留给此需求；其状态在下方随洽谈推进，从“推荐”到“达成协议”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="177"/>
        <source>Shortlist &amp;another…</source>
        <translation>手动加入候选清单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="180"/>
        <source>Shortlist a technology from the whole catalogue, also one not ranked here</source>
        <translation>从整个技术目录中选择技术加入候选，也可选择未在此排名的技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="213"/>
        <source>Shortlisted technology</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="214"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="215"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="232"/>
        <source>Why this technology was shortlisted, what was agreed…</source>
        <extracomment>The selected match&apos;s note; saved by its button, or on its own when another match is chosen.</extracomment>
        <translation>为何将此技术加入候选清单，达成了哪些共识……</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="234"/>
        <source>Note on the match</source>
        <translation>技术对接备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="252"/>
        <source>Select a city need to see the technologies that fit.</source>
        <translation>选择城市需求以查看适合的技术。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="511"/>
        <source>%1 is already on the shortlist.</source>
        <translation>%1已在候选清单中。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="522"/>
        <source>Shortlisted %1 — Ctrl+Z undoes it.</source>
        <translation>已将%1加入候选清单——按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="536"/>
        <source>Select a technology in the shortlist first.</source>
        <translation>请先在候选清单中选择一项技术。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="544"/>
        <source>Removed %1 from the shortlist — Ctrl+Z undoes it.</source>
        <translation>已将%1移出候选清单——按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="571"/>
        <source>%1 moved from %2 to %3 — Ctrl+Z undoes it.</source>
        <translation>%1已从“%2”改为“%3”——按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="595"/>
        <source>No criteria met</source>
        <translation>未满足任何匹配条件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="598"/>
        <source>Record the agreement</source>
        <translation>记录为达成协议</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="641"/>
        <source>Saved the note on %1 — Ctrl+Z undoes it.</source>
        <translation>已保存%1的备注——按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="681"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
</context>
<context>
    <name>MergeCarried</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="101"/>
        <source>%Ln contact method(s)</source>
        <translation>
            <numerusform>%Ln 种联系方式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="102"/>
        <source>%Ln affiliation(s)</source>
        <translation>
            <numerusform>%Ln 段任职经历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="103"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln 条活动记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="104"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="105"/>
        <location filename="../src/petdesk/gui/plurals.py" line="106"/>
        <source>%Ln itinerary item(s)</source>
        <translation>
            <numerusform>%Ln 项日程事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="108"/>
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln 条出勤记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="109"/>
        <source>%Ln session(s) as trainer</source>
        <translation>
            <numerusform>%Ln 节授课课程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="110"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln 项后续行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="111"/>
        <source>%Ln visit(s) hosted or made</source>
        <translation>
            <numerusform>%Ln 次接待或出访的访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="112"/>
        <source>%Ln training(s) organised</source>
        <translation>
            <numerusform>%Ln 次主办的培训</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="113"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="114"/>
        <source>%Ln project(s) as partner</source>
        <translation>
            <numerusform>以合作伙伴身份参与 %Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="115"/>
        <source>%Ln itinerary item(s) as host or interpreter</source>
        <translation>
            <numerusform>在 %Ln 个日程安排中担任接待人或翻译</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="116"/>
        <source>%Ln hotel room(s)</source>
        <translation>
            <numerusform>%Ln 间酒店房间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="117"/>
        <source>%Ln travel leg(s)</source>
        <translation>
            <numerusform>%Ln 个行程段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="118"/>
        <source>%Ln vehicle seat(s)</source>
        <translation>
            <numerusform>%Ln 个车辆座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="119"/>
        <source>%Ln financing lead(s)</source>
        <translation>
            <numerusform>%Ln 条投融资线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="120"/>
        <source>%Ln city need(s)</source>
        <translation>
            <numerusform>%Ln 项城市需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="121"/>
        <source>%Ln technology(ies) provided</source>
        <translation>
            <numerusform>提供 %Ln 项技术</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="107"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln 次培训</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="258"/>
        <source>Duplicates</source>
        <extracomment>At most this many pairs are listed (the best first); the status says how many there are in all. Above this many contacts the window looks for duplicates through a scratch database, in bounded memory, not in dicts: in memory the search takes about 1.6 KB per contact (163 MB at 100,000) on top of the ~220 MB the window already holds there, 381 MB at its peak against issue 17&apos;s 300 MB; the scratch database took 67 MB and about a second more. ``petdesk duplicates`` starts small and keeps the faster way up to ``duplicates.IN_MEMORY_LIMIT``. (From ``duplicates_child.CHILD_FROM`` contacts a search of the whole file runs in a child process; this limit still serves the pair asked for by &quot;Merge…&quot; on two chosen contacts.) ``Operation.progress`` carries two numbers: each step of a search is this many parts of the bar, so that the step can be told from the value. Seconds the integrity check on opening the search&apos;s own connection may take (as the CLI&apos;s). The organisation filter&apos;s code for &quot;all organisations&quot; (ids are hex; &quot;&quot; is &quot;at no organisation&quot;). Rows of the pairs list measured for the columns&apos; widths: the top ones (the best scores). All 5,000 took 110 ms of the GUI thread (field test 47, defect 2); the first columns are capped anyway. The pairs list&apos;s column of reasons (after the score and the two names). The reasons&apos; least width beside the names (a few words of each, elided). The comparison pane&apos;s least width beside the pairs list: its two records&apos; columns readable. Duplicate pairs were found; argument: how many. A merge was written; argument: the merge record&apos;s id. A merge was undone; argument: the merge record&apos;s id. Something failed; argument: the message shown.</extracomment>
        <translation>重复记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="283"/>
        <source>Contacts</source>
        <extracomment>The pairs shown: those listed, or the chosen organisation&apos;s among them. The pairs the last search listed (the best ``PAIRS_LISTED``), whatever organisation. Where the listed pairs&apos; people work, and those organisations&apos; names. The organisation chosen in the filter (``ALL_ORGANISATIONS`` for all). How many pairs the last search found, listed or not.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="284"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="287"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="288"/>
        <source>&amp;Find again</source>
        <translation>重新查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="292"/>
        <source>&amp;Look for duplicate:</source>
        <translation>查找重复的(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="300"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="306"/>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="317"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="324"/>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="324"/>
        <source>First</source>
        <translation>记录一</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="324"/>
        <source>Second</source>
        <translation>记录二</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="324"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="328"/>
        <source>Possible duplicates</source>
        <translation>可能重复的记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="347"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="381"/>
        <source>&amp;Not duplicates</source>
        <translation>不是重复记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="383"/>
        <source>These are different records; do not propose them again</source>
        <translation>这是两条不同的记录，不再提示</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="385"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="388"/>
        <source>&amp;Undo merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="392"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="479"/>
        <source>Looking for duplicates…</source>
        <extracomment>The score&apos;s and the names&apos; widths for their texts (names at most 160 px).</extracomment>
        <translation>正在查找重复记录…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="530"/>
        <source>Stopped; the search for duplicates was not finished.</source>
        <translation>已停止；重复记录查找未完成。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="547"/>
        <source>Looking for duplicates: %1…</source>
        <translation>正在查找重复记录：%1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="583"/>
        <source>All organisations (%Ln pair(s))</source>
        <translation>
            <numerusform>全部机构（%Ln 对）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="585"/>
        <source>At no organisation</source>
        <translation>无所属机构</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="587"/>
        <source>%1 (%Ln pair(s))</source>
        <translation>
            <numerusform>%1（%Ln 对）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="620"/>
        <source>The first %1 of %2 likely duplicates; merge or dismiss them to see more.</source>
        <translation>共 %2 组可能重复的记录，这里列出最可能的 %1 组；合并或标为不同记录后可看到其余的。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="625"/>
        <source>%Ln likely duplicate(s).</source>
        <translation>
            <numerusform>%Ln 对可能重复的记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="628"/>
        <source>No likely duplicates found.</source>
        <translation>未发现可能重复的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="636"/>
        <source>%Ln possible duplicate(s) of %1, at every score.</source>
        <translation>
            <numerusform>%1 有 %Ln 对可能重复的记录（不论分数高低）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="642"/>
        <source>Nothing resembles this record.</source>
        <translation>没有与此记录相似的记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="658"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="706"/>
        <source>chosen by hand</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="707"/>
        <source>Why these look like one record: %1</source>
        <translation>判断为同一记录的原因：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="747"/>
        <source>added %1</source>
        <translation>%1添加</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="754"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="755"/>
        <source>First record</source>
        <translation>记录一</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="756"/>
        <source>Second record</source>
        <translation>记录二</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="787"/>
        <source>(both kept)</source>
        <translation>（两者均保留）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="792"/>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="803"/>
        <source>Carried over</source>
        <translation>一并转移</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="832"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="891"/>
        <source>Merged: %1</source>
        <translation>已合并：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="909"/>
        <source>Merge undone: %1</source>
        <translation>已撤销合并：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="931"/>
        <source>Marked as different records.</source>
        <translation>已标记为不同的记录。</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="54"/>
        <source>Name (Latin script)</source>
        <extracomment>Field labels of the side-by-side view (keys of ``services.merge`` fields), marked for translation.</extracomment>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="55"/>
        <source>Name (Chinese)</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="56"/>
        <source>Hanja</source>
        <translation>韩文汉字</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="57"/>
        <source>Honorific (English)</source>
        <translation>称谓（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="58"/>
        <source>Honorific (Chinese)</source>
        <translation>称谓（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="60"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="61"/>
        <source>Dietary requirements</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="62"/>
        <source>Accessibility needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="63"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="64"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="65"/>
        <source>Visa note</source>
        <translation>签证备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="66"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="67"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="68"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="70"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="71"/>
        <source>Short name (English)</source>
        <translation>简称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="72"/>
        <source>Short name (Chinese)</source>
        <translation>简称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="73"/>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="75"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="76"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="77"/>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="78"/>
        <source>Address (Chinese)</source>
        <translation>地址（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="79"/>
        <source>Web site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="81"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="82"/>
        <source>Technology areas</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/merge_dialog.py" line="83"/>
        <source>Member city</source>
        <translation>会员城市</translation>
    </message>
</context>
<context>
    <name>MethodRow</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="146"/>
        <source>Address or number</source>
        <translation>地址或号码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="153"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="617"/>
        <source>Edit Milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="617"/>
        <source>New Milestone</source>
        <translation>新建里程碑</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="625"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="636"/>
        <source>Title (&amp;English)</source>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="637"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="638"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="641"/>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="656"/>
        <source>Give the milestone a title in English or Chinese.</source>
        <translation>请填写里程碑的英文或中文标题。</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="480"/>
        <source>Due</source>
        <extracomment>A Done box was ticked or cleared in the table (row number). The draft changed. The milestone dialog while it is open (tests drive it).</extracomment>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="480"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="480"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="480"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="484"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="487"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="488"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="489"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MiniMonth</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/mini_month.py" line="35"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/mini_month.py" line="36"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/mini_month.py" line="41"/>
        <source>Days of the month</source>
        <translation>本月日期</translation>
    </message>
</context>
<context>
    <name>NameCardsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="57"/>
        <source>Name cards</source>
        <extracomment>The visit&apos;s or the training&apos;s id (``kind``: &quot;visit&quot; or &quot;training&quot;).</extracomment>
        <translation>桌签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="63"/>
        <source>One sheet per person, folded in the middle: the name reads from both sides of the table, in Chinese and in Latin letters.</source>
        <translation>每人一页，从中间对折：桌子两侧都能看到姓名，中文和拉丁字母各一行。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="82"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="83"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="124"/>
        <source>Everyone in the visit (%1)</source>
        <translation>本次访问全体人员（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="86"/>
        <source>Save name cards as</source>
        <translation>桌签另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="84"/>
        <source>Lar&amp;ge print (larger text, for senior readers)</source>
        <translation>大字版（字号更大，便于年长读者阅读）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="96"/>
        <source>Cards &amp;for:</source>
        <extracomment>The characters no font had, collected while the cards were made (GlyphWarning).</extracomment>
        <translation>桌签对象(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="97"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="99"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="100"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="101"/>
        <source>&amp;Make name cards</source>
        <translation>生成桌签(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="111"/>
        <source>namecards</source>
        <comment>file name</comment>
        <translation>桌签</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="120"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="123"/>
        <source>Trainers and attendees of the training (%1)</source>
        <translation>本次培训的讲师和学员（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="158"/>
        <source>Making the name cards…</source>
        <translation>正在生成桌签…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="161"/>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="164"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/dossier/namecards.py" line="172"/>
        <source>No name cards were made: %1</source>
        <translation>未生成桌签：%1</translation>
    </message>
</context>
<context>
    <name>NameTidy</name>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="24"/>
        <source>Tidy &amp;Names…</source>
        <translation>整理姓名(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>NameTidyDialog</name>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="51"/>
        <source>People stored with a title in their given name (“Mr. John” Smith), from before titles were read, get the title as their honorific (Mr. / 先生) and the gender it tells. A couple&apos;s titles (“Mr. and Mrs. John”) come off with no honorific, the wording kept in the notes. People with a honorific are left alone. A Japanese name stored split the Chinese way (佐 / 々木翔) is split as an import splits it now. Each change is in the person&apos;s History.</source>
        <translation>名中带有称谓的联系人（如“Mr. John” Smith，录入于程序识别称谓之前）：称谓移入“称谓”栏（Mr. / 先生），并按称谓填写性别。夫妇合称（如“Mr. and Mrs. John”）的称谓去掉、不填称谓，原写法保留在备注中。已有称谓的联系人不作更改。按中文方式拆分存储的日文姓名（佐 / 々木翔）按现在导入时的拆分方式重新拆分。每项更改都记入该联系人的历史。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="59"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="60"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="61"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="62"/>
        <source>Notes line</source>
        <translation>备注行</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="63"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="65"/>
        <source>People whose names would change</source>
        <translation>将更改姓名的人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="66"/>
        <source>Reading the names…</source>
        <translation>正在读取姓名…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="68"/>
        <source>&amp;Undo Last Tidy</source>
        <translation>撤销上次整理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="70"/>
        <source>Tidy Names</source>
        <translation>整理姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="83"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="113"/>
        <source>%Ln person(s) to tidy.</source>
        <translation>
            <numerusform>%Ln 人待整理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="116"/>
        <source>&amp;Tidy %Ln Name(s)</source>
        <translation>
            <numerusform>整理 %Ln 个姓名(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="116"/>
        <source>&amp;Tidy Names</source>
        <translation>整理姓名(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="127"/>
        <source>Move the titles of %Ln person(s) out of the name.</source>
        <translation>
            <numerusform>将 %Ln 人姓名中的称谓移出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="129"/>
        <source>Split %Ln name(s) again as an import splits them now.</source>
        <translation>
            <numerusform>按现在导入的方式重新拆分 %Ln 个姓名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="131"/>
        <source>Each change is in the person&apos;s History, and Undo Last Tidy puts them all back. Go on?</source>
        <translation>每项更改都记入该联系人的历史，“撤销上次整理”可将其全部复原。要继续吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/name_tidy.py" line="141"/>
        <source>%Ln person(s) tidied. Undo Last Tidy puts them back.</source>
        <translation>
            <numerusform>已整理 %Ln 人。“撤销上次整理”可将其复原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/name_tidy.py" line="149"/>
        <source>The last tidy of names was undone: the names are as they were stored.</source>
        <translation>已撤销上次姓名整理：姓名已恢复为原存储的样子。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="78"/>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="80"/>
        <source>&amp;Search Everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="82"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="84"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="98"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="113"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="172"/>
        <source>%1 of %2 rows</source>
        <translation>共%2行，显示%1行</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/home/__init__.py" line="178"/>
        <source>Search “%1”: </source>
        <translation>搜索“%1”：</translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="313"/>
        <source>Edit city need</source>
        <translation>编辑城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="313"/>
        <source>New city need</source>
        <translation>新建城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="318"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="320"/>
        <source>Choose the city with this need</source>
        <translation>选择提出此需求的城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="321"/>
        <source>The city government whose need this is.</source>
        <translation>提出此城市需求的市政府。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="326"/>
        <source>For example: 50,000 inhabitants, 2 km of river</source>
        <translation>例如：5 万居民、2 公里河道</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="343"/>
        <source>Budget from</source>
        <translation>预算下限</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="344"/>
        <source>Budget to</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="350"/>
        <source>Separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="351"/>
        <source>Title (&amp;English)</source>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="352"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="353"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="354"/>
        <source>&amp;Sector</source>
        <translation>领域(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="355"/>
        <source>&amp;Problem (English)</source>
        <translation>问题描述（英文）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="356"/>
        <source>P&amp;roblem (Chinese)</source>
        <translation>问题描述（中文）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="357"/>
        <source>Sc&amp;ale</source>
        <translation>规模(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="358"/>
        <source>&amp;Budget (from – to)</source>
        <translation>预算（从 – 到）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="360"/>
        <source>&amp;Deadline</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="361"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="363"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="753"/>
        <source>Search titles and problems…</source>
        <translation>搜索标题和问题…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="782"/>
        <source>New need…</source>
        <extracomment>The last print preview and the operation that made its document (tests wait for it). The match result last made for printing, in a folder of its own.</extracomment>
        <translation>新建需求…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="895"/>
        <source>Select a city need to print its match result.</source>
        <translation>请先选择一项城市需求，再打印其技术对接结果。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/match_view.py" line="914"/>
        <source>Match result</source>
        <translation>技术对接结果</translation>
    </message>
</context>
<context>
    <name>NewerValueNote</name>
    <message>
        <location filename="../src/petdesk/gui/newer_value_note.py" line="80"/>
        <source>Stored by a newer petdesk as “%1”, which this version does not know; kept unless you change this field.</source>
        <translation>由更新版本的 petdesk 保存为“%1”，此版本无法识别；除非您更改此字段，否则将保留原值。</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="21"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="83"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="22"/>
        <source>in Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="52"/>
        <source>Postal address (English)</source>
        <extracomment>Which name was set after the other: that one is not left behind by a rename. The names as they were: an edit of one alone leaves the other naming the office as it was.</extracomment>
        <translation>通信地址（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="53"/>
        <source>Postal address (Chinese)</source>
        <translation>通信地址（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="54"/>
        <source>Contact person (English)</source>
        <translation>联系人（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="55"/>
        <source>Contact person (Chinese)</source>
        <translation>联系人（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="112"/>
        <source>Office &amp;name:</source>
        <extracomment>As first shown (a stored 0.001 shows as 0.5): only a value the user changed is kept.</extracomment>
        <translation>办公室名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="113"/>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="115"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="116"/>
        <source>Postal a&amp;ddress:</source>
        <translation>通信地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="117"/>
        <source>Con&amp;tact person:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="118"/>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="119"/>
        <source>Co&amp;untry:</source>
        <translation>所在国家(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="120"/>
        <source>Office id:</source>
        <translation>办公室编号：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="121"/>
        <source>Shared &amp;passphrase:</source>
        <translation>共享密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="126"/>
        <source>The passphrase encrypts sync packages. Agree on it with the other offices; it is kept on this computer only and never travels in a package. Leave it empty to be asked each time.</source>
        <translation>该密码用于加密同步数据包，请与其他办公室商定。密码只保存在本机，不会随数据包传送。留空则每次使用时询问。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="133"/>
        <source>&amp;E-mail size limit for packages:</source>
        <translation>数据包的电子邮件大小上限(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="136"/>
        <source>A package larger than this is written with advice to send it another way. Kept on this computer only.</source>
        <translation>超过此大小的数据包仍会写出，并建议改用其他方式发送。此设置只保存在本机。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="157"/>
        <source>The Chinese window still shows %1: if the office was renamed, change it too.</source>
        <translation>中文界面仍显示“%1”：如果办公室已改名，请一并修改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="160"/>
        <source>The English window still shows %1: if the office was renamed, change it too.</source>
        <translation>英文界面仍显示“%1”：如果办公室已改名，请一并修改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="172"/>
        <source>Strength: weak (at least 12 characters, hard to guess)</source>
        <translation>强度：弱（至少 12 个字符，且不易猜到）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="173"/>
        <source>Strength: fair</source>
        <translation>强度：中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="174"/>
        <source>Strength: strong</source>
        <translation>强度：强</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="182"/>
        <source>The office name must not be empty.</source>
        <translation>办公室名称不能为空。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="189"/>
        <source>%1 names no country: choose one from the list.</source>
        <translation>“%1”不是国家名称：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="214"/>
        <source>The passphrase is too weak: use at least 12 characters, a few unrelated words or a mix of other characters.</source>
        <translation>通行短语太弱：请至少使用 12 个字符，可用几个互不相关的词，或混合使用其他字符。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/office.py" line="221"/>
        <source>No system keyring is available to remember the passphrase; it will be asked each time.</source>
        <translation>系统中没有可用的密钥环来记住密码；每次都会询问密码。</translation>
    </message>
</context>
<context>
    <name>OfficesView</name>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="480"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="481"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="482"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="483"/>
        <source>Last export</source>
        <translation>最近导出</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="484"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="488"/>
        <source>Offices</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="492"/>
        <source>&amp;Retire Office…</source>
        <translation>停用办公室(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="494"/>
        <source>Return Office to &amp;Service</source>
        <translation>恢复使用办公室(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="530"/>
        <source>%1 — this office</source>
        <translation>%1 — 本办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="533"/>
        <source>%1 — retired on %2</source>
        <translation>%1 — 已于 %2 停用</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="562"/>
        <source>Last exchange: %1 UTC.</source>
        <translation>最近一次交换：%1 UTC。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="564"/>
        <source>No package has been exchanged with it yet.</source>
        <translation>尚未与它交换过任何数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="567"/>
        <source>Retire the office %1 (id %2)?</source>
        <translation>停用办公室 %1（编号 %2）吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="572"/>
        <source>No package will be written for it any more and packages from it will be refused. Every office learns this with the next package from here. You can return it to service later.</source>
        <translation>今后不再为它生成数据包，来自它的数据包也会被拒绝。各办公室会随这里发出的下一个数据包得知此事。以后可以将它恢复使用。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="579"/>
        <source>Retire Office</source>
        <translation>停用办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="583"/>
        <source>&amp;Retire Office</source>
        <translation>停用办公室(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="590"/>
        <source>%1 is retired; the next package from here tells every office.</source>
        <translation>%1 已停用；这里发出的下一个数据包会告知各办公室。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="600"/>
        <source>%1 is in service again; the next package from here tells every office.</source>
        <translation>%1 已恢复使用；这里发出的下一个数据包会告知各办公室。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../src/petdesk/gui/operations.py" line="192"/>
        <source>Something went wrong</source>
        <extracomment>A job that ran at least this long (seconds) hands the memory it freed back to the system when it ends (an import, a sync, a backup): the window lives on, and glibc keeps freed pages resident. Quick reads (a page of the list, a count) skip it: a trim walks the whole heap. Entity kinds the lists and the status bar know about. A project with its partners, milestones and stage moves.</extracomment>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/operations.py" line="194"/>
        <source>The work could not be finished: %1</source>
        <translation>操作未能完成：%1</translation>
    </message>
</context>
<context>
    <name>OrganisationColumns</name>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="19"/>
        <source>Name (other script)</source>
        <translation>外文名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="20"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="21"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="22"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>OrganisationDetailView</name>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="93"/>
        <source>Lo&amp;g Activity…</source>
        <translation>记录活动(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="99"/>
        <source>A PDF of this pane in English and Chinese: open it to print, or send it on.</source>
        <translation>将此面板生成中英文 PDF：打开后可打印，也可转发。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="102"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="102"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="102"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="108"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="108"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="108"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="108"/>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="118"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="118"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="121"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="118"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="121"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="138"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="121"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="124"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="129"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="124"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="126"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="124"/>
        <source>TRL</source>
        <translation>技术成熟度</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="126"/>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="130"/>
        <source>City need</source>
        <translation>城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="126"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="131"/>
        <source>With</source>
        <translation>对接方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="132"/>
        <source>State</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="133"/>
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="138"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="138"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="143"/>
        <source>Click a row to open it.</source>
        <translation>单击一行即可打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="148"/>
        <source>Select an organisation to see the details.</source>
        <extracomment>What is owed to this organisation (field test 50, defect 1): the visit editor&apos;s widget.</extracomment>
        <translation>选择机构以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="170"/>
        <source>People</source>
        <translation>现任人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="171"/>
        <source>Former people</source>
        <translation>曾任人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="254"/>
        <source>Postal code: %1</source>
        <translation>邮政编码：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="258"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="260"/>
        <source>E-mail: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="364"/>
        <source>Save partner overview as</source>
        <translation>合作伙伴概览另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="399"/>
        <source>Partner overview</source>
        <translation>合作伙伴概览</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="400"/>
        <source>The partner overview could not be written: %1</source>
        <translation>无法写入合作伙伴概览：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="169"/>
        <source>Activity log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="76"/>
        <source>Organisation details</source>
        <extracomment>Pipeline trees whose rows open the record they show: tree name -&gt; kind of record. The role a row holds in ``UserRole + 1`` (matches open their need&apos;s match view). (kind &quot;technology&quot;, &quot;need&quot;, &quot;match&quot; or &quot;project&quot;, id, need id for a match else &quot;&quot;) The partner overview PDF was written to this path. The organisation whose details are on screen (None: the pane is empty). ``organisation_id`` is the one asked for, which may still be loading.</extracomment>
        <translation>机构详细信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="91"/>
        <source>Ed&amp;it…</source>
        <extracomment>Hidden as a whole while another record&apos;s details are being read (``expect``).</extracomment>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="96"/>
        <source>Print/Export Partner &amp;Overview…</source>
        <translation>打印/导出合作伙伴概览(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="172"/>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="173"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="174"/>
        <source>Technologies provided</source>
        <translation>提供的技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="175"/>
        <source>City needs</source>
        <translation>城市需求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="176"/>
        <source>Technology matches</source>
        <translation>技术对接</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="177"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="187"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="262"/>
        <source>Member city</source>
        <translation>会员城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="265"/>
        <source>Technology areas: %1</source>
        <translation>技术领域：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="267"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/detail.py" line="326"/>
        <source>Funder</source>
        <translation>资助方</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="79"/>
        <source>New organisation</source>
        <extracomment>The user said yes to a second organisation of the same name and city. The answer to &quot;Is this a new name or a correction?&quot; (None: not asked), asked once.</extracomment>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="79"/>
        <source>Edit organisation</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="105"/>
        <source>guessed from the name</source>
        <extracomment>A new organisation&apos;s kind follows its name (the import&apos;s guess) until chosen by hand.</extracomment>
        <translation>按名称推测</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="110"/>
        <source>Member city of the network</source>
        <translation>网络会员城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="118"/>
        <source>One name a line: former names, abbreviations</source>
        <translation>每行一个名称：曾用名、简称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="124"/>
        <source>&amp;Name (English)</source>
        <translation>名称（英文）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="125"/>
        <source>Na&amp;me (Chinese)</source>
        <translation>名称（中文）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="126"/>
        <source>&amp;Short name (English)</source>
        <translation>简称（英文）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="127"/>
        <source>Sho&amp;rt name (Chinese)</source>
        <translation>简称（中文）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="128"/>
        <source>&amp;Other names</source>
        <translation>其他名称(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="129"/>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="130"/>
        <source>C&amp;ity (English)</source>
        <translation>城市（英文）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="131"/>
        <source>Cit&amp;y (Chinese)</source>
        <translation>城市（中文）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="132"/>
        <source>&amp;Address (English)</source>
        <translation>地址（英文）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="133"/>
        <source>A&amp;ddress (Chinese)</source>
        <translation>地址（中文）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="134"/>
        <source>Posta&amp;l code</source>
        <translation>邮政编码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="135"/>
        <source>&amp;Web site</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="137"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="138"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="139"/>
        <source>Tec&amp;hnology areas</source>
        <translation>技术领域(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="140"/>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="146"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="173"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="222"/>
        <source>Guessed from the name; choose another kind to set it yourself.</source>
        <translation>按名称推测；选择其他类型即可自行设定。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="335"/>
        <source>An organisation of that name already exists in %1. Create another?</source>
        <translation>%1已有同名机构，仍要新建？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="338"/>
        <source>An organisation of that name already exists. Create another?</source>
        <translation>已有同名机构，仍要新建？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="343"/>
        <source>Same name</source>
        <translation>同名机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="357"/>
        <source>Name changed</source>
        <translation>名称已更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="358"/>
        <source>Is this a new name or a correction?</source>
        <translation>这是新名称，还是对原名称的更正？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="365"/>
        <source>A new name keeps the old one among the other names; a correction does not.</source>
        <translation>如是新名称，原名称将作为曾用名保留在“其他名称”中；如是更正，则不保留。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="369"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/edit.py" line="370"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/edit.py" line="98"/>
        <source>Type to find an organisation</source>
        <extracomment>A search&apos;s choices have arrived (tests wait for it).</extracomment>
        <translation>输入名称查找机构</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="39"/>
        <source>Search organisations (English, 中文, pinyin), city, tags…  (Ctrl+F)</source>
        <extracomment>The window page that opens each kind of pipeline record shown on an organisation&apos;s page.</extracomment>
        <translation>搜索机构（英文、中文、拼音）、城市、标签…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="59"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="86"/>
        <source>%Ln person(s) work here. They stay in Contacts, but without this organisation while it is deleted; their positions come back if you restore it.</source>
        <translation>
            <numerusform>此机构有 %Ln 位在职人员。他们仍保留在联系人中，但在机构删除期间不再显示此机构；恢复机构后，他们的职位也会恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="95"/>
        <source>%Ln open follow-up(s) go with it: they leave Home and come back if you restore it.</source>
        <translation>
            <numerusform>%Ln 项待办后续行动随之删除：它们将从首页移除，恢复该机构后会回来。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="102"/>
        <source>%Ln logged activities stay in the activity log, under its name.</source>
        <translation>
            <numerusform>%Ln 条活动记录保留在活动记录中，仍归于该机构名下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="106"/>
        <source>%Ln project(s) led by it keep it as lead, marked as deleted.</source>
        <translation>
            <numerusform>%Ln 个由其牵头的项目仍以其为牵头机构，并标明已删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="110"/>
        <source>%Ln project(s) funded by it keep it as funder.</source>
        <translation>
            <numerusform>%Ln 个由其资助的项目仍以其为资助方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="114"/>
        <source>%Ln project(s) keep it among their partners.</source>
        <translation>
            <numerusform>%Ln 个项目仍将其列为合作伙伴。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="118"/>
        <source>%Ln visit(s) hosted by it keep it as host.</source>
        <translation>
            <numerusform>%Ln 次由其接待的访问仍以其为接待方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/organisations/list.py" line="127"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln 家机构</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerPickDialog</name>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="362"/>
        <source>Add Partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="369"/>
        <source>Type an organisation&apos;s name in English, Chinese or pinyin…</source>
        <extracomment>The organisation accepted.</extracomment>
        <translation>输入机构的英文名称、中文名称或拼音…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="379"/>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="380"/>
        <source>&amp;Role</source>
        <translation>身份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="401"/>
        <source>Type a name and choose the organisation from the list.</source>
        <translation>请输入名称，并从列表中选择机构。</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="198"/>
        <source>%1 (deleted)</source>
        <extracomment>The due-date box&apos;s lowest date, shown as &quot;—&quot;: no due date. The kind a newer petdesk stored, read as ``kind``; None when known (not a field: not written). (organisation id, role) of partners whose role changed.</extracomment>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="223"/>
        <source>Organisation</source>
        <extracomment>The draft changed (a partner added, removed or given another role). The organisation picker while it is open (tests drive it).</extracomment>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="223"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="226"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="231"/>
        <source>The role of the partner selected above</source>
        <translation>上方所选合作伙伴的身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="232"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="233"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="237"/>
        <source>R&amp;ole:</source>
        <translation>身份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/parts.py" line="324"/>
        <source>%1 is already a partner of this project; change its role instead.</source>
        <extracomment>Under the role: the selected partner&apos;s role as a newer petdesk stored it.</extracomment>
        <translation>%1 已是本项目的合作伙伴；如需调整，请修改其身份。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/petdesk/gui/backups/passphrase.py" line="36"/>
        <source>Encrypted Database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/passphrase.py" line="38"/>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 已加密。请输入其密码以打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/passphrase.py" line="48"/>
        <source>Forgotten the passphrase? Nobody can recover it or the data without it. The ways back: restore a plain backup made before the encryption (petdesk restore --replace-encrypted FILE), or start a new database and import a full sync package from another office.</source>
        <translation>忘记了密码？任何人都无法找回密码，没有它也无法恢复数据。补救办法：恢复加密之前制作的未加密备份（petdesk restore --replace-encrypted 文件），或新建数据库并导入其他办公室的完整同步数据包。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/passphrase.py" line="74"/>
        <source>This passphrase is wrong; the file was not changed. Try again.</source>
        <translation>密码错误；文件未作任何更改。请重试。</translation>
    </message>
</context>
<context>
    <name>PastProjects</name>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="53"/>
        <source>Import Past Projects</source>
        <translation>导入以往的项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="57"/>
        <source>Import Past Pro&amp;jects…</source>
        <translation>导入以往的项目(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="65"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="123"/>
        <source>Row</source>
        <extracomment>The preview&apos;s columns, marked for translation.</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="124"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="125"/>
        <source>Funder</source>
        <translation>资助方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="126"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="127"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="128"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="129"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="131"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="132"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>PastProjectsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="215"/>
        <source>Import Past Projects: Preview</source>
        <extracomment>The filter role: &quot;warned&quot; for a row with warnings, so &quot;Only rows with warnings&quot; is a fixed string.</extracomment>
        <translation>导入以往的项目：预览</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="216"/>
        <source>%Ln project(s) to add from %1.</source>
        <translation>
            <numerusform>将从“%1”添加 %Ln 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="218"/>
        <source>Past Projects Imported</source>
        <translation>已导入以往的项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="219"/>
        <source>%Ln project(s) added from %1.</source>
        <translation>
            <numerusform>已从“%1”添加 %Ln 个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="220"/>
        <source>%Ln new funder(s), </source>
        <translation>
            <numerusform>新资助方 %Ln 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="221"/>
        <source>%Ln new partner(s).</source>
        <translation>
            <numerusform>新合作伙伴 %Ln 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="223"/>
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>跳过 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="226"/>
        <source>Nothing is written until you choose Import. Manager, remark and the status as typed go into each project&apos;s description.</source>
        <translation>选择“导入”之前不会写入任何内容。负责人、备注和表中原样填写的状态写入各项目的描述。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="230"/>
        <source>File › Undo an Earlier Import… takes the projects back.</source>
        <translation>“文件 › 撤销更早的导入…”可撤销这些项目。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="249"/>
        <source>Projects to import, with warnings</source>
        <translation>将导入的项目及其警告</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="251"/>
        <source>Projects imported, with warnings</source>
        <translation>已导入的项目及其警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/projects/past_import.py" line="273"/>
        <source>&amp;Only the rows with warnings (%Ln)</source>
        <translation>
            <numerusform>仅显示有警告的行（%Ln）(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="274"/>
        <source>Show only the rows with warnings</source>
        <translation>仅显示有警告的行</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="279"/>
        <source>&amp;Rows of the sheet:</source>
        <translation>表中的行(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/past_import.py" line="283"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PastVisits</name>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="28"/>
        <source>Imp&amp;ort Past Visits…</source>
        <translation>导入以往的访问(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="32"/>
        <source>Import Pa&amp;st Trainings…</source>
        <translation>导入以往的培训(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="40"/>
        <source>Import Past Trainings</source>
        <translation>导入以往的培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="41"/>
        <source>Import Past Visits</source>
        <translation>导入以往的访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="47"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>PastVisitsResultDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="90"/>
        <source>Past Trainings Imported</source>
        <translation>已导入以往的培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="93"/>
        <source>Past Visits Imported</source>
        <translation>已导入以往的访问</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="91"/>
        <source>%Ln training(s) added from %1</source>
        <translation>
            <numerusform>已从“%1”添加 %Ln 项培训</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="94"/>
        <source>%Ln visit(s) added from %1</source>
        <translation>
            <numerusform>已从“%1”添加 %Ln 条访问</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="97"/>
        <source>%1, %2.</source>
        <comment>visits or trainings added, rows skipped</comment>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/past_import.py" line="98"/>
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>跳过 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="102"/>
        <source>Done: %1 · planned (dated after today): %2</source>
        <translation>已完成：%1 · 计划中（日期在今天之后）：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="121"/>
        <source>Country or place, head count and host are in each record&apos;s notes. File › Undo an Earlier Import… takes the records back.</source>
        <translation>国家或地点、人数和接待人记在每条记录的备注中。“文件 › 撤销更早的导入…”可撤销这些记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/past_import.py" line="126"/>
        <source>Country and head count are in each visit&apos;s own fields, the host in its notes. File › Undo an Earlier Import… takes the records back.</source>
        <translation>国家和代表团人数记在每次访问的“国家”和“代表团人数”字段中，接待方记在备注中。“文件 › 撤销更早的导入…”可撤销这些记录。</translation>
    </message>
</context>
<context>
    <name>PhoneTidy</name>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="19"/>
        <source>Tidy &amp;Phone Numbers…</source>
        <translation>整理电话号码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PhoneTidyDialog</name>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="56"/>
        <source>Tidy Phone Numbers</source>
        <translation>整理电话号码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="45"/>
        <source>Numbers typed without a country code are stored in the form that dials from anywhere, read with the contact&apos;s country, else their organisation&apos;s, else the office&apos;s (Settings › Office). Each number&apos;s History keeps the form typed. Numbers that do not read as one of that country are left as they are.</source>
        <translation>未带国家代码输入的号码将改存为在任何地方都能拨通的国际格式：按联系人的国家识别，没有则按其所属机构所在的国家，再没有则按本办公室所在的国家（“设置 › 办公室”）。每个号码的修改历史保留原来输入的写法。无法识别为该国号码的，保持原样。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="50"/>
        <source>Whose</source>
        <translation>所属联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="50"/>
        <source>Typed</source>
        <translation>输入的写法</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="50"/>
        <source>Stored as</source>
        <translation>改存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="50"/>
        <source>Country, why</source>
        <translation>国家及依据</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="51"/>
        <source>Numbers to rewrite and numbers left</source>
        <translation>待改写和保持原样的号码</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="52"/>
        <source>Reading the numbers…</source>
        <translation>正在读取号码…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="85"/>
        <source>&amp;Rewrite</source>
        <translation>改写(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="54"/>
        <source>&amp;Undo Last Tidy</source>
        <translation>撤销上次整理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="70"/>
        <source>left as typed</source>
        <extracomment>The button&apos;s older name (tests and the help refer to Rewrite).</extracomment>
        <translation>保持原样</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="80"/>
        <source>%Ln number(s) to rewrite.</source>
        <translation>
            <numerusform>%Ln 个号码待改写。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="81"/>
        <source>%Ln left as typed.</source>
        <translation>
            <numerusform>%Ln 个保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="85"/>
        <source>&amp;Rewrite %Ln Number(s)</source>
        <translation>
            <numerusform>改写 %Ln 个号码(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/phone_tidy.py" line="93"/>
        <source>%Ln number(s) rewritten. Undo Last Tidy puts them back.</source>
        <translation>
            <numerusform>已改写 %Ln 个号码。“撤销上次整理”可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/phone_tidy.py" line="101"/>
        <source>The last tidy was undone: the numbers are as they were typed.</source>
        <translation>上次整理已撤销：号码恢复为原来输入的写法。</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="494"/>
        <source>What is chosen</source>
        <extracomment>A typical result a pick dialog is sized to show whole: a bilingual organisation name with its city. Pixels around a result&apos;s text: the dialog&apos;s margins, the list&apos;s frame, item margins, scroll bar.</extracomment>
        <translation>所选内容</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="508"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="508"/>
        <source>Search &amp;results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PipelineLists</name>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="35"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="38"/>
        <source>%Ln technology(ies)</source>
        <translation>
            <numerusform>%Ln 项技术</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="41"/>
        <source>%Ln city need(s)</source>
        <translation>
            <numerusform>%Ln 项城市需求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="505"/>
        <source>Postpone follow-up</source>
        <translation>推迟后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/follow_ups/panel.py" line="514"/>
        <source>New due date</source>
        <translation>新的到期日</translation>
    </message>
</context>
<context>
    <name>PrecedenceBox</name>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="108"/>
        <source>Order of precedence and forms of address</source>
        <translation>礼宾次序与称谓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="122"/>
        <source>Delegation</source>
        <extracomment>In the visit editor: a change is held until its Save (``hold(name, args, done)``, a ``visit_steps`` step that its draft keeps; False when refused) and the lists show its draft (``draft()``), like the rest of the Logistics tab.</extracomment>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="122"/>
        <source>Host side</source>
        <translation>接待方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="131"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="131"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="138"/>
        <source>Drag a name to its place, or select it and press Ctrl+Up / Ctrl+Down.</source>
        <translation>将姓名拖到相应位置，或选中后按 Ctrl+Up / Ctrl+Down。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="143"/>
        <source>e.g. H.E. Ms. Anna Schmidt</source>
        <translation>例如 H.E. Ms. Anna Schmidt</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="144"/>
        <source>e.g. 安娜·施密特女士阁下</source>
        <translation>例如 安娜·施密特女士阁下</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="145"/>
        <source>Save form of address</source>
        <translation>保存称谓</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="149"/>
        <source>Form of address (English)</source>
        <translation>称谓（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="151"/>
        <source>(Chinese)</source>
        <translation>（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="217"/>
        <source>Order of precedence saved.</source>
        <translation>礼宾次序已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="251"/>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="269"/>
        <source>Select a name first.</source>
        <translation>请先选择一个姓名。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/precedence.py" line="275"/>
        <source>Form of address saved.</source>
        <translation>称谓已保存。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../src/petdesk/gui/print_preview.py" line="48"/>
        <source>Page number</source>
        <extracomment>Pages are drawn at this resolution for the preview and the printer (dots per inch). The most columns a list prints across a portrait page; more go landscape.</extracomment>
        <translation>页码</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <location filename="../src/petdesk/gui/projects/board.py" line="222"/>
        <source>Undo move</source>
        <extracomment>Cards laid out per pass of the event loop. Cards a hidden board lays out at once, ahead of its first show. Space between the card&apos;s edge and its text, each side. Emitted each time the columns have been filled from a read. True once the columns hold a first read; what waits for it (``after_fill``).</extracomment>
        <translation>撤销移动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/board.py" line="319"/>
        <source>Moved from %1 — Ctrl+Z undoes it.</source>
        <translation>已从%1移出——按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/board.py" line="339"/>
        <source>Move undone.</source>
        <translation>已撤销移动。</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="213"/>
        <source>Edit Project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="213"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="235"/>
        <source>Lead organisation</source>
        <extracomment>The (titles, funder) a same-project warning was given for: a second Save makes it. Which funder the name typed stands for, as saving will take it: an existing one, a new organisation, or too many to choose from (the same rule as ``projects add --funder``). The organisation leading the project (the visit dossiers list the projects it leads).</extracomment>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="242"/>
        <source>The funder&apos;s programme or call applied to</source>
        <translation>申请的资助计划或项目征集</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="266"/>
        <source>Who gives it, in cash or in kind</source>
        <extracomment>The deadline&apos;s date, time of day and the funder&apos;s zone, the office&apos;s moment under them. Each amount as money in the interface&apos;s language (&quot;US$1,200,000.00&quot;, babel&apos;s CLDR formats, as the board and the lists show it).</extracomment>
        <translation>由谁提供，现金或实物</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="288"/>
        <source>The stage stored by a newer petdesk is “%1”, which this version does not know; it is kept until the project is moved to another stage on the Projects board.</source>
        <translation>由更新版本的 petdesk 保存的阶段为“%1”，此版本无法识别；在“项目”页的看板上将该项目移到其他阶段之前，将保留原值。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="328"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="273"/>
        <source>Title (&amp;English)</source>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="236"/>
        <source>Choose the lead organisation</source>
        <translation>选择牵头机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="237"/>
        <source>The organisation that leads this project.</source>
        <translation>牵头此项目的机构。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="274"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="275"/>
        <source>&amp;Funder</source>
        <translation>资助方(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="277"/>
        <source>&amp;Lead organisation</source>
        <translation>牵头机构(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="278"/>
        <source>P&amp;rogramme (English)</source>
        <translation>资助计划（英文）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="279"/>
        <source>Pr&amp;ogramme (Chinese)</source>
        <translation>资助计划（中文）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="280"/>
        <source>Technology &amp;areas</source>
        <translation>技术领域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="281"/>
        <source>Deadli&amp;ne</source>
        <translation>截止日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="282"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="293"/>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="295"/>
        <source>Amount re&amp;quested</source>
        <translation>申请金额(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="295"/>
        <source>Amount appro&amp;ved</source>
        <translation>批准金额(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="295"/>
        <source>Co-&amp;financing</source>
        <translation>配套资金(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="308"/>
        <source>Co-financing n&amp;ote</source>
        <translation>配套资金说明(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="310"/>
        <source>Description (&amp;English)</source>
        <translation>描述（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="311"/>
        <source>Description (C&amp;hinese)</source>
        <translation>描述（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="329"/>
        <source>Fundin&amp;g</source>
        <translation>资金(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="330"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="331"/>
        <source>Do&amp;cuments</source>
        <translation>文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="332"/>
        <source>Par&amp;tners</source>
        <translation>合作伙伴(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="333"/>
        <source>&amp;Milestones</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="339"/>
        <source>Act&amp;ion (English)</source>
        <extracomment>What is owed on this project (field test 50, defect 1): the visit editor&apos;s widget. Its changes are written at once, as on the contact and organisation panes, not held for OK.</extracomment>
        <translation>行动事项（英文）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="340"/>
        <source>Action (C&amp;hinese)</source>
        <translation>行动事项（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="341"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="342"/>
        <source>Du&amp;e</source>
        <translation>到期日(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="343"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="347"/>
        <source>Follo&amp;w-ups</source>
        <translation>后续行动(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="391"/>
        <source>The funder: %1</source>
        <extracomment>The fields as opened: only those changed since are written back (an untouched field is never rewritten, even where the box shows it differently from the stored value).</extracomment>
        <translation>资助机构：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="394"/>
        <source>Several funders have this in their names: %1. Give more of the name.</source>
        <translation>多个资助机构的名称中都有此内容：%1。请输入更完整的名称。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="397"/>
        <source>A new funder organisation will be created: %1</source>
        <translation>将新建资助机构：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="451"/>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="456"/>
        <source>The stage moves on the board, where each move is dated.</source>
        <translation>项目阶段在看板上调整，每次调整都会记录日期。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="537"/>
        <source>Give the project a title in English or Chinese.</source>
        <translation>请填写项目的英文或中文标题。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="586"/>
        <source>A project “%1” with this funder exists already (%2). Press OK again to make another.</source>
        <translation>该资助方已有名为“%1”的项目（%2）。如仍要新建，请再次点击“确定”。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="86"/>
        <source>Board</source>
        <extracomment>Emitted when the totals (and whether there is any project) read in the background are shown. The project overview being made for File › Print Preview, and its preview once shown.</extracomment>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="90"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="93"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="97"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="98"/>
        <source>All partners</source>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="101"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="103"/>
        <source>Any deadline</source>
        <translation>任意截止日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="104"/>
        <source>Deadline or milestone due this month</source>
        <translation>截止日期或里程碑在本月到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="106"/>
        <source>Deadline or milestone due in the next 14 days</source>
        <translation>截止日期或里程碑在未来 14 天内到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="110"/>
        <source>Deadline or milestone due in the next 30 days</source>
        <translation>截止日期或里程碑在未来 30 天内到期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="119"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="121"/>
        <source>Projects under way in the year: on the board by its end, not rejected or closed before</source>
        <translation>这一年中在推进的项目：年底前已上看板，且未在年初前被拒或结项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="126"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="141"/>
        <source>Search titles, funders and programmes…</source>
        <translation>搜索标题、资助方和资助计划…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="157"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="160"/>
        <source>Save the projects listed here as XLSX or CSV</source>
        <translation>将此处列出的项目保存为 XLSX 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="170"/>
        <source>List</source>
        <extracomment>The last export, and what the page said about it.</extracomment>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="205"/>
        <source>Delete Project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="235"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="245"/>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="343"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="345"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="609"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="610"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="613"/>
        <source>Export projects</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="614"/>
        <source>projects</source>
        <comment>file name</comment>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="639"/>
        <source>Projects exported to %1</source>
        <translation>项目已导出到 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="676"/>
        <source>Project overview</source>
        <translation>项目概览</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/page.py" line="690"/>
        <source>%1: requested %2, approved %3</source>
        <translation>%1：申请 %2，批准 %3</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="68"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="69"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="70"/>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="71"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="72"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="66"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="67"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="75"/>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="76"/>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="74"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="40"/>
        <source>Organisation</source>
        <extracomment>Typing pauses this long before the search runs (ms).</extracomment>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="41"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="42"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="43"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="44"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="45"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="74"/>
        <location filename="../src/petdesk/gui/quick_search.py" line="84"/>
        <source>Search everything</source>
        <extracomment>The chosen entry (the window&apos;s navigator opens it). A result list is shown (tests wait for it).</extracomment>
        <translation>全局搜索</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="80"/>
        <source>Organisations, contacts, visits, trainings, projects, technologies (English, 中文, pinyin)</source>
        <translation>机构、联系人、访问、培训、项目、技术（英文、中文、拼音）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="87"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="90"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="94"/>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation>↑↓ 选择 · 回车打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="138"/>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/quick_search.py" line="155"/>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="192"/>
        <source>Find Duplicates of This…</source>
        <extracomment>Rows a detail list shows before it scrolls.</extracomment>
        <translation>查找此记录的重复项…</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="144"/>
        <source>Unsaved changes</source>
        <extracomment>Drafts offered back at start, by (kind, record id): the editor opened for one takes it once its record is read (``offer_draft``). Draft folders that could not be written in this session: each is said once (``write_draft``).</extracomment>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="145"/>
        <source>Save the changes before closing?</source>
        <translation>关闭前保存更改吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="345"/>
        <source>Loading…</source>
        <extracomment>Every editor made and not yet collected (weakly held): what :func:`discard_open_editors` walks. The record arrived from the background read and fills the form (``load_in_background``). A background save finished: True when saved, False when refused or failed. A save of the form logged changes: what it changed (``undo_save.SavedEdit``), for the Undo of the list beside an editor that stays open (visits, trainings). Ctrl+Z in the editor asks the list that opened it to undo this save (a ``SavedEdit`` it sent with ``form_saved``); the list calls ``save_undone`` once it is undone. A draft from before a crash was put in the form (unsaved): the sentence that says so. The drafts folder cannot be written (said once a session): the sentence that says so. What drafts call this editor&apos;s records (&quot;visit&quot;); &quot;&quot; keeps no draft. How long after a change the draft is written: typing writes one every few seconds at most. What the last save changed (``services.undo_save``), for the list&apos;s Undo. A list undoes this editor&apos;s saves on request (``RecordList.undo_saves_of``). True while the unsaved-changes prompt&apos;s Save stores the form (``save_and_wait``): the prompt then closes the editor, so the save must not close it too. Where the focus was when the form was disabled (loading, saving): it goes back there. The draft file of this editor&apos;s unsaved changes (None until one was written). The record&apos;s ``updated_at`` when it was read or saved, which a draft keeps.</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="575"/>
        <source>Drafts of unsaved changes cannot be kept: the folder %1 cannot be written. Your changes are kept only when you save.</source>
        <translation>无法保留未保存更改的草稿：文件夹 %1 无法写入。您的更改只有在保存后才会保留。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="590"/>
        <source>Drafts cannot be kept: your changes are kept only when you save.</source>
        <translation>无法保留草稿：您的更改只有在保存后才会保留。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="621"/>
        <source>Recovered changes from %1, not saved yet: check them, then save.</source>
        <translation>已恢复 %1 的更改，尚未保存：请核对后保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/projects/project_dialog.py" line="562"/>
        <location filename="../src/petdesk/gui/record_editor.py" line="398"/>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="200"/>
        <source>Saving…</source>
        <extracomment>The change kind announced when saved (&quot;technology&quot;, &quot;need&quot;). The id stored by the last save (a new record&apos;s id once made). The fields as opened: an edit writes only those changed since.</extracomment>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_editor.py" line="441"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="553"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="554"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="563"/>
        <source>%1: choose</source>
        <comment>a button&apos;s spoken name</comment>
        <translation>%1：选择</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="564"/>
        <source>%1: clear</source>
        <comment>a button&apos;s spoken name</comment>
        <translation>%1：清除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="578"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="186"/>
        <source>Merged %1.</source>
        <translation>已合并 %1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="188"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="213"/>
        <source>Merge undone: %1</source>
        <translation>已撤销合并：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="219"/>
        <location filename="../src/petdesk/gui/list_page.py" line="320"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1930"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1947"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="190"/>
        <location filename="../src/petdesk/gui/record_list.py" line="983"/>
        <source>Search the list</source>
        <extracomment>What the last delete or its Undo selected, kept through the reload right after it. The records this list&apos;s own delete or Undo just wrote, until the change bus has told the page around it: the page selects &quot;the changed record&quot;, which is not to clear the search. What Ctrl+Z on this list takes back: the last delete (see ``allow_delete``). What Ctrl+Y on this list does again: the delete just undone (Redo). Columns that hide while the table is narrow (see ``allow_hiding``), and the settings&apos; kind.
----------
The sort of the rows on screen, and the one asked for whose rows are still being read.</extracomment>
        <translation>搜索列表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1073"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1150"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1083"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1192"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1193"/>
        <source>Name of this view (search, filters, sort, columns):</source>
        <translation>视图名称（搜索、筛选、排序、列）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1228"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1230"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1305"/>
        <source>Search…  (Ctrl+F)</source>
        <translation>搜索…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1324"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1325"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="314"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1326"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1330"/>
        <source>&amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1333"/>
        <source>&amp;Untag…</source>
        <translation>移除标签(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1846"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1885"/>
        <source>Changes saved.</source>
        <translation>已保存更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="18"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1614"/>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1620"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · 已选 %2 条</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="323"/>
        <location filename="../src/petdesk/gui/record_list.py" line="995"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="415"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="402"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1988"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="416"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="403"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1989"/>
        <source>Delete %1?</source>
        <translation>确定删除 %1吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="421"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="407"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1995"/>
        <source>You can undo this right after.</source>
        <translation>删除后可立即撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="353"/>
        <location filename="../src/petdesk/gui/projects/page.py" line="425"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2049"/>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2060"/>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2135"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2170"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2171"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2224"/>
        <source>Set Field</source>
        <translation>设置字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2233"/>
        <source>Changed the country of %1 to %2.</source>
        <translation>已将%1的国家改为%2。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2234"/>
        <source>Changed the kind of %1 to %2.</source>
        <translation>已将%1的类型改为%2。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2235"/>
        <source>Changed the English city of %1 to %2.</source>
        <translation>已将%1的城市（英文）改为 %2。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2236"/>
        <source>Changed the Chinese city of %1 to %2.</source>
        <translation>已将%1的城市（中文）改为%2。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2239"/>
        <source>Cleared the English city of %1.</source>
        <translation>已清空%1的城市（英文）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2240"/>
        <source>Cleared the Chinese city of %1.</source>
        <translation>已清空%1的城市（中文）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2246"/>
        <source>Changed %1.</source>
        <translation>已更改 %1。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2264"/>
        <source>Tags (separate several with commas):</source>
        <translation>标签（多个标签用逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2295"/>
        <source>Tag Change</source>
        <translation>标签更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2312"/>
        <source>Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2330"/>
        <source>Removing tags from %1…</source>
        <translation>正在移除 %1的标签…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="161"/>
        <source>Status</source>
        <extracomment>A date filter box at this date means &quot;no bound&quot;. One row: the record&apos;s id and its cells as shown (then the tooltips of ``TIPS``, not shown). Columns whose tooltip is another text of the row: the city in the other language, so a change of the English city shows in the Chinese window too (field test 34, defect 6c).</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="165"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="168"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="169"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="269"/>
        <source>Tag</source>
        <comment>filter: the records with this tag</comment>
        <extracomment>The choices of the &quot;Untouched for&quot; filter of people and organisations, in years.</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="272"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2167"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="276"/>
        <source>Untouched for</source>
        <comment>filter: no change, nothing logged</comment>
        <translation>无变动已满</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="21"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln 年</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="862"/>
        <source>Search</source>
        <extracomment>The filters offered, and the conditions they add to the query. The roles the list model answers, as plain ints (fast to test in ``data``). Emitted with the number of matching rows once the background count finishes. Where a column&apos;s tooltip cell is in a row (rows of other sources may not carry it). Columns of counts, right-aligned (``number_cells``). The generation each cached page was stored in (pages loaded while a reload runs are as fresh as its answer and are kept when it arrives). The generation whose rows and count are shown in full: while another is being read, the count is not known well enough to adjust by the rows of a delete. A new search&apos;s first page is being read (the rows shown are still the old ones). How long a sort may take before its arrow goes back to the rows on screen until its own arrive (a quick sort moves the arrow once, without flicker). From this many records a delete or its undo shows its progress: 350 contacts took 1.4–2.6 s in field test 69 with nothing moving. A bulk delete quicker than this shows no progress window at all (it would only flash). The plain detail pane&apos;s narrowest (see :class:`RowsSummary`). The record whose columns are on screen (None: the hint, no record). Emitted after this page wrote something (kept for callers; the change bus is what counts). Emitted with the row once &quot;select the record&quot; has found and selected it. Entity kinds whose changes make this page refresh (defaults to the source&apos;s kind). The list&apos;s share of the page&apos;s width on the first show (the detail pane takes the rest). Columns kept whole as the dates are (measured on the rows, never shrunk): short labels that a cut leaves unreadable (&quot;Outbou…&quot;, &quot;Cancel…&quot;) where a long name beside them can give way. What undoes the last delete, bulk change or editor save (the undo bar offers it). This page&apos;s own write being announced, with the rows it added to or took from the count (``announce_write``&apos;s ``count_change``): its reload then shows the count without a COUNT. The rows the last delete took from the count, with the search and filters they matched: their Undo puts them back in the count while the list shows the same search. The records that undo is about: a change of one of them made elsewhere (a restore from Edit › Deleted Records) withdraws the offer, which would act on a state gone by. What Edit › Undo calls that undo (&quot;Delete 3 contacts&quot;; field test 49, defect 6). What Redo does again: the delete the last Undo took back (other undos have no redo). The save of the modal editor that ran last (``run_editor``).</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="873"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1038"/>
        <source>Set &amp;field…</source>
        <translation>设置字段(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1395"/>
        <source>Select a record to see the details.</source>
        <extracomment>The &quot;Untouched for&quot; years of the delete under way (None: not chosen by it), which the services write in the office&apos;s housekeeping log.</extracomment>
        <translation>选择记录以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1611"/>
        <source>sorting…</source>
        <extracomment>The last one made, for tests and screen readers to find.</extracomment>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1847"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1886"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="1931"/>
        <source>“%1” has changes that are not saved yet. Save or discard them there first, then undo.</source>
        <translation>“%1”有尚未保存的更改。请先在那里保存或放弃这些更改，再撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2054"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/list_page.py" line="376"/>
        <location filename="../src/petdesk/gui/record_list.py" line="1963"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2124"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2257"/>
        <location filename="../src/petdesk/gui/record_list.py" line="2306"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2317"/>
        <source>Tagged %1.</source>
        <translation>已为 %1添加标签。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2318"/>
        <source>Tagging %1…</source>
        <translation>正在为 %1添加标签…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2324"/>
        <source>Untag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/record_list.py" line="2329"/>
        <source>Removed tags from %1.</source>
        <translation>已移除 %1的标签。</translation>
    </message>
</context>
<context>
    <name>RecordSearch</name>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="381"/>
        <source>Search</source>
        <extracomment>Zones offered first; any IANA zone can be typed. Names the system may give UTC (``/etc/localtime`` → Etc/UTC): shown as the one UTC entry. Every zone&apos;s choice by (language, UTC hour), filled by the first zone box&apos;s background read. The days of the record being edited: the offsets shown are those on these days. A zone picked or typed by hand, or one a record has: suggestions leave it alone. The widest a column grows to show its longest text; the last column takes what is left. Emitted when a search has delivered its results (tests wait for it).</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="383"/>
        <source>Type a name in English or Chinese…</source>
        <translation>输入中文或英文名称…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/widgets.py" line="384"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../src/petdesk/gui/backups/remember_box.py" line="14"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/remember_box.py" line="19"/>
        <source>Remember it in the system keyring (none on this computer)</source>
        <translation>在系统密钥环中记住密码（本机没有密钥环）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/remember_box.py" line="24"/>
        <source>No system keyring is available to remember the passphrase; it will be asked each time petdesk starts.</source>
        <translation>没有可用的系统密钥环来记住密码；每次启动 petdesk 时都会询问密码。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/backups/remember_box.py" line="41"/>
        <source>The system keyring did not take the passphrase; it will be asked each time petdesk starts.</source>
        <translation>系统密钥环未能保存密码；每次启动 petdesk 时都会询问密码。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="107"/>
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="119"/>
        <source>Reminders</source>
        <extracomment>Rows laid out per pass of the event loop. (kind &quot;visit&quot;, &quot;training&quot;, &quot;project&quot;, &quot;contact&quot; or &quot;organisation&quot;, row id, the item or follow-up to focus or None)</extracomment>
        <translation>提醒事项</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="113"/>
        <source>next %Ln day(s)</source>
        <translation>
            <numerusform>未来 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/calendar/reminders.py" line="154"/>
        <source>Nothing due.</source>
        <translation>暂无到期事项。</translation>
    </message>
</context>
<context>
    <name>RepeatedHour</name>
    <message>
        <location filename="../src/petdesk/gui/visits/repeated_hour.py" line="32"/>
        <source>Which time?</source>
        <translation>哪一个时间？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/repeated_hour.py" line="34"/>
        <source>%1 happens twice that night: summer time (%2) or standard time (%3)?</source>
        <translation>当晚 %1 会出现两次：夏令时（%2）还是标准时间（%3）？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/repeated_hour.py" line="42"/>
        <source>On %1 the clocks go back one hour in %2.</source>
        <translation>%1，%2的时钟拨回一小时。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/repeated_hour.py" line="47"/>
        <source>Summer time (%1)</source>
        <translation>夏令时（%1）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/repeated_hour.py" line="51"/>
        <source>Standard time (%1)</source>
        <translation>标准时间（%1）</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="75"/>
        <source>head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="76"/>
        <source>delegate</source>
        <translation>团员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="77"/>
        <source>host</source>
        <translation>接待方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="78"/>
        <source>interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="79"/>
        <source>driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="80"/>
        <source>organiser</source>
        <translation>组织方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="81"/>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="82"/>
        <source>attendee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="83"/>
        <source>trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="84"/>
        <source>visiting delegation</source>
        <translation>来访代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="85"/>
        <source>met during the visit</source>
        <translation>访问期间会见</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/detail.py" line="86"/>
        <source>its people took part</source>
        <translation>本机构人员参加</translation>
    </message>
</context>
<context>
    <name>SeparatorDialog</name>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="50"/>
        <location filename="../src/petdesk/gui/csv_separator.py" line="55"/>
        <source>Field separator</source>
        <translation>字段分隔符</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="58"/>
        <source>Excel opens a CSV file split at the separator its region uses; with another one every row stays in one column.</source>
        <translation>Excel 按其所在地区使用的分隔符拆分 CSV 文件；分隔符不一致时，每一行都会挤在同一列中。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/csv_separator.py" line="65"/>
        <source>Field &amp;separator:</source>
        <translation>字段分隔符(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="335"/>
        <source>Session</source>
        <extracomment>Keys that set a mark directly (the same letters in both languages: P, A, E), and that clear it. Keys that cycle the mark as a click does. The cell&apos;s mark is to move on to the next one in ``CYCLE``. The cell&apos;s mark is to become the given status (&quot;&quot; = not recorded). The selected cells&apos; marks are to become the given status (a list of QModelIndex).</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="347"/>
        <source>Held online</source>
        <translation>线上举办</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="349"/>
        <source>Not said (read from the room and title)</source>
        <translation>未说明（按教室和标题判断）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="350"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="351"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="371"/>
        <source>A name in Latin or Chinese script</source>
        <extracomment>The people listed, in the list&apos;s order (what the filter matches on).</extracomment>
        <translation>输入拉丁字母或汉字姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="377"/>
        <source>Show &amp;all participants</source>
        <translation>显示全部参加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="405"/>
        <source>Title (&amp;English)</source>
        <extracomment>Why the session would be refused, under the field to fix; &quot;other&quot; (a refusal of the write itself) above the buttons.</extracomment>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="406"/>
        <source>Title (C&amp;hinese)</source>
        <translation>标题（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="408"/>
        <source>&amp;Starts (venue&apos;s time)</source>
        <translation>开始（当地时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="410"/>
        <source>E&amp;nds (venue&apos;s time)</source>
        <translation>结束（当地时间）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="412"/>
        <source>Time &amp;zone of the venue</source>
        <translation>培训地点时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="414"/>
        <source>&amp;Room (English)</source>
        <translation>教室（英文）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="415"/>
        <source>Room (Ch&amp;inese)</source>
        <translation>教室（中文）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="416"/>
        <source>Held &amp;online</source>
        <translation>线上举办(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="418"/>
        <source>&amp;Find a trainer or interpreter</source>
        <translation>查找培训讲师或翻译(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="419"/>
        <source>&amp;Trainers and interpreters (from the participants)</source>
        <translation>培训讲师和翻译（从参加人员中选择）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../src/petdesk/gui/set_field_dialog.py" line="49"/>
        <source>Set field</source>
        <extracomment>(code, label) to pick from, or None for free text. Whether the user may type to find a choice (countries: a long list).</extracomment>
        <translation>设置字段</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/set_field_dialog.py" line="60"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/set_field_dialog.py" line="64"/>
        <source>New &amp;value:</source>
        <translation>新值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/set_field_dialog.py" line="89"/>
        <source>New value of %1</source>
        <translation>%1的新值</translation>
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
        <location filename="../src/petdesk/gui/settings/switch.py" line="196"/>
        <location filename="../src/petdesk/gui/settings/switch.py" line="209"/>
        <source>Language</source>
        <extracomment>Windows made by a switch, kept alive here (Python would otherwise collect them).</extracomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/settings/switch.py" line="210"/>
        <source>%1 has unsaved changes. The new language applies at the next start.</source>
        <translation>“%1”中有尚未保存的修改，新的界面语言将在下次启动时生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/plurals.py" line="89"/>
        <source>Close the %Ln open editor window(s) and switch the language now? Otherwise the new language applies at the next start.</source>
        <translation>
            <numerusform>要关闭已打开的 %Ln 个编辑窗口并立即切换语言吗？否则新的界面语言将在下次启动时生效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/settings/dialog.py" line="124"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <location filename="../src/petdesk/gui/sort_menu.py" line="35"/>
        <source>&amp;Sort by</source>
        <extracomment>A table&apos;s context menu: the submenu listing the columns to sort the list by.</extracomment>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sort_menu.py" line="57"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>列表不能按此列排序。</translation>
    </message>
</context>
<context>
    <name>StaffNameDialog</name>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="43"/>
        <source>Your name</source>
        <extracomment>QSettings key: &quot;Not now&quot; was answered on this computer.</extracomment>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="46"/>
        <source>petdesk notes who made each change, so that colleagues can see it in History. Which name should it give for the changes you make here?</source>
        <translation>petdesk 会记录每项更改由谁所做，同事可在“修改历史”中查看。您在此处所做的更改应以哪个名字记录？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="55"/>
        <source>e.g. Gao Yan / 高燕</source>
        <translation>例如：高燕 / Gao Yan</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="56"/>
        <source>You can change it later in Settings › Defaults.</source>
        <translation>以后可在“设置 › 默认值”中更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="59"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/staff_question.py" line="60"/>
        <source>&amp;Not now</source>
        <translation>暂不设置(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="51"/>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="141"/>
        <source>Replace attendee</source>
        <translation>替换学员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="72"/>
        <source>%1 stays registered with the attendance of the sessions before; the substitute takes the place and the marks from the session chosen on.</source>
        <extracomment>Why OK did not close (no one chosen).</extracomment>
        <translation>%1 仍保留报名记录及此前各场课程的出勤；替补学员自所选课程起接替名额和出勤记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="85"/>
        <source>Substitute</source>
        <translation>替补学员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="86"/>
        <source>From session</source>
        <translation>接替起始课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="107"/>
        <source>Find the substitute and choose them in the list.</source>
        <translation>请查找替补学员并在列表中选中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="125"/>
        <source>%1 keeps no attendance; all %Ln mark(s) go to %2 — a swap, not a late substitute.</source>
        <translation>
            <numerusform>%1 将不保留任何出勤记录；全部 %Ln 条出勤记录转给 %2——这是对调，而非中途替补。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="131"/>
        <source>All sessions are past: %Ln attendance mark(s) of %1 from the session chosen on go to %2.</source>
        <translation>
            <numerusform>所有课程均已结束：%1 自所选课程起的 %Ln 条出勤记录将转给 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/substitute.py" line="142"/>
        <source>Replace anyway?</source>
        <translation>仍要替换吗？</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="22"/>
        <source>Collecting changes…</source>
        <extracomment>Stages the service reports, in order, so the progress bar can show how far it is.</extracomment>
        <translation>正在收集更改…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="23"/>
        <source>Encrypting and writing…</source>
        <translation>正在加密并写入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="24"/>
        <source>Verifying the package…</source>
        <translation>正在校验数据包…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="25"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="26"/>
        <source>Removing erased data from the file…</source>
        <translation>正在从文件中移除已清除的数据…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="27"/>
        <source>Comparing with this database…</source>
        <translation>正在与本数据库比对…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="28"/>
        <source>Applying changes…</source>
        <translation>正在应用更改…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="29"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="33"/>
        <source>Waiting for another task to finish writing…</source>
        <extracomment>Said while another task writes; the bar stays where it was.</extracomment>
        <translation>正在等待另一项任务完成写入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/common.py" line="71"/>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="49"/>
        <source>Sync</source>
        <extracomment>QSettings key holding the language chosen in the settings (&quot;&quot; = follow the system). Environment variable that turns on the pseudo-translation (layout testing). Strings other modules translate through a helper of their own (``_tr(&quot;Sync&quot;)``), which lupdate cannot follow; listed here so that they reach the catalogue. ``scripts/check_translations.sh`` finds such strings (&quot;hidden from lupdate&quot;) - calling ``QCoreApplication.translate`` directly makes these redundant.</extracomment>
        <translation>数据同步</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="50"/>
        <source>Export &amp;Changes for Another Office…</source>
        <translation>导出同步数据包(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/translation.py" line="51"/>
        <source>I&amp;mport Changes from Another Office…</source>
        <translation>导入同步数据包(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="640"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="642"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="656"/>
        <location filename="../src/petdesk/gui/sync/page.py" line="673"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="657"/>
        <source>Exchange journal</source>
        <translation>交换记录</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="658"/>
        <source>Offices</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="667"/>
        <source>Exchange changes with other offices by encrypted files (USB stick or e-mail).</source>
        <translation>通过加密文件（U 盘或电子邮件）与其他办公室交换数据更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/sync/page.py" line="669"/>
        <source>%Ln conflict(s) wait for you.</source>
        <translation>
            <numerusform>有 %Ln 处冲突等待处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/sync/page.py" line="673"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
</context>
<context>
    <name>TagCountModel</name>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="66"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="66"/>
        <source>Organisations</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="66"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tags/manage.py" line="66"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../src/petdesk/gui/tags/__init__.py" line="16"/>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>TechnologyChooser</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="41"/>
        <source>Shortlist a technology by hand</source>
        <extracomment>A search&apos;s choices are shown (tests wait for it).</extracomment>
        <translation>手动加入候选技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="43"/>
        <source>A technology for “%1”, ranked or not:</source>
        <translation>为“%1”选择技术（无论是否在排名中）：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="51"/>
        <source>Type part of its name or provider (any language)</source>
        <translation>输入技术名称或提供方的一部分（中英文均可）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="55"/>
        <source>Find a technology</source>
        <translation>查找技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="58"/>
        <source>Technologies found</source>
        <translation>找到的技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="109"/>
        <source>No technology in the catalogue has “%1” in its name or provider.</source>
        <extracomment>Said instead of an empty list (shots51: a search that found nothing left a blank box).</extracomment>
        <translation>技术目录中没有名称或提供方含“%1”的技术。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/add_match.py" line="113"/>
        <source>The catalogue has no technologies yet: add them on the Technologies page.</source>
        <translation>技术目录中尚无技术：请先在“技术”页添加。</translation>
    </message>
</context>
<context>
    <name>TechnologyEditor</name>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="225"/>
        <source>Edit technology</source>
        <translation>编辑技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="225"/>
        <source>New technology</source>
        <translation>新建技术</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="231"/>
        <source>Provider</source>
        <translation>技术提供方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="232"/>
        <source>Choose the technology&apos;s provider</source>
        <translation>选择技术提供方</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="233"/>
        <source>The organisation that offers this technology.</source>
        <translation>提供此项技术的机构。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="236"/>
        <source>Technology readiness level, 1 (idea) to 9 (proven in use)</source>
        <translation>技术成熟度，从 1（构想）到 9（已在实际应用中验证）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="241"/>
        <source>Separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="242"/>
        <source>Name (&amp;English)</source>
        <translation>名称（英文）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="243"/>
        <source>Name (C&amp;hinese)</source>
        <translation>名称（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="244"/>
        <source>&amp;Sector</source>
        <translation>领域(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="245"/>
        <source>&amp;Provider</source>
        <translation>技术提供方(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="246"/>
        <source>&amp;Readiness (TRL)</source>
        <translation>技术成熟度（TRL）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="247"/>
        <source>&amp;Description (English)</source>
        <translation>描述（英文）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="248"/>
        <source>Descr&amp;iption (Chinese)</source>
        <translation>描述（中文）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="249"/>
        <source>&amp;Key figures (English)</source>
        <translation>关键指标（英文）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="250"/>
        <source>Key fi&amp;gures (Chinese)</source>
        <translation>关键指标（中文）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/technologies/editors.py" line="251"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <location filename="../src/petdesk/gui/text_size.py" line="149"/>
        <source>Zoom &amp;In</source>
        <extracomment>QSettings key holding the chosen text size, in percent of the system&apos;s font. The sizes offered, in percent; Zoom In / Zoom Out step through them. The system&apos;s own size (View › Actual Size). Widget property holding the scale of a heading&apos;s font (see :func:`set_relative_font`). The application&apos;s point size before any scaling, taken the first time a size is applied.</extracomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/text_size.py" line="152"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/text_size.py" line="158"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TidyDialog</name>
    <message>
        <location filename="../src/petdesk/gui/tidy_dialog.py" line="253"/>
        <source>Making the changes…</source>
        <extracomment>How long the result stays in the window&apos;s status bar. The least share of the preview&apos;s width the last column (why) keeps. Whether Apply asks first (the subclass&apos;s ``confirm_text``). What the error messages say was being done (&quot;tidying phone numbers&quot;). The rows in view fitted to their wrapped text once a resize or a scroll settles: not at each step of a drag, nor every row of a large file (5,000 rows took 2.4 s each time). Whether the rows were fitted at the end of the list, which stays in view. The plan on screen (None until read), and whether a last tidy can be undone. What the last apply or undo did, said before the counts of the plan read after it. The question before Apply and the progress of a write, for tests and screen readers.</extracomment>
        <translation>正在更改…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/tidy_dialog.py" line="264"/>
        <source>Undoing the last tidy…</source>
        <translation>正在撤销上次整理…</translation>
    </message>
</context>
<context>
    <name>TrainingChooser</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="45"/>
        <source>Register for a training</source>
        <extracomment>The import that named the people (``import_undo.ImportMark``): the registrations become part of it when nothing was written since, so that Undo Import takes them back with it. The file&apos;s &quot;needs lodging&quot; answers by line and the person of each line, set by the import window: saved on the registrations with them. The file&apos;s lodging answers that said more than yes or no, by line: the lodging note. The file&apos;s attendance modes by line (&quot;参会方式&quot;, field test 79), for the same lines. When each line&apos;s person sent the form (its &quot;Timestamp&quot;), for the same lines.</extracomment>
        <translation>报名参加培训</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="54"/>
        <source>Register the %Ln person(s) of this import as attendees of:</source>
        <translation>
            <numerusform>将这次导入的 %Ln 人报名为以下培训的学员：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="58"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="79"/>
        <source>No planned or confirmed training to come</source>
        <translation>没有即将举行的计划中或已确认的培训</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="107"/>
        <source>%Ln person(s) registered for the training.</source>
        <translation>
            <numerusform>已为培训报名 %Ln 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="109"/>
        <source> %Ln were registered already.</source>
        <translation>
            <numerusform>%Ln 人此前已报名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="129"/>
        <source>%Ln lodging answer(s) for a one-day training: lodging for the night before the training day.</source>
        <translation>
            <numerusform>%Ln 条住宿回答属于一日培训：安排培训日前一晚的住宿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="137"/>
        <source>Line %1: %2: lodging answer not taken: %3; its note was kept</source>
        <translation>第 %1 行：%2：未采用住宿回答：%3；其备注已保留</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/contacts/import_training.py" line="139"/>
        <source>Line %1: %2: lodging answer not taken: %3</source>
        <translation>第 %1 行：%2：未采用住宿回答：%3</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="779"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="509"/>
        <source>New training</source>
        <extracomment>Every attendance mark clicked so far is stored (True), or the write was refused (False).</extracomment>
        <translation>新建培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="509"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="514"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="517"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="518"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="519"/>
        <source>Cancel training</source>
        <translation>取消培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="520"/>
        <source>Back to planned</source>
        <translation>退回计划中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="527"/>
        <source>Export participants…</source>
        <extracomment>The participants (attendees and organisers, as the dossier&apos;s participant list; not the trainers) to a vCard, CSV or Excel file (as ``export-contacts --training``). &quot;Attendees&quot; counted the organiser among them (field test 23, §5).</extracomment>
        <translation>导出参加人员名单…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="535"/>
        <source>Details</source>
        <extracomment>Where other features put their actions (&quot;Dossier…&quot;): after this separator.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="536"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="749"/>
        <source>Sessions</source>
        <translation>课程安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="537"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="790"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="538"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="850"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="541"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="542"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="545"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="784"/>
        <source>Lodging</source>
        <extracomment>Who needs a room (lodging51): read when shown, as answers change only there.</extracomment>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="551"/>
        <source>Undo</source>
        <extracomment>Brings back the session or the participants just removed (shown right after).</extracomment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="559"/>
        <source>Undo the last saved change</source>
        <translation>撤销最近一次保存的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="609"/>
        <source>No</source>
        <extracomment>The newest save of the details not undone yet (``undo_save.SavedEdit``). The training as last read (plain values), and a session to select once it is read. Attendance clicked and not stored yet, (session id, contact id) → status, and the marks being written now. A fast user clicks every 50–150 ms, quicker than a write and its read: each click shows at once and the marks are written in turn, none dropped while another write runs (field test 7, defect 4). The grid stays enabled meanwhile. How many mark writes finished: a read started before the last one shows old marks.</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="610"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="614"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="614"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="628"/>
        <source>Saved how %Ln participant(s) attend.</source>
        <translation>
            <numerusform>已保存 %Ln 位参加人员的参会方式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="661"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="676"/>
        <source>&amp;Title</source>
        <comment>the training&apos;s name</comment>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="677"/>
        <source>T&amp;opic</source>
        <translation>主题(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="695"/>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="698"/>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="699"/>
        <source>Venue &amp;address</source>
        <translation>场地地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="700"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="704"/>
        <source>Time &amp;zone of the venue</source>
        <translation>培训地点时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="705"/>
        <source>O&amp;rganiser</source>
        <translation>主办单位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="708"/>
        <source>D&amp;escription</source>
        <translation>简介(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="714"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="715"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="716"/>
        <source>Topic (English)</source>
        <translation>主题（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="717"/>
        <source>Topic (Chinese)</source>
        <translation>主题（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="681"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="696"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="718"/>
        <source>Venue (English)</source>
        <translation>地点（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="719"/>
        <source>Venue (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="720"/>
        <source>Venue address (English)</source>
        <translation>场地地址（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="721"/>
        <source>Venue address (Chinese)</source>
        <translation>场地地址（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="722"/>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="723"/>
        <source>City (Chinese)</source>
        <translation>城市（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="673"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="662"/>
        <source>Choose the training&apos;s organiser</source>
        <translation>选择培训主办单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="663"/>
        <source>The organisation that organises this training.</source>
        <translation>主办此培训的机构。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="673"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="686"/>
        <source>The status stored by a newer petdesk is “%1”, which this version does not know; it is kept until you confirm, mark done or cancel the training with the buttons above.</source>
        <translation>由更新版本的 petdesk 保存的状态为“%1”，此版本无法识别；在您用上方的按钮确认、标记为已完成或取消培训之前，将保留原值。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="724"/>
        <source>Description (English)</source>
        <translation>简介（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="725"/>
        <source>Description (Chinese)</source>
        <translation>简介（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="740"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="741"/>
        <source>Time (venue)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="742"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="743"/>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="744"/>
        <source>Room</source>
        <translation>教室</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="745"/>
        <source>Trainers</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="759"/>
        <source>Add session…</source>
        <translation>添加课程…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="761"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="763"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="780"/>
        <source>Name (other script)</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="781"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="835"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="782"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="783"/>
        <source>Attends</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="803"/>
        <source>Register</source>
        <translation>登记报名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="806"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="809"/>
        <source>Replace with substitute…</source>
        <translation>由替补学员接替…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="818"/>
        <source>Attends in person</source>
        <translation>线下参会</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="819"/>
        <source>Attends online</source>
        <translation>线上参会</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="833"/>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="852"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="879"/>
        <source>Click a cell or press Space or Enter: ✓ present → ✗ absent → %1 excused → not recorded. Keys P, A and E set present, absent and excused; Delete clears the mark.</source>
        <translation>点击单元格或按空格键、回车键：✓ 出席 → ✗ 缺席 → %1 请假 → 未记录。按 P、A、E 键分别记为出席、缺席、请假；按 Delete 键清除记录。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="898"/>
        <source>Clashes: save the training first</source>
        <translation>冲突：请先保存培训</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="926"/>
        <source>Training: %1</source>
        <translation>培训：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1006"/>
        <source>⚠ Clashes: %Ln (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ 冲突 %Ln 处（仅作提醒，不影响保存）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1244"/>
        <source>participants</source>
        <comment>file name</comment>
        <translation>参加人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1270"/>
        <source>%Ln participant(s) (attendees and organisers) exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 名参加人员（学员和组织方）导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1346"/>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1346"/>
        <source>in person</source>
        <translation>线下</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1373"/>
        <source>Its %Ln attendance mark(s) will be deleted with it.</source>
        <translation>
            <numerusform>其 %Ln 条出勤记录将一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1412"/>
        <source>Remove %Ln participant(s) from this training?</source>
        <translation>
            <numerusform>从本培训中移除 %Ln 名参加人员？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1414"/>
        <source>Their %Ln attendance mark(s) go with the registration.</source>
        <translation>
            <numerusform>其 %Ln 条出勤记录将随报名一并移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1415"/>
        <source>They no longer lead %Ln session(s).</source>
        <translation>
            <numerusform>其讲授的 %Ln 节课程将不再由其担任讲师。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1430"/>
        <source>Removed %Ln participant(s).</source>
        <translation>
            <numerusform>已移除 %Ln 名参加人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1431"/>
        <source>%Ln participant(s) registered again.</source>
        <translation>
            <numerusform>已为 %Ln 名参加人员恢复报名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1513"/>
        <source>Nothing saved here to undo.</source>
        <translation>这里没有可撤销的已保存更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1516"/>
        <source>Save or discard what is typed here first, then undo.</source>
        <translation>请先保存或放弃这里输入的内容，再撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1524"/>
        <source>The last save was undone.</source>
        <translation>已撤销最近一次保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1598"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1606"/>
        <source>%Ln attendance marks set.</source>
        <translation>
            <numerusform>已设置 %Ln 条出勤记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1600"/>
        <source>%Ln left out: the person is already present in a parallel session at that time.</source>
        <translation>
            <numerusform>%Ln 条未设置：此人在该时段已在平行课程中出勤。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1010"/>
        <source>No clashes</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1037"/>
        <source>replaced by %1</source>
        <translation>已由%1接替</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1039"/>
        <source>substitute for %1</source>
        <translation>替补%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1228"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1233"/>
        <source>Status changed.</source>
        <translation>状态已更新。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1242"/>
        <source>Export participants</source>
        <translation>导出参加人员名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1288"/>
        <source>not a participant</source>
        <translation>非本培训参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1320"/>
        <source>Session saved.</source>
        <translation>课程已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1370"/>
        <source>Delete session</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1372"/>
        <source>Delete the session “%1” on %2?</source>
        <translation>删除%2的课程“%1”？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1374"/>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1416"/>
        <source>You can undo this right after, or restore it later from Edit › Deleted Records.</source>
        <translation>删除后可立即撤销，也可稍后在“编辑 › 已删除的记录”中恢复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1384"/>
        <source>Session “%1” deleted.</source>
        <translation>已删除课程“%1”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1385"/>
        <source>Session “%1” restored.</source>
        <translation>已恢复课程“%1”。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1410"/>
        <source>Remove participants</source>
        <translation>移除参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1440"/>
        <source>Select the one attendee to replace.</source>
        <translation>请选中要替换的一名学员。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1445"/>
        <source>The training has no sessions to replace anyone in.</source>
        <translation>该培训尚无课程，无法替换学员。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1491"/>
        <source>%1 replaced by a substitute.</source>
        <extracomment>The dialog, for the tests (it is opened with open(), not exec()).</extracomment>
        <translation>%1 已由替补学员接替。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1492"/>
        <source>Replacement of %1 undone.</source>
        <translation>已撤销对 %1 的替换。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1541"/>
        <source>Mark the person who took this place in this session.</source>
        <translation>本场课程请为接替该名额的人员记录出勤。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1554"/>
        <source>Mark all present in this session</source>
        <translation>本节课全部标为出席</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1604"/>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/edit.py" line="1607"/>
        <source>Attendance marks taken back.</source>
        <translation>出勤记录已撤销。</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="63"/>
        <source>Search trainings by title or topic (English, 中文, pinyin)…  (Ctrl+F)</source>
        <extracomment>Seven columns beside a summary of a few short lines: at 3:2 of 1,024 px the list had 510 px and cut Title, Status and City while the pane beside it stood mostly empty (polish54).</extracomment>
        <translation>按标题或主题搜索培训（英文、中文、拼音）…  (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/trainings/list.py" line="66"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln 项培训</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/trainings/list.py" line="69"/>
        <source>Select a training to see the details.</source>
        <translation>选择培训以查看详细信息。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../src/petdesk/gui/undo_bar.py" line="40"/>
        <source>Undo bar</source>
        <extracomment>Undo was clicked, or Ctrl+Z pressed with the focus on the bar (``shortcut``).</extracomment>
        <translation>撤销栏</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/undo_bar.py" line="43"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="46"/>
        <source>Upgrading the Database</source>
        <extracomment>How often the dialog reads the upgrade&apos;s latest step and the elapsed time (ms).</extracomment>
        <translation>正在升级数据库</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="61"/>
        <source>%1 was made by an older version of petdesk and is being upgraded. A large file takes minutes; the file is not changed until the upgrade is complete.</source>
        <extracomment>The open database once the upgrade is done, or what stopped it.</extracomment>
        <translation>%1 由旧版 petdesk 创建，正在升级。大文件需要几分钟；升级完成之前文件不会被更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="72"/>
        <source>The backup from before the upgrade:</source>
        <translation>升级前的备份：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="77"/>
        <source>being written…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="80"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="116"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="121"/>
        <source>Upgrading: step %1 of %2…</source>
        <translation>正在升级：第 %1 步，共 %2 步…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="127"/>
        <source>Compacting the file…</source>
        <translation>正在压缩文件…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="130"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="134"/>
        <source>Elapsed: %1:%2</source>
        <translation>已用时间：%1:%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="166"/>
        <source>Stop the Upgrade?</source>
        <translation>停止升级？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/upgrade_dialog.py" line="168"/>
        <source>Stop upgrading %1? The file stays as it was, and petdesk will upgrade it again at its next start.</source>
        <translation>停止升级 %1？文件将保持原样，petdesk 下次启动时会再次升级它。</translation>
    </message>
</context>
<context>
    <name>VehicleItemsDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1201"/>
        <source>Items this vehicle serves</source>
        <extracomment>The programme&apos;s items for the vehicle dialog: (id, &quot;date time title&quot;). Who a new leg is for unless the user ticks otherwise (the delegation side). The visit&apos;s first and last day. The visit&apos;s time zone: a new leg&apos;s zones start there. &quot;… has rooms at … and at … for the same nights …&quot;, in the reader&apos;s language.</extracomment>
        <translation>该车辆服务的日程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1217"/>
        <source>Tick the &amp;items of the programme this vehicle serves.</source>
        <translation>勾选该车辆服务的日程项目。(&amp;I)</translation>
    </message>
</context>
<context>
    <name>VehicleRidersDialog</name>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1272"/>
        <source>Who rides in this vehicle</source>
        <translation>乘坐该车辆的人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1281"/>
        <source>&amp;Riders</source>
        <translation>乘车人员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/logistics.py" line="1281"/>
        <source>For these &amp;items</source>
        <translation>适用于这些日程(&amp;I)</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="144"/>
        <source>New visit</source>
        <extracomment>Itinerary columns: the time zone, the title; the date and times, never elided. The itinerary&apos;s columns, by key (the header menu&apos;s choice is kept as ``columns/itinerary``). Rarely filled columns hidden while the itinerary is narrower than this (pixels at the system&apos;s text size) until the user shows them: at 1024 px Kind, Place, &quot;Host or…&quot; and &quot;Dress c…&quot; were cut (polish54). Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. &quot;Dossier…&quot;); the list lives in ``editor_extensions`` so that features add to it without importing this module. The visit&apos;s id after every successful change (lists and calendars refresh on it). Changes held until Save: (service call, index of a record it created in the last replay). Why the last change was refused (shown again in the dialog it came from).</extracomment>
        <translation>新建访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="144"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="149"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="154"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="156"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="158"/>
        <source>Cancel visit</source>
        <translation>取消访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="161"/>
        <source>Back to planned</source>
        <translation>退回计划中</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="166"/>
        <source>Export .ics…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="167"/>
        <source>Export calendar (.ics)…</source>
        <translation>导出日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="168"/>
        <source>Import .ics…</source>
        <translation>导入会谈…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="169"/>
        <source>Import meetings (.ics)…</source>
        <translation>导入会谈（.ics）…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="171"/>
        <source>Registration list…</source>
        <translation>登记名单…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="181"/>
        <source>Details</source>
        <extracomment>Where other features put their actions (&quot;Dossier…&quot;): after this separator.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="182"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="351"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="183"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="421"/>
        <source>Itinerary</source>
        <translation>日程安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="184"/>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="195"/>
        <source>Logistics</source>
        <translation>后勤安排</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="217"/>
        <source>Undo the last change not yet saved</source>
        <extracomment>The last calendar import&apos;s result box (field test 31), kept to be read by tests.</extracomment>
        <translation>撤销最近一项尚未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="257"/>
        <source>Host organisation</source>
        <extracomment>The visit as last shown (plain values), and an item to select once it is read.</extracomment>
        <translation>接待单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="266"/>
        <source>Visiting organisation</source>
        <translation>访问单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="299"/>
        <source>Title (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="300"/>
        <source>Title (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="301"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="303"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="320"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="292"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="258"/>
        <source>Choose the host organisation</source>
        <translation>选择接待单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="259"/>
        <source>The organisation that receives the delegation and hosts this visit.</source>
        <translation>接待代表团、承办本次访问的单位。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="267"/>
        <source>Choose the visiting organisation</source>
        <translation>选择访问单位</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="268"/>
        <source>The organisation the delegation comes from.</source>
        <translation>代表团所属的单位。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="292"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="309"/>
        <source>The status stored by a newer petdesk is “%1”, which this version does not know; it is kept until you confirm, mark done or cancel the visit with the buttons above.</source>
        <translation>由更新版本的 petdesk 保存的状态为“%1”，此版本无法识别；在您用上方的按钮确认、标记为已完成或取消访问之前，将保留原值。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="334"/>
        <source>Purpose (English)</source>
        <translation>访问目的（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="335"/>
        <source>Purpose (Chinese)</source>
        <translation>访问目的（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="336"/>
        <source>Expected outcomes (English)</source>
        <translation>预期成果（英文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="337"/>
        <source>Expected outcomes (Chinese)</source>
        <translation>预期成果（中文）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="347"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="347"/>
        <source>Name (other script)</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="347"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="375"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="347"/>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="360"/>
        <source>Add to delegation</source>
        <translation>加入代表团</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="362"/>
        <source>Set role of selected</source>
        <translation>设置所选人员身份</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="363"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="365"/>
        <source>Replace selected by the person found</source>
        <translation>用找到的人员替换所选人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="373"/>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="403"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="404"/>
        <source>Time (place)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="405"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="406"/>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="407"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="408"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="409"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="410"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="411"/>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="412"/>
        <source>Host or chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="413"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="414"/>
        <source>Dress code</source>
        <translation>着装要求</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="415"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="434"/>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="436"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="437"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="443"/>
        <source>Banquet sheet…</source>
        <translation>宴会单…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="445"/>
        <source>Print one page about a meal for the restaurant (PDF)</source>
        <translation>打印供餐厅使用的单页宴请说明（PDF）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="485"/>
        <source>Clashes: save the visit first</source>
        <extracomment>The panel&apos;s table and rows, as Home&apos;s &quot;open the follow-up&quot; selects in them.</extracomment>
        <translation>冲突检查：请先保存本次访问</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="563"/>
        <source>Visit: %1</source>
        <translation>访问：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="614"/>
        <source>whole delegation</source>
        <translation>代表团全体成员</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="624"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="641"/>
        <source>Times in the place&apos;s zone; “Your time” in %1</source>
        <translation>时间均为当地时间；“本机时间”按 %1 时间显示</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="665"/>
        <source>⚠ Clashes: %Ln (warnings, saving is not blocked)</source>
        <translation>
            <numerusform>⚠ 冲突 %Ln 处（仅作提醒，不影响保存）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="671"/>
        <source>No clashes; ⚠ open questions about rooms and vehicles: %Ln</source>
        <translation>
            <numerusform>无冲突；⚠ 住宿与用车待定事项：%Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="679"/>
        <source>No clashes; ⚠ open questions about rooms: %Ln</source>
        <translation>
            <numerusform>无冲突；⚠ 住宿待定事项：%Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="969"/>
        <source>%Ln change(s) of the draft could not be recovered (no longer possible, or made on the Logistics tab with an older petdesk): make them again.</source>
        <translation>
            <numerusform>草稿中有 %Ln 项更改无法恢复（已不再可行，或是用旧版 petdesk 在“后勤安排”页中所做）：请重新操作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1046"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1048"/>
        <source>%1: %2</source>
        <comment>a gift&apos;s description, then the name it gives as giver or recipient</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1051"/>
        <source>Still naming %1 among other words, to edit on the Logistics tab:</source>
        <translation>以下礼品仍在其他文字中写有“%1”，请在“后勤安排”页中修改：</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1060"/>
        <source>%Ln gift(s) still name %1.</source>
        <translation>
            <numerusform>%Ln 件礼品仍写有“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1066"/>
        <source>%Ln gift(s) name %1 as giver or recipient. Put %2 in their place there?</source>
        <translation>
            <numerusform>%Ln 件礼品的赠送人或接受人写的是“%1”。是否改为“%2”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1078"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 项日程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1079"/>
        <source>%Ln flight(s)</source>
        <translation>
            <numerusform>%Ln 个航班</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1080"/>
        <source>%Ln other journey(s)</source>
        <translation>
            <numerusform>%Ln 段其他行程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1081"/>
        <source>%Ln hotel room(s)</source>
        <translation>
            <numerusform>%Ln 间酒店房间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1082"/>
        <source>%Ln vehicle seat(s)</source>
        <translation>
            <numerusform>%Ln 个车辆座位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1093"/>
        <source>On %Ln item(s) they are the only attendee ticked: it will list the whole delegation.</source>
        <translation>
            <numerusform>有 %Ln 项日程只勾选了此人：移除后这些日程将显示为代表团全体成员参加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="683"/>
        <source>No clashes</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="295"/>
        <source>&amp;Title</source>
        <comment>the visit&apos;s name</comment>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="302"/>
        <source>&amp;Direction</source>
        <translation>来访/出访(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="318"/>
        <source>Main time &amp;zone</source>
        <translation>主要时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="319"/>
        <source>D&amp;ates</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="321"/>
        <source>&amp;Host organisation</source>
        <translation>接待单位(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="322"/>
        <source>&amp;Visiting organisation</source>
        <translation>访问单位(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="323"/>
        <source>H&amp;ead count</source>
        <translation>代表团人数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="324"/>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="326"/>
        <source>&amp;Purpose</source>
        <translation>访问目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="330"/>
        <source>Expected &amp;outcomes</source>
        <translation>预期成果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="338"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="737"/>
        <source>This visit no longer exists: it was deleted, here or at another office. Edit › Deleted Records… can bring it back; then open it again.</source>
        <translation>此访问已不存在：它已在本办公室或其他办公室被删除。可通过“编辑 › 已删除的记录…”恢复，然后重新打开。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="810"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="837"/>
        <source>(not saved yet)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="826"/>
        <source>Nothing to undo since the last save.</source>
        <translation>自上次保存以来没有可撤销的更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="837"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="892"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="985"/>
        <source>Status changed.</source>
        <translation>状态已更新。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1085"/>
        <source>Remove %1 from the visit?</source>
        <translation>要将%1从本次访问中移除吗？</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1086"/>
        <source>%1 is also on %2. Removing takes them off those too; Undo brings all of it back.</source>
        <translation>%1还在%2中。移除后也会从这些安排中一并移除；撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1100"/>
        <source>Remove from the visit</source>
        <translation>从访问中移除</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1164"/>
        <source>Itinerary changed.</source>
        <translation>日程已更改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1199"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1201"/>
        <source>Item deleted.</source>
        <translation>事项已删除。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1217"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1248"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1218"/>
        <source>Calendar written to %1</source>
        <translation>日历已导出至 %1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1223"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1224"/>
        <source>visit</source>
        <comment>file name</comment>
        <translation>访问日程</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1225"/>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1305"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/edit.py" line="1249"/>
        <source>%Ln guest(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 位来宾写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1257"/>
        <source>Registration list</source>
        <translation>登记名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1258"/>
        <source>registration</source>
        <comment>file name</comment>
        <translation>登记名单</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1259"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1280"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1298"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/edit.py" line="1305"/>
        <source>Import meetings</source>
        <translation>导入会谈</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="80"/>
        <source>Search visits by title (English, 中文, pinyin)…  (Ctrl+F)</source>
        <extracomment>The table width (px at the system&apos;s text size) from which Country and Head count show: at 1024 px the list&apos;s table has about 570, at 1366 px about 790. As the Trainings list (polish54): seven columns beside a summary of a few short lines. At 1024 px the detail pane&apos;s least width already gives the list about 2/3; at 1366 the titles gain 78 px from it. Direction and Status read &quot;Outbou…&quot; and &quot;Cancel…&quot; at 1024 px beside a title and a host of 300 px each: the host (an organisation&apos;s name, whole in its tooltip) gives way instead. A country too, once shown: &quot;巴基斯坦&quot; read &quot;巴基…&quot; at 1024 px (walks58b); a long English one (&quot;Republic of Korea&quot;) is measured as a label is and the host gives way. Kept for callers of the former toolbar page.</extracomment>
        <translation>按标题搜索访问（英文、中文、拼音）…  (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/petdesk/gui/visits/list.py" line="83"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次访问</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/visits/list.py" line="86"/>
        <source>Select a visit to see the details.</source>
        <translation>选择访问以查看详细信息。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="121"/>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="122"/>
        <source>Welcome to petdesk</source>
        <extracomment>Contacts in a new demo database: enough to try searching and sorting, made in a few seconds. START_EMPTY, IMPORT_CONTACTS, OPEN_DEMO or RESTORED once a button was pressed</extracomment>
        <translation>欢迎使用 petdesk</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="125"/>
        <source>This database is new. Name this office: other offices see the name when you exchange data. You can change it later with Tools › Settings or petdesk office.</source>
        <translation>这是一个新的数据库。请填写本办公室的名称：与其他办公室交换数据时，对方会看到这个名称。以后可以在“工具 › 设置”中或用 petdesk office 命令修改。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="129"/>
        <source>e.g. Beijing Representation Office</source>
        <translation>英文名称，例如 Beijing Representation Office</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="130"/>
        <source>e.g. 北京代表处</source>
        <translation>例如：北京代表处</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="131"/>
        <source>e.g. East Asia</source>
        <translation>例如：东亚</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="134"/>
        <source>Office &amp;name (English):</source>
        <translation>办公室名称（英文）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="135"/>
        <source>Office name (&amp;Chinese):</source>
        <translation>办公室名称（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="136"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="137"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="141"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="142"/>
        <source>&amp;Start empty</source>
        <translation>从空数据库开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="143"/>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="144"/>
        <source>Try the &amp;demo database</source>
        <translation>试用演示数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="145"/>
        <source>Restore from a &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="148"/>
        <source>Moving to a new computer: restore this office&apos;s backup (from a USB stick, for example). This computer then works as that office.</source>
        <translation>换到新电脑：恢复本办公室的备份（例如 U 盘上的备份）。此后这台电脑即作为该办公室工作。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="154"/>
        <source>Opens a separate database with invented partners, visits and trainings; yours stays empty.</source>
        <translation>打开一个单独的数据库，其中是虚构的合作伙伴、访问和培训；您自己的数据库保持为空。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="175"/>
        <source>Restore from a Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="177"/>
        <source>petdesk backups (*.gz *.sqlite);;All files (*)</source>
        <translation>petdesk 备份 (*.gz *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="211"/>
        <source>Wrong passphrase for this backup; nothing was restored. Type it again:</source>
        <translation>此备份的密码错误；未恢复任何内容。请重新输入：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="213"/>
        <source>%1 is encrypted. Type the passphrase it was made with:</source>
        <translation>%1 已加密。请输入制作该备份时使用的密码：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="216"/>
        <source>Passphrase of the Backup</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/welcome/__init__.py" line="226"/>
        <source>Not Restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>YearExportDialog</name>
    <message>
        <location filename="../src/petdesk/gui/year_file_form.py" line="217"/>
        <source>&amp;Year:</source>
        <extracomment>Characters of the file name the path box shows: at the form&apos;s own width it showed 15 characters of a path (shots50). Filling while the file is written (None: the dialog has no bar).</extracomment>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_file_form.py" line="218"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_file_form.py" line="219"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_file_form.py" line="237"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>YearSummary</name>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="21"/>
        <source>Export Annual Summar&amp;y…</source>
        <extracomment>The files offered; a name without one of them is saved as a workbook.</extracomment>
        <translation>导出年度工作总结(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>YearSummaryDialog</name>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="40"/>
        <source>Export Annual Summary</source>
        <translation>导出年度工作总结</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="43"/>
        <source>The year&apos;s figures for the annual report: visits by partner country and type, training attendees by country and gender, projects by funder and currency and by stage, technology matches and new partners, counted as the lists count them. A workbook (.xlsx), a CSV file (.csv) or a bilingual PDF (.pdf).</source>
        <translation>年度工作总结所需的全年数据：按合作方国家与类型统计的代表团访问、按国家与性别统计的培训学员、按资助方与币种及阶段统计的项目、技术对接和新合作伙伴，计数规则与各列表相同。可导出为 Excel 工作簿（.xlsx）、CSV 文件（.csv）或中英双语 PDF（.pdf）。</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="54"/>
        <source>annual-summary-%1</source>
        <comment>file name</comment>
        <translation>年度工作总结-%1</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="53"/>
        <source>Workbook (*.xlsx)</source>
        <extracomment>The year written by the last export (None until one has finished).</extracomment>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="53"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="53"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="55"/>
        <source>Save the Summary As</source>
        <translation>年度工作总结另存为</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/year_summary_dialog.py" line="75"/>
        <source>Annual summary %1 written to %2.</source>
        <translation>%1年度工作总结已写入 %2。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../src/petdesk/gui/contacts/list.py" line="243"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../src/petdesk/gui/organisations/list.py" line="153"/>
        <source>Organisations</source>
        <translation>合作机构</translation>
    </message>
</context>
</TS>
