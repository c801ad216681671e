<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/display.py" line="29"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="31"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="32"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="43"/>
        <source>overdue %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="44"/>
        <source>%1 left</source>
        <translation>剩 %1</translation>
    </message>
</context>
<context>
    <name>DetailDock</name>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="24"/>
        <source>Incident detail</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="32"/>
        <source>Select an incident in the queue.</source>
        <translation>在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="54"/>
        <source>Village / grid</source>
        <translation>村社 / 网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="55"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="57"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="58"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="59"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="60"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="61"/>
        <source>Handling unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="62"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="63"/>
        <source>Result</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="64"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="66"/>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="66"/>
        <source>Units called in</source>
        <translation>交办单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="67"/>
        <source>signed in %1</source>
        <translation>%1 已报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="67"/>
        <source>not signed in</source>
        <translation>未报到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="68"/>
        <source>Key persons</source>
        <translation>关联重点人员</translation>
    </message>
    <message>
        <location filename="../../ui/panels/detail/dock.py" line="68"/>
        <source>Timeline</source>
        <translation>处置过程</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="18"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="20"/>
        <source>This database is new. Which township&apos;s command room does it serve? (It cannot be changed later.)</source>
        <translation>这是一个新数据库。它属于哪个乡镇(街道)的指挥室?(设定后不能更改。)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="24"/>
        <source>e.g. 西塘镇</source>
        <translation>例如 西塘镇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="26"/>
        <source>e.g. 嘉善县</source>
        <translation>例如 嘉善县</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="30"/>
        <source>Township / sub-district</source>
        <translation>乡镇 / 街道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="31"/>
        <source>County / district</source>
        <translation>县(市、区)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="60"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="143"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="39"/>
        <source>An .xlsx or .csv file (UTF-8 or GBK)</source>
        <translation>.xlsx 或 .csv 文件(UTF-8 或 GBK 编码)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="40"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="42"/>
        <source>Save empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="49"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="50"/>
        <source>Choose a file, then check it.</source>
        <translation>选择文件后先点“检查”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="53"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="53"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="59"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="87"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="88"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="97"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="97"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="98"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="99"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127"/>
        <source>No errors. Import would: %1</source>
        <translation>检查通过。导入将会:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Imported: %1</source>
        <translation>导入完成:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="136"/>
        <source>Not imported, nothing was changed: %n error(s), listed below.</source>
        <translation>
            <numerusform>未导入,数据未作任何改动:共 %n 处错误,见下表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="140"/>
        <source>Not imported, nothing was changed: %1</source>
        <translation>未导入,数据未作任何改动:%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="142"/>
        <source>Import failed unexpectedly; nothing was changed.</source>
        <translation>导入意外失败,数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="29"/>
        <source>GridCommand — %1</source>
        <translation>网格指挥室 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Coming in a later version:</source>
        <translation>将在后续版本提供:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Meetings</source>
        <translation>例会</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>weekly joint review agenda, projector view, minutes and action items.</source>
        <translation>每周会商研判议程、投屏、会议纪要与待办事项。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Performance</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>monthly evaluation of grid workers, salary float, promotion and elimination.</source>
        <translation>专职网格员月度考核、薪金浮动、晋升淘汰。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>statistics, dashboard and exports.</source>
        <translation>统计分析、一屏观天下与导出。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Import grids, staff, key persons, incidents, visits or commendations</source>
        <translation>导入网格、人员、重点人员、事件、走访记录或表彰</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Reset &amp;layout</source>
        <translation>恢复默认布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;About GridCommand</source>
        <translation>关于网格指挥室(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>User: %1</source>
        <translation>用户:%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>About GridCommand</source>
        <translation>关于网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&lt;h3&gt;GridCommand %1&lt;/h3&gt;&lt;p&gt;Incident, meeting and performance desk for township comprehensive information command rooms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;网格指挥室 %1&lt;/h3&gt;&lt;p&gt;乡镇(街道)综合信息指挥室的事件处置、例会与绩效考核工作台。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../../ui/panels/queue/dock.py" line="28"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/queue/dock.py" line="71"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="35"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="35"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="36"/>
        <source>Village</source>
        <translation>村社</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="36"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="37"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="37"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="38"/>
        <source>Colour</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="39"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="39"/>
        <source>Unit</source>
        <translation>处置单位</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="40"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="40"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../ui/panels/queue/model.py" line="41"/>
        <source>Not signed in</source>
        <translation>待报到</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="68"/>
        <source>Building the demo township…</source>
        <translation>正在生成演示乡镇…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>GridCommand</source>
        <translation>网格指挥室</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107"/>
        <source>Cannot open the database:</source>
        <translation>无法打开数据库:</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="154"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Template for</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="159"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
</context>
</TS>
