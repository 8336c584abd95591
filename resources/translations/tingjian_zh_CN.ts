<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="131" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="131" />
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="131" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="132" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="132" />
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="134" />
        <source>&amp;Add item</source>
        <translation>添加议题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="135" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="136" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="137" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="138" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="139" />
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="140" />
        <source>Ctrl+Up; or drag the row with the mouse</source>
        <translation>Ctrl+↑；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="141" />
        <source>Ctrl+Down; or drag the row with the mouse</source>
        <translation>Ctrl+↓；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="142" />
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="273" />
        <source>Use template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="143" />
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="145" />
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="145" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="145" />
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="145" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="146" />
        <source>Last progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="171" />
        <source>Total {total} min of {available} min available; ends at {end}.</source>
        <translation>合计 {total} 分钟，可用 {available} 分钟；预计 {end} 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="175" />
        <source>⚠ Over by {minutes} min: shorten or remove items.</source>
        <translation>⚠ 超时 {minutes} 分钟：请缩短或删除议题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="191" />
        <source>Report back: {open} open ({overdue} overdue), {closed} closed since the last session. The list is live until the meeting.</source>
        <translation>办理情况通报：未办结 {open} 项（逾期 {overdue} 项），上次会议以来已办结 {closed} 项。列表实时更新，直至会议召开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="200" />
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="236" />
        <source>New item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="237" />
        <source>Add agenda item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="245" />
        <source>Remove agenda item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="257" />
        <source>Move agenda item</source>
        <translation>移动议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="261" />
        <source>Edit agenda item</source>
        <translation>修改议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="274" />
        <source>Replace the {count} items of this agenda with the template “{name}”?</source>
        <translation>用模板“{name}”替换当前议程的 {count} 个议题吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="286" />
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="287" />
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="78" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="78" />
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="78" />
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="78" />
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="79" />
        <source>&amp;Attendance:</source>
        <translation>出席情况(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="82" />
        <source>Name as signed in</source>
        <translation>签到时的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="83" />
        <source>Building, village, school or organisation</source>
        <translation>楼栋、村、学校或单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="84" />
        <source>Phone or e-mail, only with consent</source>
        <translation>电话或电子邮件，须经本人同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="85" />
        <source>Agrees to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="87" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="107" />
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="87" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="107" />
        <source>Attending (no vote)</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="88" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="108" />
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="90" />
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="91" />
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="92" />
        <source>People who came without registering:</source>
        <translation>未登记的到场人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="93" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="93" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="93" />
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="94" />
        <source>Contact (consent time)</source>
        <translation>联系方式（同意时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="94" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="130" />
        <source>(no group)</source>
        <translation>（未分组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="135" />
        <source>In the room: {total} ({registered} registered + {anonymous} not registered). By group: {groups}</source>
        <translation>到场共 {total} 人（登记 {registered} 人 + 未登记 {anonymous} 人）。按分组：{groups}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="25" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="27" />
        <source>Occasion</source>
        <translation>时机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="28" />
        <source>Size (KB)</source>
        <translation>大小（KB）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="75" />
        <source>Restore the backup taken {taken}?

It holds {sessions} sessions, {opinions} opinions and {commitments} commitments (latest session: {latest}); check: {check}.

Everything changed after that time is replaced. The current database is kept aside as a file next to it.</source>
        <translation>是否恢复 {taken} 的备份？

其中有 {sessions} 场会议、{opinions} 条意见、{commitments} 项承诺事项（最近的会议：{latest}）；校验：{check}。

此后的所有修改都将被替换。当前数据库会另存为同一文件夹中的一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="83" />
        <location filename="../../desktop/ui/backups_panel.py" line="99" />
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="100" />
        <source>Restored. The replaced database was kept as {aside}.</source>
        <translation>已恢复。被替换的数据库已保存为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="103" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="105" />
        <source>This database is on a server; back it up there (for example with pg_dump).</source>
        <translation>该数据库位于服务器上，请在服务器端备份（例如使用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="109" />
        <source>Backups are made at start, every 30 minutes while something changed, on close and before every upgrade, and kept in {folder}.</source>
        <translation>启动时、有修改时每 30 分钟、关闭时以及每次升级前都会自动备份，备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="112" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="113" />
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="24" />
        <source>Leaders and departments</source>
        <translation>领导和部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="27" />
        <source>Name, e.g. 街道城管办 or 王海涛</source>
        <translation>名称，例如 街道城管办 或 王海涛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="29" />
        <source>Position (leaders), e.g. 副主任</source>
        <translation>职务（领导），例如 副主任</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="31" />
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="63" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="32" />
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="63" />
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="33" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="34" />
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="35" />
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="83" />
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="66" />
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="83" />
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="101" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="101" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="30" />
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="31" />
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="32" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="33" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="34" />
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="35" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="61" />
        <source>{open} open, {overdue} overdue, {done} done</source>
        <translation>未办结 {open} 项，超期 {overdue} 项，已办结 {done} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="65" />
        <source>Follow-up: commitments</source>
        <translation>跟踪督办：承诺事项</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="114" />
        <source>Import opinions</source>
        <translation>导入意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="115" />
        <source>Import attendees</source>
        <translation>导入参会人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="116" />
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="118" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="128" />
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="132" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="132" />
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="132" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="133" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="134" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="134" />
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="135" />
        <source>duplicate, skipped</source>
        <translation>重复，跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="150" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="172" />
        <source>Columns (English or Chinese header): channel 渠道, received_at 收到时间, name 姓名, group 分组, contact 联系方式, agenda_item 议题, kind 类型, tags 标签, text 内容 (required). CSV in UTF-8 or GBK, or XLSX.</source>
        <translation>列（英文或中文列名）：渠道 channel、收到时间 received_at、姓名 name、分组 group、联系方式 contact、议题 agenda_item、类型 kind、标签 tags、内容 text（必填）。支持 UTF-8 或 GBK 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="175" />
        <source>Columns (English or Chinese header): name 姓名 (required), group 分组, contact 联系方式, consent 同意, role 出席情况, note 备注. CSV in UTF-8 or GBK, or XLSX.</source>
        <translation>列（英文或中文列名）：姓名 name（必填）、分组 group、联系方式 contact、同意 consent、出席情况 role、备注 note。支持 UTF-8 或 GBK 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="181" />
        <source>Import 1 valid row</source>
        <translation>导入 1 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="182" />
        <source>Import {count} valid rows</source>
        <translation>导入 {count} 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="187" />
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="188" />
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="201" />
        <source>Reading and checking every row…</source>
        <translation>正在读取并检查每一行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="251" />
        <source>Rows with problems are named below; they are not imported.</source>
        <translation>有问题的行列在下方，这些行不会导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="272" />
        <source>Importing {count} rows…</source>
        <translation>正在导入 {count} 行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="277" />
        <source>Imported {added} rows; {duplicates} duplicates skipped; {invalid} rows with problems not imported.</source>
        <translation>已导入 {added} 行；跳过重复 {duplicates} 行；{invalid} 行有问题未导入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="7" />
        <source>Listening session</source>
        <translation>民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="8" />
        <source>Forum</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="9" />
        <source>Public hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="10" />
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11" />
        <source>Town hall</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>Planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19" />
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20" />
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>Cannot be done</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>Report back</source>
        <translation>办理情况通报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>Briefing</source>
        <translation>情况介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>Open floor</source>
        <translation>自由发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <source>Q&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29" />
        <source>Deliberation</source>
        <translation>协商讨论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30" />
        <source>Closing</source>
        <translation>总结</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="30" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="31" />
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="32" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="33" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="34" />
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="35" />
        <source>Started</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="36" />
        <source>Ended</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="72" />
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="73" />
        <source>Choose a session on the Sessions page to run it here.</source>
        <translation>请在“会议”页选择一场会议，在此主持进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="78" />
        <source>{date} · {venue} · chair: {chair} · agenda {total} of {avail} minutes</source>
        <translation>{date} · {venue} · 主持：{chair} · 议程 {total} / {avail} 分钟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102" />
        <source>Tingjian — listening sessions</source>
        <translation>听见 — 民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108" />
        <source>Create &amp;demo session</source>
        <translation>创建示例会议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110" />
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111" />
        <source>&amp;Minutes and report back…</source>
        <translation>会议纪要与办理情况通报(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113" />
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115" />
        <source>&amp;About Tingjian</source>
        <translation>关于听见(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Data: {where}</source>
        <translation>数据：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>Select a session on the Sessions page first.</source>
        <translation>请先在“会议”页选择一场会议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>About Tingjian</source>
        <translation>关于听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>&lt;b&gt;Tingjian 听见&lt;/b&gt; {version}&lt;br&gt;Run public listening sessions, capture every opinion, produce the minutes and follow up every commitment.</source>
        <translation>&lt;b&gt;听见 Tingjian&lt;/b&gt; {version}&lt;br&gt;主持民情恳谈会，记录每一条意见，生成会议纪要，跟踪每一项承诺。</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="73" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="74" />
        <source>public</source>
        <translation>公开版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="75" />
        <source>internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="76" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="120" />
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="78" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="78" />
        <source>approved by {who}</source>
        <translation>已由{who}审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="79" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="80" />
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="82" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="114" />
        <source>Minutes — {title}</source>
        <translation>会议纪要 — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="115" />
        <source>Official (GB/T 9704 纪要)</source>
        <translation>公文格式（GB/T 9704 纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="115" />
        <source>Plain</source>
        <translation>简洁样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="116" />
        <source>Organisation's template</source>
        <translation>本单位模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="118" />
        <source>王女士 / Ms Wang</source>
        <translation>王女士 / Ms Wang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="119" />
        <source>居民甲 / Resident A</source>
        <translation>居民甲 / Resident A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="120" />
        <source>Template (.docx)</source>
        <translation>模板（.docx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="121" />
        <source>Citizens named as</source>
        <translation>群众称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="121" />
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="124" />
        <source>Public version (citizens renamed, personal data masked)</source>
        <translation>公开版本（群众使用代称，隐去个人信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="125" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="126" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="127" />
        <source>&amp;Generate minutes</source>
        <translation>生成纪要(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="128" />
        <source>&amp;Report back (you said, we did)</source>
        <translation>办理情况通报(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="129" />
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="130" />
        <source>&amp;Approve selected version…</source>
        <translation>审定所选版本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="131" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="140" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="193" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="141" />
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word 文档 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="146" />
        <source>Save minutes as</source>
        <translation>纪要另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="147" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="167" />
        <source>Writing {name} …</source>
        <translation>正在写入 {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="177" />
        <source>Version {n} written to {path}.</source>
        <translation>第 {n} 版已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="181" />
        <source>Changed since the approved version:</source>
        <translation>自审定版本以来的变化：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="194" />
        <source>Write the minutes in the plain style instead?</source>
        <translation>是否改用简洁样式生成纪要？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="199" />
        <source>File in use</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="200" />
        <source>Save as {name} instead?</source>
        <translation>是否改存为 {name}？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="219" />
        <source>Report back written to {path}.</source>
        <translation>办理情况通报已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="230" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="231" />
        <source>Approved by (name and position):</source>
        <translation>审定人（姓名及职务）：</translation>
    </message>
</context>
<context>
    <name>NextInSeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="305" />
        <source>New session in this series</source>
        <translation>本系列的下一次会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="313" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="314" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="315" />
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="318" />
        <source>The agenda, the leaders and departments attending and the settings of “{title}” are copied; a report-back item lists the commitments still open.</source>
        <translation>将复制“{title}”的议程、出席的领导和部门以及各项设置；“办理情况通报”议题会列出尚未办结的承诺事项。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="122" />
        <source>&amp;Kind:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="122" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="122" />
        <source>&amp;Date, start, minutes:</source>
        <translation>日期、开始时间、时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="123" />
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="123" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="123" />
        <source>&amp;Organisation:</source>
        <translation>主办单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124" />
        <source>C&amp;hair:</source>
        <translation>主持领导(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124" />
        <source>&amp;Facilitator:</source>
        <translation>主持人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124" />
        <source>&amp;Recorder:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="125" />
        <source>Leaders and departments attending:</source>
        <translation>出席的领导和部门：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="125" />
        <source>Deadline &amp;policy:</source>
        <translation>办理时限规则(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="126" />
        <source>A&amp;genda template:</source>
        <translation>议程模板(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="129" />
        <source> min available</source>
        <translation> 分钟可用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="130" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="131" />
        <source>Edit the directory…</source>
        <translation>编辑名录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="132" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="132" />
        <source>&amp;Create session</source>
        <translation>创建会议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="133" />
        <source>Import &amp;opinions…</source>
        <translation>导入意见(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="134" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="135" />
        <source>Edit session</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="135" />
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="136" />
        <source>Issuing body of the minutes</source>
        <translation>纪要的印发单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="158" />
        <source>(none: set per commitment)</source>
        <translation>（不设：逐项设定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="167" />
        <source>(empty agenda)</source>
        <translation>（空议程）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="234" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="235" />
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="16" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="16" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="17" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="17" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="18" />
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="19" />
        <source>Opinions</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="20" />
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="143" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="144" />
        <source>No sessions yet. Use File → Create demo session to explore Tingjian with realistic content.</source>
        <translation>还没有会议。可通过“文件 → 创建示例会议”体验听见。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="146" />
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="148" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="150" />
        <source>New in this &amp;series…</source>
        <translation>本系列下一次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="152" />
        <source>Leaders and &amp;departments…</source>
        <translation>领导和部门(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="85" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="86" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="87" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="88" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="89" />
        <source>Running a session</source>
        <translation>主持会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90" />
        <source>Warn this many minutes before an item ends</source>
        <translation>议题结束前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="91" />
        <source>Default speaking time (seconds)</source>
        <translation>默认发言时限（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="92" />
        <source>People who have not spoken yet go first</source>
        <translation>未发言者优先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="93" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="94" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="95" />
        <source>Schema version (database / this app)</source>
        <translation>结构版本（数据库 / 本程序）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="96" />
        <source>Preferences file</source>
        <translation>偏好设置文件</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="57" />
        <source>Welcome to Tingjian</source>
        <translation>欢迎使用听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="58" />
        <source>Create a demo session with realistic content to explore Tingjian? You can delete it later or create it again from the File menu.</source>
        <translation>是否创建一场内容真实的示例会议来体验听见？之后可以删除，也可以从“文件”菜单再次创建。</translation>
    </message>
</context>
</TS>