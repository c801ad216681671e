<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Signed in</source>
        <translation>报到</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Verified</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Verification failed (rework)</source>
        <translation>核查不通过(返工)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Escalated</source>
        <translation>提级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Cancelled</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Mediation failed</source>
        <translation>调解未成功</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Warning raised</source>
        <translation>预警升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Extension rejected</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Supervision card</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Flagged for the meeting</source>
        <translation>标记上会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Marked as a serious event</source>
        <translation>标记为重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Track changed</source>
        <translation>改变分流</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="34"/>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="34"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="34"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="34"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="35"/>
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="35"/>
        <source>Item outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Photo before</source>
        <translation>处置前照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Photo after</source>
        <translation>处置后照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>File</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="25"/>
        <source>Database backups (*.sqlite)</source>
        <translation>数据库备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="26"/>
        <source>Backup archives (*.zip)</source>
        <translation>备份归档 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="32"/>
        <source>Back up the database to</source>
        <translation>数据库备份到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="42"/>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="43"/>
        <source>Backups (*.sqlite *.zip);;All files (*)</source>
        <translation>备份 (*.sqlite *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="49"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="49"/>
        <source>The backup was written and checked (integrity and audit chain):
%1

Last audit entry in it: %2</source>
        <translation>备份已写入并通过校验(完整性与审计链):
%1

其中最后一条审计记录:%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="52"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="62"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="66"/>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="66"/>
        <source>The database now holds the backup of %1.
The database as it was is kept in:
%2

Everyone signs in again.</source>
        <translation>数据库已恢复为 %1 的备份。
恢复前的数据库保存在:
%2

请所有人重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="70"/>
        <source>Checking the backup</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="75"/>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
</context>
<context>
    <name>CareerKind</name>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>End of probation</source>
        <translation>见习转正</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Yellow card</source>
        <translation>黄牌警告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Demotion</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Dismissal</source>
        <translation>淘汰</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="22"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="27"/>
        <source>Your password was set by the administrator: choose your own before you go on.</source>
        <translation>你的密码由管理员设置,请先改为自己的密码再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="35"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="36"/>
        <source>New password (8 or more characters)</source>
        <translation>新密码(至少 8 位)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="37"/>
        <source>New password again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="43"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <location filename="../../ui/widgets/columns.py" line="84"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>CommendationKind</name>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Pennant</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Public praise</source>
        <translation>通报表扬</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/live.py" line="80"/>
        <source>Today&apos;s automatic backup was made: %1</source>
        <translation>今日自动备份已完成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="84"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败:%1</translation>
    </message>
</context>
<context>
    <name>DetailDock</name>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="51"/>
        <source>Select an incident in the queue.</source>
        <translation>在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="60"/>
        <source>Show full numbers…</source>
        <translation>显示完整号码…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="99"/>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="105"/>
        <source>Full numbers of %1</source>
        <translation>%1 的完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="106"/>
        <source>This look is recorded in the audit log.</source>
        <translation>本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="146"/>
        <source>%1 (%2 bytes) cannot be shown here.</source>
        <translation>%1(%2 字节)无法在此显示。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="159"/>
        <source>for the weekly meeting</source>
        <translation>提交周例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="159"/>
        <source>Next: %1 at %2</source>
        <translation>下一步:%2 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="160"/>
        <source>Extension requested: %1 h — %2</source>
        <translation>已申请延期 %1 小时:%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="164"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="165"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="166"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="167"/>
        <source>Village / grid</source>
        <translation>村社 / 网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="168"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="169"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="170"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="171"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="172"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="173"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="174"/>
        <source>Handling unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="175"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="176"/>
        <source>Result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="177"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="191"/>
        <source>yellow card</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="191"/>
        <source>red card</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="192"/>
        <source>escalation to the township</source>
        <translation>自动提级至镇街</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="156"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="41"/>
        <source>Detail</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="156"/>
        <source>Units called in</source>
        <translation>交办单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="157"/>
        <source>signed in %1</source>
        <translation>%1 已报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="157"/>
        <source>not signed in</source>
        <translation>未报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="158"/>
        <source>Key persons</source>
        <translation>关联重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="158"/>
        <source>Timeline</source>
        <translation>处置过程</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="36"/>
        <source>Search code, title, description (Ctrl+F)</source>
        <translation>搜索编号、标题、描述(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="37"/>
        <source>All colours</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="39"/>
        <source>All tracks</source>
        <translation>全部分流</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="41"/>
        <location filename="../../ui/panels/queue/filters.py" line="80"/>
        <source>All villages</source>
        <translation>全部村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="42"/>
        <location filename="../../ui/panels/queue/filters.py" line="104"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="43"/>
        <location filename="../../ui/panels/queue/filters.py" line="81"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="44"/>
        <location filename="../../ui/panels/queue/filters.py" line="82"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="46"/>
        <source>Any time left</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="47"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="47"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="98"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="23"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="27"/>
        <source>This database is new. Which township&apos;s command room does it serve? (It cannot be changed later.) Then make the administrator&apos;s account: the administrator makes everyone else&apos;s.</source>
        <translation>这是一个新数据库。它服务于哪个乡镇(街道)的指挥室?(以后不能更改。)然后创建管理员账号:其他人的账号由管理员创建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="34"/>
        <source>e.g. Xitang Town</source>
        <translation>例如 西塘镇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="36"/>
        <source>e.g. Jiashan County</source>
        <translation>例如 嘉善县</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>Township / sub-district</source>
        <translation>乡镇 / 街道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="47"/>
        <source>County / district</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="48"/>
        <source>Administrator&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="49"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="50"/>
        <source>Password (8 or more characters)</source>
        <translation>密码(至少 8 位)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="51"/>
        <source>Password again</source>
        <translation>再输入一次密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="59"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="53"/>
        <source>Not saved: the operation failed (see the details).</source>
        <translation>未保存:操作失败(详见错误信息)。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="140"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="157"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="163"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="164"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="214"/>
        <source>Please fill in: %1</source>
        <translation>请填写:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="218"/>
        <source>File not found: %1</source>
        <translation>找不到文件:%1</translation>
    </message>
</context>
<context>
    <name>HoldingLevel</name>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Township</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>County</source>
        <translation>县</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="33"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="33"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="63"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="42"/>
        <source>An .xlsx or .csv file (UTF-8 or GBK)</source>
        <translation>.xlsx 或 .csv 文件(UTF-8 或 GBK 编码)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="43"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="45"/>
        <source>Save empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="52"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="53"/>
        <source>Choose a file, then check it.</source>
        <translation>选择文件后先点“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="56"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="56"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="56"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="62"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="90"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="91"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="100"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="100"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="101"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="102"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="106"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消,未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="131"/>
        <source>No errors. Import would: %1</source>
        <translation>检查通过。导入将会:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="134"/>
        <source>Imported: %1</source>
        <translation>导入完成:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="140"/>
        <source>Not imported, nothing was changed: %n error(s), listed below.</source>
        <translation>
            <numerusform>未导入,数据未作任何改动:共 %n 处错误,见下表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144"/>
        <source>Not imported, nothing was changed: %1</source>
        <translation>未导入,数据未作任何改动:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="146"/>
        <source>Import failed unexpectedly; nothing was changed.</source>
        <translation>导入意外失败,数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <source>Commendations</source>
        <translation>表彰</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <location filename="../../ui/incidents/commands.py" line="58"/>
        <source>&amp;Accept…</source>
        <translation>受理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="58"/>
        <source>&amp;Dispatch…</source>
        <translation>交办(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="59"/>
        <source>&amp;Sign in…</source>
        <translation>报到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="59"/>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="60"/>
        <source>Re&amp;solve…</source>
        <translation>办结(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="60"/>
        <source>&amp;Verify and close…</source>
        <translation>核查结案(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="61"/>
        <source>Verify &amp;failed (rework)…</source>
        <translation>核查不通过/返工(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="62"/>
        <source>&amp;Escalate…</source>
        <translation>提级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="62"/>
        <source>&amp;Cancel incident…</source>
        <translation>作废(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="63"/>
        <source>&amp;Mediation failed…</source>
        <translation>调解未成功(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="64"/>
        <source>Request e&amp;xtension…</source>
        <translation>申请延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="65"/>
        <source>Decide e&amp;xtension…</source>
        <translation>审批延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="65"/>
        <source>Attach &amp;photo or file…</source>
        <translation>添加照片或附件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="66"/>
        <source>Mark as a seri&amp;ous event…</source>
        <translation>标记为重大事件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="67"/>
        <source>Change &amp;track…</source>
        <translation>改变分流(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="114"/>
        <source>Select an incident in the queue first.</source>
        <translation>请先在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="117"/>
        <source>%1 has no extension request waiting for a decision.</source>
        <translation>事件 %1 没有待审批的延期申请。</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="148"/>
        <source>%1: not in the right state</source>
        <translation>%1:状态不符,未处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/commands.py" line="158"/>
        <source>%n incident(s) will be processed.</source>
        <translation>
            <numerusform>将处理 %n 件事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/commands.py" line="163"/>
        <source>%n done.</source>
        <translation>
            <numerusform>已完成 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="168"/>
        <location filename="../../ui/incidents/commands.py" line="175"/>
        <location filename="../../ui/incidents/commands.py" line="201"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="171"/>
        <source>(unchanged)</source>
        <translation>(不变)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="172"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="173"/>
        <source>Co-units (report in separately)</source>
        <translation>协办单位(各自报到)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="174"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="186"/>
        <source>Unit signing in</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="189"/>
        <source>Reason for returning</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="192"/>
        <source>Result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="193"/>
        <source>Photo after (optional)</source>
        <translation>处置后照片(可选)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="197"/>
        <source>(not asked)</source>
        <translation>(未回访)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="198"/>
        <source>Outcome</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="199"/>
        <source>Original incident code (duplicates)</source>
        <translation>原事件编号(重复事件填写)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="200"/>
        <source>Resident satisfaction</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="205"/>
        <source>What is still wrong</source>
        <translation>未整改到位的问题</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="208"/>
        <location filename="../../ui/incidents/commands.py" line="221"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="210"/>
        <source>Reason for cancelling</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="213"/>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="216"/>
        <source>Why it is a serious event</source>
        <translation>为何属于重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="220"/>
        <source>New track</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="224"/>
        <source>More time</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="225"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="229"/>
        <source>Decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="230"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="230"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="231"/>
        <source>Time granted</source>
        <translation>批准延长</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="232"/>
        <source>Note (required to reject)</source>
        <translation>说明(驳回时必填)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="235"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="236"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Noted</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Probation</source>
        <translation>见习</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Level 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Level 5</source>
        <translation>五级</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>GridCommand — %1</source>
        <translation>网格指挥室 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Coming in a later version:</source>
        <translation>将在后续版本提供:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>statistics, dashboard and exports.</source>
        <translation>统计分析、一屏观天下与导出。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>User: %1 (%2)</source>
        <translation>用户:%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>More than %1 incidents selected: bulk moves are off.</source>
        <translation>选中超过 %1 件,批量操作不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Not allowed now</source>
        <translation>现在不能这样操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Incident %1 taken in.</source>
        <translation>事件 %1 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>About GridCommand</source>
        <translation>关于网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&lt;h3&gt;GridCommand %1&lt;/h3&gt;&lt;p&gt;Incident, meeting and performance desk for township comprehensive information command rooms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网格指挥室 %1&lt;/h3&gt;&lt;p&gt;乡镇(街道)综合信息指挥室的事件处置、例会与绩效考核工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="21"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="22"/>
        <source>Import grids, staff, key persons, incidents, visits or commendations</source>
        <translation>导入网格、人员、重点人员、事件、走访记录或表彰</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="23"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="27"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28"/>
        <source>Lock this seat until your password is given</source>
        <translation>锁定本席位,输入密码后才能继续使用</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="29"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33"/>
        <source>A checked copy of the database, made while others work</source>
        <translation>为数据库做一份经过校验的副本,其他席位可照常工作</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34"/>
        <source>R&amp;estore…</source>
        <translation>恢复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>Replace the database by a backup</source>
        <translation>用备份替换当前数据库</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="39"/>
        <source>Reset &amp;layout</source>
        <translation>恢复默认布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;About GridCommand</source>
        <translation>关于网格指挥室(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="42"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="44"/>
        <source>Take in a phone-in or a grid worker&apos;s report</source>
        <translation>登记来电或网格员上报的事件</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>Run automatic &amp;rules now</source>
        <translation>立即运行自动规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Daily consultation</source>
        <translation>每日会商</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Residents&apos; talk day</source>
        <translation>说事日</translation>
    </message>
</context>
<context>
    <name>MeetingsDock</name>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="49"/>
        <location filename="../../ui/panels/meetings/dock.py" line="189"/>
        <source>Meetings</source>
        <translation>例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="82"/>
        <source>New meeting…</source>
        <translation>新建例会…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="83"/>
        <source>Build agenda</source>
        <translation>生成议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="84"/>
        <source>Lock agenda</source>
        <translation>锁定议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="85"/>
        <source>Project</source>
        <translation>投屏</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="86"/>
        <source>Agenda PDF…</source>
        <translation>导出议程 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="87"/>
        <source>Minutes PDF…</source>
        <translation>导出纪要 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="88"/>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="89"/>
        <source>Drop</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="90"/>
        <source>To backlog</source>
        <translation>移入待议</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="91"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="92"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="93"/>
        <source>Record outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="94"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="95"/>
        <source>Expect a person…</source>
        <translation>添加参会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="97"/>
        <source>Attendance</source>
        <translation>参会签到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="98"/>
        <source>Open action items</source>
        <translation>未完成待办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="148"/>
        <source> (locked)</source>
        <translation>(已锁定)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="174"/>
        <source>No meeting yet: make one with “New meeting…”.</source>
        <translation>还没有例会:点“新建例会…”创建。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="177"/>
        <source>%1 items, %2 of %3 minutes</source>
        <translation>共 %1 项,合计 %2 分钟 / 会议 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="180"/>
        <source>longer than the meeting</source>
        <translation>超出会议时长</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="197"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="200"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="200"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="206"/>
        <source>Date and time should read like 2026-11-30 09:00.</source>
        <translation>日期和时间应写作 2026-11-30 09:00。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="210"/>
        <source>New meeting</source>
        <translation>新建例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="228"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="228"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="229"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="230"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="231"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="272"/>
        <source>Due date (decision)</source>
        <translation>完成期限(决定事项)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="320"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="233"/>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="198"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="199"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="266"/>
        <source>Item outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="267"/>
        <source>What was decided or noted</source>
        <translation>决定或通报内容</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="268"/>
        <source>Responsible unit (decision, dispatch)</source>
        <translation>责任单位(决定、交办)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="270"/>
        <source>Responsible person (decision)</source>
        <translation>责任人(决定)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="278"/>
        <source>The due date should read like 2026-11-30.</source>
        <translation>期限应写作 2026-11-30。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="282"/>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="288"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="289"/>
        <source>Expect a person</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="298"/>
        <source>How it was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="299"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="313"/>
        <source>agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="313"/>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="315"/>
        <location filename="../../ui/panels/meetings/dock.py" line="319"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="24"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="46"/>
        <source>Required when the track differs from the category&apos;s</source>
        <translation>与大类默认分流不同时必填</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="58"/>
        <source>Serious (fire, criminal case, mass petition…)</source>
        <translation>严重事件(火灾、刑事案件、群体上访等)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="60"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="60"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="61"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="62"/>
        <source>Category *</source>
        <translation>大类 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="62"/>
        <source>Sub-category</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="63"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="63"/>
        <source>Why this track</source>
        <translation>改变分流的理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="64"/>
        <source>Warning colour *</source>
        <translation>预警颜色 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="64"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="65"/>
        <source>Grid *</source>
        <translation>网格 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="65"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="66"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="66"/>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="67"/>
        <source>Caller&apos;s phone</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="120"/>
        <source>(a citizen)</source>
        <translation>(群众来电)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Unfounded</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cannot be solved now</source>
        <translation>暂无法解决</translation>
    </message>
</context>
<context>
    <name>PerformanceDock</name>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="45"/>
        <source>Performance</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="152"/>
        <source>All villages</source>
        <translation>全部村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="93"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="94"/>
        <source>Adjust score…</source>
        <translation>调整分数…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="95"/>
        <source>Worker&apos;s sheet</source>
        <translation>个人考核表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="96"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="97"/>
        <source>Salary float</source>
        <translation>薪金浮动</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="98"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="99"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="100"/>
        <source>Candidates PDF…</source>
        <translation>导出候选名单 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="101"/>
        <source>Candidates</source>
        <translation>晋升淘汰候选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="102"/>
        <source>Log a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="103"/>
        <source>Visits due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="116"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="117"/>
        <location filename="../../ui/panels/performance/dock.py" line="272"/>
        <location filename="../../ui/panels/performance/dock.py" line="275"/>
        <source>Lock month</source>
        <translation>锁定本月</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="118"/>
        <source>Sheets PDF…</source>
        <translation>导出考核表 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="119"/>
        <source>Ranking…</source>
        <translation>导出排名…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="120"/>
        <source>Salary table…</source>
        <translation>导出薪金表…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="192"/>
        <source>Computing %1</source>
        <translation>正在计算 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="220"/>
        <source>Total pay %1 yuan; float %2 yuan</source>
        <translation>应发合计 %1 元;浮动合计 %2 元</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="223"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="223"/>
        <source>not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="224"/>
        <source>%1: %2 workers, %3</source>
        <translation>%1 月考核:%2 人,%3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="262"/>
        <source>Points (+ or −)</source>
        <translation>分值(加为正,减为负)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="263"/>
        <source>Reason (kept for the audit)</source>
        <translation>理由(留档备查)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="264"/>
        <source>Adjust %1</source>
        <translation>调整 %1 的分数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="273"/>
        <source>Lock %1? Its scores and pay will never change again.</source>
        <translation>锁定 %1?锁定后分数和薪金不再改变。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="284"/>
        <source>Approve: %1</source>
        <translation>批准:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="284"/>
        <source>Reject: %1</source>
        <translation>驳回:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="285"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="295"/>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="296"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="297"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="298"/>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="304"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="317"/>
        <source>Writing the evaluation sheets</source>
        <translation>正在生成考核表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="310"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="325"/>
        <location filename="../../ui/panels/performance/dock.py" line="331"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>PersonColour</name>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="58"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="97"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="99"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/queue/dock.py" line="194"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="196"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="41"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="41"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="42"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="42"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="43"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="43"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="44"/>
        <source>Colour</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="45"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="45"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="46"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="46"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="47"/>
        <source>Not signed in</source>
        <translation>待报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="47"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
</context>
<context>
    <name>Responsibility</name>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>No responsibility</source>
        <translation>无责任</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="88"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="89"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="90"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="91"/>
        <source>Last audit entry</source>
        <translation>最后一条审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="94"/>
        <source>Everything in the database %1 is replaced by what this backup holds. A safety backup of the database as it is now is made first. Everyone signed in will have to sign in again.</source>
        <translation>数据库 %1 中的全部数据将被此备份的内容替换。替换前会先为当前数据库做一份安全备份。所有已登录的人都需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="102"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewTimeline</name>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="16"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="17"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="18"/>
        <source>Cards</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="19"/>
        <source>Meetings</source>
        <translation>例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="20"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>ReviewsDock</name>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="53"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="53"/>
        <source>Criminal case</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="53"/>
        <source>Mass petition</source>
        <translation>群体性信访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="53"/>
        <source>Safety accident</source>
        <translation>安全事故</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="55"/>
        <source>None</source>
        <translation>无责任</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="55"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="55"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="56"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Resolved late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Still open, overdue</source>
        <translation>逾期未结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Visit lapse</source>
        <translation>走访断档</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="59"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="59"/>
        <source>Card</source>
        <translation>督办牌</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="59"/>
        <source>Action item overdue</source>
        <translation>会议事项逾期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="59"/>
        <source>No follow-up</source>
        <translation>督办后未跟进</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="60"/>
        <source>Added by hand</source>
        <translation>人工补充</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="61"/>
        <source>Under review</source>
        <translation>倒查中</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="61"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="62"/>
        <source>Undecided</source>
        <translation>未认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="64"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="64"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="65"/>
        <source>Event</source>
        <translation>事发时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="65"/>
        <location filename="../../ui/panels/reviews/dock.py" line="311"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="66"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="67"/>
        <source>Decided</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="70"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="71"/>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="71"/>
        <source>Responsible then</source>
        <translation>当时责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="230"/>
        <location filename="../../ui/panels/reviews/dock.py" line="310"/>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="289"/>
        <source>Serious incident</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="290"/>
        <source>Serious incidents without a review, newest first. To review another incident, select it in the queue and mark it as a serious event (Ctrl+Shift+S).</source>
        <translation>尚未倒查的重大事件,最新的在前。要倒查其他事件,请在事件队列中选中它并标记为重大事件(Ctrl+Shift+S)。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="70"/>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="216"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="88"/>
        <source>Review an incident…</source>
        <translation>倒查重大事件…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="48"/>
        <source>Reviews</source>
        <translation>事后倒查</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="89"/>
        <source>Review an event…</source>
        <translation>倒查其他事件…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="90"/>
        <location filename="../../ui/panels/reviews/dock.py" line="254"/>
        <source>Draft again</source>
        <translation>重新生成初稿</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="91"/>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="92"/>
        <source>Report PDF…</source>
        <translation>倒查报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="95"/>
        <source>Add a finding…</source>
        <translation>补充发现…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="165"/>
        <source>No review yet.</source>
        <translation>暂无倒查。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="165"/>
        <source>Open one on a serious incident or an event.</source>
        <translation>可对重大事件或其他事件开展倒查。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="167"/>
        <source>%1 · %2 · %3 · the %4 days before · %5</source>
        <translation>%1 · %2 · %3 · 事发前 %4 天 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="171"/>
        <source>approved; counts in %1</source>
        <translation>已审批,计入 %1 考核</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="188"/>
        <source>Evidence:</source>
        <translation>依据:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="188"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="217"/>
        <source>Finding %1: %2</source>
        <translation>第 %1 条:%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="229"/>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="231"/>
        <source>Person responsible then</source>
        <translation>当时责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="233"/>
        <source>Unit responsible then</source>
        <translation>当时责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="235"/>
        <source>Incidents it rests on (codes, comma separated)</source>
        <translation>依据的事件(编号,逗号分隔)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="242"/>
        <source>Add a finding</source>
        <translation>补充发现</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="260"/>
        <source>An approved review is locked. Its findings count in this month&apos;s evaluation (or the next month HR has not locked) and in promotion and elimination.</source>
        <translation>审批后倒查即锁定。认定的责任计入本月考核(本月已锁定则计入下一个未锁定月份),并作为晋升淘汰的依据。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="264"/>
        <source>%1 findings are not decided yet: approving decides them as no responsibility, for the reason below.</source>
        <translation>还有 %1 条发现未认定:审批时按下面的理由一并认定为无责任。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="266"/>
        <source>Why the undecided findings carry no responsibility</source>
        <translation>其余各条无责任的理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="267"/>
        <source>Approve review</source>
        <translation>审批倒查</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="262"/>
        <source>Conclusion</source>
        <translation>倒查结论</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="273"/>
        <source>Kind of event</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="274"/>
        <source>Days to look back</source>
        <translation>倒查天数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="275"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="276"/>
        <source>The event&apos;s grid</source>
        <translation>事发网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="276"/>
        <source>Its whole village</source>
        <translation>事发村社全部网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="280"/>
        <source>Days to look back should be a whole number, like 90.</source>
        <translation>倒查天数应为整数,如 90。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="296"/>
        <source>Review a serious incident</source>
        <translation>倒查重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="311"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="312"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="313"/>
        <source>Key persons involved (ID numbers, comma separated)</source>
        <translation>涉及的重点人员(身份证号,逗号分隔)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="321"/>
        <source>Review an event</source>
        <translation>倒查其他事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="332"/>
        <source>Save the review report</source>
        <translation>保存倒查报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="332"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="334"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="336"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Actions from the last meeting</source>
        <translation>上次会议待办回顾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Overdue, not yet resolved</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Escalated</source>
        <translation>提级事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Red and yellow disputes</source>
        <translation>红黄预警纠纷</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Recurring problems</source>
        <translation>多发问题研判</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Key person visits</source>
        <translation>重点人员走访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>This week&apos;s figures</source>
        <translation>本周数据通报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="40"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="40"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="62"/>
        <source>%1 is signed in; the seat was locked.</source>
        <translation>%1 已登录,本席位已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="54"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="63"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="67"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="90"/>
        <source>Opening the database… you are signed in as soon as it is open.</source>
        <translation>正在打开数据库…打开后即登录。</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Grid worker</source>
        <translation>网格员上报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Citizen</source>
        <translation>群众求助</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>110 non-police</source>
        <translation>110非警务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Assigned from above</source>
        <translation>上级交办</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Dispatched</source>
        <translation>已交办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Cancelled</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>General public matter</source>
        <translation>一般公共事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Safety matter</source>
        <translation>平安需求事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Complex matter</source>
        <translation>复杂疑难事项</translation>
    </message>
</context>
<context>
    <name>UnitRole</name>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Co-unit</source>
        <translation>协办单位</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Meeting chair</source>
        <translation>会议主持</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>HR officer</source>
        <translation>人事专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users.py" line="43"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="55"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="55"/>
        <source>Roles…</source>
        <translation>设置角色…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="56"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="56"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="34"/>
        <location filename="../../ui/dialogs/users.py" line="86"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="29"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="31"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="32"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="32"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="34"/>
        <location filename="../../ui/dialogs/users.py" line="87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="35"/>
        <location filename="../../ui/dialogs/users.py" line="88"/>
        <location filename="../../ui/dialogs/users.py" line="98"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="36"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="89"/>
        <source>First password (changed at the first sign-in)</source>
        <translation>初始密码(首次登录时须修改)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="90"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="99"/>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="109"/>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="110"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="112"/>
        <source>The user must choose a new password at the next sign-in.</source>
        <translation>该用户下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="119"/>
        <location filename="../../ui/dialogs/users.py" line="123"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="120"/>
        <source>Deactivate %1? The account can no longer sign in; the record keeps its name.</source>
        <translation>停用 %1?该账号将不能再登录,记录中仍保留其姓名。</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>At the door</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>By video</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>WarningColour</name>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Building the demo township…</source>
        <translation>正在生成演示乡镇…</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="57"/>
        <source>Demo accounts: admin, duty1, chair, hr, leader; password %1</source>
        <translation>演示账号:admin、duty1、chair、hr、leader,密码均为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>GridCommand</source>
        <translation>网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="159"/>
        <source>Cannot open the database:</source>
        <translation>无法打开数据库:</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../ui/display.py" line="21"/>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="22"/>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="23"/>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="24"/>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="25"/>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="31"/>
        <source>consultation centre</source>
        <translation>说事中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="32"/>
        <source>police-grid centre</source>
        <translation>警格中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="33"/>
        <source>mediation centre</source>
        <translation>矛调中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="49"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="54"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="65"/>
        <source>overdue %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="66"/>
        <source>%1 left</source>
        <translation>剩 %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>The operation failed; nothing it did was saved.</source>
        <translation>操作失败,所做的更改均未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="171"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="173"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="174"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="176"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="177"/>
        <source>Who</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="178"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="179"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="159"/>
        <source>Template for</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="163"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="166"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>performance</name>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="26"/>
        <location filename="../../ui/panels/performance/models.py" line="41"/>
        <location filename="../../ui/panels/performance/models.py" line="56"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="27"/>
        <location filename="../../ui/panels/performance/models.py" line="42"/>
        <location filename="../../ui/panels/performance/models.py" line="57"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="28"/>
        <location filename="../../ui/panels/performance/models.py" line="43"/>
        <location filename="../../ui/panels/performance/models.py" line="58"/>
        <source>Worker level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="29"/>
        <location filename="../../ui/panels/performance/models.py" line="70"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="30"/>
        <location filename="../../ui/panels/performance/models.py" line="71"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="31"/>
        <source>Reporting</source>
        <translation>事件上报</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="32"/>
        <source>On time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="33"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="34"/>
        <source>Meeting attendance</source>
        <translation>例会出勤</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="35"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="36"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="37"/>
        <location filename="../../ui/panels/performance/models.py" line="44"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="45"/>
        <source>Base pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="46"/>
        <source>Standard</source>
        <translation>绩效基数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="47"/>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="49"/>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="51"/>
        <source>Float</source>
        <translation>浮动</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="52"/>
        <source>Total pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="60"/>
        <source>To</source>
        <translation>拟调整为</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="62"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="66"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="67"/>
        <source>due today</source>
        <translation>今日应访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="68"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="72"/>
        <source>Key person</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="73"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="74"/>
        <source>Tag colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="76"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="78"/>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/models.py" line="80"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <location filename="../../ui/widgets/projector.py" line="102"/>
        <source>The agenda is empty</source>
        <translation>议程为空</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="131"/>
        <source>%1 min in all · → start  Esc leave</source>
        <translation>合计 %1 分钟 · → 开始  Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="138"/>
        <source>← previous  → next  Esc leave</source>
        <translation>← 上一项  → 下一项  Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="160"/>
        <source>Project on which screen?</source>
        <translation>投屏到哪个屏幕?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="26"/>
        <source>Responsible: %1</source>
        <translation>责任:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="30"/>
        <source>Overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="33"/>
        <source>Held at: %1</source>
        <translation>现由 %1 层级办理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="37"/>
        <source>Cards: %1</source>
        <translation>督办:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="49"/>
        <source>No visit on record</source>
        <translation>暂无走访记录</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="17"/>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="18"/>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="19"/>
        <source>Adjustment</source>
        <translation>人事调整</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="20"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="21"/>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="22"/>
        <source>Float</source>
        <translation>浮动</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="23"/>
        <source>Total pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="27"/>
        <source>Reporting</source>
        <translation>事件上报</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="28"/>
        <source>Closed on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="29"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="30"/>
        <source>Meeting attendance</source>
        <translation>例会出勤</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="31"/>
        <source>Residents&apos; satisfaction</source>
        <translation>群众满意</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="44"/>
        <source>%1 reported (target %2)</source>
        <translation>上报 %1 件(目标 %2 件)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="47"/>
        <source>nothing due this month</source>
        <translation>本月无应办事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="48"/>
        <source>%1 due, %2 on time</source>
        <translation>应办 %1 件,按期 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="51"/>
        <source>no visit due this month</source>
        <translation>本月无应走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="52"/>
        <source>%1 key persons, %2 visits due, %3 counted (%4 made)</source>
        <translation>重点人员 %1 人,应走访 %2 次,计入 %3 次(实际 %4 次)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="56"/>
        <source>no meeting this month</source>
        <translation>本月无例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="57"/>
        <source>%1 expected, %2 attended</source>
        <translation>应到 %1 次,实到 %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="59"/>
        <source>no rating this month</source>
        <translation>本月无评价</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="60"/>
        <source>%1 ratings, %2 on average</source>
        <translation>评价 %1 件,平均 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="65"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="66"/>
        <source>%1 no. %2 (%3): %4</source>
        <translation>%1 第 %2 条(%3):%4</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="67"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/sheet.py" line="68"/>
        <source>%1 reworks (at most 5 points); retrospective reviews: %2</source>
        <translation>返工 %1 次(上限 5 分);事后倒查:%2</translation>
    </message>
</context>
</TS>
