<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../desktop/ui/main_window.py" line="98" />
        <source>Tingjian — listening sessions</source>
        <translation>听见 — 民情恳谈会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>Live</source>
        <translation>会议进行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>Follow-up</source>
        <translation>跟踪督办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104" />
        <source>Create &amp;demo session</source>
        <translation>创建示例会议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107" />
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109" />
        <source>&amp;About Tingjian</source>
        <translation>关于听见(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110" />
        <source>Data: {where}</source>
        <translation>数据：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <source>About Tingjian</source>
        <translation>关于听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>&lt;b&gt;Tingjian 听见&lt;/b&gt; {version}&lt;br&gt;Run public listening sessions, capture every opinion, produce the minutes and follow up every commitment.</source>
        <translation>&lt;b&gt;听见 Tingjian&lt;/b&gt; {version}&lt;br&gt;主持民情恳谈会，记录每一条意见，生成会议纪要，跟踪每一项承诺。</translation>
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
        <location filename="../../desktop/ui/sessions/page.py" line="68" />
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sessions/page.py" line="69" />
        <source>No sessions yet. Use File → Create demo session to explore Tingjian with realistic content.</source>
        <translation>还没有会议。可通过“文件 → 创建示例会议”体验听见。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="79" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="81" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="82" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="83" />
        <source>Running a session</source>
        <translation>主持会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84" />
        <source>Warn this many minutes before an item ends</source>
        <translation>议题结束前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="85" />
        <source>Default speaking time (seconds)</source>
        <translation>默认发言时限（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="86" />
        <source>People who have not spoken yet go first</source>
        <translation>未发言者优先</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="87" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="88" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="89" />
        <source>Schema version (database / this app)</source>
        <translation>结构版本（数据库 / 本程序）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90" />
        <source>Preferences file</source>
        <translation>偏好设置文件</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="64" />
        <source>Welcome to Tingjian</source>
        <translation>欢迎使用听见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="65" />
        <source>Create a demo session with realistic content to explore Tingjian? You can delete it later or create it again from the File menu.</source>
        <translation>是否创建一场内容真实的示例会议来体验听见？之后可以删除，也可以从“文件”菜单再次创建。</translation>
    </message>
</context>
</TS>