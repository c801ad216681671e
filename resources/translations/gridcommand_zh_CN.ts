<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Signed in</source>
        <translation>报到</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Verified</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Verification failed (rework)</source>
        <translation>核查不通过(返工)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Escalated</source>
        <translation>提级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Cancelled</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Mediation failed</source>
        <translation>调解未成功</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Warning raised</source>
        <translation>预警升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Extension rejected</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Supervision card</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Flagged for the meeting</source>
        <translation>标记上会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Marked as a serious event</source>
        <translation>标记为重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Track changed</source>
        <translation>改变分流</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Grid or category corrected</source>
        <translation>更正网格或类别</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Supervision notice</source>
        <translation>督办通知</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Supervision notice withdrawn</source>
        <translation>撤回督办通知</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Key person linked</source>
        <translation>关联重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Returned to the township</source>
        <translation>退回镇街</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>County instruction</source>
        <translation>批示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>County instruction read</source>
        <translation>批示已阅</translation>
    </message>
</context>
<context>
    <name>ActionVerb</name>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>dispatch</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>sign in</source>
        <translation>报到</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>pass verification</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>fail verification (rework)</source>
        <translation>核查不通过(返工)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>escalate</source>
        <translation>提级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>record failed mediation</source>
        <translation>调解未成功</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>raise the warning</source>
        <translation>预警升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>approve the extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>reject the extension</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>give a supervision card</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>flag for the meeting</source>
        <translation>标记上会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>mark as a serious event</source>
        <translation>标记为重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>change the track</source>
        <translation>改变分流</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>correct the grid or category</source>
        <translation>更正网格或类别</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>send a supervision notice</source>
        <translation>督办通知</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>withdraw a supervision notice</source>
        <translation>撤回督办通知</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>link a key person</source>
        <translation>关联重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>return to the township</source>
        <translation>退回镇街</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>instruct</source>
        <translation>批示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>mark the county&apos;s instruction read</source>
        <translation>批示已阅</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="42"/>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="42"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="42"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="42"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="43"/>
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="43"/>
        <source>Item outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Photo before</source>
        <translation>处置前照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Photo after</source>
        <translation>处置后照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>File</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="33"/>
        <source>Database backups (*.sqlite)</source>
        <translation>数据库备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="34"/>
        <source>Backup archives (*.zip)</source>
        <translation>备份归档 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="40"/>
        <source>Back up the database to</source>
        <translation>数据库备份到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="50"/>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="51"/>
        <source>Backups (*.sqlite *.zip);;All files (*)</source>
        <translation>备份 (*.sqlite *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="57"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="57"/>
        <source>The backup was written and checked (integrity and audit chain):
%1

Last audit entry in it: %2</source>
        <translation>备份已写入并通过校验(完整性与审计链):
%1

其中最后一条审计记录:%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="60"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="67"/>
        <source>Backup verified</source>
        <translation>备份完好</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="67"/>
        <source>The backup passed the full integrity check and its audit chain is whole:
%1

Made at %2; last audit entry in it: %3</source>
        <translation>该备份通过了完整性检查,审计链完整:
%1

备份时间 %2;其中最后一条审计记录:%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="71"/>
        <source>Verifying the backup</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="80"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="84"/>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="84"/>
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
        <location filename="../../ui/dialogs/backup.py" line="88"/>
        <source>Checking the backup</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="93"/>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
</context>
<context>
    <name>BigScreen</name>
    <message>
        <location filename="../../ui/panels/dashboard/big_screen.py" line="49"/>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
</context>
<context>
    <name>CareerKind</name>
    <message>
        <location filename="../../ui/labels.py" line="255"/>
        <source>End of probation</source>
        <translation>见习转正</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Yellow card</source>
        <translation>黄牌警告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Demotion</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>Dismissal</source>
        <translation>淘汰</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="37"/>
        <source>Incident categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="39"/>
        <source>New category…</source>
        <translation>新增大类…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="40"/>
        <source>New sub-category…</source>
        <translation>新增小类…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="41"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="42"/>
        <source>Deactivate / bring back…</source>
        <translation>停用/启用…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="47"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="30"/>
        <location filename="../../ui/dialogs/categories.py" line="48"/>
        <source>Default track</source>
        <translation>默认分流</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="26"/>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="26"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="28"/>
        <source>Category</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="29"/>
        <source>Sub-category</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="31"/>
        <source>Usual unit</source>
        <translation>常用处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="45"/>
        <source>(none: the duty officer chooses)</source>
        <translation>(无:由值班员选择)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="50"/>
        <source>Usual unit (offered first on dispatch)</source>
        <translation>常用处置单位(交办时优先给出)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="54"/>
        <source>New sub-category of %1</source>
        <translation>新增“%1”的小类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="55"/>
        <source>New category</source>
        <translation>新增大类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Choose the category it belongs to first.</source>
        <translation>请先选中它所属的大类。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="73"/>
        <source>Edit %1</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="75"/>
        <source>Another track applies to what is reported from now on.</source>
        <translation>改变分流只影响今后上报的事件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="79"/>
        <source>Deactivate %1? It is no longer offered for new reports (nor are its sub-categories); what was reported under it keeps it.</source>
        <translation>停用“%1”?上报时将不再提供该类别(及其小类);已上报的事件保留原类别。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="21"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="26"/>
        <source>Your password was set by the administrator: choose your own before you go on.</source>
        <translation>你的密码由管理员设置,请先改为自己的密码再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="34"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="35"/>
        <source>New password (8 or more characters)</source>
        <translation>新密码(至少 8 位)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="36"/>
        <source>New password again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="42"/>
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
        <location filename="../../ui/labels.py" line="159"/>
        <source>Pennant</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Public praise</source>
        <translation>通报表扬</translation>
    </message>
</context>
<context>
    <name>CountyAccountDialog</name>
    <message>
        <location filename="../../ui/county/accounts.py" line="64"/>
        <source>County account in every township</source>
        <translation>在各镇街创建县级账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/county/accounts.py" line="69"/>
        <source>The account is made in each of the %n township(s) by their administrator, who signs in here. It chooses its own password at its first sign-in.</source>
        <translation>
            <numerusform>由各镇街的管理员在此登录,在全部 %n 个镇街中创建同一县级账号。该账号首次登录时须设置自己的密码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="83"/>
        <source>Administrator</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="84"/>
        <source>Administrator&apos;s password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="85"/>
        <source>New account&apos;s user name</source>
        <translation>新账号用户名</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="87"/>
        <source>Temporary password (8 or more characters)</source>
        <translation>临时密码(至少 8 位)</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="101"/>
        <source>Making the county account in every township</source>
        <translation>正在各镇街创建县级账号</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="110"/>
        <source>made</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="110"/>
        <source>Made in %1 of %2 townships.</source>
        <translation>已在 %2 个镇街中的 %1 个创建。</translation>
    </message>
</context>
<context>
    <name>CountyPasswordDialog</name>
    <message numerus="yes">
        <location filename="../../ui/county/accounts.py" line="42"/>
        <source>The password is changed in all %n township(s) together.</source>
        <translation><numerusform>密码将在全部 %n 个镇街同时修改。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="53"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/county/accounts.py" line="54"/>
        <source>The password was not changed in:
%1
There the old one still holds.</source>
        <translation>以下镇街的密码未能修改:
%1
在这些镇街仍使用原密码。</translation>
    </message>
</context>
<context>
    <name>CountyQueueDock</name>
    <message>
        <location filename="../../ui/county/queue_dock.py" line="40"/>
        <source>County queue</source>
        <translation>县级在办</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_dock.py" line="46"/>
        <source>All townships</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_dock.py" line="51"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/county/queue_dock.py" line="136"/>
        <source>%n item(s) at county level</source>
        <translation>
            <numerusform>县级在办 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_dock.py" line="137"/>
        <source>%1 cannot be reached (last read %2): %3. Tried again at %4, or now with F5.</source>
        <translation>%1 暂时无法连接(上次读取 %2):%3。将于 %4 重试,或按 F5 立即重试。</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_dock.py" line="139"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>CountyQueueModel</name>
    <message>
        <location filename="../../ui/county/queue_model.py" line="36"/>
        <source>Township</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="36"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="37"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="37"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="38"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="38"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/county/queue_model.py" line="38"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
</context>
<context>
    <name>CountySignInDialog</name>
    <message>
        <location filename="../../ui/county/sign_in.py" line="20"/>
        <source>Sign in to the county seat</source>
        <translation>登录县级视图</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/county/sign_in.py" line="25"/>
        <source>%n township(s)</source>
        <translation>
            <numerusform>%n 个镇街</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/county/sign_in.py" line="31"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/county/sign_in.py" line="32"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../ui/county/window.py" line="37"/>
        <source>GridCommand county seat — %1</source>
        <translation>网格指挥室 县级视图 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="87"/>
        <location filename="../../ui/county/window.py" line="99"/>
        <source>%1 cannot be reached now.</source>
        <translation>%1 暂时无法连接。</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="134"/>
        <source>%1 · %2 of %3 townships reached</source>
        <translation>%1 · 已连接 %2/%3 个镇街</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="141"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="142"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="147"/>
        <source>&amp;Monthly report…</source>
        <translation>月度报告(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="153"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="158"/>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="159"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="160"/>
        <source>County account in every &amp;township…</source>
        <translation>在各镇街创建县级账号(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="166"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="168"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="174"/>
        <source>&amp;About the county seat</source>
        <translation>关于县级视图(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="183"/>
        <location filename="../../ui/county/window.py" line="197"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="187"/>
        <source>Writing the county&apos;s monthly report</source>
        <translation>正在生成县级月度报告</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="193"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="203"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="211"/>
        <source>The county seat</source>
        <translation>县级视图</translation>
    </message>
    <message>
        <location filename="../../ui/county/window.py" line="212"/>
        <source>Each township keeps its own database; this seat reads them side by side and copies nothing. The county queue lists the items every township has escalated to the county; choose one to see it and act on it in its own township. A township that cannot be reached is named with when it last answered, and the others are read regardless.</source>
        <translation>各镇街保留各自的数据库;县级视图并列读取,不复制任何数据。县级在办列出各镇街提级到县的事件;选中一件即在其所属镇街查看和办理。无法连接的镇街会注明上次读取的时间,其余镇街照常读取。</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/live.py" line="82"/>
        <source>Today&apos;s automatic backup was made: %1</source>
        <translation>今日自动备份已完成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="86"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败:%1</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="36"/>
        <source>Dashboard</source>
        <translation>一屏观天下</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="41"/>
        <source>Last %1 days</source>
        <translation>近 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="52"/>
        <source>Big screen…</source>
        <translation>大屏…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="45"/>
        <location filename="../../ui/panels/dashboard/dock.py" line="75"/>
        <source>All villages</source>
        <translation>全部村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="87"/>
        <source>The township at a glance: open and overdue incidents, closure and on-time rates against their targets, incidents by village and category, units ranked, and the grid map. Click a figure to see its incidents in the queue.</source>
        <translation>全镇态势一屏可见:未结与超期事件、办结率与按期办结率及其目标、各村社与各类别事件、单位排名和网格地图。点击任一数字,即在事件队列中列出对应事件。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="113"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="114"/>
        <source>Grid map</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="168"/>
        <source>Big screen</source>
        <translation>大屏</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="168"/>
        <source>Show on screen</source>
        <translation>显示在屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/dock.py" line="174"/>
        <source>%1 — command room</source>
        <translation>%1 综合信息指挥室</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="34"/>
        <source>Reported and closed per day</source>
        <translation>每日上报与办结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="34"/>
        <source>Open by colour</source>
        <translation>在办事件(按预警颜色)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="35"/>
        <source>Overdue by village</source>
        <translation>超期事件(按村社)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="35"/>
        <source>Closure and on-time rates (%)</source>
        <translation>办结率与按期办结率(%)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="36"/>
        <source>Reported by category</source>
        <translation>上报事件(按类别)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="37"/>
        <source>Scores</source>
        <translation>考核分数分布</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="38"/>
        <source>Cards and returns</source>
        <translation>督办牌与退单</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="75"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="76"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="119"/>
        <source>Scores of %1</source>
        <translation>%1 考核分数分布</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="120"/>
        <source>No month locked yet</source>
        <translation>尚无锁定月份</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="130"/>
        <source>Cards</source>
        <translation>督办牌</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="131"/>
        <source>Returns</source>
        <translation>退单</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="38"/>
        <source>Visits done (%) by colour</source>
        <translation>走访完成率(%,按颜色)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="96"/>
        <source>Closure</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/view.py" line="96"/>
        <source>On time</source>
        <translation>按期办结率</translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <location filename="../../ui/widgets/date_axis.py" line="23"/>
        <source>d MMM</source>
        <translation>M-d</translation>
    </message>
</context>
<context>
    <name>DeadlineMode</name>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Calendar hours</source>
        <translation>自然时(全天计时)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Working-day hours</source>
        <translation>工作日计时</translation>
    </message>
</context>
<context>
    <name>DeadlineStep</name>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Verify</source>
        <translation>核查</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="53"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="62"/>
        <source>Deadline matrix</source>
        <translation>时限矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="84"/>
        <source>Category</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="84"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="84"/>
        <source>Colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="85"/>
        <source>Hours</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="89"/>
        <source>Add a category&apos;s own hours</source>
        <translation>为某大类单设时限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="89"/>
        <source>Remove</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="117"/>
        <source>Categories with hours of their own</source>
        <translation>单设时限的大类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="126"/>
        <source>Hours are counted in</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="127"/>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="128"/>
        <source>Why (kept with the version)</source>
        <translation>调整原因(随版本保存)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="140"/>
        <source>In force since %1: %2.</source>
        <translation>现行版本自 %1 起施行:%2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="143"/>
        <source>Already saved to start %1.</source>
        <translation>另有已保存的版本将于 %1 起施行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="144"/>
        <source>The hours below are the latest version&apos;s; a new version leaves incidents under way with the deadlines they were given.</source>
        <translation>下表为最新版本的时限;新版本不改变在办事件已定的时限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="190"/>
        <source>%1 %2: %3 → %4 (%5 incidents in the last 30 days)</source>
        <translation>%1 %2:%3 → %4(近 30 天 %5 件适用)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="196"/>
        <source>Counted in: %1 → %2</source>
        <translation>计时方式:%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="199"/>
        <source>Nothing changes: these are the hours in force.</source>
        <translation>没有变化:与现行时限相同。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="200"/>
        <source>%1 open incidents not accepted yet will follow the new hours if accepted from %2 on; incidents already accepted keep their deadlines.</source>
        <translation>尚未受理的 %1 件在办事件,若在 %2 以后受理,将按新时限计算;已受理的事件保持原时限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="206"/>
        <source>(general)</source>
        <translation>(按通用时限)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deadlines.py" line="206"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>DetailDock</name>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="70"/>
        <source>Select an incident in the queue.</source>
        <translation>在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="79"/>
        <source>Show full numbers…</source>
        <translation>显示完整号码…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="118"/>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="124"/>
        <source>Full numbers of %1</source>
        <translation>%1 的完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="125"/>
        <source>This look is recorded in the audit log.</source>
        <translation>本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="129"/>
        <source>The chosen incident in full: its fields, its timeline of moves with who made them and when, photos, linked key persons and the units still to sign in. The moves allowed now are its buttons; personal numbers stay masked unless your role may see them.</source>
        <translation>所选事件的全部信息:各项内容、每一步流转及其办理人和时间、照片、关联的重点人员以及尚未报到的单位。当前可做的操作显示为按钮;个人号码默认遮盖,只有有权查看的角色才能显示。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="171"/>
        <source>%1 (%2 bytes) cannot be shown here.</source>
        <translation>%1(%2 字节)无法在此显示。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="184"/>
        <source>for the weekly meeting</source>
        <translation>提交周例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="184"/>
        <source>Next: %1 at %2</source>
        <translation>下一步:%2 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="185"/>
        <source>Extension requested: %1 h — %2</source>
        <translation>已申请延期 %1 小时:%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="186"/>
        <source>May repeat %1 (%2, text %3 alike): decide under Incident ▸ Likely repeats</source>
        <translation>疑似与 %1 重复(%2,文字相似度 %3):请在“事件 ▸ 疑似重复”中处理</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="190"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="191"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="192"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="193"/>
        <source>Village / grid</source>
        <translation>村社 / 网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="194"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="195"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="196"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="197"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="198"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="199"/>
        <source>Source&apos;s time limit</source>
        <translation>来源时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="200"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="201"/>
        <source>Handling unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="202"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="203"/>
        <source>Result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="204"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="218"/>
        <source>yellow card</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="218"/>
        <source>red card</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="219"/>
        <source>escalation to the township</source>
        <translation>自动提级至镇街</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="181"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="60"/>
        <source>Detail</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="181"/>
        <source>Units called in</source>
        <translation>交办单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="182"/>
        <source>signed in %1</source>
        <translation>%1 已报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="182"/>
        <source>not signed in</source>
        <translation>未报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="183"/>
        <source>Key persons</source>
        <translation>关联重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="183"/>
        <source>Timeline</source>
        <translation>处置过程</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Criminal case</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Mass petition</source>
        <translation>群体性信访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <source>Safety accident</source>
        <translation>安全事故</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Other</source>
        <translation>其他</translation>
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
        <location filename="../../ui/panels/queue/filters.py" line="84"/>
        <source>All villages</source>
        <translation>全部村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="42"/>
        <location filename="../../ui/panels/queue/filters.py" line="108"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="43"/>
        <location filename="../../ui/panels/queue/filters.py" line="85"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="44"/>
        <location filename="../../ui/panels/queue/filters.py" line="86"/>
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
        <location filename="../../ui/panels/queue/filters.py" line="52"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/filters.py" line="102"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Resolved late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Still open, overdue</source>
        <translation>逾期未结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Visit lapse</source>
        <translation>走访断档</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Card</source>
        <translation>督办牌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Action item overdue</source>
        <translation>会议事项逾期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>No follow-up</source>
        <translation>督办后未跟进</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Added by hand</source>
        <translation>人工补充</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="21"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="25"/>
        <source>This database is new. Which township&apos;s command room does it serve? (It cannot be changed later.) Then make the administrator&apos;s account: the administrator makes everyone else&apos;s.</source>
        <translation>这是一个新数据库。它服务于哪个乡镇(街道)的指挥室?(以后不能更改。)然后创建管理员账号:其他人的账号由管理员创建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="32"/>
        <source>e.g. Xitang Town</source>
        <translation>例如 西塘镇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="34"/>
        <source>e.g. Jiashan County</source>
        <translation>例如 嘉善县</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="44"/>
        <source>Township / sub-district</source>
        <translation>乡镇 / 街道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="45"/>
        <source>County / district</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>Administrator&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="47"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="48"/>
        <source>Password (8 or more characters)</source>
        <translation>密码(至少 8 位)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="49"/>
        <source>Password again</source>
        <translation>再输入一次密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="57"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="79"/>
        <source>Not saved: the operation failed (see the details).</source>
        <translation>未保存:操作失败(详见错误信息)。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="177"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="194"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="200"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="201"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="254"/>
        <source>Please fill in: %1</source>
        <translation>请填写:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="258"/>
        <source>File not found: %1</source>
        <translation>找不到文件:%1</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>GridKind</name>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Residential grid</source>
        <translation>综合网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Special grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Micro-grid</source>
        <translation>微网格</translation>
    </message>
</context>
<context>
    <name>GridMapView</name>
    <message>
        <location filename="../../ui/panels/dashboard/grid_map.py" line="53"/>
        <source>overdue</source>
        <translation>有超期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/grid_map.py" line="54"/>
        <source>open</source>
        <translation>有在办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/grid_map.py" line="55"/>
        <source>nothing open</source>
        <translation>无在办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/grid_map.py" line="57"/>
        <source>%1 key person</source>
        <translation>%1色重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/grid_map.py" line="156"/>
        <source>%1 %2 · %3: %4 open, %5 overdue</source>
        <translation>%1 %2 · %3:在办 %4 件,超期 %5 件</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="23"/>
        <source>Open</source>
        <translation>在办事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="23"/>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="24"/>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="24"/>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="57"/>
        <source>%1 on the period before</source>
        <translation>较上期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="58"/>
        <source>as in the period before</source>
        <translation>与上期持平</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="64"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dashboard/headline.py" line="66"/>
        <source>%1 points on the period before</source>
        <translation>较上期 %1 个百分点</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="43"/>
        <source>Projector</source>
        <translation>投屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="45"/>
        <source>Search the queue</source>
        <translation>在事件队列中搜索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="46"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="47"/>
        <source>Decide the chosen finding: none, minor, major, serious</source>
        <translation>认定所选问题的责任:无责任、轻微、较重、严重</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="48"/>
        <source>Reviews</source>
        <translation>事后倒查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="49"/>
        <source>Submit a form from any field</source>
        <translation>在表单任意位置提交</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="50"/>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="51"/>
        <source>Next slide</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="52"/>
        <source>Previous slide</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="53"/>
        <source>First slide</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="54"/>
        <source>Leave the projector or the big screen</source>
        <translation>退出投屏或大屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="55"/>
        <source>Projector, big screen</source>
        <translation>投屏、大屏</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="82"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="87"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="87"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="87"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="103"/>
        <source>The panels</source>
        <translation>各面板说明</translation>
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
        <location filename="../../ui/dialogs/import_dialog.py" line="48"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="78"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="57"/>
        <source>An .xlsx or .csv file (UTF-8 or GBK)</source>
        <translation>.xlsx 或 .csv 文件(UTF-8 或 GBK 编码)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="60"/>
        <source>Save empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="67"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="68"/>
        <source>Choose a file, then check it.</source>
        <translation>选择文件后先点“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="71"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="71"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="71"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="77"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="105"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="106"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="115"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="115"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="116"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="117"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="121"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消,未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="148"/>
        <source>No errors. Import would: %1</source>
        <translation>检查通过。导入将会:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="151"/>
        <source>Imported: %1</source>
        <translation>导入完成:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>Not imported, nothing was changed: %n error(s), listed below.</source>
        <translation>
            <numerusform>未导入,数据未作任何改动:共 %n 处错误,见下表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="161"/>
        <source>Not imported, nothing was changed: %1</source>
        <translation>未导入,数据未作任何改动:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="163"/>
        <source>Import failed unexpectedly; nothing was changed.</source>
        <translation>导入意外失败,数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276"/>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="279"/>
        <source>Commendations</source>
        <translation>表彰</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="175"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="176"/>
        <source>Template for</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="180"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="181"/>
        <source>%1 import template</source>
        <translation>%1导入模板</translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message numerus="yes">
        <location filename="../../ui/live.py" line="103"/>
        <source>Inbox: %n file(s) taken in</source>
        <translation>
            <numerusform>收件文件夹:已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live.py" line="105"/>
        <source>; %n refused, see its report in the failed folder: </source>
        <translation>
            <numerusform>;%n 个文件未导入,原因见 failed 文件夹中的报告:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <location filename="../../ui/incidents/commands.py" line="320"/>
        <source>&amp;Accept…</source>
        <translation>受理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="321"/>
        <source>&amp;Dispatch…</source>
        <translation>交办(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="322"/>
        <source>&amp;Sign in…</source>
        <translation>报到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="323"/>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="324"/>
        <source>Re&amp;solve…</source>
        <translation>办结(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="325"/>
        <source>&amp;Verify and close…</source>
        <translation>核查结案(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="327"/>
        <source>Verify &amp;failed (rework)…</source>
        <translation>核查不通过/返工(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="329"/>
        <source>&amp;Escalate…</source>
        <translation>提级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="330"/>
        <source>&amp;Cancel incident…</source>
        <translation>作废(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="332"/>
        <source>&amp;Mediation failed…</source>
        <translation>调解未成功(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="334"/>
        <source>Request e&amp;xtension…</source>
        <translation>申请延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="336"/>
        <source>Decide e&amp;xtension…</source>
        <translation>审批延期(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="338"/>
        <source>Attach &amp;photo or file…</source>
        <translation>添加照片或附件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="340"/>
        <source>Mark as a seri&amp;ous event…</source>
        <translation>标记为重大事件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="342"/>
        <source>Change &amp;track…</source>
        <translation>改变分流(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="344"/>
        <source>Correct &amp;grid or category…</source>
        <translation>更正网格或类别(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="346"/>
        <source>Link a &amp;key person…</source>
        <translation>关联重点人员(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="98"/>
        <source>Select an incident in the queue first.</source>
        <translation>请先在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="101"/>
        <source>%1 has no extension request waiting for a decision.</source>
        <translation>事件 %1 没有待审批的延期申请。</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="134"/>
        <source>%1: not in the right state</source>
        <translation>%1:状态不符,未处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/commands.py" line="144"/>
        <source>%n incident(s) will be processed.</source>
        <translation>
            <numerusform>将处理 %n 件事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/commands.py" line="151"/>
        <source>%n done.</source>
        <translation>
            <numerusform>已完成 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="156"/>
        <location filename="../../ui/incidents/commands.py" line="167"/>
        <location filename="../../ui/incidents/commands.py" line="199"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="159"/>
        <source>(unchanged)</source>
        <translation>(不变)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="163"/>
        <source>(choose the lead unit)</source>
        <translation>(请选择牵头单位)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="164"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="165"/>
        <source>Co-units (report in separately)</source>
        <translation>协办单位(各自报到)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="166"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="260"/>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="261"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="267"/>
        <source>Why it goes back to the township</source>
        <translation>退回镇街的理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="271"/>
        <source>The county&apos;s instruction</source>
        <translation>批示内容</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="280"/>
        <source>(by ID number below)</source>
        <translation>(按下方身份证号)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="282"/>
        <source>Key person of this grid</source>
        <translation>本网格的重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="283"/>
        <source>Or their ID number</source>
        <translation>或填写其身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="284"/>
        <source>How they are concerned</source>
        <translation>与事件的关系</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="348"/>
        <source>Return to the tow&amp;nship…</source>
        <translation>退回镇街(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="350"/>
        <source>&amp;Instruct…</source>
        <translation>批示(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="352"/>
        <source>Mark the county&apos;s instruction rea&amp;d…</source>
        <translation>批示已阅(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="181"/>
        <source>Unit signing in</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="185"/>
        <source>Reason for returning</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="189"/>
        <source>Result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="190"/>
        <source>Photo after (optional)</source>
        <translation>处置后照片(可选)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="195"/>
        <source>(not asked)</source>
        <translation>(未回访)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="196"/>
        <source>Outcome</source>
        <translation>结案方式</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="197"/>
        <source>Original incident code (duplicates)</source>
        <translation>原事件编号(重复事件填写)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="198"/>
        <source>Resident satisfaction</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="204"/>
        <source>What is still wrong</source>
        <translation>未整改到位的问题</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="208"/>
        <location filename="../../ui/incidents/commands.py" line="243"/>
        <location filename="../../ui/incidents/commands.py" line="262"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="211"/>
        <source>Reason for cancelling</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="215"/>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="237"/>
        <source>Why it is a serious event</source>
        <translation>为何属于重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="242"/>
        <source>New track</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="219"/>
        <source>More time</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="220"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="225"/>
        <source>Decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="226"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="226"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="227"/>
        <source>Time granted</source>
        <translation>批准延长</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="228"/>
        <source>Note (required to reject)</source>
        <translation>说明(驳回时必填)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="232"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/commands.py" line="233"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../ui/intake.py" line="23"/>
        <source>Take in work orders</source>
        <translation>导入来件工单</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="26"/>
        <source>No source of work orders is defined yet: the administrator maps one under Administration ▸ Sources of work orders.</source>
        <translation>还没有定义来件来源:请管理员在“管理 ▸ 来件来源”中设置列对应。</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="32"/>
        <source>Orders from</source>
        <translation>工单来源</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="35"/>
        <source>An export of %1</source>
        <translation>%1 导出的工单文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="36"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="43"/>
        <source>Look at the likely repeats now?</source>
        <translation>现在查看疑似重复的工单吗?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="51"/>
        <source>Not taken in, nothing was changed: %1</source>
        <translation>未导入,数据没有任何改动:%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="63"/>
        <source>Taking in %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="46"/>
        <source>Order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="47"/>
        <source>Time of the call</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="48"/>
        <source>What is asked</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="49"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="50"/>
        <source>Address</source>
        <translation>诉求地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="51"/>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="52"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="53"/>
        <source>Warning colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="54"/>
        <source>Caller</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="55"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="56"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="24"/>
        <source>Incidents&apos; source</source>
        <translation>事件来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="25"/>
        <source>Orders taken in</source>
        <translation>已导入工单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="26"/>
        <source>Inbox folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="27"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="27"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="28"/>
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="33"/>
        <source>Sources of work orders</source>
        <translation>来件来源</translation>
    </message>
</context>
<context>
    <name>IntakeSourcesDialog</name>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="35"/>
        <source>New source…</source>
        <translation>新建来源…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="36"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="42"/>
        <source>Likely repeats (every source, from the next file on)</source>
        <translation>疑似重复的判定(适用于所有来源,自下一个文件起)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="44"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="51"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="55"/>
        <source>Same place and category within</source>
        <translation>同地同类且相隔不超过</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_sources.py" line="57"/>
        <source>or texts alike from</source>
        <translation>,或文字相似度达到</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Noted</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Probation</source>
        <translation>见习</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Level 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Level 5</source>
        <translation>五级</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../ui/dialogs/list_dialog.py" line="69"/>
        <source>Bring %1 back into use?</source>
        <translation>重新启用“%1”?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>GridCommand — %1</source>
        <translation>网格指挥室 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>User: %1 (%2)</source>
        <translation>用户:%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>More than %1 incidents selected: bulk moves are off.</source>
        <translation>选中超过 %1 件,批量操作不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Not allowed now</source>
        <translation>现在不能这样操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Incident %1 taken in.</source>
        <translation>事件 %1 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>About GridCommand</source>
        <translation>关于网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&lt;h3&gt;GridCommand %1&lt;/h3&gt;&lt;p&gt;Incident, meeting and performance desk for township comprehensive information command rooms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网格指挥室 %1&lt;/h3&gt;&lt;p&gt;乡镇(街道)综合信息指挥室的事件处置、例会与绩效考核工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="24"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="25"/>
        <source>Import grids, staff, key persons, incidents, visits or commendations</source>
        <translation>导入网格、人员、重点人员、事件、走访记录或表彰</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="26"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="28"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31"/>
        <source>Lock this seat until your password is given</source>
        <translation>锁定本席位,输入密码后才能继续使用</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>Handling &amp;units…</source>
        <translation>处置单位(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37"/>
        <source>Incident &amp;categories…</source>
        <translation>事件类别(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="39"/>
        <source>&amp;Deadline matrix…</source>
        <translation>时限矩阵(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>Hours per step and colour, as a new version</source>
        <translation>按环节和预警颜色设定时限,保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="42"/>
        <source>&amp;Township…</source>
        <translation>乡镇信息(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="44"/>
        <source>Evaluation &amp;scheme…</source>
        <translation>考核方案(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="46"/>
        <source>The numbers of the monthly evaluation, as a new version from a month</source>
        <translation>月度考核的各项分值,自某月起保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>&amp;Meeting defaults…</source>
        <translation>例会设置(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>A checked copy of the database, made while others work</source>
        <translation>为数据库做一份经过校验的副本,其他席位可照常工作</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53"/>
        <source>R&amp;estore…</source>
        <translation>恢复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="54"/>
        <source>Replace the database by a backup</source>
        <translation>用备份替换当前数据库</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>&amp;Verify a backup…</source>
        <translation>校验备份(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>Check a kept backup as a restore would, replacing nothing</source>
        <translation>像恢复前那样全面检查一份保存的备份,不替换任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>Reset to my role&apos;s &amp;layout</source>
        <translation>恢复本角色默认布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>&amp;Big screen…</source>
        <translation>大屏(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>The dashboard full-screen, on a screen of your choice</source>
        <translation>在所选屏幕上全屏显示一屏观天下</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;About GridCommand</source>
        <translation>关于网格指挥室(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="68"/>
        <source>&amp;Keyboard shortcuts and panels…</source>
        <translation>快捷键与面板说明(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="72"/>
        <source>Take in a phone-in or a grid worker&apos;s report</source>
        <translation>登记来电或网格员上报的事件</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>Run automatic &amp;rules now</source>
        <translation>立即运行自动规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>Supervision &amp;notices…</source>
        <translation>督办通知单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>Notices to the units of the chosen incidents, or to every unit with overdue or carded ones</source>
        <translation>为所选事件的处置单位,或所有有超期、被督办事件的单位,发督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>Notices &amp;issued…</source>
        <translation>督办通知单台账(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>Every supervision notice issued; withdraw one issued by mistake</source>
        <translation>已发出的全部督办通知单;可撤回误发的通知单</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>&amp;Take in work orders…</source>
        <translation>导入来件工单(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>A file of orders from the 12345 hotline or the provincial platform: the new ones become incidents</source>
        <translation>导入 12345 热线或省平台导出的工单文件:新工单成为上报状态的事件</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>Likely &amp;repeats…</source>
        <translation>疑似重复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="90"/>
        <source>Orders taken in that may repeat an open incident</source>
        <translation>导入的工单中可能与未结事件重复的</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="92"/>
        <source>Sources of &amp;work orders…</source>
        <translation>来件来源(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="94"/>
        <source>How the exports of the hotline and the provincial platform map to our fields</source>
        <translation>热线和省平台导出文件的列如何对应本系统的字段</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>S&amp;ystem settings…</source>
        <translation>系统设置(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>Idle lock, backups kept, the dashboard&apos;s targets</source>
        <translation>空闲锁定、备份保留、一屏观天下的目标值</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="119"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="128"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Daily consultation</source>
        <translation>每日会商</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Residents&apos; talk day</source>
        <translation>说事日</translation>
    </message>
</context>
<context>
    <name>MeetingSettings</name>
    <message>
        <location filename="../../ui/dialogs/meeting_settings.py" line="24"/>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_settings.py" line="28"/>
        <source>Meeting defaults</source>
        <translation>例会设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_settings.py" line="30"/>
        <source>Used by every new meeting from now on; meetings already made keep theirs.</source>
        <translation>用于今后新建的例会;已建的例会不变。</translation>
    </message>
</context>
<context>
    <name>MeetingsDock</name>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="52"/>
        <location filename="../../ui/panels/meetings/dock.py" line="200"/>
        <source>Meetings</source>
        <translation>例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="86"/>
        <source>New meeting…</source>
        <translation>新建例会…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="87"/>
        <source>Build agenda</source>
        <translation>生成议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="88"/>
        <source>Lock agenda</source>
        <translation>锁定议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="89"/>
        <source>Project</source>
        <translation>投屏</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="90"/>
        <source>Agenda PDF…</source>
        <translation>导出议程 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="91"/>
        <source>Minutes PDF…</source>
        <translation>导出纪要 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="92"/>
        <source>Add item…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="93"/>
        <source>Drop</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="94"/>
        <source>To backlog</source>
        <translation>移入待议</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="95"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="96"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="97"/>
        <source>Record outcome…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="98"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="99"/>
        <source>Expect a person…</source>
        <translation>添加参会人员…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="101"/>
        <source>Attendance</source>
        <translation>参会签到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="102"/>
        <source>Open action items</source>
        <translation>未完成待办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="138"/>
        <source>The weekly joint meeting: the agenda built from what is overdue, carded or escalated, each unit&apos;s slot and minutes, attendance, the projector view for the room, the outcome of each item and the action items decided, chased until done.</source>
        <translation>每周联席例会:根据超期、亮牌和提级事件生成议程,安排各单位汇报时段与时长,记录签到,投屏供会场使用,登记每项议题的结果和决定的待办事项,并跟踪直至完成。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="158"/>
        <source> (locked)</source>
        <translation>(已锁定)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="184"/>
        <source>No meeting yet: make one with “New meeting…”.</source>
        <translation>还没有例会:点“新建例会…”创建。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="191"/>
        <source>longer than the meeting</source>
        <translation>超出会议时长</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="208"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="211"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="212"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="218"/>
        <source>Date and time should read like 2026-11-30 09:00.</source>
        <translation>日期和时间应写作 2026-11-30 09:00。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="222"/>
        <source>New meeting</source>
        <translation>新建例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="240"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="240"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="241"/>
        <source>Presenter</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="242"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="243"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="299"/>
        <source>Due date (decision)</source>
        <translation>完成期限(决定事项)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="348"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="245"/>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="188"/>
        <source>Planned %1 / %2 minutes · %3 items</source>
        <translation>计划 %1 / %2 分钟 · %3 项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="209"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="210"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="293"/>
        <source>Item outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="294"/>
        <source>What was decided or noted</source>
        <translation>决定或通报内容</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="295"/>
        <source>Responsible unit (decision, dispatch)</source>
        <translation>责任单位(决定、交办)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="297"/>
        <source>Responsible person (decision)</source>
        <translation>责任人(决定)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="306"/>
        <source>The due date should read like 2026-11-30.</source>
        <translation>期限应写作 2026-11-30。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="310"/>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="316"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="317"/>
        <source>Expect a person</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="326"/>
        <source>How it was done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="327"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="341"/>
        <source>agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="341"/>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/dock.py" line="343"/>
        <location filename="../../ui/panels/meetings/dock.py" line="347"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ui/sentences/records.py" line="7"/>
        <source>Unknown role: {roles}</source>
        <translation>未知的角色:{roles}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="8"/>
        <source>Choose at least one role</source>
        <translation>至少选择一个角色</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="9"/>
        <source>The password needs at least {n} characters</source>
        <translation>密码至少 {n} 位</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="10"/>
        <source>Both the user name and the name are required</source>
        <translation>用户名和姓名都不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="11"/>
        <source>The user name and the name may have at most 64 characters</source>
        <translation>用户名和姓名不能超过 64 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="12"/>
        <source>The user name {username} is already taken</source>
        <translation>用户名 {username} 已被使用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="13"/>
        <source>Account {user_id} does not exist</source>
        <translation>账号 {user_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="14"/>
        <source>The current password is wrong</source>
        <translation>原密码不正确</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="15"/>
        <source>The new password must differ from the current one</source>
        <translation>新密码不能与原密码相同</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="16"/>
        <source>Wrong user name or password</source>
        <translation>用户名或密码不正确</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="17"/>
        <source>Account {username} is deactivated</source>
        <translation>账号 {username} 已停用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="19"/>
        <source>Too many wrong passwords: the account is locked until {until}</source>
        <translation>密码错误次数过多,账号已锁定至 {until}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="21"/>
        <source>This is the last administrator account: give another account the administrator role first</source>
        <translation>这是最后一个管理员账号:请先给另一个账号管理员角色</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="23"/>
        <source>{failures} wrong passwords in a row: the account is locked for {minutes} minutes</source>
        <translation>密码连续错误 {failures} 次,账号已锁定 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="25"/>
        <source>This database already has an administrator account: sign in with it</source>
        <translation>此数据库已有管理员账号:请用它登录</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="26"/>
        <source>User {username} does not exist</source>
        <translation>用户 {username} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="27"/>
        <source>Account {username} is deactivated and can no longer act</source>
        <translation>账号 {username} 已停用,不能再操作</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="28"/>
        <source>Change your password first (the administrator reset it)</source>
        <translation>请先修改密码(管理员重置了你的密码)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="31"/>
        <source>Handling incidents</source>
        <translation>办理事件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="32"/>
        <source>Handling county-level items</source>
        <translation>办理县级事件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="33"/>
        <source>Deciding extensions</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="34"/>
        <source>Running meetings</source>
        <translation>主持例会</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="35"/>
        <source>Viewing meetings</source>
        <translation>查看例会</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="36"/>
        <source>Evaluating workers</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="38"/>
        <source>Monthly closed-loop report</source>
        <translation>月度闭环报告</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="39"/>
        <source>Monthly ranking of the handling units</source>
        <translation>部门考核排名</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="40"/>
        <source>Visits to key persons in a month</source>
        <translation>重点人员走访情况</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="41"/>
        <source>Grid workers&apos; evaluations of a year or a month</source>
        <translation>网格员考核汇总(全年或单月)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="43"/>
        <source>The figures of a month by village, unit, category and colour, the five months before it, the overdue and escalated incidents, the watch list and the unit ranking: what the township sends to the county.</source>
        <translation>一个月的闭环数据(按村社、单位、类别、预警颜色)、此前五个月的趋势、超期和提级事件、挂账事项及处置单位排名:镇街报县的月度报告。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="47"/>
        <source>Every handling unit&apos;s score for a month, with what it is made of: sign-in time, on-time rate, returns, reworks, cards and satisfaction.</source>
        <translation>各处置单位一个月的考核得分及其构成:报到时长、按期办结率、退单、返工、督办牌和群众满意度。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="50"/>
        <source>Visits required and made in a month, by colour, village and grid worker, and who is overdue for a visit now (ID numbers masked).</source>
        <translation>一个月应走访与已走访次数(按颜色、村社、网格员),以及当前逾期未走访的重点人员(身份证号脱敏)。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="53"/>
        <source>The locked months of a year, or one locked month: each worker&apos;s rank, score and grades, each month&apos;s grades; performance pay for those who may see pay.</source>
        <translation>一年中已锁定的月份,或某一已锁定月份:每名网格员的名次、得分和等次,各月等次分布;有权查看薪金者另含绩效工资。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="56"/>
        <source>Viewing incidents and the organisation</source>
        <translation>查看事件与名录</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="57"/>
        <source>Viewing scores</source>
        <translation>查看考核分数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="58"/>
        <source>Viewing pay and rewards</source>
        <translation>查看薪金与奖惩</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="59"/>
        <source>Changing the evaluation scheme</source>
        <translation>修改考核方案</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="60"/>
        <source>Logging visits</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="61"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="62"/>
        <source>Viewing full ID and phone numbers</source>
        <translation>查看完整证件号和手机号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="63"/>
        <source>Viewing reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="64"/>
        <source>Running the automatic rules</source>
        <translation>运行自动规则</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="65"/>
        <source>Retrospective reviews</source>
        <translation>事后倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="66"/>
        <source>Viewing reviews</source>
        <translation>查看倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="67"/>
        <source>Viewing all reviews</source>
        <translation>查看全部倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="70"/>
        <source>The audit log has only {count} entries, no entry {up_to}</source>
        <translation>审计日志只有 {count} 条,没有第 {up_to} 条</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="72"/>
        <source>Entry {seq} has the hash {head}, not the printed {printed}</source>
        <translation>第 {seq} 条的哈希是 {head},不是打印的 {printed}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="74"/>
        <source>Entry {missing} is missing (the next is entry {seq})</source>
        <translation>第 {missing} 条缺失(下一条是第 {seq} 条)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="75"/>
        <source>Entry {seq} does not chain to entry {before}</source>
        <translation>第 {seq} 条记录的前一条哈希与第 {before} 条不符</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="76"/>
        <source>Entry {seq} does not match its hash (it was altered)</source>
        <translation>第 {seq} 条的内容与其哈希不符(被修改过)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="77"/>
        <source>Backup file not found: {path}</source>
        <translation>找不到备份文件:{path}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="79"/>
        <source>The audit chain of backup {name} breaks at entry {broken_at}: {reason}</source>
        <translation>备份 {name} 的审计链在第 {broken_at} 条断开:{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="81"/>
        <source>Backup {name} comes from another version of GridCommand (schema {schema}): restore it with that version</source>
        <translation>备份 {name} 来自另一版本的网格指挥室(数据结构 {schema}),请用同一版本的程序恢复</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="82"/>
        <source>{name} is not a GridCommand backup: {exc}</source>
        <translation>{name} 不是网格指挥室的备份:{exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="83"/>
        <source>Backup {name} failed its integrity check: {problem}</source>
        <translation>备份 {name} 未通过完整性检查:{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="84"/>
        <source>{name} is not a usable database backup: {orig}</source>
        <translation>{name} 不是可用的数据库备份:{orig}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="86"/>
        <source>After the move, the target&apos;s audit chain breaks at entry {broken_at}: {reason}</source>
        <translation>迁移后目标数据库的审计链在第 {broken_at} 条断开:{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="88"/>
        <source>{path} has archive format {format}, which cannot be read</source>
        <translation>{path} 的归档格式 {format} 无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="89"/>
        <source>{path} is not a GridCommand backup archive: {exc}</source>
        <translation>{path} 不是网格指挥室的备份归档:{exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="90"/>
        <source>In archive {name}, {damaged} is damaged</source>
        <translation>归档 {name} 的 {damaged} 已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="92"/>
        <source>The target database {target} already holds a township: move only into an empty database</source>
        <translation>目标数据库 {target} 已有乡镇数据:只能迁移到空数据库</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="94"/>
        <source>In archive {archive}, {name} has {found} rows; its manifest says {rows}</source>
        <translation>归档 {archive} 的 {name} 有 {found} 行,清单写的是 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="96"/>
        <source>{target} already holds data; demo data goes only into an empty database.</source>
        <translation>{target} 已有数据;演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="98"/>
        <source>The database is busy (another seat is importing or saving): try again shortly.</source>
        <translation>数据库正忙(另一席位正在导入或保存),请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="100"/>
        <source>Cannot write {path}: {reason}. If the file is open in another program (a PDF reader, Excel), close it first, or choose a folder you may write to.</source>
        <translation>无法写入 {path}:{reason}。若该文件正在其他程序(PDF 阅读器、Excel)中打开,请先关闭;或换一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="132"/>
        <source>There is no unit {id} in use</source>
        <translation>处置单位不存在或已停用(编号 {id})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="203"/>
        <source>The overdue items that make a unit report in one slot</source>
        <translation>单位合并报到的最少超期事项</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="204"/>
        <source>A unit&apos;s report, in minutes</source>
        <translation>单位报到的基本时长(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="205"/>
        <source>The minutes a unit&apos;s report gains for each item</source>
        <translation>单位报到每项加时(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="206"/>
        <source>A unit&apos;s report at most, in minutes</source>
        <translation>单位报到的最长时长(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="207"/>
        <source>The written report, in minutes</source>
        <translation>书面通报的时长(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="211"/>
        <source>{what} should be more than {low} and at most {high}: {value}</source>
        <translation>{what}应大于 {low}、不超过 {high}:{value}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="213"/>
        <source>{what} should be a number from {low} to {high}: {value}</source>
        <translation>{what}应为 {low} 到 {high} 之间的数:{value}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="215"/>
        <source>Time limits should be more than 0 and at most {high} hours: {bad}</source>
        <translation>时限应大于 0 小时、不超过 {high} 小时:{bad}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="216"/>
        <source>The scheme&apos;s {place}</source>
        <translation>考核方案的 {place}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="218"/>
        <source>There is no schema revision “{revision}”: give head, base, a number of steps such as -1, or one of this program&apos;s revisions (such as {example})</source>
        <translation>数据库结构版本“{revision}”不存在:应为 head、base、-1 这样的步数,或本程序的一个修订号(如 {example})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="234"/>
        <source>This database has no township yet: run init, or give the township&apos;s name at first start.</source>
        <translation>此数据库尚未设置乡镇:请先运行 init 或在首次启动时填写乡镇名称。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="235"/>
        <source>Both the township&apos;s and the county&apos;s name are required.</source>
        <translation>乡镇名称和县(市、区)名称都不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="237"/>
        <source>This database belongs to {county} {township}; it cannot become {county_name} {township_name}.</source>
        <translation>此数据库已属于 {county}{township},不能再设为 {county_name}{township_name}。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="239"/>
        <source>Timing “{mode}” is not valid: use calendar (clock hours) or working (working days)</source>
        <translation>计时方式“{mode}”无效,应为 calendar(自然时)或 working(工作日)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="240"/>
        <source>The deadline rules lack: {missing}</source>
        <translation>时限规则缺少:{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="241"/>
        <source>The effective time needs a time zone</source>
        <translation>生效时间必须带时区</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="242"/>
        <source>The database has no deadline rules.</source>
        <translation>数据库中没有时限规则。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="8"/>
        <source>Incident {code} was changed by another seat and has been reloaded: check it, then try again.</source>
        <translation>事件 {code} 已被其他席位修改,已重新载入:请核对后再操作。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="10"/>
        <source>This incident was changed by another seat and has been reloaded: check it, then try again.</source>
        <translation>此事件已被其他席位修改,已重新载入:请核对后再操作。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="11"/>
        <source>Incident {incident_id} does not exist</source>
        <translation>事件 {incident_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="12"/>
        <source>Two incidents got the same code: try again</source>
        <translation>事件编号冲突,请重试</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="13"/>
        <source>The title is required</source>
        <translation>标题不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="14"/>
        <source>The title may have at most 200 characters</source>
        <translation>标题不能超过 200 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="15"/>
        <source>Choose a category</source>
        <translation>请选择大类</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="16"/>
        <source>The sub-category is not in the chosen category</source>
        <translation>小类不属于所选大类</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="17"/>
        <source>Choose the grid</source>
        <translation>请选择所属网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="18"/>
        <source>Choose a warning colour</source>
        <translation>请选择预警颜色</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="19"/>
        <source>Choose a source</source>
        <translation>请选择来源</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="20"/>
        <source>The reporter does not exist</source>
        <translation>上报人不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="21"/>
        <source>A grid worker&apos;s report needs its reporter</source>
        <translation>网格员上报须选择上报人</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="22"/>
        <source>A citizen&apos;s call needs the caller&apos;s name</source>
        <translation>群众来电须填写来电人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="23"/>
        <source>Caller&apos;s phone: {problem}</source>
        <translation>来电号码:{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="24"/>
        <source>The report time is later than now</source>
        <translation>上报时间晚于现在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="25"/>
        <source>Key person {person_id} does not exist</source>
        <translation>重点人员 {person_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="26"/>
        <source>{what} is required</source>
        <translation>{what}不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="27"/>
        <source>{what} may have at most {limit} characters</source>
        <translation>{what}不能超过 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="28"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="29"/>
        <source>The reason for returning</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="30"/>
        <source>The result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="31"/>
        <source>The reason for rework</source>
        <translation>返工原因</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="32"/>
        <source>The reason for cancelling</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="41"/>
        <source>The reason for changing the track</source>
        <translation>改变分流的理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="43"/>
        <source>There is no track “{track}”; choose from: {choices}</source>
        <translation>没有“{track}”这一分流类别;可选:{choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="44"/>
        <source>The incident is already a “{track}”</source>
        <translation>事件已是“{track}”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="29"/>
        <source>“{what}” needs one of the roles {may} (you have no role)</source>
        <translation>“{what}”需要{may}角色(当前没有角色)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="30"/>
        <source>“{what}” needs one of the roles {may} (your roles: {has})</source>
        <translation>“{what}”需要{may}角色(当前角色:{has})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="101"/>
        <source>There is no report called {kind}</source>
        <translation>没有名为 {kind} 的报表</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="103"/>
        <source>A period is a year (such as 2026) or a month (such as 2026-03): {value}</source>
        <translation>时段应为年份(如 2026)或月份(如 2026-03):{value}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="106"/>
        <source>“{name}” still leads {n} open incidents: dispatch them to another unit first, then deactivate it</source>
        <translation>“{name}”还牵头处置 {n} 件未办结事件:请先改派,再停用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="108"/>
        <source>An incident code prefix is 1–8 capital letters or digits, starting with a letter: {prefix}</source>
        <translation>事件编号前缀应为 1–8 个大写字母或数字,以字母开头:{prefix}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="110"/>
        <source>“{track}” is not a track</source>
        <translation>分流“{track}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="112"/>
        <source>“{kind}” is not a kind of unit</source>
        <translation>单位类型“{kind}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="114"/>
        <source>The unit “{name}” exists already (a deactivated unit keeps its name too)</source>
        <translation>处置单位“{name}”已存在(停用的单位也占用其名称)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="116"/>
        <source>There is no handling unit {id}</source>
        <translation>处置单位不存在(编号 {id})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="118"/>
        <source>Deactivated units: {names}</source>
        <translation>处置单位已停用:{names}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="120"/>
        <source>A sub-category goes under a category</source>
        <translation>小类只能加在大类之下</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="122"/>
        <source>A village unit needs its village</source>
        <translation>村社单位须选择所属村社</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="124"/>
        <source>The category “{name}” is deactivated</source>
        <translation>类别“{name}”已停用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="126"/>
        <source>The category “{name}” exists already</source>
        <translation>类别“{name}”已存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="128"/>
        <source>There is no category {id}</source>
        <translation>类别不存在(编号 {id})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="130"/>
        <source>Bring its category back first</source>
        <translation>请先启用其大类</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="134"/>
        <source>A unit&apos;s name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="135"/>
        <source>A category&apos;s name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="136"/>
        <source>The contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="138"/>
        <source>{name} answers for this grid already</source>
        <translation>{name}已是该网格的责任网格员</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="140"/>
        <source>{what} cannot be negative</source>
        <translation>{what}不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="142"/>
        <source>{what}: at most {n} characters</source>
        <translation>{what}不能超过 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="144"/>
        <source>{what} is a whole number: {value}</source>
        <translation>{what}应为整数:{value}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="146"/>
        <source>A micro-grid goes under a residential or special grid of the same village</source>
        <translation>上级网格应为同一村社中的综合或专属网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="148"/>
        <source>A full-time worker changes grid by “Change responsible worker”, which keeps who answered when</source>
        <translation>专职网格员的网格须通过“更换责任网格员”变更,以保留责任记录</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="150"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="152"/>
        <source>There is no person {id}</source>
        <translation>人员不存在(编号 {id})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="154"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="156"/>
        <source>“{role}” is not a role</source>
        <translation>岗位“{role}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="158"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="160"/>
        <source>The staff number {no} is taken</source>
        <translation>工号 {no} 已存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="162"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="164"/>
        <source>The change takes effect now at the latest ({now})</source>
        <translation>更换时间不能晚于现在({now})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="166"/>
        <source>The change comes after the last one ({when})</source>
        <translation>更换时间应晚于上一次更换({when})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="168"/>
        <source>“{status}” is not a status</source>
        <translation>状态“{status}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="170"/>
        <source>There is no grid {id}</source>
        <translation>网格不存在(编号 {id})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="172"/>
        <source>A grid cannot be under itself</source>
        <translation>网格不能隶属于自己</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="174"/>
        <source>Grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="176"/>
        <source>“{kind}” is not a kind of grid</source>
        <translation>网格类型“{kind}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="178"/>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="180"/>
        <source>The grid code {code} is taken</source>
        <translation>网格编码 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="182"/>
        <source>This grid has micro-grids: it cannot go under another grid</source>
        <translation>该网格下还有微网格,不能再隶属于其他网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="184"/>
        <source>This grid has micro-grids: it cannot become a micro-grid</source>
        <translation>该网格下还有微网格,不能改为微网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="186"/>
        <source>Choose the village</source>
        <translation>请选择所属村社</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="188"/>
        <source>A grid is answered for by a serving full-time grid worker: {name}</source>
        <translation>责任网格员应为在岗的专职网格员:{name}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="191"/>
        <source>The indicators add up to {total} points; these add up to {points:g}</source>
        <translation>各项指标分值之和应为 {total} 分,现为 {points:g} 分</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="193"/>
        <source>The lowest total is below the highest</source>
        <translation>总分下限应低于上限</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="195"/>
        <source>Each grade needs a name of its own</source>
        <translation>等次名称不能为空,也不能重复</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="197"/>
        <source>Every level needs [base pay, performance-pay standard], neither negative</source>
        <translation>等级薪金应为每个等级的 [基本工资, 绩效基数],且不为负</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="199"/>
        <source>Satisfaction without ratings cannot score more than the indicator&apos;s points</source>
        <translation>群众满意度无评价时的得分不能高于该项满分</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="201"/>
        <source>Visit intervals are whole days, one for every colour</source>
        <translation>走访间隔应为每种颜色的天数(正整数)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="209"/>
        <source>A meeting starts at HH:MM: {start}</source>
        <translation>开会时间应为 HH:MM:{start}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="221"/>
        <source>{what} is a whole number between {low} and {high}: {value}</source>
        <translation>{what}应为 {low} 到 {high} 之间的整数:{value}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="223"/>
        <source>The day of the week</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="225"/>
        <source>The length in minutes</source>
        <translation>会议时长(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="227"/>
        <source>The days its figures cover</source>
        <translation>统计天数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="229"/>
        <source>The incidents that make a problem frequent</source>
        <translation>多发问题的件数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/records.py" line="231"/>
        <source>The items a section lists at most</source>
        <translation>每节最多列出的事项</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="46"/>
        <source>Cannot {action}: incident {code} is “{status}”. Possible now: nothing (the incident has ended).</source>
        <translation>不能“{action}”:事件 {code} 现在是“{status}”。现在可以:无(事件已结束)。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="48"/>
        <source>Cannot {action}: incident {code} is “{status}”. Possible now: {allowed}.</source>
        <translation>不能“{action}”:事件 {code} 现在是“{status}”。现在可以:{allowed}。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="49"/>
        <source>Choose the lead handling unit</source>
        <translation>请选择牵头处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="51"/>
        <source>No such handling unit (number {ids}): choose one of the township&apos;s units</source>
        <translation>处置单位不存在(编号 {ids}):请从本镇街的单位中选择</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="53"/>
        <source>That unit was not dispatched this incident, or has already signed in</source>
        <translation>该单位未被交办此事件,或已经报到</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="54"/>
        <source>The rating should be 1–5</source>
        <translation>满意度应为 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="55"/>
        <source>Closing outcome “{outcome}” is not valid</source>
        <translation>结案方式“{outcome}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="57"/>
        <source>A duplicate needs the code of the original (another existing incident)</source>
        <translation>重复事件须填写原事件的编号(另一个已存在的事件)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="58"/>
        <source>Marking an incident serious needs a reason</source>
        <translation>标记为重大事件须写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="59"/>
        <source>Attachment kind “{kind}” is not valid</source>
        <translation>附件类型“{kind}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="60"/>
        <source>File {filename} is empty</source>
        <translation>文件 {filename} 是空的</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="61"/>
        <source>File {filename} is larger than 20 MB</source>
        <translation>文件 {filename} 超过 20 MB</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="62"/>
        <source>File {name} is larger than {mb} MB</source>
        <translation>文件 {name} 超过 {mb} MB</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="63"/>
        <source>Cannot read file {name}: {reason}</source>
        <translation>无法读取文件 {name}:{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="65"/>
        <source>No extension request is waiting for a decision</source>
        <translation>没有待审批的延期申请</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="66"/>
        <source>That extension request is not waiting for a decision</source>
        <translation>没有待审批的该延期申请</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="67"/>
        <source>Incident {code} already has an extension request waiting</source>
        <translation>事件 {code} 已有待审批的延期申请</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="69"/>
        <source>A duty officer cannot decide their own extension request: ask another duty officer or a leader</source>
        <translation>值班员不能审批自己提出的延期申请:请另一位值班员或领导审批</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="71"/>
        <source>Incident {code} has ended; the extension request no longer applies</source>
        <translation>事件 {code} 已结束,延期申请不再适用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="74"/>
        <source>The extension asked for</source>
        <translation>申请延长时间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="75"/>
        <source>The extension granted</source>
        <translation>批准延长时间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="76"/>
        <source>The reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="77"/>
        <source>The reason for rejecting</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="80"/>
        <source>The units chosen have no overdue or carded open incidents: no notice is needed</source>
        <translation>所选单位没有超期或被督办的在办事件,无需发督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="81"/>
        <source>Another seat took the notice&apos;s number: try again</source>
        <translation>督办通知单编号冲突,请重试</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="82"/>
        <source>Supervision notice {notice_id} does not exist</source>
        <translation>督办通知单 {notice_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="83"/>
        <source>There is no supervision notice {serial}</source>
        <translation>没有督办通知单 {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="85"/>
        <source>“{text}” is not a notice number: write it as its serial or as year-number, e.g. 2026-3</source>
        <translation>督办通知单编号“{text}”无法识别:应写作 督办〔2026〕第 3 号 或 2026-3</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="86"/>
        <source>Notice {serial} was withdrawn on {at}</source>
        <translation>督办通知单 {serial} 已于 {at} 撤回</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="87"/>
        <source>Say why the notice is withdrawn</source>
        <translation>撤回督办通知单须写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="88"/>
        <source>The reason for withdrawing may have at most {limit} characters</source>
        <translation>撤回理由不能超过 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="91"/>
        <source>Choose the key person to link, or give their ID number</source>
        <translation>请选择要关联的重点人员,或填写其身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="92"/>
        <source>Key person {name} is already linked to incident {code}</source>
        <translation>重点人员 {name} 已关联事件 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="95"/>
        <source>This item is listed under a unit&apos;s report or the written report: move that one</source>
        <translation>该事项列在单位报到或书面通报之下,请移动其所在的事项</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="96"/>
        <source>Meeting {meeting_id} does not exist</source>
        <translation>会议 {meeting_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="98"/>
        <source>The agenda of “{title}” is locked and cannot change (minutes can still be recorded).</source>
        <translation>“{title}”的议程已锁定,不能再修改议程(仍可记录纪要)。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="99"/>
        <source>Agenda item {item_id} does not exist</source>
        <translation>议程事项 {item_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="100"/>
        <source>Meeting kind “{kind}” is not valid; use {choices}</source>
        <translation>会议类型“{kind}”无效,应为 {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="101"/>
        <source>A meeting should last 10–600 minutes</source>
        <translation>会议时长应在 10–600 分钟之间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="102"/>
        <source>No such person</source>
        <translation>人员不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="103"/>
        <source>No such attendee</source>
        <translation>参会人员不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="104"/>
        <source>The item needs a title</source>
        <translation>事项标题不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="106"/>
        <source>An item&apos;s length is a whole number of minutes; “{value}” is not</source>
        <translation>每项时长应为整数分钟,“{value}”不是</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="107"/>
        <source>An item should last 0–240 minutes</source>
        <translation>每项时长应在 0–240 分钟之间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="108"/>
        <source>The agenda is empty and cannot be locked</source>
        <translation>议程为空,不能锁定</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="109"/>
        <source>The item is not on any meeting&apos;s agenda yet</source>
        <translation>待议事项还不在任何会议的议程上</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="110"/>
        <source>Item outcome “{outcome}” is not valid</source>
        <translation>结果类型“{outcome}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="111"/>
        <source>A decision needs its content</source>
        <translation>决定事项须写明决定内容</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="112"/>
        <source>A decision needs a responsible unit or person</source>
        <translation>决定事项须指定责任单位或责任人</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="113"/>
        <source>A decision needs a due date</source>
        <translation>决定事项须有完成期限</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="114"/>
        <source>Only an item linked to an incident can be dispatched</source>
        <translation>只有关联事件的议程事项可以交办</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="115"/>
        <source>Dispatching needs a handling unit</source>
        <translation>交办须指定处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="116"/>
        <source>No such action item</source>
        <translation>待办事项不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="117"/>
        <source>That action item is already done</source>
        <translation>该待办事项已完成</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="118"/>
        <source>Completing an action item needs what was done</source>
        <translation>完成待办须填写完成情况</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="131"/>
        <source>The evaluation scheme is incomplete: {exc}</source>
        <translation>考核方案不完整:{exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="133"/>
        <source>A scheme needs at least two grades: the lowest fails, those above it pass</source>
        <translation>至少应有两个等次:最低一档为不合格,其上为合格的等次</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="135"/>
        <source>Grade thresholds should run from high to low, the last being 0</source>
        <translation>等次分数线应从高到低排列,最后一档为 0</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="136"/>
        <source>Grade coefficients missing: {missing}</source>
        <translation>缺少等次系数:{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="137"/>
        <source>{month} is locked and cannot be adjusted</source>
        <translation>{month} 已锁定,不能再调整</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="138"/>
        <source>{month} is already locked</source>
        <translation>{month} 已经锁定</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="139"/>
        <source>An adjustment needs a reason</source>
        <translation>调整分数必须写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="72"/>
        <source>The adjustment</source>
        <translation>调整分值</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="33"/>
        <source>The reason for returning it to the township</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="34"/>
        <source>The instruction</source>
        <translation>批示内容</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="36"/>
        <source>A county account handles only items escalated to the county: incident {code} is held at {level} level.</source>
        <translation>县级账号只办理提级到县级的事件:事件 {code} 由{level}办理。</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="38"/>
        <source>A county account dispatches only to county departments; {names} are not county departments</source>
        <translation>县级账号只能交办县级部门;{names} 不是县级部门</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="40"/>
        <source>{names} are county departments: they take only items escalated to the county</source>
        <translation>{names} 是县级部门,只承办提级到县级的事件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="73"/>
        <source>An adjustment cannot be 0</source>
        <translation>调整分值不能为 0</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="121"/>
        <source>Month “{month}” should read YYYY-MM, from 2000-01 to 2099-12</source>
        <translation>月份“{month}”应为 2000-01 到 2099-12 之间的 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="122"/>
        <source>{path} is not a SQLite database file</source>
        <translation>{path} 不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="123"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} 是一个文件夹,不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="125"/>
        <source>…and {n} more errors of the same kinds, not listed one by one: {columns}</source>
        <translation>……另有 {n} 处同类错误未逐条列出:{columns}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="127"/>
        <source>Not a database address: {url}; it should look like postgresql+psycopg://user@host:5432/database</source>
        <translation>数据库地址无效:{url};应如 postgresql+psycopg://用户@主机:5432/库名</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="129"/>
        <source>The backup cannot be written at {path}: {why}</source>
        <translation>无法在 {path} 写入备份:{why}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="130"/>
        <source>The database {where} cannot be opened: {why}</source>
        <translation>无法打开数据库 {where}:{why}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="140"/>
        <source>Staff number {staff_no} does not exist</source>
        <translation>工号 {staff_no} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="142"/>
        <source>{month} is not locked yet: careers are judged on locked months only</source>
        <translation>{month} 尚未锁定:晋升淘汰只按已锁定的月份判断</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="143"/>
        <source>A decision needs a reason</source>
        <translation>审批须写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="145"/>
        <source>In {month}, no candidacy of {staff_no} is waiting for a decision</source>
        <translation>{month} 没有待审批的候选:{staff_no}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="146"/>
        <source>{month} ({score:.1f} points)</source>
        <translation>{month}({score:.1f} 分)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="147"/>
        <source>{review} no. {number} ({level})</source>
        <translation>{review} 第 {number} 条({level})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="148"/>
        <source>{n} months failed within 12 months: {months}</source>
        <translation>12 个月内 {n} 个月不合格:{months}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="149"/>
        <source>Serious responsibility found by a review: {findings}</source>
        <translation>事后倒查认定严重责任:{findings}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="150"/>
        <source>Failed in {months}</source>
        <translation>{months}考核不合格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="151"/>
        <source>Failed two months running: {months}</source>
        <translation>连续两个月不合格:{months}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="153"/>
        <source>{months} months on probation (since {since:%Y-%m-%d}), no month below the pass line</source>
        <translation>见习 {months} 个月(自 {since:%Y-%m-%d}),期间无低于合格线的月份</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="155"/>
        <source>{months} months at this level; in the last 12 months {n} excellent and none failed ({first} to {month})</source>
        <translation>现等级已满 {months} 个月,近 12 个月 {n} 个月优秀、无不合格({first} 至 {month})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="157"/>
        <source>No such key person</source>
        <translation>重点人员不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="158"/>
        <source>No such grid worker</source>
        <translation>网格员不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="159"/>
        <source>The visit time is later than now</source>
        <translation>走访时间晚于现在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="160"/>
        <source>Visit mode “{mode}” is not valid</source>
        <translation>走访方式“{mode}”无效</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="162"/>
        <source>Review {text} does not exist</source>
        <translation>倒查 {text} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="163"/>
        <source>Review {review_id} does not exist</source>
        <translation>倒查 {review_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="164"/>
        <source>Incident code {code} does not exist</source>
        <translation>事件编号 {code} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="165"/>
        <source>Grid code {code} does not exist</source>
        <translation>网格编码 {code} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="166"/>
        <source>Unit “{name}” does not exist</source>
        <translation>单位“{name}”不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="167"/>
        <source>No such handling unit: {names}</source>
        <translation>处置单位不存在:{names}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="168"/>
        <source>Grid {grid_id} does not exist</source>
        <translation>网格 {grid_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="169"/>
        <source>Village or community “{name}” does not exist</source>
        <translation>村社“{name}”不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="170"/>
        <source>No such key person: {missing}</source>
        <translation>重点人员不存在:{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="171"/>
        <source>Evidence “{item}” should read incident:CODE</source>
        <translation>依据“{item}”应写作 incident:事件编号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="172"/>
        <source>Review {code} is approved and locked; it cannot change</source>
        <translation>倒查 {code} 已审批锁定,不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="173"/>
        <source>Days to look back should be 1 to {limit}</source>
        <translation>倒查天数应在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="175"/>
        <source>Incident {code} is not marked serious: “Mark serious” first, then review it</source>
        <translation>事件 {code} 未标记为重大事件:先“标记为重大事件”,再开展倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="176"/>
        <source>Incident {code} is cancelled and cannot be reviewed</source>
        <translation>事件 {code} 已作废,不能倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="177"/>
        <source>Incident {code} already has review {earlier}</source>
        <translation>事件 {code} 已有倒查 {earlier}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="178"/>
        <source>The event cannot be later than now</source>
        <translation>事发时间不能晚于现在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="179"/>
        <source>Choose the grid where it happened</source>
        <translation>请选择事发网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="180"/>
        <source>Say what happened</source>
        <translation>请写明发生了什么</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="181"/>
        <source>A linked key person does not exist</source>
        <translation>关联的重点人员不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="182"/>
        <source>Review {code} has no finding {number}</source>
        <translation>倒查 {code} 没有第 {number} 条发现</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="183"/>
        <source>A responsibility decision needs a reason</source>
        <translation>责任认定须写明理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="184"/>
        <source>Say what was found</source>
        <translation>请写明发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="185"/>
        <source>The time should lie within the review&apos;s period</source>
        <translation>发生时间应在倒查时段内</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="186"/>
        <source>Approving needs the review&apos;s conclusion</source>
        <translation>审批须写明倒查结论</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="188"/>
        <source>{n_undecided} findings are undecided: decide each, or give a reason to decide the rest as no responsibility</source>
        <translation>还有 {n_undecided} 条发现未认定责任:逐条认定,或写明理由将其余各条认定为无责任</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="189"/>
        <source>Event kind “{kind}” is not valid; use {choices}</source>
        <translation>事件类型“{kind}”无效:应为 {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="191"/>
        <source>Responsibility “{level}” is not valid; use {choices}</source>
        <translation>责任认定“{level}”无效:应为 {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="192"/>
        <source>You may view only reviews that concern you</source>
        <translation>只能查看涉及本人的倒查</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="193"/>
        <source>The reason for the correction</source>
        <translation>更正的理由</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="194"/>
        <source>Neither the grid nor the category changed</source>
        <translation>网格和类别都没有改变</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="195"/>
        <source>Lock an idle seat after (minutes)</source>
        <translation>无操作自动锁定(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="196"/>
        <source>Daily backups kept (days)</source>
        <translation>每日备份保留天数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="197"/>
        <source>Month-end backups kept (months)</source>
        <translation>月末备份保留月数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="198"/>
        <source>Closure rate target (%)</source>
        <translation>办结率目标(%)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/work.py" line="199"/>
        <source>On-time rate target (%)</source>
        <translation>按期办结率目标(%)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="8"/>
        <source>Unknown import kind “{name}”; choose from: {choices}</source>
        <translation>未知的导入类型“{name}”;可选:{choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="10"/>
        <source>{rows} rows: {created} new, {updated} updated, {skipped} unchanged</source>
        <translation>共 {rows} 行:新增 {created},更新 {updated},已存在未变 {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="11"/>
        <source>{n} problems: nothing was imported</source>
        <translation>{n} 处错误,未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="13"/>
        <source>Read as {encoding}, most headers are unknown (tried {tried}): if the file is in another encoding (such as Big5 or UTF-16), save it from Excel or Notepad as a UTF-8 or GBK CSV</source>
        <translation>表头按 {encoding} 编码读取后大多无法识别(已尝试 {tried}):如果文件是其他编码(如 Big5 或 UTF-16),请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="14"/>
        <source>Unknown column; the template&apos;s columns are: {columns}</source>
        <translation>未知的列;模板的列为:{columns}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="15"/>
        <source>A required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="16"/>
        <source>The file has headers but no data rows</source>
        <translation>文件只有表头,没有数据行</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="17"/>
        <source>Repeats row {row}</source>
        <translation>与第 {row} 行重复</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="18"/>
        <source>The column appears twice</source>
        <translation>列名重复</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="19"/>
        <source>Required, but empty</source>
        <translation>必填项为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="20"/>
        <source>“{s}” should be 是 (yes) or 否 (no)</source>
        <translation>“{s}”应为 是 或 否</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="21"/>
        <source>The ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="22"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="24"/>
        <source>The cell is a formula ({formula}): copy the column, Paste Special → Values, then import</source>
        <translation>单元格是公式({formula}):请复制该列后“选择性粘贴 → 数值”,再导入</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="26"/>
        <source>Contains an invisible control character (U+{code:04X}), probably pasted from elsewhere: delete it, then import</source>
        <translation>含有不可见的控制字符(U+{code:04X}),可能是从别处复制带来的:请删除后再导入</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="28"/>
        <source>{what} was stored by Excel as a number and may have lost its last digits: format the column as Text and enter it again</source>
        <translation>{what}被 Excel 存成了数字,后几位可能已丢失:请把该列设为“文本”格式后重新录入</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="29"/>
        <source>“{s}” is not an 18-digit ID number</source>
        <translation>“{s}”不是 18 位身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="31"/>
        <source>ID number {s}: the birth date {born:%Y-%m-%d} is impossible</source>
        <translation>身份证号 {s} 的出生日期 {born:%Y-%m-%d} 不可能</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="32"/>
        <source>ID number {s}: the birth date {born} does not exist</source>
        <translation>身份证号 {s} 的出生日期 {born} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="33"/>
        <source>ID number {s}: wrong check digit (should be {check})</source>
        <translation>身份证号 {s} 校验位错误(应为 {check})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="34"/>
        <source>“{s}” is not a phone number</source>
        <translation>“{s}”不是电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="35"/>
        <source>{n_s} characters, more than {max_length}</source>
        <translation>长度 {n_s} 超过 {max_length} 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="36"/>
        <source>“{s}” is not a number</source>
        <translation>“{s}”不是数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="37"/>
        <source>Give both the longitude and the latitude</source>
        <translation>经度和纬度应同时填写</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="39"/>
        <source>Longitude {lon} or latitude {lat} is out of range (−180 to 180, −90 to 90)</source>
        <translation>经度 {lon} 或纬度 {lat} 超出范围(经度 −180 至 180,纬度 −90 至 90)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="41"/>
        <source>A boundary has 3 to {most} points; this one has {n}</source>
        <translation>边界应有 3 至 {most} 个点,这里有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="43"/>
        <source>“{pair}” in the boundary is not two numbers, longitude and latitude</source>
        <translation>边界中的“{pair}”不是“经度 纬度”两个数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="44"/>
        <source>“{s}” is not a whole number</source>
        <translation>“{s}”不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="45"/>
        <source>{n} is not within {low}–{high}</source>
        <translation>{n} 不在 {low}–{high} 之间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="46"/>
        <source>“{written}” is not a date; use YYYY-MM-DD</source>
        <translation>“{written}”不是日期,应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="48"/>
        <source>“{written}” is not a time; use YYYY-MM-DD HH:MM</source>
        <translation>“{written}”不是时间,应为 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="49"/>
        <source>“{s}” is not one of: {choices}</source>
        <translation>“{s}”不是可选值({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="50"/>
        <source>The township&apos;s units are: {names}</source>
        <translation>本镇街的单位有:{names}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="51"/>
        <source>The township&apos;s units are: {names} and more, {n} in all</source>
        <translation>本镇街的单位有:{names} 等 {n} 个</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="53"/>
        <source>Category “{category}” does not exist; choose from: {choices}</source>
        <translation>大类“{category}”不存在;可选:{choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="54"/>
        <source>Grid code {grid} does not exist: import the grids first</source>
        <translation>网格编码 {grid} 不存在:请先导入网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="55"/>
        <source>Handling unit “{unit}” does not exist; {known}</source>
        <translation>处置单位“{unit}”不存在;{known}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="57"/>
        <source>A dispatch time needs a handling unit (incidents are dispatched to units, villages included); {known}</source>
        <translation>有交办时间时必须填写处置单位(交办的对象是单位,村社也是单位);{known}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="59"/>
        <source>Sub-category “{subcategory}” is not in category “{category}”</source>
        <translation>小类“{subcategory}”不属于大类“{category}”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="61"/>
        <source>Staff number {staff} does not exist: import the staff first</source>
        <translation>工号 {staff} 不存在:请先导入人员</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="62"/>
        <source>The time is later than now</source>
        <translation>时间晚于现在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="63"/>
        <source>Earlier than {column}</source>
        <translation>早于{column}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="64"/>
        <source>{later} needs {earlier}</source>
        <translation>有{later}时必须有{earlier}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="66"/>
        <source>A dispatched incident cannot be cancelled (only a reported or accepted one)</source>
        <translation>已交办的事件不能作废(作废只能在上报或受理之后)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="67"/>
        <source>Cancelling needs a reason</source>
        <translation>作废必须填写作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="68"/>
        <source>Earlier than the report time</source>
        <translation>早于上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="70"/>
        <source>Key person {id_number} does not exist: import the key persons first</source>
        <translation>重点人员 {id_number} 不存在:请先导入重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="72"/>
        <source>Files of type “{suffix}” are not supported: use .xlsx or .csv</source>
        <translation>不支持的文件类型“{suffix}”:请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="74"/>
        <source>Row {row}, column {column} has content: an import file has at most {limit} columns; delete the extra ones</source>
        <translation>第 {row} 行第 {column} 列有内容:导入文件最多 {limit} 列,请删去多余的列</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="75"/>
        <source>File not found: {path}</source>
        <translation>找不到文件:{path}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="77"/>
        <source>The file looks like UTF-16 without its BOM (every other byte is zero) and cannot be read reliably: save it from Excel or Notepad as a UTF-8 or GBK CSV</source>
        <translation>文件像是没有 BOM 的 UTF-16 编码(每隔一个字节为空字节),无法可靠读取:请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="79"/>
        <source>Excel file {name} unpacks to {mb:,} MB, more than {limit} MB, and is refused: keep only the sheet and data to import, or split it into several files</source>
        <translation>Excel 文件 {name} 解压后有 {mb:,} MB,超过 {limit} MB,不予导入:请只保留要导入的工作表和数据,或分成几个文件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="80"/>
        <source>The file is empty: its first row should be the headers</source>
        <translation>文件是空的:第一行应为表头</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="82"/>
        <source>The file is larger than {mb} MB and is refused: split it into several files</source>
        <translation>文件超过 {mb} MB,不予导入:请分成几个文件</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="84"/>
        <source>The file&apos;s encoding is unknown (tried {tried}): save it as a UTF-8 or GBK CSV</source>
        <translation>文件编码无法识别(已尝试 {tried}):请另存为 UTF-8 或 GBK 编码的 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="85"/>
        <source>The CSV file is malformed: {exc}</source>
        <translation>CSV 文件格式有误:{exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="86"/>
        <source>Cannot read Excel file {name}: {exc}</source>
        <translation>无法读取 Excel 文件 {name}:{exc}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/imports.py" line="88"/>
        <source>More than {limit:,} data rows (from row {n}): refused; split it into several files</source>
        <translation>超过 {limit:,} 行数据(第 {n} 行起),不予导入:请分成几个文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>; </source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="6"/>
        <source>“{field}” must be mapped to a column of the file</source>
        <translation>“{field}”必须对应文件的一列</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="8"/>
        <source>“{s}” is not a time limit: write a time (YYYY-MM-DD HH:MM) or a span of days, hours or working days (in Chinese, as the file writes it)</source>
        <translation>“{s}”不是时限:应为时间(YYYY-MM-DD HH:MM)或“3天”“24小时”“5个工作日”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="10"/>
        <source>“{s}” is not a warning colour or an urgency ({choices})</source>
        <translation>“{s}”不是预警颜色或紧急程度({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="12"/>
        <source>{rows} rows: {created} new ({flagged} of them likely repeats), {skipped} taken in before</source>
        <translation>共 {rows} 行:新增 {created}(其中疑似重复 {flagged}),已导入过 {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="13"/>
        <source>There is already a source named “{name}”</source>
        <translation>已有名为“{name}”的来件来源</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="14"/>
        <source>The inbox folder “{folder}” does not exist</source>
        <translation>收件文件夹“{folder}”不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="16"/>
        <source>The file has no such column (mapped to “{field}”): check the source&apos;s mapping</source>
        <translation>文件没有这一列(对应“{field}”):请检查来源的列对应</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="18"/>
        <source>The file&apos;s column “{column}” is mapped to both “{a}” and “{b}”</source>
        <translation>文件的列“{column}”同时对应了“{a}”和“{b}”</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="20"/>
        <source>Cannot tell the grid: the address names no village and grid (village name, then grid name) and the source has no default grid</source>
        <translation>无法确定所属网格:地址中没有写明村社和网格(如“星湖社区第1网格”),该来源也没有设默认网格</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="21"/>
        <source>The time limit is before the order&apos;s time</source>
        <translation>时限早于来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="22"/>
        <source>The source&apos;s name cannot be empty</source>
        <translation>来源名称不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="23"/>
        <source>The source&apos;s name cannot be longer than 64 characters</source>
        <translation>来源名称不能超过 64 个字</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="25"/>
        <source>There is no source named “{name}”; there are: {names}</source>
        <translation>没有名为“{name}”的来件来源;已有:{names}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="26"/>
        <source>Likely repeat {flag_id} does not exist</source>
        <translation>疑似重复记录 {flag_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="28"/>
        <source>“{value}” is none of our categories or sub-categories and the source has no default category; the categories are: {choices}</source>
        <translation>类别“{value}”不是本系统的大类或小类,该来源也没有设默认大类;可选大类:{choices}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="30"/>
        <source>Grid “{grid}” does not exist (write the grid&apos;s code, or its village and name)</source>
        <translation>网格“{grid}”不存在(可写网格编码,或村社名加网格名)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="31"/>
        <source>This likely repeat has been decided already</source>
        <translation>该疑似重复已处理</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="32"/>
        <source>The default category does not exist or is deactivated</source>
        <translation>默认大类不存在或已停用</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="33"/>
        <source>The default grid does not exist</source>
        <translation>默认网格不存在</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="34"/>
        <source>The likely repeats&apos; window (days)</source>
        <translation>疑似重复的时间窗(天)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="35"/>
        <source>Text alike (%)</source>
        <translation>文字相似度(%)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/intake.py" line="36"/>
        <source>The order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="6"/>
        <source>The county settings file {path} was not found</source>
        <translation>找不到县级配置文件 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="7"/>
        <source>The county settings file {path} is not valid TOML: {why}</source>
        <translation>县级配置文件 {path} 格式有误:{why}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="8"/>
        <source>The county settings lack county (the county&apos;s name)</source>
        <translation>县级配置缺少 county(县名)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="10"/>
        <source>The county settings list no township ([[townships]])</source>
        <translation>县级配置没有列出任何镇街([[townships]])</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="11"/>
        <source>Township {n} has no name</source>
        <translation>第 {n} 个镇街缺少 name</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="12"/>
        <source>The township {name} is listed twice</source>
        <translation>镇街 {name} 列了两次</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="14"/>
        <source>The township {name} needs either url (a database address) or file (a SQLite file)</source>
        <translation>镇街 {name} 应给出 url(数据库地址)或 file(SQLite 文件)之一</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="16"/>
        <source>escalate_after_hours should be a whole number from 0 to 720 (0: no automatic escalation)</source>
        <translation>escalate_after_hours 应为 0 到 720 的整数(0 表示不自动提级)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="17"/>
        <source>The county settings have no township {name}</source>
        <translation>县级配置中没有镇街 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="18"/>
        <source>{name} cannot be reached now: {why}</source>
        <translation>{name}暂时无法连接:{why}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="19"/>
        <source>The database file {path} was not found</source>
        <translation>找不到数据库文件 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="20"/>
        <source>The database does not answer: {why}</source>
        <translation>数据库无法连接:{why}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="22"/>
        <source>The township&apos;s database is of another version than this program: upgrade it at the township first</source>
        <translation>该镇街的数据库版本与本程序不一致,请先在镇街升级</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="24"/>
        <source>{folder} is not a folder of the county seat demo: it is left as it is</source>
        <translation>{folder} 不是县级演示数据的文件夹,不会替换它</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="25"/>
        <source>Setting the county&apos;s rules</source>
        <translation>设置县级规则</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="27"/>
        <source>Escalation to the county when overdue (hours; 0: never by itself)</source>
        <translation>超期自动提级至县(小时,0 为不自动)</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="28"/>
        <source>Cannot open the county seat: {reasons}</source>
        <translation>无法进入县级视图:{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="29"/>
        <source>The account {user} is not a county account in {township}</source>
        <translation>账号 {user} 在{township}不是县级账号</translation>
    </message>
    <message>
        <location filename="../../ui/sentences/county.py" line="30"/>
        <source>The account {user} is not an administrator in {township}</source>
        <translation>账号 {user} 在{township}不是管理员账号</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="36"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="52"/>
        <location filename="../../ui/incidents/new_incident.py" line="135"/>
        <source>(choose)</source>
        <translation>(请选择)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="60"/>
        <source>Required when the track differs from the category&apos;s</source>
        <translation>与大类默认分流不同时必填</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="72"/>
        <source>Serious (fire, criminal case, mass petition…)</source>
        <translation>严重事件(火灾、刑事案件、群体上访等)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="74"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="74"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="75"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="76"/>
        <source>Category *</source>
        <translation>大类 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="76"/>
        <source>Sub-category</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="77"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="77"/>
        <source>Why this track</source>
        <translation>改变分流的理由</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="78"/>
        <source>Warning colour *</source>
        <translation>预警颜色 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="78"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="79"/>
        <source>Grid *</source>
        <translation>网格 *</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="79"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="80"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="80"/>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="81"/>
        <source>Caller&apos;s phone</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/new_incident.py" line="142"/>
        <source>(a citizen)</source>
        <translation>(群众来电)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../ui/notices.py" line="41"/>
        <source>yellow %1</source>
        <translation>黄牌 %1</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="42"/>
        <source>red %1</source>
        <translation>红牌 %1</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="52"/>
        <source>Supervision notices to issue</source>
        <translation>将发出的督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="55"/>
        <source>Unit / incident</source>
        <translation>单位 / 事件</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="55"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="55"/>
        <source>Cards</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="56"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="56"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="56"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="70"/>
        <source>%1 units, %2 incidents: each incident is overdue now or carries a card given to its unit. Untick what should not get a notice; nothing is numbered until you issue.</source>
        <translation>共 %1 个单位、%2 件事件:每件都已超期,或有给该单位的督办牌。不需要发通知单的单位或事件请取消勾选;点“发出”之前不会编号。</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="76"/>
        <source>Issue…</source>
        <translation>发出…</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="102"/>
        <source>incidents: %1</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="141"/>
        <source>Supervision notices</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="146"/>
        <source>No unit holds an incident that is overdue or carded: no notice is needed.</source>
        <translation>没有单位有超期或被督办的在办事件,无需发督办通知单。</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="157"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>NoticesIssued</name>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="26"/>
        <source>Withdrawn %1 by %2: %3</source>
        <translation>已撤回(%1,%2):%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="28"/>
        <source>Answer by %1</source>
        <translation>%1 前回复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="32"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="33"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="34"/>
        <source>Issued</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="35"/>
        <source>By</source>
        <translation>发出人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="36"/>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="37"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="38"/>
        <source>Incident codes</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="43"/>
        <source>Supervision notices issued</source>
        <translation>督办通知单台账</translation>
    </message>
</context>
<context>
    <name>NoticesIssuedDialog</name>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="47"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="63"/>
        <source>%1 to %2 will be marked withdrawn; its number stays used and each of its incidents&apos; timelines says so.</source>
        <translation>发给%2的%1将标记为已撤回;编号保留不再使用,所列每件事件的时间线都会记载。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="65"/>
        <source>Withdraw a notice</source>
        <translation>撤回督办通知单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notices_issued.py" line="65"/>
        <source>Why it is withdrawn</source>
        <translation>撤回理由</translation>
    </message>
</context>
<context>
    <name>OrgDock</name>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="52"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="64"/>
        <source>Find a village, grid or worker</source>
        <translation>查找村社、网格或网格员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="77"/>
        <source>New grid…</source>
        <translation>新增网格…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="77"/>
        <source>Edit grid…</source>
        <translation>修改网格…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="78"/>
        <source>Move grid…</source>
        <translation>调整网格隶属…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="78"/>
        <source>Change responsible worker…</source>
        <translation>更换责任网格员…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="80"/>
        <source>New member…</source>
        <translation>新增成员…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="81"/>
        <source>Edit member…</source>
        <translation>修改成员…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="82"/>
        <source>Move member…</source>
        <translation>调整成员网格…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="105"/>
        <source>The organisation: villages, grids and their teams, full-time and part-time workers and grid leaders, key persons and who answers for them; hand a grid to another worker with the history kept.</source>
        <translation>组织架构:村社、网格及其团队,专职、兼职网格员和网格长,重点人员及其责任人;网格可移交给其他网格员,历史记录完整保留。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="173"/>
        <source>Village / grid</source>
        <translation>村社/网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="173"/>
        <source>Full-time worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="174"/>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="174"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="174"/>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="236"/>
        <source>Choose the village (or the grid) the new grid belongs to.</source>
        <translation>请先选中新网格所属的村社(或网格)。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="243"/>
        <source>Choose a grid first.</source>
        <translation>请先选中一个网格。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/dock.py" line="265"/>
        <source>Choose a member of the team first.</source>
        <translation>请先选中一名网格成员。</translation>
    </message>
</context>
<context>
    <name>OrgForms</name>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="32"/>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="33"/>
        <location filename="../../ui/panels/org/forms.py" line="46"/>
        <source>Grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="34"/>
        <location filename="../../ui/panels/org/forms.py" line="47"/>
        <source>Kind</source>
        <translation>网格类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="36"/>
        <location filename="../../ui/panels/org/forms.py" line="61"/>
        <source>Under the grid (a micro-grid&apos;s)</source>
        <translation>上级网格(微网格填写)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="38"/>
        <location filename="../../ui/panels/org/forms.py" line="48"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="39"/>
        <location filename="../../ui/panels/org/forms.py" line="50"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="40"/>
        <source>New grid in %1</source>
        <translation>在“%1”新增网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="52"/>
        <location filename="../../ui/panels/org/forms.py" line="84"/>
        <source>Edit %1</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="58"/>
        <source>Village</source>
        <translation>所属村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="63"/>
        <location filename="../../ui/panels/org/forms.py" line="91"/>
        <source>Move %1</source>
        <translation>调整“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="65"/>
        <source>Its micro-grids move with it; its incidents and key persons stay with it.</source>
        <translation>其下微网格随之调整;事件和重点人员仍属于该网格。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="70"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="71"/>
        <location filename="../../ui/panels/org/forms.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="72"/>
        <location filename="../../ui/panels/org/forms.py" line="81"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="73"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="74"/>
        <source>New member of %1</source>
        <translation>为“%1”新增成员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="82"/>
        <source>Phone (leave empty to keep it)</source>
        <translation>手机号(留空则不变)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="90"/>
        <source>To the grid</source>
        <translation>调至网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="97"/>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="98"/>
        <source>Responsible from</source>
        <translation>负责起始时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="105"/>
        <source>Hand %1 to another worker</source>
        <translation>更换“%1”的责任网格员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/forms.py" line="106"/>
        <source>The worker answers for the grid and its key persons from then on; who answered before is kept.</source>
        <translation>自该时间起,由该网格员负责本网格及其重点人员;此前的责任人记录保留。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Unfounded</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Cannot be solved now</source>
        <translation>暂无法解决</translation>
    </message>
</context>
<context>
    <name>PerformanceDock</name>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="50"/>
        <source>Performance</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="159"/>
        <source>All villages</source>
        <translation>全部村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="100"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="101"/>
        <source>Adjust score…</source>
        <translation>调整分数…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="102"/>
        <source>Worker&apos;s sheet</source>
        <translation>个人考核表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="103"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="104"/>
        <source>Salary float</source>
        <translation>薪金浮动</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="105"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="106"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="107"/>
        <source>Candidates PDF…</source>
        <translation>导出候选名单 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="108"/>
        <source>Candidates</source>
        <translation>晋升淘汰候选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="109"/>
        <source>Log a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="110"/>
        <source>Visits due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="123"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="124"/>
        <location filename="../../ui/panels/performance/dock.py" line="299"/>
        <location filename="../../ui/panels/performance/dock.py" line="302"/>
        <source>Lock month</source>
        <translation>锁定本月</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="125"/>
        <source>Sheets PDF…</source>
        <translation>导出考核表 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="126"/>
        <source>Ranking…</source>
        <translation>导出排名…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="127"/>
        <source>Salary table…</source>
        <translation>导出薪金表…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="181"/>
        <source>The monthly evaluation of the full-time grid workers: the ranking, each worker&apos;s sheet with the points behind every score, adjustments with a reason, the salary float, candidates for promotion or dismissal, and the key persons due a visit. A locked month never changes.</source>
        <translation>专职网格员月度考核:排名、每人的考核表及每项得分的依据、附理由的加减分、绩效工资浮动、晋升或淘汰候选人,以及应走访的重点人员。已锁定的月份不再改变。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="215"/>
        <source>Computing %1</source>
        <translation>正在计算 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="243"/>
        <source>Total pay %1 yuan; float %2 yuan</source>
        <translation>应发合计 %1 元;浮动合计 %2 元</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="246"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="246"/>
        <source>not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="247"/>
        <source>%1: %2 workers, %3</source>
        <translation>%1 月考核:%2 人,%3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="252"/>
        <source>%1 is locked: these are its results as locked; nothing was computed again.</source>
        <translation>%1 已锁定:显示的是锁定时的结果,未重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="286"/>
        <source>Choose a worker in the ranking first.</source>
        <translation>请先在排名中选择一名网格员。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="289"/>
        <source>Points (+ or −)</source>
        <translation>分值(加为正,减为负)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="290"/>
        <source>Reason (kept for the audit)</source>
        <translation>理由(留档备查)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="291"/>
        <source>Adjust %1</source>
        <translation>调整 %1 的分数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="300"/>
        <source>Lock %1? Its scores and pay will never change again.</source>
        <translation>锁定 %1?锁定后分数和薪金不再改变。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="309"/>
        <source>Choose a candidate in the list first.</source>
        <translation>请先在名单中选择一名候选人。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="312"/>
        <source>Approve: %1</source>
        <translation>批准:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="312"/>
        <source>Reject: %1</source>
        <translation>驳回:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="313"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="317"/>
        <source>Approved: %1 (%2). It leaves the candidates and is kept in their career record.</source>
        <translation>已批准:%1(%2)。该项已移出候选名单,记入其履历。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="318"/>
        <source>Rejected: %1 (%2). It leaves the candidates; the reason is kept.</source>
        <translation>已驳回:%1(%2)。该项已移出候选名单,理由已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="325"/>
        <source>Choose a key person in the list first.</source>
        <translation>请先在名单中选择一名重点人员。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="328"/>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="329"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="330"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="331"/>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="337"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="350"/>
        <source>Writing the evaluation sheets</source>
        <translation>正在生成考核表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="343"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/performance/dock.py" line="358"/>
        <location filename="../../ui/panels/performance/dock.py" line="364"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>PersonColour</name>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_words.py" line="10"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="11"/>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="12"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="13"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="8"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="9"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="55"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="94"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="96"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/queue/dock.py" line="191"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="193"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="237"/>
        <source>Every incident of the township, newest first, paged from the database: filter by status tab, colour, track, village, grid, category, unit and date; search codes, titles and descriptions (Ctrl+F). The deadline column counts down the open step; red is overdue. Select rows to accept or dispatch several at once.</source>
        <translation>全镇所有事件,最新的在前,按页从数据库读取:可按状态页签、预警颜色、分流、村社、网格、类别、单位和日期筛选;可搜索编号、标题和描述(Ctrl+F)。办理时限一栏为当前环节的倒计时,红色表示超期。选中多行可一次受理或交办。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="266"/>
        <source>%1 no longer matches the queue&apos;s filters; the detail still shows it.</source>
        <translation>%1 已不在当前筛选结果中;详情仍显示该事件。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="44"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="44"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="45"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="45"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="46"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="46"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="47"/>
        <source>Colour</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="48"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="48"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="49"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="49"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="50"/>
        <source>Not signed in</source>
        <translation>待报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="50"/>
        <source>Track</source>
        <translation>分流</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="211"/>
        <source>[County instruction] %1</source>
        <translation>【县级批示】%1</translation>
    </message>
</context>
<context>
    <name>RepeatReason</name>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Same place and category</source>
        <translation>同地同类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Similar text</source>
        <translation>文字相似</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Same place and category, similar text</source>
        <translation>同地同类且文字相似</translation>
    </message>
</context>
<context>
    <name>Repeats</name>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="30"/>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="31"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="32"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="33"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="34"/>
        <source>May repeat</source>
        <translation>疑似重复于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="35"/>
        <source>Its title</source>
        <translation>原事件标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="36"/>
        <source>Its state</source>
        <translation>原事件状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="37"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="38"/>
        <source>Text alike</source>
        <translation>文字相似度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="43"/>
        <source>Likely repeats</source>
        <translation>疑似重复</translation>
    </message>
</context>
<context>
    <name>RepeatsDialog</name>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="48"/>
        <source>Link as repeat</source>
        <translation>关联为重复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="49"/>
        <source>Keep as its own</source>
        <translation>保留为独立事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="50"/>
        <source>Show the new one</source>
        <translation>查看新事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats.py" line="51"/>
        <source>Show the original</source>
        <translation>查看原事件</translation>
    </message>
</context>
<context>
    <name>ReportsDock</name>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="38"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="43"/>
        <source>Agenda and minutes of a meeting</source>
        <translation>例会议程与纪要</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="44"/>
        <source>Evaluation sheets, ranking, salary table, career candidates</source>
        <translation>考核表、考核排名、薪金浮动表、晋升淘汰候选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="46"/>
        <source>Retrospective review reports</source>
        <translation>事后倒查报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="62"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="63"/>
        <source>xlsx…</source>
        <translation>xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="64"/>
        <source>Supervision notices…</source>
        <translation>督办通知单…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="65"/>
        <source>Open that panel</source>
        <translation>打开所在面板</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="92"/>
        <source>The report centre: the monthly and weekly statistics, unit rankings and lists, previewed here and written as PDF or Excel for the period, village and month you choose.</source>
        <translation>报表中心:月度和每周统计、单位排名及各类清单,可在此预览,并按所选时段、村社和月份导出为 PDF 或 Excel。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="179"/>
        <source>Year %1</source>
        <translation>%1 全年</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/reports/dock.py" line="193"/>
        <source>… %n more rows in the file</source>
        <translation>
            <numerusform>……文件中另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="118"/>
        <source>Made in the Meetings panel: choose a meeting, then export its agenda or minutes.</source>
        <translation>在“例会”面板中生成:选择会议,再导出议程或纪要。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="119"/>
        <source>Made in the Performance panel: choose a month, then export.</source>
        <translation>在“绩效考核”面板中生成:选择月份,再导出。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="120"/>
        <source>Made in the Reviews panel: choose a review, then export its report.</source>
        <translation>在“事后倒查”面板中生成:选择倒查,再导出报告。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="142"/>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="173"/>
        <source>The whole township</source>
        <translation>全镇</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="204"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="208"/>
        <source>Writing the report</source>
        <translation>正在生成报表</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reports/dock.py" line="213"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>Responsibility</name>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>No responsibility</source>
        <translation>无责任</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="102"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="106"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="107"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="108"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="109"/>
        <source>Last audit entry</source>
        <translation>最后一条审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="112"/>
        <source>Everything in the database %1 is replaced by what this backup holds. A safety backup of the database as it is now is made first. Everyone signed in will have to sign in again.</source>
        <translation>数据库 %1 中的全部数据将被此备份的内容替换。替换前会先为当前数据库做一份安全备份。所有已登录的人都需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="120"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Under review</source>
        <translation>倒查中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
</context>
<context>
    <name>ReviewTimeline</name>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="18"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="19"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="20"/>
        <source>Cards</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="21"/>
        <source>Meetings</source>
        <translation>例会</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/timeline.py" line="22"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>ReviewsDock</name>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="57"/>
        <source>Undecided</source>
        <translation>未认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="51"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="52"/>
        <source>Event</source>
        <translation>事发时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="52"/>
        <location filename="../../ui/panels/reviews/dock.py" line="304"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="54"/>
        <source>Decided</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="57"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="58"/>
        <source>Responsible then</source>
        <translation>当时责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="223"/>
        <location filename="../../ui/panels/reviews/dock.py" line="303"/>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="282"/>
        <source>Serious incident</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="283"/>
        <source>Serious incidents without a review, newest first. To review another incident, select it in the queue and mark it as a serious event (Ctrl+Shift+S).</source>
        <translation>尚未倒查的重大事件,最新的在前。要倒查其他事件,请在事件队列中选中它并标记为重大事件(Ctrl+Shift+S)。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="57"/>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="209"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="75"/>
        <source>Review an incident…</source>
        <translation>倒查重大事件…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="46"/>
        <source>Reviews</source>
        <translation>事后倒查</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="76"/>
        <source>Review an event…</source>
        <translation>倒查其他事件…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="77"/>
        <location filename="../../ui/panels/reviews/dock.py" line="247"/>
        <source>Draft again</source>
        <translation>重新生成初稿</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="78"/>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="79"/>
        <source>Report PDF…</source>
        <translation>倒查报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="82"/>
        <source>Add a finding…</source>
        <translation>补充发现…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="116"/>
        <source>Retrospective checks of serious incidents and events: the timeline of what was known when, the findings of responsibility per unit and person, decided one by one and approved; the report as a PDF.</source>
        <translation>重大事件的事后倒查:何时掌握了哪些情况的时间线,逐单位、逐人的责任认定,逐条认定后审批;倒查报告可导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="158"/>
        <source>No review yet.</source>
        <translation>暂无倒查。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="158"/>
        <source>Open one on a serious incident or an event.</source>
        <translation>可对重大事件或其他事件开展倒查。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="160"/>
        <source>%1 · %2 · %3 · the %4 days before · %5</source>
        <translation>%1 · %2 · %3 · 事发前 %4 天 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="164"/>
        <source>approved; counts in %1</source>
        <translation>已审批,计入 %1 考核</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="181"/>
        <source>Evidence:</source>
        <translation>依据:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="181"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="210"/>
        <source>Finding %1: %2</source>
        <translation>第 %1 条:%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="222"/>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="224"/>
        <source>Person responsible then</source>
        <translation>当时责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="226"/>
        <source>Unit responsible then</source>
        <translation>当时责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="228"/>
        <source>Incidents it rests on (codes, comma separated)</source>
        <translation>依据的事件(编号,逗号分隔)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="235"/>
        <source>Add a finding</source>
        <translation>补充发现</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="253"/>
        <source>An approved review is locked. Its findings count in this month&apos;s evaluation (or the next month HR has not locked) and in promotion and elimination.</source>
        <translation>审批后倒查即锁定。认定的责任计入本月考核(本月已锁定则计入下一个未锁定月份),并作为晋升淘汰的依据。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="257"/>
        <source>%1 findings are not decided yet: approving decides them as no responsibility, for the reason below.</source>
        <translation>还有 %1 条发现未认定:审批时按下面的理由一并认定为无责任。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="259"/>
        <source>Why the undecided findings carry no responsibility</source>
        <translation>其余各条无责任的理由</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="260"/>
        <source>Approve review</source>
        <translation>审批倒查</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="255"/>
        <source>Conclusion</source>
        <translation>倒查结论</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="266"/>
        <source>Kind of event</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="267"/>
        <source>Days to look back</source>
        <translation>倒查天数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="268"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="269"/>
        <source>The event&apos;s grid</source>
        <translation>事发网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="269"/>
        <source>Its whole village</source>
        <translation>事发村社全部网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="273"/>
        <source>Days to look back should be a whole number, like 90.</source>
        <translation>倒查天数应为整数,如 90。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="289"/>
        <source>Review a serious incident</source>
        <translation>倒查重大事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="304"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="305"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="306"/>
        <source>Key persons involved (ID numbers, comma separated)</source>
        <translation>涉及的重点人员(身份证号,逗号分隔)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="314"/>
        <source>Review an event</source>
        <translation>倒查其他事件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="325"/>
        <source>Save the review report</source>
        <translation>保存倒查报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="325"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="327"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/reviews/dock.py" line="329"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>RuleNote</name>
    <message>
        <location filename="../../ui/display.py" line="57"/>
        <source>Yellow card</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="57"/>
        <source>Red card</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="59"/>
        <source>returned twice</source>
        <translation>退回两次</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="60"/>
        <source>reworked twice</source>
        <translation>返工两次</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="61"/>
        <source>returned or reworked twice</source>
        <translation>退回或返工两次</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="63"/>
        <source>{card}: {step} overdue</source>
        <translation>{card}:{step}超期</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="64"/>
        <source>{step} overdue by more than 24 hours: escalated to the township automatically</source>
        <translation>{step}超期超过 24 小时,自动提级至镇街</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="66"/>
        <source>{step} overdue by more than {hours} hours: escalated to the county automatically</source>
        <translation>{step}超期超过 {hours} 小时,自动提级至县</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="68"/>
        <source>{reason}: put on the next weekly meeting</source>
        <translation>{reason},提交下次周例会</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="45"/>
        <source>Reporting: points</source>
        <translation>事件上报:分值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="47"/>
        <source>Reporting: incidents for full points</source>
        <translation>事件上报:满分件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="48"/>
        <source>On-time handling: points</source>
        <translation>按期办结:分值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="49"/>
        <source>Visits: points</source>
        <translation>重点人员走访:分值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="51"/>
        <source>Meeting attendance: points</source>
        <translation>例会出勤:分值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="52"/>
        <source>Satisfaction: points</source>
        <translation>群众满意:分值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="54"/>
        <source>Satisfaction without ratings: points</source>
        <translation>群众满意(无评价):得分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="55"/>
        <source>Pennant</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="56"/>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="57"/>
        <source>Praise by a superior or the media</source>
        <translation>上级或媒体通报表扬</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="58"/>
        <source>At most a month</source>
        <translation>每月加分上限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="59"/>
        <source>Minor finding</source>
        <translation>轻微问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="60"/>
        <source>Major finding</source>
        <translation>较重问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="61"/>
        <source>Serious finding</source>
        <translation>严重问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="62"/>
        <source>Each rework</source>
        <translation>每次返工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="63"/>
        <source>Reworks at most</source>
        <translation>返工扣分上限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="64"/>
        <source>Lowest total</source>
        <translation>总分下限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="65"/>
        <source>Highest total</source>
        <translation>总分上限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="67"/>
        <source>Indicators (100 points in all)</source>
        <translation>考核指标(合计 100 分)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="68"/>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="69"/>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="70"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="96"/>
        <source>Evaluation scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="109"/>
        <source>Budget-neutral: the month&apos;s performance pay adds up to its standards</source>
        <translation>总额不变:当月绩效工资总额等于绩效基数总额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="132"/>
        <source>In force now: the version from %1. Locked months keep the scheme they were computed with.</source>
        <translation>现行方案自 %1 起施行。已锁定的月份保持当时的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="143"/>
        <source>Days between visits to a key person</source>
        <translation>重点人员走访间隔(天)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="154"/>
        <source>Try it on</source>
        <translation>试算月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="156"/>
        <source>Preview the ranking</source>
        <translation>预览排名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="168"/>
        <source>In force from the month</source>
        <translation>自该月起施行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="169"/>
        <source>Why (kept with the version)</source>
        <translation>调整原因(随版本保存)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="177"/>
        <source>Grades, best first: lowest total and pay coefficient</source>
        <translation>等次(由高到低):分数线和绩效系数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="179"/>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="179"/>
        <source>From (points)</source>
        <translation>分数线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="179"/>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="187"/>
        <source>Pay by level, yuan a month</source>
        <translation>各等级薪金(元/月)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="189"/>
        <source>Base pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="189"/>
        <source>Performance-pay standard</source>
        <translation>绩效基数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="223"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="223"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="223"/>
        <source>Now</source>
        <translation>现行方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="223"/>
        <source>Under this scheme</source>
        <translation>新方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="223"/>
        <source>Pay now</source>
        <translation>现绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="224"/>
        <source>Pay under it</source>
        <translation>新绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="232"/>
        <source>%1, by grade: %2</source>
        <translation>%1 各等次人数:%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="234"/>
        <source>Performance pay in all: %1 → %2</source>
        <translation>绩效工资总额:%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scheme.py" line="237"/>
        <source>This month is locked: its results stay as they are whatever is saved.</source>
        <translation>该月已锁定:无论保存什么方案,其结果都不变。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>Actions from the last meeting</source>
        <translation>上次会议待办回顾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Overdue, not yet resolved</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Escalated</source>
        <translation>提级事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Red and yellow disputes</source>
        <translation>红黄预警纠纷</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Recurring problems</source>
        <translation>多发问题研判</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Key person visits</source>
        <translation>重点人员走访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>This week&apos;s figures</source>
        <translation>本周数据通报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="48"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="48"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="70"/>
        <source>%1 is signed in; the seat was locked.</source>
        <translation>%1 已登录,本席位已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="61"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="62"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="71"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="75"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="98"/>
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
    <name>SourceEditor</name>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="70"/>
        <source>Source of work orders</source>
        <translation>来件来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="71"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="81"/>
        <source>An export of this source (.xlsx or .csv), to map its columns</source>
        <translation>该来源导出的文件(.xlsx 或 .csv),用来对应各列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="83"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="86"/>
        <source>Optional: a folder another system drops its exports into</source>
        <translation>可选:其他系统放入导出文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="87"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="90"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="91"/>
        <source>Incidents&apos; source</source>
        <translation>事件来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="92"/>
        <source>Sample file</source>
        <translation>样例文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="93"/>
        <source>Inbox folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="95"/>
        <source>Which column of the file gives each field</source>
        <translation>文件的哪一列对应各字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="109"/>
        <source>In use (its inbox folder is watched)</source>
        <translation>使用中(监视其收件文件夹)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="112"/>
        <source>Category when the file&apos;s names none of ours</source>
        <translation>文件类别不对应本系统类别时的默认大类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="113"/>
        <source>Colour when the file gives none</source>
        <translation>文件未给出时的预警颜色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="114"/>
        <source>Grid when the address names none</source>
        <translation>地址中无网格时的默认网格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="116"/>
        <source>Preview the sample</source>
        <translation>预览样例</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="118"/>
        <location filename="../../ui/dialogs/intake_source.py" line="208"/>
        <source>Choose a sample file to see how its rows would be taken in.</source>
        <translation>选择样例文件,查看其各行将如何导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="122"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="167"/>
        <source>Choose a sample export</source>
        <translation>选择样例导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="167"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="194"/>
        <source>Choose the inbox folder</source>
        <translation>选择收件文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_source.py" line="231"/>
        <source>The first %1 rows of the sample: %2 problem(s).</source>
        <translation>样例前 %1 行:%2 处问题。</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Part-time grid worker</source>
        <translation>兼职网格员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Chief grid leader</source>
        <translation>总网格长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Community police</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Grid auxiliary police</source>
        <translation>网格辅警</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Liaison cadre</source>
        <translation>包联干部</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Command room staff</source>
        <translation>指挥室人员</translation>
    </message>
</context>
<context>
    <name>StaffStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Serving</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>On probation</source>
        <translation>见习</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Dismissed</source>
        <translation>解聘</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Left</source>
        <translation>离职</translation>
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
    <name>SystemSettings</name>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="17"/>
        <source>Lock an idle seat after (minutes)</source>
        <translation>无操作自动锁定(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="18"/>
        <source>Daily backups kept (days)</source>
        <translation>每日备份保留天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="19"/>
        <source>Month-end backups kept (months)</source>
        <translation>月末备份保留月数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="20"/>
        <source>Closure rate target (%)</source>
        <translation>办结率目标(%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="21"/>
        <source>On-time rate target (%)</source>
        <translation>按期办结率目标(%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="29"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/system_settings.py" line="31"/>
        <source>The lock applies from the next sign-in; the rest at once.</source>
        <translation>自动锁定自下次登录起生效,其余立即生效。</translation>
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
    <name>TeamView</name>
    <message>
        <location filename="../../ui/panels/org/team.py" line="30"/>
        <source>covers it too</source>
        <translation>兼管本网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="32"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="34"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="35"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="37"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="69"/>
        <source>Choose a grid to see its team.</source>
        <translation>选中一个网格,查看其 1+3+N 团队。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="73"/>
        <source>%1 households, %2 people</source>
        <translation>%1 户,%2 人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="76"/>
        <source>Key persons: %1</source>
        <translation>重点人员:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="78"/>
        <source>%1 from %2</source>
        <translation>%1(%2 起)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="80"/>
        <source>Responsible grid worker: %1</source>
        <translation>责任网格员:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/org/team.py" line="81"/>
        <source>Open incidents: %1, overdue %2 — show in the queue</source>
        <translation>在办事件 %1 件,超期 %2 件 — 在事件队列中查看</translation>
    </message>
</context>
<context>
    <name>TownshipDashboard</name>
    <message>
        <location filename="../../ui/county/township_dashboard.py" line="18"/>
        <source>%1 — dashboard (read only)</source>
        <translation>%1 — 一屏观天下(只读)</translation>
    </message>
</context>
<context>
    <name>TownshipDialog</name>
    <message>
        <location filename="../../ui/dialogs/township.py" line="19"/>
        <location filename="../../ui/dialogs/township.py" line="23"/>
        <source>Township</source>
        <translation>乡镇信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/township.py" line="20"/>
        <source>County</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/township.py" line="21"/>
        <source>Incident code prefix</source>
        <translation>事件编号前缀</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/township.py" line="25"/>
        <source>Documents and the status bar name the township so. A new prefix applies to the incidents reported from now on; codes already given stay.</source>
        <translation>文书和状态栏按此称呼本乡镇。新前缀只用于今后上报的事件,已有编号不变。</translation>
    </message>
</context>
<context>
    <name>TownshipsDock</name>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="46"/>
        <source>Townships side by side</source>
        <translation>各镇街对比</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="62"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="66"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="66"/>
        <source>Township</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="66"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="66"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="67"/>
        <location filename="../../ui/county/townships_dock.py" line="145"/>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="67"/>
        <location filename="../../ui/county/townships_dock.py" line="146"/>
        <source>On-time rate</source>
        <translation>按期率</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="67"/>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="68"/>
        <source>At county level</source>
        <translation>县级在办</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="68"/>
        <source>Yellow cards</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="68"/>
        <source>Red cards</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="69"/>
        <source>Reached the county</source>
        <translation>提级到县</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="69"/>
        <source>Visits done</source>
        <translation>走访完成率</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="69"/>
        <source>Grades (last locked month)</source>
        <translation>考核等次(最近锁定月)</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="70"/>
        <source>Read at</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="78"/>
        <source>Closure and on-time rates, %</source>
        <translation>办结率与按期率(%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/county/townships_dock.py" line="79"/>
        <source>Closure rate over %n month(s), %</source>
        <translation>
            <numerusform>近 %n 个月办结率(%)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="104"/>
        <source>Reading the townships…</source>
        <translation>正在读取各镇街…</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="136"/>
        <source>not reached: %1</source>
        <translation>无法连接:%1</translation>
    </message>
    <message>
        <location filename="../../ui/county/townships_dock.py" line="151"/>
        <source>%1 of %2 townships reached</source>
        <translation>已连接 %1/%2 个镇街</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>General public matter</source>
        <translation>一般公共事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Safety matter</source>
        <translation>平安需求事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Complex matter</source>
        <translation>复杂疑难事项</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Village or community</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>County department</source>
        <translation>县级部门</translation>
    </message>
</context>
<context>
    <name>UnitRole</name>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Co-unit</source>
        <translation>协办单位</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../ui/dialogs/units.py" line="38"/>
        <source>Handling units</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="40"/>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="41"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="42"/>
        <source>Deactivate / bring back…</source>
        <translation>停用/启用…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="27"/>
        <location filename="../../ui/dialogs/units.py" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="30"/>
        <location filename="../../ui/dialogs/units.py" line="46"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="31"/>
        <location filename="../../ui/dialogs/units.py" line="48"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="28"/>
        <location filename="../../ui/dialogs/units.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="25"/>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="25"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="29"/>
        <source>Village</source>
        <translation>所属村社</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="32"/>
        <source>Open incidents led</source>
        <translation>牵头在办事件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="33"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="56"/>
        <source>Village (of a village unit)</source>
        <translation>所属村社(村社单位)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="57"/>
        <source>New handling unit</source>
        <translation>新增处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="59"/>
        <source>A township&apos;s own department, or a village&apos;s committee: it can be dispatched to at once.</source>
        <translation>本镇街自设的部门(如农业农村办、城建办),或村(社区)两委:保存后即可交办。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="67"/>
        <source>Edit %1</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="69"/>
        <source>A new name shows everywhere, in the history too.</source>
        <translation>改名后各处(含历史记录)都显示新名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/units.py" line="73"/>
        <source>Deactivate %1? It is no longer offered for dispatch; what it handled keeps its name.</source>
        <translation>停用“%1”?交办时将不再提供该单位;它办理过的事件保留其名称。</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Meeting chair</source>
        <translation>会议主持</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>HR officer</source>
        <translation>人事专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users.py" line="39"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="41"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="42"/>
        <source>Roles…</source>
        <translation>设置角色…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="43"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="44"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="32"/>
        <location filename="../../ui/dialogs/users.py" line="53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="27"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="29"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="30"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="30"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="32"/>
        <location filename="../../ui/dialogs/users.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="33"/>
        <location filename="../../ui/dialogs/users.py" line="55"/>
        <location filename="../../ui/dialogs/users.py" line="65"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="33"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="34"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="56"/>
        <source>First password (changed at the first sign-in)</source>
        <translation>初始密码(首次登录时须修改)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="57"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="66"/>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="76"/>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="77"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="79"/>
        <source>The user must choose a new password at the next sign-in.</source>
        <translation>该用户下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="86"/>
        <location filename="../../ui/dialogs/users.py" line="90"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="87"/>
        <source>Deactivate %1? The account can no longer sign in; the record keeps its name.</source>
        <translation>停用 %1?该账号将不能再登录,记录中仍保留其姓名。</translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>At the door</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
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
        <location filename="../../ui/app.py" line="95"/>
        <source>Building the demo township…</source>
        <translation>正在生成演示乡镇…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Cannot open the county seat:</source>
        <translation>无法打开县级视图:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168"/>
        <source>Demo: the county account county1, password %1</source>
        <translation>演示:县级账号 county1,密码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>Building the county seat demo…</source>
        <translation>正在生成县级演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="53"/>
        <source>Demo accounts: admin, duty1, chair, hr, leader; password %1</source>
        <translation>演示账号:admin、duty1、chair、hr、leader,密码均为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/self_check.py" line="54"/>
        <location filename="../../ui/app.py" line="165"/>
        <location filename="../../ui/app.py" line="220"/>
        <source>GridCommand</source>
        <translation>网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="221"/>
        <source>Cannot open the database:</source>
        <translation>无法打开数据库:</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../ui/display.py" line="24"/>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="25"/>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="26"/>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="27"/>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="28"/>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="34"/>
        <source>consultation centre</source>
        <translation>说事中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="35"/>
        <source>police-grid centre</source>
        <translation>警格中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="36"/>
        <source>mediation centre</source>
        <translation>矛调中心</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="46"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="81"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="84"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="86"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="97"/>
        <source>overdue %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="98"/>
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
        <location filename="../../ui/labels.py" line="333"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="181"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="183"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="184"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="186"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="187"/>
        <source>Who</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="187"/>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="188"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meetings/models.py" line="189"/>
        <source>State</source>
        <translation>状态</translation>
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
        <location filename="../../ui/widgets/projector.py" line="108"/>
        <source>The agenda is empty</source>
        <translation>议程为空</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="143"/>
        <source>%1 min in all · → start  Esc leave</source>
        <translation>合计 %1 分钟 · → 开始  Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="150"/>
        <source>← previous  → next  Esc leave</source>
        <translation>← 上一项  → 下一项  Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector.py" line="172"/>
        <source>Project on which screen?</source>
        <translation>投屏到哪个屏幕?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="33"/>
        <source>Responsible: %1</source>
        <translation>责任:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="37"/>
        <source>Overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="40"/>
        <source>Held at: %1</source>
        <translation>现由 %1 层级办理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="44"/>
        <source>Cards: %1</source>
        <translation>督办:%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/projector_brief.py" line="56"/>
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
        <source>%1 reworks, %2 points off; retrospective reviews: %3</source>
        <translation>返工 %1 次,扣 %2 分;事后倒查:%3</translation>
    </message>
</context>
</TS>
