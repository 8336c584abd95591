<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="134"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="134"/>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="134"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="135"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="135"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="137"/>
        <source>&amp;Add item</source>
        <translation>添加议题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="138"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="139"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="140"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="141"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="142"/>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="143"/>
        <source>Ctrl+Up; or drag the row with the mouse</source>
        <translation>Ctrl+↑；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="144"/>
        <source>Ctrl+Down; or drag the row with the mouse</source>
        <translation>Ctrl+↓；也可以用鼠标拖动该行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="145"/>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="276"/>
        <source>Use template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="146"/>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="148"/>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="148"/>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="148"/>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="148"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="149"/>
        <source>Last progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="174"/>
        <source>Total {total} min of {available} min available; ends at {end}.</source>
        <translation>合计 {total} 分钟，可用 {available} 分钟；预计 {end} 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="178"/>
        <source>⚠ Over by {minutes} min: shorten or remove items.</source>
        <translation>⚠ 超时 {minutes} 分钟：请缩短或删除议题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="194"/>
        <source>Report back: {open} open ({overdue} overdue), {closed} closed since the last session. The list is live until the meeting.</source>
        <translation>办理情况通报：未办结 {open} 项（逾期 {overdue} 项），上次会议以来已办结 {closed} 项。列表实时更新，直至会议召开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="203"/>
        <source>{status}, overdue</source>
        <translation>{status}，已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="239"/>
        <source>New item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="240"/>
        <source>Add agenda item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="248"/>
        <source>Remove agenda item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="260"/>
        <source>Move agenda item</source>
        <translation>移动议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="264"/>
        <source>Edit agenda item</source>
        <translation>修改议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="277"/>
        <source>Replace the {count} items of this agenda with the template “{name}”?</source>
        <translation>用模板“{name}”替换当前议程的 {count} 个议题吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="289"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/agenda_editor.py" line="290"/>
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="41"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="42"/>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="43"/>
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="44"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="45"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="46"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="73"/>
        <source>Welcome to Tingjian</source>
        <translation>欢迎使用听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="74"/>
        <source>Create a demo session with realistic content to explore Tingjian? You can delete it later or create it again from the File menu.</source>
        <translation>是否创建一场内容真实的示例会议来体验听见？之后可以删除，也可以从“文件”菜单再次创建。</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="81"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="81"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="81"/>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="81"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="82"/>
        <source>&amp;Attendance:</source>
        <translation>出席情况(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="85"/>
        <source>Name as signed in</source>
        <translation>签到时的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="86"/>
        <source>Building, village, school or organisation</source>
        <translation>楼栋、村、学校或单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="87"/>
        <source>Phone or e-mail, only with consent</source>
        <translation>电话或电子邮件，须经本人同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="88"/>
        <source>Agrees to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="90"/>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="110"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="90"/>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="110"/>
        <source>Attending (no vote)</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="91"/>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="111"/>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="93"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="94"/>
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="95"/>
        <source>People who came without registering:</source>
        <translation>未登记的到场人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="96"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="96"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="96"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="97"/>
        <source>Contact (consent time)</source>
        <translation>联系方式（同意时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="97"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="133"/>
        <source>(no group)</source>
        <translation>（未分组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/attendees_tab.py" line="138"/>
        <source>In the room: {total} ({registered} registered + {anonymous} not registered). By group: {groups}</source>
        <translation>到场共 {total} 人（登记 {registered} 人 + 未登记 {anonymous} 人）。按分组：{groups}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="26"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="28"/>
        <source>Occasion</source>
        <translation>时机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="29"/>
        <source>Size (KB)</source>
        <translation>大小（KB）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="71"/>
        <source>Restore the backup taken {taken}?

It holds {sessions} sessions, {opinions} opinions and {commitments} commitments (latest session: {latest}); check: {check}.

Everything changed after that time is replaced. The current database is kept aside as a file next to it.</source>
        <translation>是否恢复 {taken} 的备份？

其中有 {sessions} 场会议、{opinions} 条意见、{commitments} 项承诺事项（最近的会议：{latest}）；校验：{check}。

此后的所有修改都将被替换。当前数据库会另存为同一文件夹中的一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="79"/>
        <location filename="../../desktop/ui/backups_panel.py" line="95"/>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="96"/>
        <source>Restored. The replaced database was kept as {aside}.</source>
        <translation>已恢复。被替换的数据库已保存为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="99"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="101"/>
        <source>This database is on a server; back it up there (for example with pg_dump).</source>
        <translation>该数据库位于服务器上，请在服务器端备份（例如使用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="105"/>
        <source>Backups are made at start, every 30 minutes while something changed, on close and before every upgrade, and kept in {folder}.</source>
        <translation>启动时、有修改时每 30 分钟、关闭时以及每次升级前都会自动备份，备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="108"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_panel.py" line="109"/>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="66"/>
        <source>Make a commitment</source>
        <translation>形成承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="83"/>
        <source>For {n} opinion(s)</source>
        <translation>对应 {n} 条意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="84"/>
        <source>&amp;Commitment</source>
        <translation>承诺事项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="85"/>
        <source>&amp;Owner</source>
        <translation>责任单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="86"/>
        <source>Deadline &amp;policy</source>
        <translation>办理时限规则(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="87"/>
        <source>&amp;Due</source>
        <translation>办理时限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="90"/>
        <source>This session has no leaders or departments yet: add them on the Sessions page.</source>
        <translation>本次会议尚未设置出席领导和部门：请在“会议”页面添加。</translation>
    </message>
</context>
<context>
    <name>CustomPolicyDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="240"/>
        <source>New deadline policy</source>
        <translation>新建办理时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="248"/>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="248"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="249"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="256"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="257"/>
        <source>Working days follow China&apos;s official holidays and adjusted working weekends; for a year not yet published only weekends are skipped and the date is marked approximate.</source>
        <translation>工作日按国家法定节假日及调休上班日计算；尚未公布安排的年份仅跳过周末，并标注为近似日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="262"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="263"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="264"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="265"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="266"/>
        <source>Counted in</source>
        <translation>计算单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="267"/>
        <source>Extensions allowed</source>
        <translation>可延期次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="268"/>
        <source>Longest extension</source>
        <translation>最长延期</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="130"/>
        <source>Unofficial formula (GUIDE §3): response = contacted in time ÷ valid calls; resolution = resolved ÷ valid; satisfaction = (satisfied + factor × basically satisfied) ÷ valid; overall = weighted sum (weights add up to 1).</source>
        <translation>非官方算法：响应率 = 及时联系数 ÷ 有效回访数；解决率 = 已解决数 ÷ 有效回访数；满意率 =（满意 + 系数 × 基本满意）÷ 有效回访数；综合得分 = 加权和（权重之和为 1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="169"/>
        <source>Commitments by status per owner</source>
        <translation>各责任单位承诺事项办理状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="50"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="170"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="51"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="170"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="52"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="170"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="53"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="170"/>
        <source>Cannot be done</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="173"/>
        <source>No commitments yet</source>
        <translation>暂无承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="174"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="177"/>
        <source>Rates by month</source>
        <translation>各月“三率”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="63"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="178"/>
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="65"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="178"/>
        <source>Resolution</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="67"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="178"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="182"/>
        <source>No follow-up calls yet</source>
        <translation>暂无回访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="186"/>
        <source>Commitments per owner</source>
        <translation>各责任单位承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="187"/>
        <source>The three rates (valid follow-up calls)</source>
        <translation>“三率”（按有效回访计）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="188"/>
        <source>per</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="189"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="49"/>
        <location filename="../../desktop/ui/followup/dashboard.py" line="189"/>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="189"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="57"/>
        <source>Valid calls</source>
        <translation>有效回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="58"/>
        <source>Contacted in time</source>
        <translation>及时联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="59"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="60"/>
        <source>Satisfied / basically / not</source>
        <translation>满意/基本满意/不满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="69"/>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="194"/>
        <source>Weight of response</source>
        <translation>响应率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="194"/>
        <source>of resolution</source>
        <translation>解决率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="195"/>
        <source>of satisfaction</source>
        <translation>满意率权重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dashboard.py" line="195"/>
        <source>“Basically satisfied” counts as</source>
        <translation>“基本满意”折算系数</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="24"/>
        <source>Leaders and departments</source>
        <translation>领导和部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="27"/>
        <source>Name, e.g. 街道城管办 or 王海涛</source>
        <translation>名称，例如 街道城管办 或 王海涛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="29"/>
        <source>Position (leaders), e.g. 副主任</source>
        <translation>职务（领导），例如 副主任</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="31"/>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="63"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="32"/>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="63"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="33"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="34"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="35"/>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="83"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="66"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="83"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="101"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/directory_dialog.py" line="101"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="80"/>
        <location filename="../../desktop/ui/followup/dialogs.py" line="101"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="89"/>
        <source>Required when not adopted; the citizen reads it</source>
        <translation>不予采纳时必填，群众可见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="100"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="102"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="103"/>
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="104"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="105"/>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
</context>
<context>
    <name>DispositionsView</name>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="51"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="53"/>
        <source>Waited</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="54"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="55"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="56"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="57"/>
        <location filename="../../desktop/ui/followup/dispositions.py" line="182"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="92"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="92"/>
        <source>{n} working days</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="93"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="105"/>
        <source>no policy</source>
        <translation>未设时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="107"/>
        <source>decided late</source>
        <translation>逾期作出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="107"/>
        <source>decided in time</source>
        <translation>按时作出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="108"/>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="108"/>
        <source>within the limit</source>
        <translation>在时限内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="124"/>
        <source>{n} opinions without a disposition, {late} past the limit</source>
        <translation>{n} 条意见尚无处理结果，其中 {late} 条已超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="130"/>
        <source>≈ The holiday schedule of a year involved is not published yet: only weekends were skipped, so these working-day counts are approximate.</source>
        <translation>≈ 所涉年份的节假日安排尚未公布，仅跳过了周末，工作日数为近似值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="138"/>
        <source>All sessions</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="144"/>
        <source>No deadline policy</source>
        <translation>不设办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="164"/>
        <source>Counted in working days: China&apos;s public holidays and adjusted working weekends are taken into account.</source>
        <translation>按工作日计算：已考虑国家法定节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="167"/>
        <source>Counted in calendar days.</source>
        <translation>按自然日计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="168"/>
        <source>Counted in hours.</source>
        <translation>按小时计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="183"/>
        <source>Deadline policy</source>
        <translation>办理时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="184"/>
        <source>New policy…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="185"/>
        <source>Show decided too</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="186"/>
        <source>Give disposition…</source>
        <translation>填写处理结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dispositions.py" line="187"/>
        <source>Follow-up call…</source>
        <translation>记录回访…</translation>
    </message>
</context>
<context>
    <name>EditOpinionDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="31"/>
        <source>Edit opinion</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="41"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="42"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="43"/>
        <source>&amp;Agreed by</source>
        <translation>附议人数(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="44"/>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="163"/>
        <source>Extend the due date</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="171"/>
        <source>Policy</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="172"/>
        <source>New due date</source>
        <translation>新的办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="173"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="174"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="99"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="100"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="101"/>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="176"/>
        <source>Anonymous speaker</source>
        <translation>匿名发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="232"/>
        <source>Next: {title}</source>
        <translation>下一议题：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="233"/>
        <source>No agenda item is running.</source>
        <translation>当前没有进行中的议题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="237"/>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="238"/>
        <source>{title}{state} · used {used} · left {left}</source>
        <translation>{title}{state} · 已用 {used} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="242"/>
        <source>Resume (P)</source>
        <translation>继续 (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="244"/>
        <source>Pause (P)</source>
        <translation>暂停 (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="250"/>
        <source>{n} min behind plan</source>
        <translation>比计划落后 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="252"/>
        <source>{n} min ahead of plan</source>
        <translation>比计划提前 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="254"/>
        <source>On time</source>
        <translation>按计划进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="255"/>
        <source>{drift} · estimated end {end} (planned {planned})</source>
        <translation>{drift} · 预计 {end} 结束（计划 {planned}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="261"/>
        <source>Nobody has the floor.</source>
        <translation>当前无人发言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="265"/>
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="266"/>
        <source>Speaking: {name} · {used} · left {left}</source>
        <translation>正在发言：{name} · {used} · 剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="284"/>
        <source>{people} people spoke in {turns} turns, {waiting} waiting. Officials {official}, citizens {citizens} ({share:.0%} officials). By group: {groups}. Most turns: {top}</source>
        <translation>已有 {people} 人发言，共 {turns} 次，{waiting} 人等候。干部用时 {official}，群众用时 {citizens}（干部占 {share:.0%}）。按分组：{groups}。发言最多：{top}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="292"/>
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="293"/>
        <source>Start item (S)</source>
        <translation>开始议题 (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="294"/>
        <source>Next item (N)</source>
        <translation>下一议题 (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="295"/>
        <source>Add speaker</source>
        <translation>添加发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="296"/>
        <source>Add anonymous</source>
        <translation>添加匿名发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="297"/>
        <source>Give floor (G)</source>
        <translation>请其发言 (G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="298"/>
        <source>End turn (E)</source>
        <translation>结束发言 (E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="299"/>
        <source>Skip (Del)</source>
        <translation>跳过 (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="300"/>
        <source>Up (Alt+↑)</source>
        <translation>上移 (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="301"/>
        <source>Down (Alt+↓)</source>
        <translation>下移 (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/facilitator.py" line="303"/>
        <source>Attendee, or a description such as “resident of building 7” (A)</source>
        <translation>参会人员，或如“7号楼居民”的描述 (A)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="192"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="196"/>
        <source>Reached the person and got an answer</source>
        <translation>已联系到本人并得到答复（有效回访）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="201"/>
        <location filename="../../desktop/ui/followup/dialogs.py" line="222"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="202"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="203"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="204"/>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="210"/>
        <source>About</source>
        <translation>回访事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="212"/>
        <source>Contacted in time</source>
        <translation>及时联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="213"/>
        <source>Considers it resolved</source>
        <translation>认为已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="214"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="215"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="216"/>
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="217"/>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="223"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="224"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="40"/>
        <source>Commitments overdue: {overdue}; due within {days} days: {soon}.</source>
        <translation>已超期承诺事项 {overdue} 项；{days} 天内到期 {soon} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="44"/>
        <source>Most overdue: {titles}</source>
        <translation>超期最久：{titles}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="184"/>
        <source>No deadline policy: any later date with a reason.</source>
        <translation>未设办理时限：说明理由即可延至任一更晚日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="186"/>
        <source>(extended {n} times so far)</source>
        <translation>（已延期 {n} 次）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="228"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="234"/>
        <location filename="../../desktop/ui/followup/page.py" line="236"/>
        <source>Import archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="237"/>
        <source>Import everything from {path}? This works only into an empty database; nothing is imported if any part fails.</source>
        <translation>从 {path} 导入全部数据？只能导入到空数据库；任何部分出错都不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="285"/>
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="286"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="288"/>
        <source>Search opinions, replies and commitments of all sessions (Enter)</source>
        <translation>搜索所有会议的意见、答复和承诺事项（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="289"/>
        <source>Commitment register</source>
        <translation>承诺事项台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="289"/>
        <source>Dispositions</source>
        <translation>意见处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="290"/>
        <source>Dashboard</source>
        <translation>领导看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="290"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="292"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="293"/>
        <source>Commitments and opinions to Excel…</source>
        <translation>承诺事项和意见导出为 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="294"/>
        <source>Commitments and opinions to CSV…</source>
        <translation>承诺事项和意见导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="295"/>
        <source>Whole database to a JSON archive…</source>
        <translation>整个数据库导出为 JSON 归档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/page.py" line="296"/>
        <source>Import a JSON archive…</source>
        <translation>导入 JSON 归档…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="117"/>
        <source>Import opinions</source>
        <translation>导入意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="118"/>
        <source>Import attendees</source>
        <translation>导入参会人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="119"/>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="121"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="131"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="135"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="135"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="135"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="136"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="137"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="137"/>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="138"/>
        <source>duplicate, skipped</source>
        <translation>重复，跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="181"/>
        <source>Columns (English or Chinese header): channel 渠道, received_at 收到时间, name 姓名, group 分组, contact 联系方式, agenda_item 议题, kind 类型, tags 标签, text 内容 (required). CSV in UTF-8 or GBK, or XLSX.</source>
        <translation>列（英文或中文列名）：渠道 channel、收到时间 received_at、姓名 name、分组 group、联系方式 contact、议题 agenda_item、类型 kind、标签 tags、内容 text（必填）。支持 UTF-8 或 GBK 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="184"/>
        <source>Columns (English or Chinese header): name 姓名 (required), group 分组, contact 联系方式, consent 同意, role 出席情况, note 备注. CSV in UTF-8 or GBK, or XLSX.</source>
        <translation>列（英文或中文列名）：姓名 name（必填）、分组 group、联系方式 contact、同意 consent、出席情况 role、备注 note。支持 UTF-8 或 GBK 编码的 CSV，以及 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="190"/>
        <source>Import 1 valid row</source>
        <translation>导入 1 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="191"/>
        <source>Import {count} valid rows</source>
        <translation>导入 {count} 条有效记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="196"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="197"/>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="210"/>
        <source>Reading and checking every row…</source>
        <translation>正在读取并检查每一行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="262"/>
        <source>Rows with problems are named below; they are not imported.</source>
        <translation>有问题的行列在下方，这些行不会导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="269"/>
        <source>Add {count} missing agenda items ({names}) and check again</source>
        <translation>添加议程中缺少的 {count} 个议题（{names}）并重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="289"/>
        <source>Adding {count} agenda items…</source>
        <translation>正在添加 {count} 个议题…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="309"/>
        <source>Importing {count} rows…</source>
        <translation>正在导入 {count} 行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/import_dialog.py" line="314"/>
        <source>Imported {added} rows; {duplicates} duplicates skipped; {invalid} rows with problems not imported.</source>
        <translation>已导入 {added} 行；跳过重复 {duplicates} 行；{invalid} 行有问题未导入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="7"/>
        <source>Listening session</source>
        <translation>民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="8"/>
        <source>Forum</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="9"/>
        <source>Public hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="10"/>
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11"/>
        <source>Town hall</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>Planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Cannot be done</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>Adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>Partly adopted</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Not adopted</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>Referred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Explained</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Report back</source>
        <translation>办理情况通报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>Briefing</source>
        <translation>情况介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Open floor</source>
        <translation>自由发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Q&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>Deliberation</source>
        <translation>协商讨论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Closing</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="145"/>
        <source>Unsaved text from last time was restored.</source>
        <translation>已恢复上次未保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="161"/>
        <location filename="../../desktop/ui/live/page.py" line="568"/>
        <source>Choose a session on the Sessions page to run it here.</source>
        <translation>请在“会议”页选择一场会议，在此主持进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="217"/>
        <source>(no agenda item)</source>
        <translation>（不属于任何议题）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="241"/>
        <source>Anonymous speaker</source>
        <translation>匿名发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="307"/>
        <source>Start agenda item</source>
        <translation>开始议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="324"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="326"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="333"/>
        <source>Next agenda item</source>
        <translation>下一议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="338"/>
        <source>Add speaker</source>
        <translation>添加发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="352"/>
        <source>Give the floor</source>
        <translation>请其发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="361"/>
        <source>End turn</source>
        <translation>结束发言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="367"/>
        <source>Skip speaker</source>
        <translation>跳过发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="373"/>
        <source>Move speaker</source>
        <translation>调整发言顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="384"/>
        <source>Type the opinion first: empty text is not saved.</source>
        <translation>请先输入意见内容：空白内容不会保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="389"/>
        <source>Capture opinion</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="408"/>
        <source>Could not keep a draft: {error}</source>
        <translation>无法保存草稿：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="426"/>
        <source>Edit opinion</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="429"/>
        <location filename="../../desktop/ui/live/page.py" line="442"/>
        <source>Remove opinion</source>
        <translation>删除意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="430"/>
        <source>Why is this opinion removed?</source>
        <translation>删除这条意见的原因是什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="452"/>
        <source>Summary and decisions</source>
        <translation>小结和决定事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="488"/>
        <source>Make commitment</source>
        <translation>形成承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="504"/>
        <source>Mark as read back</source>
        <translation>标记为已宣读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="545"/>
        <source>Last screen</source>
        <translation>最后一个屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="559"/>
        <source>Projector (Ctrl+Shift+P)</source>
        <translation>投影屏幕 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="560"/>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="561"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="562"/>
        <source>Latest opinions</source>
        <translation>最新意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/page.py" line="563"/>
        <source>Blank (B)</source>
        <translation>黑屏 (B)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Tingjian — listening sessions</source>
        <translation>听见 — 民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Create &amp;demo session</source>
        <translation>创建示例会议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>&amp;Minutes and report back…</source>
        <translation>会议纪要与办理情况通报(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>&amp;Projector screen</source>
        <translation>投影屏幕(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>&amp;About Tingjian</source>
        <translation>关于听见(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Data: {where}</source>
        <translation>数据：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>Select a session on the Sessions page first.</source>
        <translation>请先在“会议”页选择一场会议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>About Tingjian</source>
        <translation>关于听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>&lt;b&gt;Tingjian 听见&lt;/b&gt; {version}&lt;br&gt;Run public listening sessions, capture every opinion, produce the minutes and follow up every commitment.</source>
        <translation>&lt;b&gt;听见 Tingjian&lt;/b&gt; {version}&lt;br&gt;主持民情恳谈会，记录每一条意见，生成会议纪要，跟踪每一项承诺。</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="75"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="76"/>
        <source>public</source>
        <translation>公开版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="77"/>
        <source>internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="78"/>
        <location filename="../../desktop/ui/minutes/dialog.py" line="124"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="115"/>
        <source>approved by {who}</source>
        <translation>已由{who}审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="112"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="81"/>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="83"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="84"/>
        <source>approved elsewhere, file not present</source>
        <translation>已在别处审定，本机没有该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="114"/>
        <source>approved by {who} elsewhere, file not present</source>
        <translation>{who} 已在别处审定，本机没有该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="118"/>
        <source>Minutes — {title}</source>
        <translation>会议纪要 — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="119"/>
        <source>Official (GB/T 9704 纪要)</source>
        <translation>公文格式（GB/T 9704 纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="119"/>
        <source>Plain</source>
        <translation>简洁样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="120"/>
        <source>Organisation&apos;s template</source>
        <translation>本单位模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="122"/>
        <source>王女士 / Ms Wang</source>
        <translation>王女士 / Ms Wang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="123"/>
        <source>居民甲 / Resident A</source>
        <translation>居民甲 / Resident A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="124"/>
        <source>Template (.docx)</source>
        <translation>模板（.docx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="125"/>
        <source>Citizens named as</source>
        <translation>群众称呼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="125"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="128"/>
        <source>Public version (citizens renamed, personal data masked)</source>
        <translation>公开版本（群众使用代称，隐去个人信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="129"/>
        <location filename="../../desktop/ui/minutes/dialog.py" line="130"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="131"/>
        <source>&amp;Generate minutes</source>
        <translation>生成纪要(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="132"/>
        <source>&amp;Report back (you said, we did)</source>
        <translation>办理情况通报(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="133"/>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="134"/>
        <source>&amp;Approve selected version…</source>
        <translation>审定所选版本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="135"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="144"/>
        <location filename="../../desktop/ui/minutes/dialog.py" line="197"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="145"/>
        <source>Word documents (*.docx *.dotx)</source>
        <translation>Word 文档 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="150"/>
        <source>Save minutes as</source>
        <translation>纪要另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="151"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="171"/>
        <source>Writing {name} …</source>
        <translation>正在写入 {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="181"/>
        <source>Version {n} written to {path}.</source>
        <translation>第 {n} 版已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="185"/>
        <source>Changed since the approved version:</source>
        <translation>自审定版本以来的变化：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="198"/>
        <source>Write the minutes in the plain style instead?</source>
        <translation>是否改用简洁样式生成纪要？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="203"/>
        <source>File in use</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="204"/>
        <source>Save as {name} instead?</source>
        <translation>是否改存为 {name}？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="224"/>
        <source>Report back written to {path}.</source>
        <translation>办理情况通报已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="235"/>
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/dialog.py" line="236"/>
        <source>Approved by (name and position):</source>
        <translation>审定人（姓名及职务）：</translation>
    </message>
</context>
<context>
    <name>NextInSeriesDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="307"/>
        <source>New session in this series</source>
        <translation>本系列的下一次会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="315"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="316"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="317"/>
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="320"/>
        <source>The agenda, the leaders and departments attending and the settings of “{title}” are copied; a report-back item lists the commitments still open.</source>
        <translation>将复制“{title}”的议程、出席的领导和部门以及各项设置；“办理情况通报”议题会列出尚未办结的承诺事项。</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="145"/>
        <source>Progress note</source>
        <translation>进展记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="151"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="152"/>
        <source>Noted by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="132"/>
        <source>{left} left</source>
        <translation>剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="137"/>
        <source>Speaking: {name}</source>
        <translation>正在发言：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="143"/>
        <source>Next: {names}</source>
        <translation>接下来：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/projector/window.py" line="148"/>
        <source>Tingjian — projector</source>
        <translation>听见 — 投影屏幕</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="121"/>
        <source>Read back the commitments</source>
        <translation>宣读承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="128"/>
        <source>{n}. {owner}: {title} — by {due}</source>
        <translation>{n}. {owner}：{title} — 限 {due} 前办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="136"/>
        <source>No commitment was made in this session.</source>
        <translation>本次会议尚未形成承诺事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="144"/>
        <source>Read back at {time}.</source>
        <translation>已于 {time} 宣读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="146"/>
        <source>&amp;Mark as read back</source>
        <translation>标记为已宣读(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/dialogs.py" line="148"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="98"/>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="100"/>
        <source>from {date}</source>
        <translation>原定 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="111"/>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="111"/>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="111"/>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="112"/>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="112"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="214"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="239"/>
        <location filename="../../desktop/ui/followup/register.py" line="324"/>
        <source>{n} commitments</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="281"/>
        <source>Deadline policy: {policy}</source>
        <translation>办理时限规则：{policy}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="282"/>
        <source>No deadline policy: extensions are not limited.</source>
        <translation>未设办理时限规则：延期不受次数限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="285"/>
        <source>Progress: {text} ({who})</source>
        <translation>进展：{text}（{who}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="288"/>
        <source>Extended from {old} to {new}: {reason}</source>
        <translation>由 {old} 延至 {new}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="291"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="292"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="293"/>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="294"/>
        <source>Follow-up call: {sat} {note}</source>
        <translation>回访：{sat} {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="309"/>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="309"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="310"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="310"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="313"/>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="314"/>
        <source>Due within (days)</source>
        <translation>到期天数内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="315"/>
        <source>Soonest due first</source>
        <translation>按到期日升序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="316"/>
        <source>Latest due first</source>
        <translation>按到期日降序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="317"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="318"/>
        <source>Add progress note…</source>
        <translation>添加进展…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="319"/>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/register.py" line="319"/>
        <source>Follow-up call…</source>
        <translation>记录回访…</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="43"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="43"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="44"/>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="50"/>
        <source>{n} found</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="65"/>
        <source>{n} results for “{q}”</source>
        <translation>“{q}”共 {n} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="74"/>
        <source>Found</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/search.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>SecretaryPanel</name>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="136"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="138"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="141"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="142"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="143"/>
        <source>Agreed</source>
        <translation>附议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="144"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="286"/>
        <source>Secretary</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="287"/>
        <source>&amp;Opinion</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="287"/>
        <source>S&amp;peaker</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="288"/>
        <source>Agenda &amp;item</source>
        <translation>议题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="288"/>
        <source>&amp;Kind (Ctrl+K)</source>
        <translation>类型(&amp;K) (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="289"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="289"/>
        <source>A&amp;greed by (+/−)</source>
        <translation>附议人数(&amp;G) (+/−)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="290"/>
        <source>On-the-spot &amp;reply</source>
        <translation>现场答复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="290"/>
        <source>Replied &amp;by</source>
        <translation>答复人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="293"/>
        <source>Type what is said; Enter saves, Shift+Enter starts a new line, Esc comes back here.</source>
        <translation>边听边记；回车保存，Shift+回车换行，Esc 回到此处。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="295"/>
        <source>Separate tags with ;</source>
        <translation>多个标签用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="302"/>
        <source>Save (Enter)</source>
        <translation>保存 (回车)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="303"/>
        <source>Edit (Ctrl+E)</source>
        <translation>编辑 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="304"/>
        <source>Remove (Ctrl+Del)</source>
        <translation>删除 (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="305"/>
        <source>Make commitment (Ctrl+M)</source>
        <translation>形成承诺 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="306"/>
        <source>Read back (Ctrl+R)</source>
        <translation>宣读承诺 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="307"/>
        <source>Summary and decisions of the item</source>
        <translation>议题小结和决定事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="308"/>
        <source>Captured opinions (Ctrl+L)</source>
        <translation>已记录的意见 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="309"/>
        <source>Summary and decisions (Ctrl+J)</source>
        <translation>小结和决定事项 (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="310"/>
        <source>Su&amp;mmary</source>
        <translation>小结(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="311"/>
        <source>&amp;Decisions (one per line)</source>
        <translation>决定事项(&amp;D)（每行一项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/live/secretary.py" line="312"/>
        <source>Save notes (Ctrl+S)</source>
        <translation>保存小结 (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124"/>
        <source>&amp;Kind:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="124"/>
        <source>&amp;Date, start, minutes:</source>
        <translation>日期、开始时间、时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="125"/>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="125"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="125"/>
        <source>&amp;Organisation:</source>
        <translation>主办单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="126"/>
        <source>C&amp;hair:</source>
        <translation>主持领导(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="126"/>
        <source>&amp;Facilitator:</source>
        <translation>主持人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="126"/>
        <source>&amp;Recorder:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="127"/>
        <source>Leaders and departments attending:</source>
        <translation>出席的领导和部门：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="127"/>
        <source>Deadline &amp;policy:</source>
        <translation>办理时限规则(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="128"/>
        <source>A&amp;genda template:</source>
        <translation>议程模板(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="131"/>
        <source> min available</source>
        <translation> 分钟可用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="132"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="133"/>
        <source>Edit the directory…</source>
        <translation>编辑名录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="134"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="134"/>
        <source>&amp;Create session</source>
        <translation>创建会议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="135"/>
        <source>Import &amp;opinions…</source>
        <translation>导入意见(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="136"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="137"/>
        <source>Edit session</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="137"/>
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="138"/>
        <source>Issuing body of the minutes</source>
        <translation>纪要的印发单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="160"/>
        <source>(none: set per commitment)</source>
        <translation>（不设：逐项设定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="169"/>
        <source>(empty agenda)</source>
        <translation>（空议程）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="236"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prepare/session_dialog.py" line="237"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="17"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="17"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="18"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="19"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="20"/>
        <source>Opinions</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/model.py" line="21"/>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="137"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="138"/>
        <source>No sessions yet. Use File → Create demo session to explore Tingjian with realistic content.</source>
        <translation>还没有会议。可通过“文件 → 创建示例会议”体验听见。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="140"/>
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="142"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="144"/>
        <source>New in this &amp;series…</source>
        <translation>本系列下一次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="146"/>
        <source>Leaders and &amp;departments…</source>
        <translation>领导和部门(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="123"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="124"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="126"/>
        <location filename="../../desktop/ui/settings_page.py" line="128"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="127"/>
        <source>Time zone for dates and times</source>
        <translation>日期和时间所用时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="129"/>
        <source>Running a session</source>
        <translation>主持会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130"/>
        <source>Warn this many minutes before an item ends</source>
        <translation>议题结束前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="131"/>
        <source>Default speaking time (seconds)</source>
        <translation>默认发言时限（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="132"/>
        <source>People who have not spoken yet go first</source>
        <translation>未发言者优先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="133"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="134"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="135"/>
        <source>Schema version (database / this app)</source>
        <translation>结构版本（数据库 / 本程序）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="136"/>
        <source>Preferences file</source>
        <translation>偏好设置文件</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="124"/>
        <source>Change status</source>
        <translation>更改办理状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="132"/>
        <source>Required when it cannot be done</source>
        <translation>无法办理时必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="133"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/followup/dialogs.py" line="134"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
</TS>
