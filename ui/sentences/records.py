"""The English of the core's sentences about accounts, the record, reference data, the organisation and the rules."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH: dict[str, str] = {
    # accounts, sign-in, permissions
    "未知的角色:{roles}": QT_TRANSLATE_NOOP("Message", "Unknown role: {roles}"),
    "至少选择一个角色": QT_TRANSLATE_NOOP("Message", "Choose at least one role"),
    "密码至少 {n} 位": QT_TRANSLATE_NOOP("Message", "The password needs at least {n} characters"),
    "用户名和姓名都不能为空": QT_TRANSLATE_NOOP("Message", "Both the user name and the name are required"),
    "用户名和姓名不能超过 64 个字": QT_TRANSLATE_NOOP("Message", "The user name and the name may have at most 64 characters"),
    "用户名 {username} 已被使用": QT_TRANSLATE_NOOP("Message", "The user name {username} is already taken"),
    "账号 {user_id} 不存在": QT_TRANSLATE_NOOP("Message", "Account {user_id} does not exist"),
    "原密码不正确": QT_TRANSLATE_NOOP("Message", "The current password is wrong"),
    "新密码不能与原密码相同": QT_TRANSLATE_NOOP("Message", "The new password must differ from the current one"),
    "用户名或密码不正确": QT_TRANSLATE_NOOP("Message", "Wrong user name or password"),
    "账号 {username} 已停用": QT_TRANSLATE_NOOP("Message", "Account {username} is deactivated"),
    "密码错误次数过多,账号已锁定至 {until}":
        QT_TRANSLATE_NOOP("Message", "Too many wrong passwords: the account is locked until {until}"),
    "这是最后一个管理员账号:请先给另一个账号管理员角色":
        QT_TRANSLATE_NOOP("Message", "This is the last administrator account: give another account the administrator role first"),
    "密码连续错误 {failures} 次,账号已锁定 {minutes} 分钟":
        QT_TRANSLATE_NOOP("Message", "{failures} wrong passwords in a row: the account is locked for {minutes} minutes"),
    "此数据库已有管理员账号:请用它登录":
        QT_TRANSLATE_NOOP("Message", "This database already has an administrator account: sign in with it"),
    "用户 {username} 不存在": QT_TRANSLATE_NOOP("Message", "User {username} does not exist"),
    "账号 {username} 已停用,不能再操作": QT_TRANSLATE_NOOP("Message", "Account {username} is deactivated and can no longer act"),
    "请先修改密码(管理员重置了你的密码)": QT_TRANSLATE_NOOP("Message", "Change your password first (the administrator reset it)"),
    "“{what}”需要{may}角色(当前没有角色)": QT_TRANSLATE_NOOP("Message", "“{what}” needs one of the roles {may} (you have no role)"),
    "“{what}”需要{may}角色(当前角色:{has})": QT_TRANSLATE_NOOP("Message", "“{what}” needs one of the roles {may} (your roles: {has})"),
    "办理事件": QT_TRANSLATE_NOOP("Message", "Handling incidents"),
    "办理县级事件": QT_TRANSLATE_NOOP("Message", "Handling county-level items"),
    "审批延期": QT_TRANSLATE_NOOP("Message", "Deciding extensions"),
    "主持例会": QT_TRANSLATE_NOOP("Message", "Running meetings"),
    "查看例会": QT_TRANSLATE_NOOP("Message", "Viewing meetings"),
    "绩效考核": QT_TRANSLATE_NOOP("Message", "Evaluating workers"),
    # The report centre's reports (gridcommand.ops.reports.REPORTS).
    "月度闭环报告": QT_TRANSLATE_NOOP("Message", "Monthly closed-loop report"),
    "部门考核排名": QT_TRANSLATE_NOOP("Message", "Monthly ranking of the handling units"),
    "重点人员走访情况": QT_TRANSLATE_NOOP("Message", "Visits to key persons in a month"),
    "网格员考核汇总(全年或单月)": QT_TRANSLATE_NOOP("Message", "Grid workers' evaluations of a year or a month"),
    "一个月的闭环数据(按村社、单位、类别、预警颜色)、此前五个月的趋势、超期和提级事件、挂账事项及处置单位排名:镇街报县的月度报告。":
        QT_TRANSLATE_NOOP("Message", "The figures of a month by village, unit, category and colour, the five months "
                                     "before it, the overdue and escalated incidents, the watch list and the unit "
                                     "ranking: what the township sends to the county."),
    "各处置单位一个月的考核得分及其构成:报到时长、按期办结率、退单、返工、督办牌和群众满意度。":
        QT_TRANSLATE_NOOP("Message", "Every handling unit's score for a month, with what it is made of: sign-in "
                                     "time, on-time rate, returns, reworks, cards and satisfaction."),
    "一个月应走访与已走访次数(按颜色、村社、网格员),以及当前逾期未走访的重点人员(身份证号脱敏)。":
        QT_TRANSLATE_NOOP("Message", "Visits required and made in a month, by colour, village and grid worker, and "
                                     "who is overdue for a visit now (ID numbers masked)."),
    "一年中已锁定的月份,或某一已锁定月份:每名网格员的名次、得分和等次,各月等次分布;有权查看薪金者另含绩效工资。":
        QT_TRANSLATE_NOOP("Message", "The locked months of a year, or one locked month: each worker's rank, "
                                     "score and grades, each month's grades; performance pay for those who "
                                     "may see pay."),
    "查看事件与名录": QT_TRANSLATE_NOOP("Message", "Viewing incidents and the organisation"),
    "查看考核分数": QT_TRANSLATE_NOOP("Message", "Viewing scores"),
    "查看薪金与奖惩": QT_TRANSLATE_NOOP("Message", "Viewing pay and rewards"),
    "修改考核方案": QT_TRANSLATE_NOOP("Message", "Changing the evaluation scheme"),
    "登记走访": QT_TRANSLATE_NOOP("Message", "Logging visits"),
    "系统管理": QT_TRANSLATE_NOOP("Message", "Administration"),
    "查看完整证件号和手机号": QT_TRANSLATE_NOOP("Message", "Viewing full ID and phone numbers"),
    "查看报表": QT_TRANSLATE_NOOP("Message", "Viewing reports"),
    "运行自动规则": QT_TRANSLATE_NOOP("Message", "Running the automatic rules"),
    "事后倒查": QT_TRANSLATE_NOOP("Message", "Retrospective reviews"),
    "查看倒查": QT_TRANSLATE_NOOP("Message", "Viewing reviews"),
    "查看全部倒查": QT_TRANSLATE_NOOP("Message", "Viewing all reviews"),
    # audit, backups, moving a database
    "审计日志只有 {count} 条,没有第 {up_to} 条":
        QT_TRANSLATE_NOOP("Message", "The audit log has only {count} entries, no entry {up_to}"),
    "第 {seq} 条的哈希是 {head},不是打印的 {printed}":
        QT_TRANSLATE_NOOP("Message", "Entry {seq} has the hash {head}, not the printed {printed}"),
    "第 {missing} 条缺失(下一条是第 {seq} 条)":
        QT_TRANSLATE_NOOP("Message", "Entry {missing} is missing (the next is entry {seq})"),
    "第 {seq} 条记录的前一条哈希与第 {before} 条不符": QT_TRANSLATE_NOOP("Message", "Entry {seq} does not chain to entry {before}"),
    "第 {seq} 条的内容与其哈希不符(被修改过)": QT_TRANSLATE_NOOP("Message", "Entry {seq} does not match its hash (it was altered)"),
    "找不到备份文件:{path}": QT_TRANSLATE_NOOP("Message", "Backup file not found: {path}"),
    "备份 {name} 的审计链在第 {broken_at} 条断开:{reason}":
        QT_TRANSLATE_NOOP("Message", "The audit chain of backup {name} breaks at entry {broken_at}: {reason}"),
    "备份 {name} 来自另一版本的网格指挥室(数据结构 {schema}),请用同一版本的程序恢复":
        QT_TRANSLATE_NOOP("Message", "Backup {name} comes from another version of GridCommand (schema {schema}): restore it with that version"),
    "{name} 不是网格指挥室的备份:{exc}": QT_TRANSLATE_NOOP("Message", "{name} is not a GridCommand backup: {exc}"),
    "备份 {name} 未通过完整性检查:{problem}": QT_TRANSLATE_NOOP("Message", "Backup {name} failed its integrity check: {problem}"),
    "{name} 不是可用的数据库备份:{orig}": QT_TRANSLATE_NOOP("Message", "{name} is not a usable database backup: {orig}"),
    "迁移后目标数据库的审计链在第 {broken_at} 条断开:{reason}":
        QT_TRANSLATE_NOOP("Message", "After the move, the target's audit chain breaks at entry {broken_at}: {reason}"),
    "{path} 的归档格式 {format} 无法读取":
        QT_TRANSLATE_NOOP("Message", "{path} has archive format {format}, which cannot be read"),
    "{path} 不是网格指挥室的备份归档:{exc}": QT_TRANSLATE_NOOP("Message", "{path} is not a GridCommand backup archive: {exc}"),
    "归档 {name} 的 {damaged} 已损坏": QT_TRANSLATE_NOOP("Message", "In archive {name}, {damaged} is damaged"),
    "目标数据库 {target} 已有乡镇数据:只能迁移到空数据库":
        QT_TRANSLATE_NOOP("Message", "The target database {target} already holds a township: move only into an empty database"),
    "归档 {archive} 的 {name} 有 {found} 行,清单写的是 {rows} 行":
        QT_TRANSLATE_NOOP("Message", "In archive {archive}, {name} has {found} rows; its manifest says {rows}"),
    "{target} 已有数据;演示数据只能写入空数据库。":
        QT_TRANSLATE_NOOP("Message", "{target} already holds data; demo data goes only into an empty database."),
    "数据库正忙(另一席位正在导入或保存),请稍后重试。":
        QT_TRANSLATE_NOOP("Message", "The database is busy (another seat is importing or saving): try again shortly."),
    "无法写入 {path}:{reason}。若该文件正在其他程序(PDF 阅读器、Excel)中打开,请先关闭;或换一个有写入权限的文件夹。":
        QT_TRANSLATE_NOOP("Message", "Cannot write {path}: {reason}. If the file is open in another program (a PDF reader, Excel), close it first, or choose a folder you may write to."),
    "没有名为 {kind} 的报表": QT_TRANSLATE_NOOP("Message", "There is no report called {kind}"),
    "时段应为年份(如 2026)或月份(如 2026-03):{value}":
        QT_TRANSLATE_NOOP("Message", "A period is a year (such as 2026) or a month (such as 2026-03): {value}"),
    # reference data (administration)
    "“{name}”还牵头处置 {n} 件未办结事件:请先改派,再停用":
        QT_TRANSLATE_NOOP("Message", "“{name}” still leads {n} open incidents: dispatch them to another unit first, then deactivate it"),
    "事件编号前缀应为 1–8 个大写字母或数字,以字母开头:{prefix}":
        QT_TRANSLATE_NOOP("Message", "An incident code prefix is 1–8 capital letters or digits, starting with a letter: {prefix}"),
    "分流“{track}”无效":
        QT_TRANSLATE_NOOP("Message", "“{track}” is not a track"),
    "单位类型“{kind}”无效":
        QT_TRANSLATE_NOOP("Message", "“{kind}” is not a kind of unit"),
    "处置单位“{name}”已存在(停用的单位也占用其名称)":
        QT_TRANSLATE_NOOP("Message", "The unit “{name}” exists already (a deactivated unit keeps its name too)"),
    "处置单位不存在(编号 {id})":
        QT_TRANSLATE_NOOP("Message", "There is no handling unit {id}"),
    "处置单位已停用:{names}":
        QT_TRANSLATE_NOOP("Message", "Deactivated units: {names}"),
    "小类只能加在大类之下":
        QT_TRANSLATE_NOOP("Message", "A sub-category goes under a category"),
    "村社单位须选择所属村社":
        QT_TRANSLATE_NOOP("Message", "A village unit needs its village"),
    "类别“{name}”已停用":
        QT_TRANSLATE_NOOP("Message", "The category “{name}” is deactivated"),
    "类别“{name}”已存在":
        QT_TRANSLATE_NOOP("Message", "The category “{name}” exists already"),
    "类别不存在(编号 {id})":
        QT_TRANSLATE_NOOP("Message", "There is no category {id}"),
    "请先启用其大类":
        QT_TRANSLATE_NOOP("Message", "Bring its category back first"),
    "处置单位不存在或已停用(编号 {id})":
        QT_TRANSLATE_NOOP("Message", "There is no unit {id} in use"),
    # organisation
    "单位名称": QT_TRANSLATE_NOOP("Message", "A unit's name"),
    "类别名称": QT_TRANSLATE_NOOP("Message", "A category's name"),
    "联系人姓名": QT_TRANSLATE_NOOP("Message", "The contact's name"),
    "{name}已是该网格的责任网格员":
        QT_TRANSLATE_NOOP("Message", "{name} answers for this grid already"),
    "{what}不能为负数":
        QT_TRANSLATE_NOOP("Message", "{what} cannot be negative"),
    "{what}不能超过 {n} 个字":
        QT_TRANSLATE_NOOP("Message", "{what}: at most {n} characters"),
    "{what}应为整数:{value}":
        QT_TRANSLATE_NOOP("Message", "{what} is a whole number: {value}"),
    "上级网格应为同一村社中的综合或专属网格":
        QT_TRANSLATE_NOOP("Message", "A micro-grid goes under a residential or special grid of the same village"),
    "专职网格员的网格须通过“更换责任网格员”变更,以保留责任记录":
        QT_TRANSLATE_NOOP("Message", "A full-time worker changes grid by “Change responsible worker”, which keeps who answered when"),
    "人口":
        QT_TRANSLATE_NOOP("Message", "Population"),
    "人员不存在(编号 {id})":
        QT_TRANSLATE_NOOP("Message", "There is no person {id}"),
    "姓名":
        QT_TRANSLATE_NOOP("Message", "Name"),
    "岗位“{role}”无效":
        QT_TRANSLATE_NOOP("Message", "“{role}” is not a role"),
    "工号":
        QT_TRANSLATE_NOOP("Message", "Staff number"),
    "工号 {no} 已存在":
        QT_TRANSLATE_NOOP("Message", "The staff number {no} is taken"),
    "户数":
        QT_TRANSLATE_NOOP("Message", "Households"),
    "更换时间不能晚于现在({now})":
        QT_TRANSLATE_NOOP("Message", "The change takes effect now at the latest ({now})"),
    "更换时间应晚于上一次更换({when})":
        QT_TRANSLATE_NOOP("Message", "The change comes after the last one ({when})"),
    "状态“{status}”无效":
        QT_TRANSLATE_NOOP("Message", "“{status}” is not a status"),
    "网格不存在(编号 {id})":
        QT_TRANSLATE_NOOP("Message", "There is no grid {id}"),
    "网格不能隶属于自己":
        QT_TRANSLATE_NOOP("Message", "A grid cannot be under itself"),
    "网格名称":
        QT_TRANSLATE_NOOP("Message", "Grid name"),
    "网格类型“{kind}”无效":
        QT_TRANSLATE_NOOP("Message", "“{kind}” is not a kind of grid"),
    "网格编码":
        QT_TRANSLATE_NOOP("Message", "Grid code"),
    "网格编码 {code} 已存在":
        QT_TRANSLATE_NOOP("Message", "The grid code {code} is taken"),
    "该网格下还有微网格,不能再隶属于其他网格":
        QT_TRANSLATE_NOOP("Message", "This grid has micro-grids: it cannot go under another grid"),
    "该网格下还有微网格,不能改为微网格":
        QT_TRANSLATE_NOOP("Message", "This grid has micro-grids: it cannot become a micro-grid"),
    "请选择所属村社":
        QT_TRANSLATE_NOOP("Message", "Choose the village"),
    "责任网格员应为在岗的专职网格员:{name}":
        QT_TRANSLATE_NOOP("Message", "A grid is answered for by a serving full-time grid worker: {name}"),
    # evaluation scheme
    "各项指标分值之和应为 {total} 分,现为 {points:g} 分":
        QT_TRANSLATE_NOOP("Message", "The indicators add up to {total} points; these add up to {points:g}"),
    "总分下限应低于上限":
        QT_TRANSLATE_NOOP("Message", "The lowest total is below the highest"),
    "等次名称不能为空,也不能重复":
        QT_TRANSLATE_NOOP("Message", "Each grade needs a name of its own"),
    "等级薪金应为每个等级的 [基本工资, 绩效基数],且不为负":
        QT_TRANSLATE_NOOP("Message", "Every level needs [base pay, performance-pay standard], neither negative"),
    "群众满意度无评价时的得分不能高于该项满分":
        QT_TRANSLATE_NOOP("Message", "Satisfaction without ratings cannot score more than the indicator's points"),
    "走访间隔应为每种颜色的天数(正整数)":
        QT_TRANSLATE_NOOP("Message", "Visit intervals are whole days, one for every colour"),
    # meeting defaults
    "单位合并报到的最少超期事项": QT_TRANSLATE_NOOP("Message", "The overdue items that make a unit report in one slot"),
    "单位报到的基本时长(分钟)": QT_TRANSLATE_NOOP("Message", "A unit's report, in minutes"),
    "单位报到每项加时(分钟)": QT_TRANSLATE_NOOP("Message", "The minutes a unit's report gains for each item"),
    "单位报到的最长时长(分钟)": QT_TRANSLATE_NOOP("Message", "A unit's report at most, in minutes"),
    "书面通报的时长(分钟)": QT_TRANSLATE_NOOP("Message", "The written report, in minutes"),
    "开会时间应为 HH:MM:{start}":
        QT_TRANSLATE_NOOP("Message", "A meeting starts at HH:MM: {start}"),
    "{what}应大于 {low}、不超过 {high}:{value}":
        QT_TRANSLATE_NOOP("Message", "{what} should be more than {low} and at most {high}: {value}"),
    "{what}应为 {low} 到 {high} 之间的数:{value}":
        QT_TRANSLATE_NOOP("Message", "{what} should be a number from {low} to {high}: {value}"),
    "时限应大于 0 小时、不超过 {high} 小时:{bad}":
        QT_TRANSLATE_NOOP("Message", "Time limits should be more than 0 and at most {high} hours: {bad}"),
    "考核方案的 {place}": QT_TRANSLATE_NOOP("Message", "The scheme's {place}"),
    "数据库结构版本“{revision}”不存在:应为 head、base、-1 这样的步数,或本程序的一个修订号(如 {example})":
        QT_TRANSLATE_NOOP("Message", "There is no schema revision “{revision}”: give head, base, a number of "
                                     "steps such as -1, or one of this program's revisions (such as {example})"),
    "{what}应为 {low} 到 {high} 之间的整数:{value}":
        QT_TRANSLATE_NOOP("Message", "{what} is a whole number between {low} and {high}: {value}"),
    "星期":
        QT_TRANSLATE_NOOP("Message", "The day of the week"),
    "会议时长(分钟)":
        QT_TRANSLATE_NOOP("Message", "The length in minutes"),
    "统计天数":
        QT_TRANSLATE_NOOP("Message", "The days its figures cover"),
    "多发问题的件数":
        QT_TRANSLATE_NOOP("Message", "The incidents that make a problem frequent"),
    "每节最多列出的事项":
        QT_TRANSLATE_NOOP("Message", "The items a section lists at most"),
    # township, deadlines
    "此数据库尚未设置乡镇:请先运行 init 或在首次启动时填写乡镇名称。":
        QT_TRANSLATE_NOOP("Message", "This database has no township yet: run init, or give the township's name at first start."),
    "乡镇名称和县(市、区)名称都不能为空。": QT_TRANSLATE_NOOP("Message", "Both the township's and the county's name are required."),
    "此数据库已属于 {county}{township},不能再设为 {county_name}{township_name}。":
        QT_TRANSLATE_NOOP("Message", "This database belongs to {county} {township}; it cannot become {county_name} {township_name}."),
    "计时方式“{mode}”无效,应为 calendar(自然时)或 working(工作日)":
        QT_TRANSLATE_NOOP("Message", "Timing “{mode}” is not valid: use calendar (clock hours) or working (working days)"),
    "时限规则缺少:{missing}": QT_TRANSLATE_NOOP("Message", "The deadline rules lack: {missing}"),
    "生效时间必须带时区": QT_TRANSLATE_NOOP("Message", "The effective time needs a time zone"),
    "数据库中没有时限规则。": QT_TRANSLATE_NOOP("Message", "The database has no deadline rules."),
}
