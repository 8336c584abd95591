<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="154" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="154" />
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="154" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="155" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="155" />
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="157" />
        <source>&amp;Add item</source>
        <translation>添加议题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="158" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="159" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="160" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="161" />
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="162" />
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="163" />
        <source>Ctrl+Up; or drag the row with the mouse</source>
        <translation>Ctrl+↑；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="164" />
        <source>Ctrl+Down; or drag the row with the mouse</source>
        <translation>Ctrl+↓；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="165" />
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="326" />
        <source>Use template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="166" />
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="168" />
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="168" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="168" />
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="168" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="169" />
        <source>Last progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="200" />
        <source>Total {total} min of {available} min available; ends at {end}.</source>
        <translation>合计 {total} 分钟，可用 {available} 分钟；预计 {end} 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="204" />
        <source>⚠ Over by {minutes} min: shorten or remove items.</source>
        <translation>⚠ 超时 {minutes} 分钟：请缩短或删除议题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="220" />
        <source>Report back: {open} open ({overdue} overdue), {closed} closed since the last session. The list is live until the meeting.</source>
        <translation>办理情况通报：未办结 {open} 项（逾期 {overdue} 项），上次会议以来已办结 {closed} 项。列表实时更新，直至会议召开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="230" />
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="269" />
        <source>New item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="270" />
        <source>Add agenda item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="295" />
        <source>Remove agenda item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="307" />
        <source>Move agenda item</source>
        <translation>移动议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="313" />
        <source>Edit agenda item</source>
        <translation>修改议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="327" />
        <source>Replace the {count} items of this agenda with the template “{name}”?</source>
        <translation>用模板“{name}”替换当前议程的 {count} 个议题吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="339" />
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="340" />
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="39" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="40" />
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="41" />
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="42" />
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="43" />
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="44" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="104" />
        <source>Welcome to Tingjian</source>
        <translation>欢迎使用听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="105" />
        <source>Create a demo session with realistic content to explore Tingjian? You can delete it later or create it again from the File menu.</source>
        <translation>是否创建一场内容真实的示例会议来体验听见？之后可以删除，也可以从“文件”菜单再次创建。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="158" />
        <source>Connect to {name}</source>
        <translation>连接到 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="160" />
        <source>Password of {account}:</source>
        <translation>{account} 的密码：</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="114" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="114" />
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="114" />
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="114" />
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="115" />
        <source>&amp;Attendance:</source>
        <translation>出席情况(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="118" />
        <source>Name as signed in</source>
        <translation>签到时的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="119" />
        <source>Building, village, school or organisation</source>
        <translation>楼栋、村、学校或单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="120" />
        <source>Phone or e-mail, only with consent</source>
        <translation>电话或电子邮件，须经本人同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="121" />
        <source>Agrees to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="124" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="151" />
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="124" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="151" />
        <source>Attending (no vote)</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="125" />
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="152" />
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="127" />
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="128" />
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="129" />
        <source>What is held…</source>
        <translation>查询本人信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="130" />
        <source>Save everything held about the selected person (their request to see it) as .docx or JSON</source>
        <translation>将所选人员的全部信息（本人查询）保存为 .docx 或 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="132" />
        <source>Erase person…</source>
        <translation>删除人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="133" />
        <source>Replace the selected person's name, group and contact by an anonymous label (their request to be erased)</source>
        <translation>将所选人员的姓名、分组和联系方式替换为匿名标识（本人要求删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="136" />
        <source>People who came without registering:</source>
        <translation>未登记的到场人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="137" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="137" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="137" />
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="138" />
        <source>Contact (consent time)</source>
        <translation>联系方式（同意时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="138" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="176" />
        <source>(no group)</source>
        <translation>（未分组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="181" />
        <source>In the room: {total} ({registered} registered + {anonymous} not registered). By group: {groups}</source>
        <translation>到场共 {total} 人（登记 {registered} 人 + 未登记 {anonymous} 人）。按分组：{groups}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="30" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="32" />
        <source>Occasion</source>
        <translation>时机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="33" />
        <source>Size (KB)</source>
        <translation>大小（KB）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="77" />
        <source>Restore the backup taken {taken}?

It holds {sessions} sessions, {opinions} opinions and {commitments} commitments (latest session: {latest}); check: {check}.

Changes made after {taken} will be lost. The current database is kept aside as a file next to it.</source>
        <translation>是否恢复 {taken} 的备份？

其中有 {sessions} 场会议、{opinions} 条意见、{commitments} 项承诺事项（最近的会议：{latest}）；校验：{check}。

{taken} 之后的修改将丢失。当前数据库会另存为同一文件夹中的一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="85" />
        <source>Replace with the backup of {taken} (changes after {time} are lost)</source>
        <translation>用 {taken} 的备份替换（{time} 之后的修改将丢失）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="88" />
        <location filename="../../desktop/ui/backups_panel.py" line="105" />
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="89" />
        <source>Cancel, change nothing</source>
        <translation>取消，不做任何修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="106" />
        <source>Restored. The replaced database was kept as {aside}.</source>
        <translation>已恢复。被替换的数据库已保存为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="109" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="111" />
        <source>This database is on a server; back it up there (for example with pg_dump).</source>
        <translation>该数据库位于服务器上，请在服务器端备份（例如使用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="115" />
        <source>Backups are made at start, every 30 minutes while something changed, on close and before every upgrade, and kept in {folder}.</source>
        <translation>启动时、有修改时每 30 分钟、关闭时以及每次升级前都会自动备份，备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="118" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="119" />
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="64" />
        <source>(no agenda item)</source>
        <translation>（不属于任何议题）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="87" />
        <source>Anonymous speaker</source>
        <translation>匿名发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="109" />
        <source>Type the opinion first: empty text is not saved.</source>
        <translation>请先输入意见内容：空白内容不会保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="114" />
        <source>Capture opinion</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="138" />
        <source>The server cannot be reached: {n} opinion(s) saved on this laptop, waiting for the server. They are sent by themselves when it is back.</source>
        <translation>无法连接服务器：{n} 条意见已保存在本机，等待服务器。服务器恢复后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="149" />
        <source>The server is back: every opinion kept on this laptop is saved.</source>
        <translation>服务器已恢复：本机暂存的意见已全部保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="155" />
        <source>{n} opinion(s) kept on this laptop were refused by the server and stay there: {reason}</source>
        <translation>服务器拒收了本机暂存的 {n} 条意见，它们仍保存在本机：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="167" />
        <source>The data folder cannot take the draft; it is kept in {path}</source>
        <translation>数据文件夹无法保存草稿，草稿已另存于 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="170" />
        <source>Could not keep a draft: {error}</source>
        <translation>无法保存草稿：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="190" />
        <source>Edit opinion</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="195" />
        <location filename="../../desktop/ui/live/capture.py" line="217" />
        <source>Remove opinion</source>
        <translation>删除意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="203" />
        <source>Remove the opinion of {speaker}: “{text}”?
Why is it removed?</source>
        <translation>删除{speaker}的意见：“{text}”？
删除原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="205" />
        <source>Remove {n} opinions, the first of {speaker}: “{text}”?
Why are they removed?</source>
        <translation>删除 {n} 条意见（第一条为{speaker}的“{text}”）？
删除原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/capture.py" line="228" />
        <source>Summary and decisions</source>
        <translation>小结和决定事项</translation>
    </message>
</context>
<context>
    <name>CommitmentActions</name>
    <message>
        <location filename="../../desktop/ui/live/commitments.py" line="52" />
        <source>Make commitment</source>
        <translation>形成承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/commitments.py" line="68" />
        <source>Mark as read back</source>
        <translation>标记为已宣读</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="67" />
        <source>Make a commitment</source>
        <translation>形成承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="84" />
        <source>For {n} opinion(s)</source>
        <translation>对应 {n} 条意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="85" />
        <source>&amp;Commitment</source>
        <translation>承诺事项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="86" />
        <source>&amp;Owner</source>
        <translation>责任单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="87" />
        <source>Deadline &amp;policy</source>
        <translation>办理时限规则(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="88" />
        <source>&amp;Due</source>
        <translation>办理时限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="91" />
        <source>This session has no leaders or departments yet: add them on the Sessions page.</source>
        <translation>本次会议尚未设置出席领导和部门：请在“会议”页面添加。</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="123" />
        <source>kept in the credential store</source>
        <translation>已保存在凭据存储中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="128" />
        <source>The password is kept in the system's credential store, never in the settings file.</source>
        <translation>密码保存在系统的凭据存储中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="136" />
        <source>The server's CA certificate</source>
        <translation>服务器的 CA 证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="138" />
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="164" />
        <source>Saved the connection {name}.</source>
        <translation>已保存连接“{name}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="176" />
        <source>this laptop's own database file</source>
        <translation>本机自己的数据库文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="178" />
        <source>Tingjian opens {where} at the next start: close it and start it again.</source>
        <translation>听见将在下次启动时打开{where}：请关闭后重新启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="192" />
        <source>Connection (several laptops in one room)</source>
        <translation>连接（同一会场的多台电脑）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="193" />
        <source>Database to use</source>
        <translation>使用的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="194" />
        <source>This laptop only (embedded database file)</source>
        <translation>仅本机（内置数据库文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="195" />
        <source>New server connection…</source>
        <translation>新建服务器连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="196" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="196" />
        <source>Server (host)</source>
        <translation>服务器（主机）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="197" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="197" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="198" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="198" />
        <source>TLS (sslmode)</source>
        <translation>TLS 加密（sslmode）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="199" />
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="199" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="202" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="203" />
        <source>Ask for the password at each start</source>
        <translation>每次启动时询问密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="204" />
        <source>e.g. 192.168.1.20 or room-server.local</source>
        <translation>例如 192.168.1.20 或 room-server.local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="206" />
        <source>require: encrypted; verify-full: encrypted and the server's certificate checked against the CA file (use it across Wi-Fi); disable: only on a cable you trust</source>
        <translation>require：加密；verify-full：加密并用 CA 文件核验服务器证书（经过 Wi-Fi 时使用）；disable：仅限可信的有线网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="208" />
        <source>Use this connection</source>
        <translation>使用此连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="209" />
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connections_panel.py" line="210" />
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
</context>
<context>
    <name>CustomPolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="303" />
        <source>New deadline policy</source>
        <translation>新建办理时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="305" />
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="311" />
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="311" />
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="312" />
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="319" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="320" />
        <source>Working days follow China's official holidays and adjusted working weekends; for a year not yet published only weekends are skipped and the date is marked approximate.</source>
        <translation>工作日按国家法定节假日及调休上班日计算；尚未公布安排的年份仅跳过周末，并标注为近似日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="325" />
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="326" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="327" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="328" />
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="329" />
        <source>Counted in</source>
        <translation>计算单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="330" />
        <source>Extensions allowed</source>
        <translation>可延期次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="331" />
        <source>Longest extension</source>
        <translation>最长延期</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="129" />
        <source>Unofficial formula (GUIDE §3): response = contacted in time ÷ valid calls; resolution = resolved ÷ valid; satisfaction = (satisfied + factor × basically satisfied) ÷ valid; overall = weighted sum (weights add up to 1).</source>
        <translation>非官方算法：响应率 = 及时联系数 ÷ 有效回访数；解决率 = 已解决数 ÷ 有效回访数；满意率 =（满意 + 系数 × 基本满意）÷ 有效回访数；综合得分 = 加权和（权重之和为 1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="168" />
        <source>Commitments by status per owner</source>
        <translation>各责任单位承诺事项办理状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="45" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="169" />
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="46" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="169" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="47" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="169" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="48" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="169" />
        <source>Cannot be done</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="172" />
        <source>No commitments yet</source>
        <translation>暂无承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="173" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="176" />
        <source>Rates by month</source>
        <translation>各月“三率”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="58" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="177" />
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="60" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="177" />
        <source>Resolution</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="62" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="177" />
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="181" />
        <source>No follow-up calls yet</source>
        <translation>暂无回访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="185" />
        <source>Commitments per owner</source>
        <translation>各责任单位承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="186" />
        <source>The three rates (valid follow-up calls)</source>
        <translation>“三率”（按有效回访计）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="187" />
        <source>per</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="188" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="44" />
        <location filename="../../desktop/ui/followup/dashboard.py" line="188" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="188" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="52" />
        <source>Valid calls</source>
        <translation>有效回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="53" />
        <source>Contacted in time</source>
        <translation>及时联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="54" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="55" />
        <source>Satisfied / basically / not</source>
        <translation>满意/基本满意/不满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="64" />
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="193" />
        <source>Weight of response</source>
        <translation>响应率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="193" />
        <source>of resolution</source>
        <translation>解决率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="194" />
        <source>of satisfaction</source>
        <translation>满意率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="194" />
        <source>“Basically satisfied” counts as</source>
        <translation>“基本满意”折算系数</translation>
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
        <source>Name, e.g. Housing Office or Wang Haitao</source>
        <translation>名称，例如 街道城管办 或 王海涛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="29" />
        <source>Position (leaders), e.g. Deputy director</source>
        <translation>职务（领导），例如 副主任</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="31" />
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="68" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="32" />
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="68" />
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
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="88" />
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="71" />
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="88" />
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="106" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="106" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="117" />
        <location filename="../../desktop/ui/followup/dialogs.py" line="139" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="126" />
        <source>Required when not adopted; the citizen reads it</source>
        <translation>不予采纳时必填，群众可见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="138" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="140" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="141" />
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="142" />
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="143" />
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
</context>
<context>
    <name>DispositionsView</name>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="57" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="59" />
        <source>Waited</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="60" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="61" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="62" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="63" />
        <location filename="../../desktop/ui/followup/dispositions.py" line="190" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="100" />
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="100" />
        <source>{n} working days</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="101" />
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="113" />
        <source>no policy</source>
        <translation>未设时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="115" />
        <source>decided late</source>
        <translation>逾期作出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="115" />
        <source>decided in time</source>
        <translation>按时作出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="116" />
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="116" />
        <source>within the limit</source>
        <translation>在时限内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="132" />
        <source>{n} opinions without a disposition, {late} past the limit</source>
        <translation>{n} 条意见尚无处理结果，其中 {late} 条已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="138" />
        <source>≈ The holiday schedule of a year involved is not published yet: only weekends were skipped, so these working-day counts are approximate.</source>
        <translation>≈ 所涉年份的节假日安排尚未公布，仅跳过了周末，工作日数为近似值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="146" />
        <source>All sessions</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="152" />
        <source>No deadline policy</source>
        <translation>不设办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="172" />
        <source>Counted in working days: China's public holidays and adjusted working weekends are taken into account.</source>
        <translation>按工作日计算：已考虑国家法定节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="175" />
        <source>Counted in calendar days.</source>
        <translation>按自然日计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="176" />
        <source>Counted in hours.</source>
        <translation>按小时计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="191" />
        <source>Deadline policy</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="193" />
        <source>New policy…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="193" />
        <source>Define a custom deadline policy</source>
        <translation>自定义办理时限政策</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="196" />
        <source>Give the selected opinion a disposition (or Enter on the table)</source>
        <translation>为选中的意见给出处理意见（或在表格中按回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="199" />
        <source>Record a follow-up call about the selected opinion</source>
        <translation>登记对选中意见的回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="202" />
        <source>Show decided too</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="195" />
        <source>Give disposition…</source>
        <translation>填写处理结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="198" />
        <source>Follow-up call…</source>
        <translation>记录回访…</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="92" />
        <source>Documents — {title}</source>
        <extracomment>(kind for write_document, paper, file-name suffix zh, en)</extracomment>
        <translation>文书 — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="93" />
        <source>Poster for the notice board, A4</source>
        <translation>公告栏海报（A4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="93" />
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="94" />
        <source>Poster for the notice board, A3</source>
        <translation>公告栏海报（A3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="94" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="95" />
        <source>Assignment slips, one per page</source>
        <translation>交办单（每页一份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="96" />
        <source>Public result notice</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="99" />
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="99" />
        <source>Hotline</source>
        <translation>热线电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="99" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="100" />
        <source>Suggestion box at</source>
        <translation>意见箱位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="100" />
        <source>Web form</source>
        <translation>网上留言地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="100" />
        <source>Slip number format</source>
        <translation>交办单编号格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="101" />
        <source>Opinions until</source>
        <translation>意见征集截止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="101" />
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="111" />
        <source>Folder</source>
        <translation>保存文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="105" />
        <source>{year} is the year and {n} the number, e.g. 青石交〔{year}〕{n}号</source>
        <translation>{year} 为年份，{n} 为序号，例如 青石交〔{year}〕{n}号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="106" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="107" />
        <source>&amp;Write document</source>
        <translation>生成文书(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="108" />
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="141" />
        <source>Writing {name} …</source>
        <translation>正在写入 {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/documents_dialog.py" line="152" />
        <source>Version {n} written to {path}.</source>
        <translation>第 {n} 版已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>EditOpinionDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="32" />
        <source>Edit opinion</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="42" />
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="43" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="44" />
        <source>&amp;Agreed by</source>
        <translation>附议人数(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="45" />
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="31" />
        <source>Erase a person</source>
        <translation>删除人员信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="33" />
        <source>Erase {name} (#{id})?

Their name, group and contact are replaced by an anonymous label on every record; what they said stays, with their name masked. Minutes files already written are not changed (the record notes that they predate the erasure). This cannot be undone.</source>
        <translation>删除 {name}（#{id}）的个人信息？

其姓名、分组和联系方式将在所有记录中替换为匿名标识；发言内容保留，其中的姓名被遮蔽。已生成的纪要文件不作改动（记录中注明该文件早于本次删除）。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="40" />
        <source>e.g. asked by phone on 3 November</source>
        <translation>例如：11月3日本人来电要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="43" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="44" />
        <source>Erased by:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="46" />
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="204" />
        <source>Extend the due date</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="213" />
        <source>Policy</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="214" />
        <source>New due date</source>
        <translation>新的办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="215" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="216" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="98" />
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="99" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="100" />
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="174" />
        <source>Anonymous speaker</source>
        <translation>匿名发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="242" />
        <source>Next: {title}</source>
        <translation>下一议题：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="243" />
        <source>No agenda item is running.</source>
        <translation>当前没有进行中的议题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="247" />
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="249" />
        <source>{title}{state} · used {used} · over by {over}</source>
        <translation>{title}{state} · 已用 {used} · 超时 {over}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="251" />
        <source>{title}{state} · used {used} · left {left}</source>
        <translation>{title}{state} · 已用 {used} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="263" />
        <source>Rehearsal: the session is on {date}, so times are not compared with the plan.</source>
        <translation>彩排：会议定于 {date}，计时不与计划比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="269" />
        <source>{n} min behind plan</source>
        <translation>比计划落后 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="271" />
        <source>{n} min ahead of plan</source>
        <translation>比计划提前 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="273" />
        <source>On time</source>
        <translation>按计划进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="274" />
        <source>{drift} · estimated end {end} (planned {planned})</source>
        <translation>{drift} · 预计 {end} 结束（计划 {planned}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="280" />
        <source>Nobody has the floor.</source>
        <translation>当前无人发言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="285" />
        <source>Speaking: {name} · {used} · over by {over}</source>
        <translation>正在发言：{name} · {used} · 超时 {over}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="289" />
        <source>{clock} (paused)</source>
        <translation>{clock}（已暂停）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="292" />
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="309" />
        <source>{people} in {turns}, {waiting}. Officials {official}, citizens {citizens} ({share:.0%} officials). By group: {groups}. Most turns: {top}</source>
        <translation>{people}，共 {turns}，{waiting}。工作人员 {official}，群众 {citizens}（工作人员占 {share:.0%}）。按分组：{groups}。发言最多：{top}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="311" />
        <source>%n people spoke</source>
        <translation>
            <numerusform>%n 人发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="312" />
        <source>%n turns</source>
        <translation>
            <numerusform>%n 人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="313" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="320" />
        <source>Start selected item</source>
        <translation>开始选中的议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="322" />
        <source>Starts the item selected in the agenda; {key} starts the next one</source>
        <translation>开始议程中选中的议题；{key} 开始下一个议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="324" />
        <source>Next item ({key})</source>
        <translation>下一议题 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="326" />
        <source>Ends the running item and starts the next; when none runs, starts the first</source>
        <translation>结束当前议题并开始下一个；没有进行中的议题时开始第一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="327" />
        <source>Add speaker (Enter)</source>
        <translation>添加发言人 (回车)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="328" />
        <source>{key} goes to the speaker box from anywhere on the page</source>
        <translation>在本页任何位置按 {key} 即可转到发言人输入框</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="331" />
        <source>Give floor ({key})</source>
        <translation>请其发言 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="332" />
        <source>Gives the floor to the speaker selected in the queue, else the first waiting</source>
        <translation>请队列中选中的人发言，未选中时请排在最前的人发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="334" />
        <source>End turn ({key})</source>
        <translation>结束发言 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="339" />
        <source>The key works while the queue has the focus ({key})</source>
        <translation>此键在焦点位于发言队列时有效（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="342" />
        <source>Attendee, or a description such as “resident of building 7” ({key})</source>
        <translation>参会人员，或描述如“7号楼居民” ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="287" />
        <source>Speaking: {name} · {used} · left {left}</source>
        <translation>正在发言：{name} · {used} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="256" />
        <source>Resume ({key})</source>
        <translation>继续 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="258" />
        <source>Pause ({key})</source>
        <translation>暂停 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="319" />
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="330" />
        <source>Add anonymous</source>
        <translation>添加匿名发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="335" />
        <source>Skip (Del)</source>
        <translation>跳过 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="336" />
        <source>Up (Alt+↑)</source>
        <translation>上移 (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="337" />
        <source>Down (Alt+↓)</source>
        <translation>下移 (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="236" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="240" />
        <source>Reached the person and got an answer</source>
        <translation>已联系到本人并得到答复（有效回访）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="245" />
        <location filename="../../desktop/ui/followup/dialogs.py" line="275" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="252" />
        <source>About</source>
        <translation>回访事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="254" />
        <source>Contacted in time</source>
        <translation>及时联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="255" />
        <source>Considers it resolved</source>
        <translation>认为已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="256" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="257" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="258" />
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="259" />
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="260" />
        <source>Unsatisfied: reopen the commitment</source>
        <translation>不满意：重新办理该事项（重办）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="276" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="277" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="43" />
        <source>Commitments overdue: {overdue}; due within {days} days: {soon}.</source>
        <translation>已超期承诺事项 {overdue} 项；{days} 天内到期 {soon} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="47" />
        <source>Most overdue: {titles}</source>
        <translation>超期最久：{titles}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="198" />
        <source>Extend the due date</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="237" />
        <source>No deadline policy: any later date with a reason.</source>
        <translation>未设办理时限：说明理由即可延至任一更晚日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="239" />
        <source>(extended {n} times so far)</source>
        <translation>（已延期 {n} 次）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="245" />
        <source>The current due date is approximate: it counts working days in a year whose holiday arrangement was not loaded.</source>
        <translation>当前期限为估算：按工作日计算，但所涉年份的节假日安排尚未载入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="292" />
        <location filename="../../desktop/ui/followup/page.py" line="339" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="298" />
        <location filename="../../desktop/ui/followup/page.py" line="300" />
        <source>Import archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="301" />
        <source>Import everything from {path}? This works only into an empty database; nothing is imported if any part fails.</source>
        <translation>从 {path} 导入全部数据？只能导入到空数据库；任何部分出错都不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="351" />
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="352" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="354" />
        <source>Search opinions, replies and commitments of all sessions (Enter)</source>
        <translation>搜索所有会议的意见、答复和承诺事项（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="355" />
        <source>Commitment register</source>
        <translation>承诺事项台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="355" />
        <source>Dispositions</source>
        <translation>意见处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="356" />
        <source>Dashboard</source>
        <translation>领导看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="356" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="358" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="359" />
        <source>Commitments and opinions to Excel…</source>
        <translation>承诺事项和意见导出为 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="360" />
        <source>Commitments and opinions to CSV…</source>
        <translation>承诺事项和意见导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="361" />
        <source>Whole database to a JSON archive…</source>
        <translation>整个数据库导出为 JSON 归档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="362" />
        <source>Import a JSON archive…</source>
        <translation>导入 JSON 归档…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="53" />
        <source>Save ({key}; Enter outside the text boxes)</source>
        <translation>保存（{key}；不在多行文本框中时也可按回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="56" />
        <source>Close without saving ({key})</source>
        <translation>不保存并关闭（{key}）</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="242" />
        <source>Open the notice or a CSV file</source>
        <translation>打开通知或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="243" />
        <source>Text or CSV (*.txt *.csv);;All files (*)</source>
        <translation>文本或 CSV (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="254" />
        <source>The file cannot be read: {why}</source>
        <translation>无法读取文件：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="269" />
        <source>Save {off} days off and {work} adjusted working days for {year}? Every seat of this database will count deadlines with them.</source>
        <translation>保存 {year} 年的 {off} 个放假日和 {work} 个调休上班日？使用此数据库的每台电脑都将据此计算期限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="289" />
        <source> — preview, not saved</source>
        <translation> — 预览，尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="290" />
        <source>{off} days off, {work} adjusted working days; {n} problem(s)</source>
        <translation>放假 {off} 天，调休上班 {work} 天；问题 {n} 处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="302" />
        <source>installed library</source>
        <translation>程序内置数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="302" />
        <source>State Council notice</source>
        <translation>国务院通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="303" />
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="303" />
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="305" />
        <source>{year}: no holiday data — deadlines skip weekends only and are marked approximate</source>
        <translation>{year} 年：没有节假日数据——期限仅按周末计算，并标为估算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="307" />
        <source>{year}: from {source}</source>
        <translation>{year} 年：来自{source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="311" />
        <source>Holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="312" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="314" />
        <source>Paste the State Council notice (国务院办公厅关于…年部分节假日安排的通知) or CSV lines (date,kind with kind off or work), then read it:</source>
        <translation>粘贴国务院办公厅关于…年部分节假日安排的通知，或 CSV 行（日期,类型，类型为 off 放假或 work 上班），然后读取：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="316" />
        <source>Read the text</source>
        <translation>读取文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="317" />
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="318" />
        <source>Show what is saved</source>
        <translation>显示已保存的安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="319" />
        <source>Save for every seat…</source>
        <translation>保存（所有电脑共用）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="320" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/holiday_editor.py" line="321" />
        <source>Red: day off. Blue: adjusted working day. Framed: changed by hand. Click a day to toggle it.</source>
        <translation>红色：放假。蓝色：调休上班。带框：手工修改。点击日期可切换。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="120" />
        <source>Import opinions</source>
        <translation>导入意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="121" />
        <source>Import attendees</source>
        <translation>导入参会人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="122" />
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="124" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="137" />
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="141" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="141" />
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="141" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="142" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="143" />
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="143" />
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="144" />
        <source>duplicate, skipped</source>
        <translation>重复，跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="164" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="188" />
        <source>Columns (English or Chinese header): channel 渠道, received_at 收到时间, name 姓名, group 分组, contact 联系方式, agenda_item 议题, kind 类型, tags 标签, text 内容 (required). CSV in UTF-8, GBK or UTF-16, or XLSX.</source>
        <translation>列（英文或中文列名）：渠道 channel、收到时间 received_at、姓名 name、分组 group、联系方式 contact、议题 agenda_item、类型 kind、标签 tags、内容 text（必填）。支持 UTF-8、GBK 或 UTF-16 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="191" />
        <source>Columns (English or Chinese header): name 姓名 (required), group 分组, contact 联系方式, consent 同意, role 出席情况, note 备注. CSV in UTF-8, GBK or UTF-16, or XLSX.</source>
        <translation>列（英文或中文列名）：姓名 name（必填）、分组 group、联系方式 contact、同意 consent、出席情况 role、备注 note。支持 UTF-8、GBK 或 UTF-16 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="197" />
        <source>Import 1 valid row</source>
        <translation>导入 1 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="198" />
        <source>Import {count} valid rows</source>
        <translation>导入 {count} 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="203" />
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="204" />
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="217" />
        <source>Reading and checking every row…</source>
        <translation>正在读取并检查每一行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="270" />
        <source>Rows with problems are named below; they are not imported.</source>
        <translation>有问题的行列在下方，这些行不会导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="275" />
        <source>and {count} more notes on the file</source>
        <translation>另有 {count} 条关于文件的说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="283" />
        <source>Add {count} missing agenda items ({names}) and check again</source>
        <translation>添加议程中缺少的 {count} 个议题（{names}）并重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="303" />
        <source>Adding {count} agenda items…</source>
        <translation>正在添加 {count} 个议题…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="323" />
        <source>Importing {count} rows…</source>
        <translation>正在导入 {count} 行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="328" />
        <source>Imported {added} rows; {duplicates} duplicates skipped; {invalid} rows with problems not imported.</source>
        <translation>已导入 {added} 行；跳过重复 {duplicates} 行；{invalid} 行有问题未导入。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="86" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="87" />
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="88" />
        <source>Secretary</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="90" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="90" />
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="43" />
        <source>next agenda item (starts the first one)</source>
        <translation>下一议题（尚未开始时开始第一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="44" />
        <source>pause or resume the item</source>
        <translation>暂停或继续当前议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="45" />
        <source>give the floor: the speaker selected in the queue, else the first waiting</source>
        <translation>请其发言：队列中选中的人，未选中时为排在最前的人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="47" />
        <source>end the current turn</source>
        <translation>结束当前发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="48" />
        <source>add a speaker: type the name, Enter adds and goes back</source>
        <translation>添加发言人：输入姓名，回车加入队列并回到原处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="49" />
        <source>blank the projector</source>
        <translation>投影黑屏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="50" />
        <source>projector: the commitments reported back, or back</source>
        <translation>投影：显示通报的承诺事项，再按返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="51" />
        <source>go to the agenda</source>
        <translation>转到议程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="51" />
        <source>go to the queue</source>
        <translation>转到发言队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="52" />
        <source>go to the opinion text</source>
        <translation>转到意见内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="53" />
        <source>move the selected speaker (in the queue)</source>
        <translation>移动选中的发言人（在发言队列中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="54" />
        <source>skip the selected speaker (in the queue)</source>
        <translation>跳过选中的发言人（在发言队列中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="57" />
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="57" />
        <source>save the opinion, from any field of the form</source>
        <translation>保存意见（在表单任一栏中均可）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="58" />
        <source>Shift+Enter</source>
        <translation>Shift+回车</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="58" />
        <source>new line in the opinion text</source>
        <translation>在意见内容中换行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="59" />
        <source>back to the opinion text</source>
        <translation>回到意见内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="60" />
        <source>agreed by one more / one less</source>
        <translation>附议人数加一 / 减一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="61" />
        <source>next kind of opinion</source>
        <translation>切换意见类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="62" />
        <source>edit the selected opinion</source>
        <translation>编辑选中的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="63" />
        <source>remove the selected opinion</source>
        <translation>删除选中的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="64" />
        <source>make a commitment of the selected opinions</source>
        <translation>将选中的意见形成承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="65" />
        <source>read back the commitments</source>
        <translation>宣读承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="66" />
        <source>captured opinions</source>
        <translation>已记录的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="67" />
        <source>summary and decisions of the item</source>
        <translation>本议题的小结和议定事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="68" />
        <source>save the summary and decisions</source>
        <translation>保存小结和议定事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="69" />
        <source>undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/keys.py" line="73" />
        <source>{next} next item · {pause} pause · {floor} give floor · {end} end turn · {add} add speaker · {blank} blank projector · {agenda}/{queue}/{text} agenda/queue/text</source>
        <translation>{next} 下一议题 · {pause} 暂停 · {floor} 请其发言 · {end} 结束发言 · {add} 添加发言人 · {blank} 投影黑屏 · {agenda}/{queue}/{text} 议程/队列/意见内容</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="168" />
        <source>Unsaved text from last time was restored.</source>
        <translation>已恢复上次未保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="184" />
        <location filename="../../desktop/ui/live/page.py" line="295" />
        <source>Choose a session on the Sessions page to run it here.</source>
        <translation>请在“会议”页选择一场会议，在此主持进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="293" />
        <source>Report back</source>
        <translation>办理情况通报</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>Holidays for {year} are not loaded: deadlines into {year} skip weekends only. Load the State Council arrangement once it is published…</source>
        <translation>尚未载入 {year} 年节假日安排：进入 {year} 年的期限仅按周末计算。国务院公布后请载入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247" />
        <source>Tingjian — listening sessions</source>
        <translation>听见 — 民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248" />
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248" />
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253" />
        <source>Create &amp;demo session</source>
        <translation>创建示例会议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255" />
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256" />
        <source>&amp;Minutes and report back…</source>
        <translation>会议纪要与办理情况通报(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>&amp;Projector screen</source>
        <translation>投影屏幕(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262" />
        <source>&amp;About Tingjian</source>
        <translation>关于听见(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>Data: {where}</source>
        <translation>数据：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>(read-only: nothing can be saved)</source>
        <translation>（只读：无法保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323" />
        <source>Select a session on the Sessions page first.</source>
        <translation>请先在“会议”页选择一场会议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330" />
        <source>About Tingjian</source>
        <translation>关于听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331" />
        <source>&lt;b&gt;Tingjian 听见&lt;/b&gt; {version}&lt;br&gt;Run public listening sessions, capture every opinion, produce the minutes and follow up every commitment.</source>
        <translation>&lt;b&gt;听见 Tingjian&lt;/b&gt; {version}&lt;br&gt;主持民情恳谈会，记录每一条意见，生成会议纪要，跟踪每一项承诺。</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="82" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="83" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="83" />
        <source>public</source>
        <translation>公开版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="84" />
        <source>internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="85" />
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="86" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="137" />
        <source>approved by {who}</source>
        <translation>已由{who}审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="134" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="87" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="279" />
        <source>Privacy review</source>
        <translation>隐私审查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="88" />
        <source>{n} open</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="88" />
        <source>clear</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="90" />
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="92" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="93" />
        <source>approved elsewhere, file not present</source>
        <translation>已在别处审定，本机没有该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="128" />
        <source>Session notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="128" />
        <source>Notice poster</source>
        <translation>会议通知海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="129" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="129" />
        <source>Assignment slips</source>
        <translation>交办单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="130" />
        <source>Result notice</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="136" />
        <source>approved by {who} elsewhere, file not present</source>
        <translation>{who} 已在别处审定，本机没有该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="140" />
        <source>Minutes — {title}</source>
        <translation>会议纪要 — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="141" />
        <source>Plain</source>
        <translation>简洁样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="142" />
        <source>Organisation's template</source>
        <translation>本单位模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="151" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="152" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="153" />
        <source>&amp;Generate minutes</source>
        <translation>生成纪要(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="154" />
        <source>&amp;Report back (you said, we did)</source>
        <translation>办理情况通报(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="155" />
        <source>&amp;Privacy review…</source>
        <translation>隐私审查(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="156" />
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="157" />
        <source>&amp;Approve selected version…</source>
        <translation>审定所选版本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="158" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="167" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="225" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="168" />
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word 文档 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="173" />
        <source>Save minutes as</source>
        <translation>纪要另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="174" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="195" />
        <source>Writing {name} …</source>
        <translation>正在写入 {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="205" />
        <source>Version {n} written to {path}.</source>
        <translation>第 {n} 版已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="209" />
        <source>The privacy review has {n} open line(s): open the privacy review, keep or mask them, then generate again before approving.</source>
        <translation>隐私审查还有 {n} 项待处理：请打开隐私审查，逐项保留或遮盖，重新生成后再审定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="213" />
        <source>Changed since the approved version:</source>
        <translation>自审定版本以来的变化：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="226" />
        <source>Write the minutes in the plain style instead?</source>
        <translation>是否改用简洁样式生成纪要？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="230" />
        <source>Recorded version</source>
        <translation>已登记的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="237" />
        <source>File in use</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="231" />
        <location filename="../../desktop/ui/minutes/dialog.py" line="238" />
        <source>Save as {name} instead?</source>
        <translation>是否改存为 {name}？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="141" />
        <source>Official (GB/T 9704 minutes)</source>
        <translation>公文格式（GB/T 9704 纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="144" />
        <source>Ms Wang (by salutation)</source>
        <translation>王女士（按称呼）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="145" />
        <source>Resident A (by letter)</source>
        <translation>居民甲（按代号）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="146" />
        <source>&amp;Style</source>
        <translation>样式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="146" />
        <source>&amp;Template (.docx)</source>
        <translation>模板（.docx）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="147" />
        <source>Citizens &amp;named as</source>
        <translation>群众称呼(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="147" />
        <source>Sa&amp;ve as</source>
        <translation>保存为(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="150" />
        <source>P&amp;ublic version (citizens renamed, personal data masked)</source>
        <translation>公开版本（群众使用代称，隐去个人信息）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="260" />
        <source>Report back written to {path}.</source>
        <translation>办理情况通报已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="280" />
        <source>This public version was generated with {n} open line(s) in the privacy review, so it cannot be approved. Open the privacy review now?</source>
        <translation>该公开版本生成时隐私审查还有 {n} 项待处理，因此不能审定。现在打开隐私审查吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="285" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="286" />
        <source>Approved by (name and position):</source>
        <translation>审定人（姓名及职务）：</translation>
    </message>
</context>
<context>
    <name>NextInSeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="340" />
        <source>New session in this series</source>
        <translation>本系列的下一次会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="348" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="349" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="350" />
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="353" />
        <source>The agenda, the leaders and departments attending and the settings of “{title}” are copied; a report-back item lists the commitments still open.</source>
        <translation>将复制“{title}”的议程、出席的领导和部门以及各项设置；“办理情况通报”议题会列出尚未办结的承诺事项。</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="72" />
        <source>Save what is held about this person</source>
        <translation>保存该人员的全部信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/person_actions.py" line="73" />
        <source>Word document (*.docx);;JSON (*.json)</source>
        <translation>Word 文档 (*.docx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PrivacyReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="41" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="42" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="43" />
        <source>Found</source>
        <translation>发现内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="44" />
        <source>Public text shows</source>
        <translation>公开文本显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="45" />
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="76" />
        <source>Privacy review before release</source>
        <translation>发布前隐私审查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="78" />
        <source>Everything the public version replaces, and what still looks personal (long numbers, @, 微信, 身份证, 电话, 住址, a citizen's name in another form). Keep or mask each open line; decisions are kept for this session and applied whenever the public documents are generated. A public version can be approved only when no line is open.</source>
        <translation>以下是公开版本所作的全部替换，以及仍像个人信息的内容（长串数字、@、微信、身份证、电话、住址、群众姓名的其他写法）。请对每条待处理项选择保留或遮盖；处理结果随本次会议保存，每次生成公开文件时自动应用。只有没有待处理项时，公开版本才能审定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="82" />
        <source>Only open lines</source>
        <translation>只看待处理项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="83" />
        <source>&amp;Keep as written</source>
        <translation>保留原文(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="84" />
        <source>&amp;Mask</source>
        <translation>遮盖(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="85" />
        <source>&amp;Reopen</source>
        <translation>重新待处理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="89" />
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="89" />
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="90" />
        <source>resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="90" />
        <source>bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="91" />
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="91" />
        <source>WeChat</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="91" />
        <source>QQ</source>
        <translation>QQ号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="92" />
        <source>vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="92" />
        <source>home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="93" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="93" />
        <source>looks personal</source>
        <translation>疑似个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="97" />
        <source>kept as written</source>
        <translation>保留原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="99" />
        <source>masked</source>
        <translation>已遮盖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="100" />
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="100" />
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="116" />
        <source>{n} lines, {open} open.</source>
        <translation>共 {n} 项，待处理 {open} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/privacy_review.py" line="122" />
        <source>Reading the public version …</source>
        <translation>正在读取公开版本……</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="185" />
        <source>Progress note</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="192" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="190" />
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="191" />
        <source>Noted by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="102" />
        <source>Last screen</source>
        <translation>最后一个屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="116" />
        <source>Projector (Ctrl+Shift+P)</source>
        <translation>投影屏幕 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="117" />
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="118" />
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="119" />
        <source>Latest opinions</source>
        <translation>最新意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="120" />
        <source>Blank ({key})</source>
        <translation>黑屏 ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/projector_controls.py" line="121" />
        <source>Report back ({key})</source>
        <translation>通报承诺事项（{key}）</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="242" />
        <source>{left} left</source>
        <translation>剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="181" />
        <source>Speaking: {name}</source>
        <translation>正在发言：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="184" />
        <location filename="../../desktop/ui/projector/window.py" line="240" />
        <source>over by {over}</source>
        <translation>超时 {over}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="192" />
        <source>Next: {names}</source>
        <translation>接下来：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="186" />
        <location filename="../../desktop/ui/projector/window.py" line="244" />
        <source>Paused · {clock}</source>
        <translation>已暂停 · {clock}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="203" />
        <source>Commitments of the last sessions: {n}</source>
        <translation>此前会议承诺事项：共{n}项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="204" />
        <source>No earlier commitments to report on.</source>
        <translation>没有需要通报的此前承诺事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="205" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="205" />
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="206" />
        <source>Completed since last time</source>
        <translation>新办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="213" />
        <source>• {title} — {owner}, due {due}, {status}</source>
        <translation>• {title} —— {owner}，时限 {due}，{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="217" />
        <source>    Reported: {account}</source>
        <translation>    汇报：{account}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="248" />
        <source>Tingjian — projector</source>
        <translation>听见 — 投影屏幕</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="122" />
        <source>Read back the commitments</source>
        <translation>宣读承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="129" />
        <source>{n}. {owner}: {title} — by {due}</source>
        <translation>{n}. {owner}：{title} — 限 {due} 前办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="137" />
        <source>No commitment was made in this session.</source>
        <translation>本次会议尚未形成承诺事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="145" />
        <source>Read back at {time}.</source>
        <translation>已于 {time} 宣读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="147" />
        <source>&amp;Mark as read back</source>
        <translation>标记为已宣读(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="149" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="112" />
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="114" />
        <source>from {date}</source>
        <translation>原定 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="120" />
        <source>Approximate: this due date counts working days in a year whose holiday arrangement was not loaded, so only weekends were skipped.</source>
        <translation>估算：此期限按工作日计算，但所涉年份的节假日安排尚未载入，仅跳过了周末。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="130" />
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="130" />
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="130" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="130" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="131" />
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="131" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="131" />
        <source>Work order</source>
        <translation>工单号</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="237" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="260" />
        <location filename="../../desktop/ui/followup/register.py" line="367" />
        <source>{n} commitments</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="306" />
        <source>Deadline policy: {policy}</source>
        <translation>办理时限规则：{policy}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="308" />
        <source>No deadline policy: extensions are not limited.</source>
        <translation>未设办理时限规则：延期不受次数限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="310" />
        <location filename="../../desktop/ui/followup/register.py" line="338" />
        <source>Extension not available: {why}</source>
        <translation>不能延期：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="317" />
        <source>Progress: {text} ({who})</source>
        <translation>进展：{text}（{who}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="320" />
        <source>Extended from {old} to {new}: {reason}</source>
        <translation>由 {old} 延至 {new}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="324" />
        <source>Follow-up call: {sat} {note}</source>
        <translation>回访：{sat} {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="331" />
        <source>Change the status of the selected commitment</source>
        <translation>更改选中事项的办理状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="332" />
        <source>Add a progress note to the selected commitment</source>
        <translation>为选中事项添加进展记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="333" />
        <source>Move the due date of the selected commitment later</source>
        <translation>推迟选中事项的办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="334" />
        <source>Record a follow-up call about the selected commitment</source>
        <translation>登记对选中事项的回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="351" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="351" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="352" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="352" />
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="355" />
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="356" />
        <source>Due within (days)</source>
        <translation>到期天数内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="357" />
        <source>Soonest due first</source>
        <translation>按到期日升序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="358" />
        <source>Latest due first</source>
        <translation>按到期日降序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="359" />
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="360" />
        <source>Add progress note…</source>
        <translation>添加进展…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="361" />
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="361" />
        <source>Follow-up call…</source>
        <translation>记录回访…</translation>
    </message>
</context>
<context>
    <name>ReportBackPanel</name>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="71" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="72" />
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="73" />
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="74" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="75" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="76" />
        <source>Reported here</source>
        <translation>本次会上汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="77" />
        <source>Last progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="142" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="142" />
        <source>Completed since last time</source>
        <translation>新办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="143" />
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="197" />
        <source>Account of “{title}”:</source>
        <translation>“{title}”的汇报：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="198" />
        <source>Account (Enter)</source>
        <translation>汇报内容（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="203" />
        <source>No earlier commitments of the series to report on.</source>
        <translation>本系列此前会议没有需要通报的承诺事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="206" />
        <source>{overdue} overdue, {open} open, {done} completed since the last session. ↑↓ choose, Enter records what the owner reports, Enter saves, Esc cancels; Ctrl+Shift+R shows them on the projector.</source>
        <translation>已超期 {overdue} 项，未到期 {open} 项，上次会议以来已办结 {done} 项。↑↓ 选择，回车记录责任单位的汇报，再按回车保存，Esc 取消；Ctrl+Shift+R 投影显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/report_back.py" line="212" />
        <source>What the owner reports; Enter saves</source>
        <translation>责任单位的汇报内容；回车保存</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="61" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="62" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="63" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="64" />
        <source>Last activity</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="65" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="113" />
        <source>(sessions that name no organisation)</source>
        <translation>（未注明组织的会议）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="130" />
        <source>Last run: {last}. Next run: {next}; it will erase the {due} contact(s) listed below. Kept: {kept} ({open} with an opinion or commitment still open or without a follow-up call).</source>
        <translation>上次运行：{last}。下次运行：{next}，将删除下列 {due} 条联系方式。仍保存：{kept} 条（其中 {open} 条的意见或承诺事项尚未办结或尚无回访）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="156" />
        <location filename="../../desktop/ui/retention_panel.py" line="159" />
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="157" />
        <source>No contact is due for erasure now.</source>
        <translation>目前没有到期应删除的联系方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="160" />
        <source>Erase the phone or e-mail of {n} person(s) now? Their opinions stay; this cannot be undone.</source>
        <translation>现在删除 {n} 人的电话或电子邮件？其意见保留；此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="168" />
        <source>Personal data retention</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="170" />
        <source>A citizen's phone or e-mail is erased once every opinion and commitment of theirs is closed and its follow-up call recorded, and the period below has passed since their last activity (for someone who only attended: since the session). Retention runs at start and once a day, and each run is recorded in the audit trail.</source>
        <translation>群众的电话或电子邮件在其全部意见和承诺事项办结并已回访、且自最后一次活动起超过下列期限后删除（仅参会未发言者自会议之日起计算）。启动时及每天运行一次，每次运行均记入操作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="174" />
        <source>Keep contacts (days) for</source>
        <translation>联系方式保存天数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="175" />
        <source>Save period</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/retention_panel.py" line="176" />
        <source>Erase due contacts now…</source>
        <translation>立即删除到期的联系方式…</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="32" />
        <source>Start agenda item</source>
        <translation>开始议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="49" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="51" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="58" />
        <source>Next agenda item</source>
        <translation>下一议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="63" />
        <source>Add speaker</source>
        <translation>添加发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="77" />
        <source>Give the floor</source>
        <translation>请其发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="86" />
        <source>End turn</source>
        <translation>结束发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="92" />
        <source>Skip speaker</source>
        <translation>跳过发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/room.py" line="98" />
        <source>Move speaker</source>
        <translation>调整发言顺序</translation>
    </message>
</context>
<context>
    <name>Salutation</name>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="20" />
        <source>Salutation: not given</source>
        <translation>称呼：不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="21" />
        <source>Ms</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="22" />
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="23" />
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="24" />
        <source>Master (craftsman)</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/salutation.py" line="25" />
        <source>How the person is addressed; public documents name them with it (Ms Wang), else as Resident A.</source>
        <translation>此人的称呼；公开文件据此称“王女士”，未填则称“居民甲”。</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="43" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="43" />
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="44" />
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="50" />
        <source>{n} found</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="65" />
        <source>{n} results for “{q}”</source>
        <translation>“{q}”共 {n} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="74" />
        <source>Found</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../desktop/ui/seats.py" line="121" />
        <source>This laptop's seat</source>
        <translation>本机席位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="123" />
        <source>Several laptops share this database. Say what this one is for: the leader's seat only reads; the projector seat shows the room's screen full screen.</source>
        <translation>多台电脑共用这个数据库。请选择本机的用途：领导席位只能查看；投影席位全屏显示会场画面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="131" />
        <source>e.g. Secretary Wang (optional)</source>
        <translation>例如：书记员小王（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="133" />
        <source>&amp;Seat</source>
        <translation>席位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="134" />
        <source>&amp;Name shown to the others</source>
        <translation>向其他席位显示的名称(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <location filename="../../desktop/ui/seats.py" line="28" />
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="29" />
        <source>Secretary</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="30" />
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="27" />
        <source>Leader (read-only)</source>
        <translation>领导（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/seats.py" line="26" />
        <source>Leader</source>
        <translation>领导</translation>
    </message>
</context>
<context>
    <name>SeatsLabel</name>
    <message>
        <location filename="../../desktop/ui/seats.py" line="109" />
        <source>Seats: {seats}</source>
        <translation>在线席位：{seats}</translation>
    </message>
</context>
<context>
    <name>SecretaryPanel</name>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="98" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="100" />
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="103" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="104" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="106" />
        <source>Agreed</source>
        <translation>附议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="107" />
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="263" />
        <source>Secretary</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="264" />
        <source>&amp;Opinion</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="264" />
        <source>S&amp;peaker</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="265" />
        <source>Agenda &amp;item</source>
        <translation>议题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="265" />
        <source>&amp;Kind (Ctrl+K)</source>
        <translation>类型(&amp;K) (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="266" />
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="266" />
        <source>A&amp;greed by ({up} / {down})</source>
        <translation>附议人数(&amp;G) ({up} / {down})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="268" />
        <source>On-the-spot &amp;reply</source>
        <translation>现场答复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="268" />
        <source>Replied &amp;by</source>
        <translation>答复人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="271" />
        <source>Type what is said; Enter saves, Shift+Enter starts a new line, Esc comes back here.</source>
        <translation>边听边记；回车保存，Shift+回车换行，Esc 回到此处。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="273" />
        <source>Separate tags with ;</source>
        <translation>多个标签用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="275" />
        <source>waiting</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="282" />
        <source>Save (Enter)</source>
        <translation>保存 (回车)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="283" />
        <source>Edit (Ctrl+E)</source>
        <translation>编辑 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="284" />
        <source>Remove (Ctrl+Del)</source>
        <translation>删除 (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="285" />
        <source>Make commitment (Ctrl+M)</source>
        <translation>形成承诺 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="286" />
        <source>Read back (Ctrl+R)</source>
        <translation>宣读承诺 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="287" />
        <source>Summary and decisions of the item</source>
        <translation>议题小结和决定事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="288" />
        <source>Captured opinions (Ctrl+L)</source>
        <translation>已记录的意见 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="289" />
        <source>Summary and decisions (Ctrl+J)</source>
        <translation>小结和决定事项 (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="290" />
        <source>Su&amp;mmary</source>
        <translation>小结(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="291" />
        <source>&amp;Decisions (one per line)</source>
        <translation>决定事项(&amp;D)（每行一项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="292" />
        <source>Save notes (Ctrl+S)</source>
        <translation>保存小结 (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ServerNotice</name>
    <message>
        <location filename="../../desktop/ui/server_watch.py" line="74" />
        <source>The database server is not answering: trying again…</source>
        <translation>数据库服务器没有响应，正在重试…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_watch.py" line="76" />
        <source>The screens show what was last read. Opinions captured now are kept on this laptop and sent when the server is back; other changes cannot be saved until then.</source>
        <translation>屏幕上显示的是最后读到的内容。现在记录的意见先保存在本机，服务器恢复后自动发送；其他修改在此之前无法保存。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="136" />
        <source>&amp;Kind:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="136" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="136" />
        <source>&amp;Date, start, minutes:</source>
        <translation>日期、开始时间、时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="137" />
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="137" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="137" />
        <source>Orga&amp;nisation:</source>
        <translation>主办单位(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="138" />
        <source>C&amp;hair:</source>
        <translation>主持领导(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="138" />
        <source>&amp;Facilitator:</source>
        <translation>主持人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="138" />
        <source>&amp;Recorder:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="139" />
        <source>Deadline &amp;policy:</source>
        <translation>办理时限规则(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="139" />
        <source>Leaders and depart&amp;ments attending:</source>
        <translation>出席的领导和部门(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="140" />
        <source>A&amp;genda template:</source>
        <translation>议程模板(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="143" />
        <source> min available</source>
        <translation> 分钟可用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="144" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="145" />
        <source>Edit the director&amp;y…</source>
        <translation>编辑名录(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="146" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="146" />
        <source>&amp;Create session</source>
        <translation>创建会议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="147" />
        <source>Import &amp;opinions…</source>
        <translation>导入意见(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="148" />
        <source>Docum&amp;ents…</source>
        <translation>文书(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="150" />
        <source>Notice, poster, sign-in sheet, assignment slips, result notice</source>
        <translation>会议通知、海报、签到表、交办单、结果公示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="151" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="152" />
        <source>Edit session</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="152" />
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="153" />
        <source>Issuing body of the minutes</source>
        <translation>纪要的印发单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="181" />
        <source>(none: set per commitment)</source>
        <translation>（不设：逐项设定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="190" />
        <source>(empty agenda)</source>
        <translation>（空议程）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="257" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="258" />
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="18" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="18" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="19" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="19" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="20" />
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="21" />
        <source>Opinions</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="22" />
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="141" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="142" />
        <source>No sessions yet. Use File → Create demo session to explore Tingjian with realistic content.</source>
        <translation>还没有会议。可通过“文件 → 创建示例会议”体验听见。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="144" />
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="146" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="148" />
        <source>New in this se&amp;ries…</source>
        <translation>本系列下一次(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="150" />
        <source>Leaders and &amp;departments…</source>
        <translation>领导和部门(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="180" />
        <source>Holiday arrangements: {first}–{last} from the installed library</source>
        <translation>节假日安排：{first}–{last} 年来自程序内置数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="183" />
        <source>; loaded into the database: {years}</source>
        <translation>；已载入数据库：{years}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="193" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="194" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="195" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="196" />
        <location filename="../../desktop/ui/settings_page.py" line="198" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="197" />
        <source>Time zone for dates and times</source>
        <translation>日期和时间所用时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="199" />
        <source>Numbers we publish (kept in public documents)</source>
        <translation>本单位公开的号码（公开文件中保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="200" />
        <source>The organisation's own phones, separated by commas, e.g. 0571-88886666, 12345</source>
        <translation>本单位自己的电话，用逗号分隔，例如 0571-88886666, 12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="202" />
        <source>Running a session</source>
        <translation>主持会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="208" />
        <source>This laptop's seat (from the next start)</source>
        <translation>本机席位（下次启动起生效）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="209" />
        <source>Facilitator on a single laptop; ask on a shared server</source>
        <translation>单机时为主持人；共用服务器时启动时询问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.py" line="50" />
        <source>Warn this many minutes before an item ends</source>
        <translation>议题结束前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.py" line="52" />
        <source>Default speaking time (seconds)</source>
        <translation>默认发言时限（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings.py" line="54" />
        <source>People who have not spoken yet go first</source>
        <translation>未发言者优先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="213" />
        <source>Rules every seat shares</source>
        <translation>各台电脑共用的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="215" />
        <source>Deadline policies, the weights of the three rates and the holiday calendar are kept in the database: every laptop using it, its backups and its archives count alike.</source>
        <translation>办理时限规则、“三率”权重和节假日安排都保存在数据库中：使用它的每台电脑、它的备份和归档都按同样的规则计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="217" />
        <source>Holiday calendar…</source>
        <translation>节假日安排…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="219" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="220" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="221" />
        <source>Schema version (database / this app)</source>
        <translation>结构版本（数据库 / 本程序）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="222" />
        <source>Preferences file</source>
        <translation>偏好设置文件</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="163" />
        <source>Change status</source>
        <translation>更改办理状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="171" />
        <source>Required when it cannot be done</source>
        <translation>无法办理时必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="172" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="173" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../desktop/ui/writes.py" line="39" />
        <source>This laptop is the leader's seat: it only reads</source>
        <translation>本机为领导席位，只能查看</translation>
    </message>
</context>
</TS>