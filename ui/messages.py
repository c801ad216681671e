"""The core's sentences (``gridcommand.messages``) in the UI's language.

A refusal, an import problem or a career case comes from the core as a Chinese template and its
values. Each template has an English source string here, translated (context "Message") into
exactly the core's template — tests/ui/test_messages.py finds every sentence in the core's source
and holds the two together, so a new sentence without its words fails a test, not a user. The
values are worded here too: a nested sentence, a labelled enum member, a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gridcommand.enums import Action, Labelled
from gridcommand.messages import Message, Several, fill, said

from . import labels

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
    "用户名或密码不正确(再错 {left} 次将锁定账号)":
        QT_TRANSLATE_NOOP("Message", "Wrong user name or password ({left} more wrong attempts lock the account)"),
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
    "审批延期": QT_TRANSLATE_NOOP("Message", "Deciding extensions"),
    "主持例会": QT_TRANSLATE_NOOP("Message", "Running meetings"),
    "查看例会": QT_TRANSLATE_NOOP("Message", "Viewing meetings"),
    "绩效考核": QT_TRANSLATE_NOOP("Message", "Evaluating workers"),
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
    "事件上报的目标件数应为大于 0 的整数":
        QT_TRANSLATE_NOOP("Message", "The reporting target is a whole number of incidents, more than 0"),
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
    "考核方案中的分值、加减分和系数都应为不小于 0 的数":
        QT_TRANSLATE_NOOP("Message", "Points, bonuses, deductions and coefficients are numbers not below 0"),
    "走访间隔应为每种颜色的天数(正整数)":
        QT_TRANSLATE_NOOP("Message", "Visit intervals are whole days, one for every colour"),
    # meeting defaults
    "开会时间应为 HH:MM:{start}":
        QT_TRANSLATE_NOOP("Message", "A meeting starts at HH:MM: {start}"),
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
    "时限必须大于 0:{bad}": QT_TRANSLATE_NOOP("Message", "Time limits must be more than 0: {bad}"),
    "生效时间必须带时区": QT_TRANSLATE_NOOP("Message", "The effective time needs a time zone"),
    "数据库中没有时限规则。": QT_TRANSLATE_NOOP("Message", "The database has no deadline rules."),
    # incidents: reporting and moves
    "事件 {code} 已被其他席位修改,已重新载入:请核对后再操作。":
        QT_TRANSLATE_NOOP("Message", "Incident {code} was changed by another seat and has been reloaded: check it, then try again."),
    "此事件已被其他席位修改,已重新载入:请核对后再操作。":
        QT_TRANSLATE_NOOP("Message", "This incident was changed by another seat and has been reloaded: check it, then try again."),
    "事件 {incident_id} 不存在": QT_TRANSLATE_NOOP("Message", "Incident {incident_id} does not exist"),
    "事件编号冲突,请重试": QT_TRANSLATE_NOOP("Message", "Two incidents got the same code: try again"),
    "标题不能为空": QT_TRANSLATE_NOOP("Message", "The title is required"),
    "标题不能超过 200 个字": QT_TRANSLATE_NOOP("Message", "The title may have at most 200 characters"),
    "请选择大类": QT_TRANSLATE_NOOP("Message", "Choose a category"),
    "小类不属于所选大类": QT_TRANSLATE_NOOP("Message", "The sub-category is not in the chosen category"),
    "请选择所属网格": QT_TRANSLATE_NOOP("Message", "Choose the grid"),
    "请选择预警颜色": QT_TRANSLATE_NOOP("Message", "Choose a warning colour"),
    "请选择来源": QT_TRANSLATE_NOOP("Message", "Choose a source"),
    "上报人不存在": QT_TRANSLATE_NOOP("Message", "The reporter does not exist"),
    "网格员上报须选择上报人": QT_TRANSLATE_NOOP("Message", "A grid worker's report needs its reporter"),
    "群众来电须填写来电人姓名": QT_TRANSLATE_NOOP("Message", "A citizen's call needs the caller's name"),
    "来电号码:{problem}": QT_TRANSLATE_NOOP("Message", "Caller's phone: {problem}"),
    "上报时间晚于现在": QT_TRANSLATE_NOOP("Message", "The report time is later than now"),
    "重点人员 {person_id} 不存在": QT_TRANSLATE_NOOP("Message", "Key person {person_id} does not exist"),
    "{what}不能为空": QT_TRANSLATE_NOOP("Message", "{what} is required"),
    "{what}不能超过 {limit} 个字": QT_TRANSLATE_NOOP("Message", "{what} may have at most {limit} characters"),
    "备注": QT_TRANSLATE_NOOP("Message", "The note"),
    "退回原因": QT_TRANSLATE_NOOP("Message", "The reason for returning"),
    "处置结果": QT_TRANSLATE_NOOP("Message", "The result"),
    "返工原因": QT_TRANSLATE_NOOP("Message", "The reason for rework"),
    "作废原因": QT_TRANSLATE_NOOP("Message", "The reason for cancelling"),
    "改变分流的理由": QT_TRANSLATE_NOOP("Message", "The reason for changing the track"),
    "没有“{track}”这一分流类别;可选:{choices}":
        QT_TRANSLATE_NOOP("Message", "There is no track “{track}”; choose from: {choices}"),
    "事件已是“{track}”": QT_TRANSLATE_NOOP("Message", "The incident is already a “{track}”"),
    "不能“{action}”:事件 {code} 现在是“{status}”。现在可以:无(事件已结束)。":
        QT_TRANSLATE_NOOP("Message", "Cannot {action}: incident {code} is “{status}”. Possible now: nothing (the incident has ended)."),
    "不能“{action}”:事件 {code} 现在是“{status}”。现在可以:{allowed}。":
        QT_TRANSLATE_NOOP("Message", "Cannot {action}: incident {code} is “{status}”. Possible now: {allowed}."),
    "请选择牵头处置单位": QT_TRANSLATE_NOOP("Message", "Choose the lead handling unit"),
    "处置单位不存在(编号 {ids}):请从本镇街的单位中选择":
        QT_TRANSLATE_NOOP("Message", "No such handling unit (number {ids}): choose one of the township's units"),
    "该单位未被交办此事件,或已经报到":
        QT_TRANSLATE_NOOP("Message", "That unit was not dispatched this incident, or has already signed in"),
    "满意度应为 1–5": QT_TRANSLATE_NOOP("Message", "The rating should be 1–5"),
    "结案方式“{outcome}”无效": QT_TRANSLATE_NOOP("Message", "Closing outcome “{outcome}” is not valid"),
    "重复事件须填写原事件的编号(另一个已存在的事件)":
        QT_TRANSLATE_NOOP("Message", "A duplicate needs the code of the original (another existing incident)"),
    "标记为重大事件须写明理由": QT_TRANSLATE_NOOP("Message", "Marking an incident serious needs a reason"),
    "附件类型“{kind}”无效": QT_TRANSLATE_NOOP("Message", "Attachment kind “{kind}” is not valid"),
    "文件 {filename} 是空的": QT_TRANSLATE_NOOP("Message", "File {filename} is empty"),
    "文件 {filename} 超过 20 MB": QT_TRANSLATE_NOOP("Message", "File {filename} is larger than 20 MB"),
    "文件 {name} 超过 {mb} MB": QT_TRANSLATE_NOOP("Message", "File {name} is larger than {mb} MB"),
    "无法读取文件 {name}:{reason}": QT_TRANSLATE_NOOP("Message", "Cannot read file {name}: {reason}"),
    # extensions
    "没有待审批的延期申请": QT_TRANSLATE_NOOP("Message", "No extension request is waiting for a decision"),
    "没有待审批的该延期申请": QT_TRANSLATE_NOOP("Message", "That extension request is not waiting for a decision"),
    "事件 {code} 已有待审批的延期申请": QT_TRANSLATE_NOOP("Message", "Incident {code} already has an extension request waiting"),
    "值班员不能审批自己提出的延期申请:请另一位值班员或领导审批":
        QT_TRANSLATE_NOOP("Message", "A duty officer cannot decide their own extension request: ask another duty officer or a leader"),
    "事件 {code} 已结束,延期申请不再适用":
        QT_TRANSLATE_NOOP("Message", "Incident {code} has ended; the extension request no longer applies"),
    "{what}应为小时数": QT_TRANSLATE_NOOP("Message", "{what} should be a number of hours"),
    "{what}应在 0–{limit} 小时之间": QT_TRANSLATE_NOOP("Message", "{what} should be between 0 and {limit} hours"),
    "申请延长时间": QT_TRANSLATE_NOOP("Message", "The extension asked for"),
    "批准延长时间": QT_TRANSLATE_NOOP("Message", "The extension granted"),
    "延期理由": QT_TRANSLATE_NOOP("Message", "The reason for the extension"),
    "驳回理由": QT_TRANSLATE_NOOP("Message", "The reason for rejecting"),
    # meetings
    "会议 {meeting_id} 不存在": QT_TRANSLATE_NOOP("Message", "Meeting {meeting_id} does not exist"),
    "“{title}”的议程已锁定,不能再修改议程(仍可记录纪要)。":
        QT_TRANSLATE_NOOP("Message", "The agenda of “{title}” is locked and cannot change (minutes can still be recorded)."),
    "议程事项 {item_id} 不存在": QT_TRANSLATE_NOOP("Message", "Agenda item {item_id} does not exist"),
    "会议类型“{kind}”无效,应为 {choices}": QT_TRANSLATE_NOOP("Message", "Meeting kind “{kind}” is not valid; use {choices}"),
    "会议时长应在 10–600 分钟之间": QT_TRANSLATE_NOOP("Message", "A meeting should last 10–600 minutes"),
    "人员不存在": QT_TRANSLATE_NOOP("Message", "No such person"),
    "参会人员不存在": QT_TRANSLATE_NOOP("Message", "No such attendee"),
    "事项标题不能为空": QT_TRANSLATE_NOOP("Message", "The item needs a title"),
    "每项时长应为整数分钟,“{value}”不是":
        QT_TRANSLATE_NOOP("Message", "An item's length is a whole number of minutes; “{value}” is not"),
    "每项时长应在 0–240 分钟之间": QT_TRANSLATE_NOOP("Message", "An item should last 0–240 minutes"),
    "议程为空,不能锁定": QT_TRANSLATE_NOOP("Message", "The agenda is empty and cannot be locked"),
    "待议事项还不在任何会议的议程上": QT_TRANSLATE_NOOP("Message", "The item is not on any meeting's agenda yet"),
    "结果类型“{outcome}”无效": QT_TRANSLATE_NOOP("Message", "Item outcome “{outcome}” is not valid"),
    "决定事项须写明决定内容": QT_TRANSLATE_NOOP("Message", "A decision needs its content"),
    "决定事项须指定责任单位或责任人": QT_TRANSLATE_NOOP("Message", "A decision needs a responsible unit or person"),
    "决定事项须有完成期限": QT_TRANSLATE_NOOP("Message", "A decision needs a due date"),
    "只有关联事件的议程事项可以交办": QT_TRANSLATE_NOOP("Message", "Only an item linked to an incident can be dispatched"),
    "交办须指定处置单位": QT_TRANSLATE_NOOP("Message", "Dispatching needs a handling unit"),
    "待办事项不存在": QT_TRANSLATE_NOOP("Message", "No such action item"),
    "该待办事项已完成": QT_TRANSLATE_NOOP("Message", "That action item is already done"),
    "完成待办须填写完成情况": QT_TRANSLATE_NOOP("Message", "Completing an action item needs what was done"),
    # evaluation and careers
    "月份“{month}”格式应为 YYYY-MM": QT_TRANSLATE_NOOP("Message", "Month “{month}” should read YYYY-MM"),
    "考核方案不完整:{exc}": QT_TRANSLATE_NOOP("Message", "The evaluation scheme is incomplete: {exc}"),
    "等次分数线应从高到低排列,最后一档为 0":
        QT_TRANSLATE_NOOP("Message", "Grade thresholds should run from high to low, the last being 0"),
    "缺少等次系数:{missing}": QT_TRANSLATE_NOOP("Message", "Grade coefficients missing: {missing}"),
    "{month} 已锁定,不能再调整": QT_TRANSLATE_NOOP("Message", "{month} is locked and cannot be adjusted"),
    "{month} 已经锁定": QT_TRANSLATE_NOOP("Message", "{month} is already locked"),
    "调整分数必须写明理由": QT_TRANSLATE_NOOP("Message", "An adjustment needs a reason"),
    "调整分值应在 ±{limit} 之间且不为 0": QT_TRANSLATE_NOOP("Message", "An adjustment should be within ±{limit} and not 0"),
    "调整分值应为数字,如 2 或 -1.5;“{value}”不是":
        QT_TRANSLATE_NOOP("Message", "An adjustment is a number, like 2 or -1.5; “{value}” is not"),
    "工号 {staff_no} 不存在": QT_TRANSLATE_NOOP("Message", "Staff number {staff_no} does not exist"),
    "{month} 尚未锁定:晋升淘汰只按已锁定的月份判断":
        QT_TRANSLATE_NOOP("Message", "{month} is not locked yet: careers are judged on locked months only"),
    "审批须写明理由": QT_TRANSLATE_NOOP("Message", "A decision needs a reason"),
    "{month} 没有待审批的候选:{staff_no}":
        QT_TRANSLATE_NOOP("Message", "In {month}, no candidacy of {staff_no} is waiting for a decision"),
    "{month}({score:.1f} 分)": QT_TRANSLATE_NOOP("Message", "{month} ({score:.1f} points)"),
    "{review} 第 {number} 条({level})": QT_TRANSLATE_NOOP("Message", "{review} no. {number} ({level})"),
    "12 个月内 {n} 个月不合格:{months}": QT_TRANSLATE_NOOP("Message", "{n} months failed within 12 months: {months}"),
    "事后倒查认定严重责任:{findings}": QT_TRANSLATE_NOOP("Message", "Serious responsibility found by a review: {findings}"),
    "{months}考核不合格": QT_TRANSLATE_NOOP("Message", "Failed in {months}"),
    "连续两个月不合格:{months}": QT_TRANSLATE_NOOP("Message", "Failed two months running: {months}"),
    "见习 {months} 个月(自 {since:%Y-%m-%d}),期间无低于 60 分的月份":
        QT_TRANSLATE_NOOP("Message", "{months} months on probation (since {since:%Y-%m-%d}), no month below 60"),
    "现等级已满 {months} 个月,近 12 个月 {n} 个月优秀、无不合格({first} 至 {month})":
        QT_TRANSLATE_NOOP("Message", "{months} months at this level; in the last 12 months {n} excellent and none failed ({first} to {month})"),
    # visits
    "重点人员不存在": QT_TRANSLATE_NOOP("Message", "No such key person"),
    "网格员不存在": QT_TRANSLATE_NOOP("Message", "No such grid worker"),
    "走访时间晚于现在": QT_TRANSLATE_NOOP("Message", "The visit time is later than now"),
    "走访方式“{mode}”无效": QT_TRANSLATE_NOOP("Message", "Visit mode “{mode}” is not valid"),
    # reviews
    "倒查 {text} 不存在": QT_TRANSLATE_NOOP("Message", "Review {text} does not exist"),
    "倒查 {review_id} 不存在": QT_TRANSLATE_NOOP("Message", "Review {review_id} does not exist"),
    "事件编号 {code} 不存在": QT_TRANSLATE_NOOP("Message", "Incident code {code} does not exist"),
    "网格编码 {code} 不存在": QT_TRANSLATE_NOOP("Message", "Grid code {code} does not exist"),
    "单位“{name}”不存在": QT_TRANSLATE_NOOP("Message", "Unit “{name}” does not exist"),
    "重点人员不存在:{missing}": QT_TRANSLATE_NOOP("Message", "No such key person: {missing}"),
    "依据“{item}”应写作 incident:事件编号": QT_TRANSLATE_NOOP("Message", "Evidence “{item}” should read incident:CODE"),
    "倒查 {code} 已审批锁定,不能再修改": QT_TRANSLATE_NOOP("Message", "Review {code} is approved and locked; it cannot change"),
    "倒查天数应在 1 到 {limit} 之间": QT_TRANSLATE_NOOP("Message", "Days to look back should be 1 to {limit}"),
    "事件 {code} 未标记为重大事件:先“标记为重大事件”,再开展倒查":
        QT_TRANSLATE_NOOP("Message", "Incident {code} is not marked serious: “Mark serious” first, then review it"),
    "事件 {code} 已作废,不能倒查": QT_TRANSLATE_NOOP("Message", "Incident {code} is cancelled and cannot be reviewed"),
    "事件 {code} 已有倒查 {earlier}": QT_TRANSLATE_NOOP("Message", "Incident {code} already has review {earlier}"),
    "事发时间不能晚于现在": QT_TRANSLATE_NOOP("Message", "The event cannot be later than now"),
    "请选择事发网格": QT_TRANSLATE_NOOP("Message", "Choose the grid where it happened"),
    "请写明发生了什么": QT_TRANSLATE_NOOP("Message", "Say what happened"),
    "关联的重点人员不存在": QT_TRANSLATE_NOOP("Message", "A linked key person does not exist"),
    "倒查 {code} 没有第 {number} 条发现": QT_TRANSLATE_NOOP("Message", "Review {code} has no finding {number}"),
    "责任认定须写明理由": QT_TRANSLATE_NOOP("Message", "A responsibility decision needs a reason"),
    "请写明发现的问题": QT_TRANSLATE_NOOP("Message", "Say what was found"),
    "发生时间应在倒查时段内": QT_TRANSLATE_NOOP("Message", "The time should lie within the review's period"),
    "审批须写明倒查结论": QT_TRANSLATE_NOOP("Message", "Approving needs the review's conclusion"),
    "还有 {n_undecided} 条发现未认定责任:逐条认定,或写明理由将其余各条认定为无责任":
        QT_TRANSLATE_NOOP("Message", "{n_undecided} findings are undecided: decide each, or give a reason to decide the rest as no responsibility"),
    "事件类型“{kind}”无效:应为 {choices}": QT_TRANSLATE_NOOP("Message", "Event kind “{kind}” is not valid; use {choices}"),
    "责任认定“{level}”无效:应为 {choices}":
        QT_TRANSLATE_NOOP("Message", "Responsibility “{level}” is not valid; use {choices}"),
    "只能查看涉及本人的倒查": QT_TRANSLATE_NOOP("Message", "You may view only reviews that concern you"),
    # imports
    "未知的导入类型“{name}”;可选:{choices}":
        QT_TRANSLATE_NOOP("Message", "Unknown import kind “{name}”; choose from: {choices}"),
    "共 {rows} 行:新增 {created},更新 {updated},已存在未变 {skipped}":
        QT_TRANSLATE_NOOP("Message", "{rows} rows: {created} new, {updated} updated, {skipped} unchanged"),
    "{n} 处错误,未导入任何数据": QT_TRANSLATE_NOOP("Message", "{n} problems: nothing was imported"),
    "表头按 {encoding} 编码读取后大多无法识别(已尝试 {tried}):如果文件是其他编码(如 Big5 或 UTF-16),请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV":
        QT_TRANSLATE_NOOP("Message", "Read as {encoding}, most headers are unknown (tried {tried}): if the file is in another encoding (such as Big5 or UTF-16), save it from Excel or Notepad as a UTF-8 or GBK CSV"),
    "未知的列;模板的列为:{columns}": QT_TRANSLATE_NOOP("Message", "Unknown column; the template's columns are: {columns}"),
    "缺少必填列": QT_TRANSLATE_NOOP("Message", "A required column is missing"),
    "文件只有表头,没有数据行": QT_TRANSLATE_NOOP("Message", "The file has headers but no data rows"),
    "与第 {row} 行重复": QT_TRANSLATE_NOOP("Message", "Repeats row {row}"),
    "列名重复": QT_TRANSLATE_NOOP("Message", "The column appears twice"),
    "必填项为空": QT_TRANSLATE_NOOP("Message", "Required, but empty"),
    "“{s}”应为 是 或 否": QT_TRANSLATE_NOOP("Message", "“{s}” should be 是 (yes) or 否 (no)"),
    "身份证号": QT_TRANSLATE_NOOP("Message", "The ID number"),
    "电话号码": QT_TRANSLATE_NOOP("Message", "The phone number"),
    "单元格是公式({formula}):请复制该列后“选择性粘贴 → 数值”,再导入":
        QT_TRANSLATE_NOOP("Message", "The cell is a formula ({formula}): copy the column, Paste Special → Values, then import"),
    "含有不可见的控制字符(U+{code:04X}),可能是从别处复制带来的:请删除后再导入":
        QT_TRANSLATE_NOOP("Message", "Contains an invisible control character (U+{code:04X}), probably pasted from elsewhere: delete it, then import"),
    "{what}被 Excel 存成了数字,后几位可能已丢失:请把该列设为“文本”格式后重新录入":
        QT_TRANSLATE_NOOP("Message", "{what} was stored by Excel as a number and may have lost its last digits: format the column as Text and enter it again"),
    "“{s}”不是 18 位身份证号": QT_TRANSLATE_NOOP("Message", "“{s}” is not an 18-digit ID number"),
    "身份证号 {s} 的出生日期 {born:%Y-%m-%d} 不可能":
        QT_TRANSLATE_NOOP("Message", "ID number {s}: the birth date {born:%Y-%m-%d} is impossible"),
    "身份证号 {s} 的出生日期 {born} 不存在": QT_TRANSLATE_NOOP("Message", "ID number {s}: the birth date {born} does not exist"),
    "身份证号 {s} 校验位错误(应为 {check})": QT_TRANSLATE_NOOP("Message", "ID number {s}: wrong check digit (should be {check})"),
    "“{s}”不是电话号码": QT_TRANSLATE_NOOP("Message", "“{s}” is not a phone number"),
    "长度 {n_s} 超过 {max_length} 个字": QT_TRANSLATE_NOOP("Message", "{n_s} characters, more than {max_length}"),
    "“{s}”不是数": QT_TRANSLATE_NOOP("Message", "“{s}” is not a number"),
    "经度和纬度应同时填写": QT_TRANSLATE_NOOP("Message", "Give both the longitude and the latitude"),
    "经度 {lon} 或纬度 {lat} 超出范围(经度 −180 至 180,纬度 −90 至 90)":
        QT_TRANSLATE_NOOP("Message", "Longitude {lon} or latitude {lat} is out of range (−180 to 180, −90 to 90)"),
    "边界应有 3 至 {most} 个点,这里有 {n} 个":
        QT_TRANSLATE_NOOP("Message", "A boundary has 3 to {most} points; this one has {n}"),
    "边界中的“{pair}”不是“经度 纬度”两个数":
        QT_TRANSLATE_NOOP("Message", "“{pair}” in the boundary is not two numbers, longitude and latitude"),
    "“{s}”不是整数": QT_TRANSLATE_NOOP("Message", "“{s}” is not a whole number"),
    "{n} 不在 {low}–{high} 之间": QT_TRANSLATE_NOOP("Message", "{n} is not within {low}–{high}"),
    "“{written}”不是日期,应为 YYYY-MM-DD": QT_TRANSLATE_NOOP("Message", "“{written}” is not a date; use YYYY-MM-DD"),
    "“{written}”不是时间,应为 YYYY-MM-DD HH:MM":
        QT_TRANSLATE_NOOP("Message", "“{written}” is not a time; use YYYY-MM-DD HH:MM"),
    "“{s}”不是可选值({choices})": QT_TRANSLATE_NOOP("Message", "“{s}” is not one of: {choices}"),
    "本镇街的单位有:{names}": QT_TRANSLATE_NOOP("Message", "The township's units are: {names}"),
    "本镇街的单位有:{names} 等 {n} 个": QT_TRANSLATE_NOOP("Message", "The township's units are: {names} and more, {n} in all"),
    "大类“{category}”不存在;可选:{choices}":
        QT_TRANSLATE_NOOP("Message", "Category “{category}” does not exist; choose from: {choices}"),
    "网格编码 {grid} 不存在:请先导入网格": QT_TRANSLATE_NOOP("Message", "Grid code {grid} does not exist: import the grids first"),
    "处置单位“{unit}”不存在;{known}": QT_TRANSLATE_NOOP("Message", "Handling unit “{unit}” does not exist; {known}"),
    "有交办时间时必须填写处置单位(交办的对象是单位,村社也是单位);{known}":
        QT_TRANSLATE_NOOP("Message", "A dispatch time needs a handling unit (incidents are dispatched to units, villages included); {known}"),
    "小类“{subcategory}”不属于大类“{category}”":
        QT_TRANSLATE_NOOP("Message", "Sub-category “{subcategory}” is not in category “{category}”"),
    "工号 {staff} 不存在:请先导入人员":
        QT_TRANSLATE_NOOP("Message", "Staff number {staff} does not exist: import the staff first"),
    "时间晚于现在": QT_TRANSLATE_NOOP("Message", "The time is later than now"),
    "早于{column}": QT_TRANSLATE_NOOP("Message", "Earlier than {column}"),
    "有{later}时必须有{earlier}": QT_TRANSLATE_NOOP("Message", "{later} needs {earlier}"),
    "已交办的事件不能作废(作废只能在上报或受理之后)":
        QT_TRANSLATE_NOOP("Message", "A dispatched incident cannot be cancelled (only a reported or accepted one)"),
    "作废必须填写作废原因": QT_TRANSLATE_NOOP("Message", "Cancelling needs a reason"),
    "早于上报时间": QT_TRANSLATE_NOOP("Message", "Earlier than the report time"),
    "重点人员 {id_number} 不存在:请先导入重点人员":
        QT_TRANSLATE_NOOP("Message", "Key person {id_number} does not exist: import the key persons first"),
    "不支持的文件类型“{suffix}”:请使用 .xlsx 或 .csv":
        QT_TRANSLATE_NOOP("Message", "Files of type “{suffix}” are not supported: use .xlsx or .csv"),
    "第 {row} 行第 {column} 列有内容:导入文件最多 {limit} 列,请删去多余的列":
        QT_TRANSLATE_NOOP("Message", "Row {row}, column {column} has content: an import file has at most {limit} columns; delete the extra ones"),
    "找不到文件:{path}": QT_TRANSLATE_NOOP("Message", "File not found: {path}"),
    "文件像是没有 BOM 的 UTF-16 编码(每隔一个字节为空字节),无法可靠读取:请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV":
        QT_TRANSLATE_NOOP("Message", "The file looks like UTF-16 without its BOM (every other byte is zero) and cannot be read reliably: save it from Excel or Notepad as a UTF-8 or GBK CSV"),
    "Excel 文件 {name} 解压后有 {mb:,} MB,超过 {limit} MB,不予导入:请只保留要导入的工作表和数据,或分成几个文件":
        QT_TRANSLATE_NOOP("Message", "Excel file {name} unpacks to {mb:,} MB, more than {limit} MB, and is refused: keep only the sheet and data to import, or split it into several files"),
    "文件是空的:第一行应为表头": QT_TRANSLATE_NOOP("Message", "The file is empty: its first row should be the headers"),
    "文件超过 {mb} MB,不予导入:请分成几个文件":
        QT_TRANSLATE_NOOP("Message", "The file is larger than {mb} MB and is refused: split it into several files"),
    "文件编码无法识别(已尝试 {tried}):请另存为 UTF-8 或 GBK 编码的 CSV":
        QT_TRANSLATE_NOOP("Message", "The file's encoding is unknown (tried {tried}): save it as a UTF-8 or GBK CSV"),
    "CSV 文件格式有误:{exc}": QT_TRANSLATE_NOOP("Message", "The CSV file is malformed: {exc}"),
    "无法读取 Excel 文件 {name}:{exc}": QT_TRANSLATE_NOOP("Message", "Cannot read Excel file {name}: {exc}"),
    "超过 {limit:,} 行数据(第 {n} 行起),不予导入:请分成几个文件":
        QT_TRANSLATE_NOOP("Message", "More than {limit:,} data rows (from row {n}): refused; split it into several files"),
}


def text(what: BaseException | Message | str) -> str:
    """What the core said (an error, a sentence, or plain text), in the UI's language."""
    if isinstance(what, BaseException):
        what = said(what)
    if isinstance(what, Several):
        return QCoreApplication.translate("Message", "; ").join(text(p) for p in what.values["parts"])
    if not isinstance(what, Message):
        return str(what)
    english = ENGLISH.get(what.template)
    template = QCoreApplication.translate("Message", english) if english else what.template
    return fill(template, what.values, _word)


def _word(value: Any) -> Any:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, Action):
        return labels.verb(value.value)
    if isinstance(value, Labelled):
        return labels.label(type(value), value.value) if type(value) in labels.ENGLISH else value.label
    if isinstance(value, (list, tuple)):
        return labels.joined(str(_word(v)) for v in value)
    return value
