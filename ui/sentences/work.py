"""The English of the core's sentences about incidents, meetings, evaluations, visits and reviews."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH: dict[str, str] = {
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
    "退回理由": QT_TRANSLATE_NOOP("Message", "The reason for returning it to the township"),
    "批示内容": QT_TRANSLATE_NOOP("Message", "The instruction"),
    "县级账号只办理提级到县级的事件:事件 {code} 由{level}办理。":
        QT_TRANSLATE_NOOP("Message", "A county account handles only items escalated to the county: incident {code} is held at {level} level."),
    "县级账号只能交办县级部门;{names} 不是县级部门":
        QT_TRANSLATE_NOOP("Message", "A county account dispatches only to county departments; {names} are not county departments"),
    "{names} 是县级部门,只承办提级到县级的事件":
        QT_TRANSLATE_NOOP("Message", "{names} are county departments: they take only items escalated to the county"),
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
    "调整分值": QT_TRANSLATE_NOOP("Message", "The adjustment"),
    "调整分值不能为 0": QT_TRANSLATE_NOOP("Message", "An adjustment cannot be 0"),
    "申请延长时间": QT_TRANSLATE_NOOP("Message", "The extension asked for"),
    "批准延长时间": QT_TRANSLATE_NOOP("Message", "The extension granted"),
    "延期理由": QT_TRANSLATE_NOOP("Message", "The reason for the extension"),
    "驳回理由": QT_TRANSLATE_NOOP("Message", "The reason for rejecting"),
    # supervision notices
    "所选单位没有超期或被督办的在办事件,无需发督办通知单":
        QT_TRANSLATE_NOOP("Message", "The units chosen have no overdue or carded open incidents: no notice is needed"),
    "督办通知单编号冲突,请重试": QT_TRANSLATE_NOOP("Message", "Another seat took the notice's number: try again"),
    "督办通知单 {notice_id} 不存在": QT_TRANSLATE_NOOP("Message", "Supervision notice {notice_id} does not exist"),
    "没有督办通知单 {serial}": QT_TRANSLATE_NOOP("Message", "There is no supervision notice {serial}"),
    "督办通知单编号“{text}”无法识别:应写作 督办〔2026〕第 3 号 或 2026-3":
        QT_TRANSLATE_NOOP("Message", "“{text}” is not a notice number: write it as its serial or as year-number, e.g. 2026-3"),
    "督办通知单 {serial} 已于 {at} 撤回": QT_TRANSLATE_NOOP("Message", "Notice {serial} was withdrawn on {at}"),
    "撤回督办通知单须写明理由": QT_TRANSLATE_NOOP("Message", "Say why the notice is withdrawn"),
    "撤回理由不能超过 {limit} 个字": QT_TRANSLATE_NOOP("Message", "The reason for withdrawing may have at most {limit} characters"),
    # key persons linked after the report
    "请选择要关联的重点人员,或填写其身份证号":
        QT_TRANSLATE_NOOP("Message", "Choose the key person to link, or give their ID number"),
    "重点人员 {name} 已关联事件 {code}": QT_TRANSLATE_NOOP("Message", "Key person {name} is already linked to incident {code}"),
    # meetings
    "该事项列在单位报到或书面通报之下,请移动其所在的事项":
        QT_TRANSLATE_NOOP("Message", "This item is listed under a unit's report or the written report: move that one"),
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
    "月份“{month}”应为 2000-01 到 2099-12 之间的 YYYY-MM":
        QT_TRANSLATE_NOOP("Message", "Month “{month}” should read YYYY-MM, from 2000-01 to 2099-12"),
    "{path} 不是 SQLite 数据库文件": QT_TRANSLATE_NOOP("Message", "{path} is not a SQLite database file"),
    "{path} 是一个文件夹,不是数据库文件": QT_TRANSLATE_NOOP("Message", "{path} is a folder, not a database file"),
    "……另有 {n} 处同类错误未逐条列出:{columns}":
        QT_TRANSLATE_NOOP("Message", "…and {n} more errors of the same kinds, not listed one by one: {columns}"),
    "数据库地址无效:{url};应如 postgresql+psycopg://用户@主机:5432/库名":
        QT_TRANSLATE_NOOP("Message", "Not a database address: {url}; it should look like "
                                     "postgresql+psycopg://user@host:5432/database"),
    "无法在 {path} 写入备份:{why}": QT_TRANSLATE_NOOP("Message", "The backup cannot be written at {path}: {why}"),
    "无法打开数据库 {where}:{why}": QT_TRANSLATE_NOOP("Message", "The database {where} cannot be opened: {why}"),
    "考核方案不完整:{exc}": QT_TRANSLATE_NOOP("Message", "The evaluation scheme is incomplete: {exc}"),
    "至少应有两个等次:最低一档为不合格,其上为合格的等次":
        QT_TRANSLATE_NOOP("Message", "A scheme needs at least two grades: the lowest fails, those above it pass"),
    "等次分数线应从高到低排列,最后一档为 0":
        QT_TRANSLATE_NOOP("Message", "Grade thresholds should run from high to low, the last being 0"),
    "缺少等次系数:{missing}": QT_TRANSLATE_NOOP("Message", "Grade coefficients missing: {missing}"),
    "{month} 已锁定,不能再调整": QT_TRANSLATE_NOOP("Message", "{month} is locked and cannot be adjusted"),
    "{month} 已经锁定": QT_TRANSLATE_NOOP("Message", "{month} is already locked"),
    "调整分数必须写明理由": QT_TRANSLATE_NOOP("Message", "An adjustment needs a reason"),
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
    "见习 {months} 个月(自 {since:%Y-%m-%d}),期间无低于合格线的月份":
        QT_TRANSLATE_NOOP("Message", "{months} months on probation (since {since:%Y-%m-%d}), no month below the pass line"),
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
    "处置单位不存在:{names}": QT_TRANSLATE_NOOP("Message", "No such handling unit: {names}"),
    "网格 {grid_id} 不存在": QT_TRANSLATE_NOOP("Message", "Grid {grid_id} does not exist"),
    "村社“{name}”不存在": QT_TRANSLATE_NOOP("Message", "Village or community “{name}” does not exist"),
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
    "更正的理由": QT_TRANSLATE_NOOP("Message", "The reason for the correction"),
    "网格和类别都没有改变": QT_TRANSLATE_NOOP("Message", "Neither the grid nor the category changed"),
    "无操作自动锁定(分钟)": QT_TRANSLATE_NOOP("Message", "Lock an idle seat after (minutes)"),
    "每日备份保留天数": QT_TRANSLATE_NOOP("Message", "Daily backups kept (days)"),
    "月末备份保留月数": QT_TRANSLATE_NOOP("Message", "Month-end backups kept (months)"),
    "办结率目标(%)": QT_TRANSLATE_NOOP("Message", "Closure rate target (%)"),
    "按期办结率目标(%)": QT_TRANSLATE_NOOP("Message", "On-time rate target (%)"),
}
