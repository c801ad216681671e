"""The English of the core's sentences about work orders taken in from other systems."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH: dict[str, str] = {
    "“{field}”必须对应文件的一列": QT_TRANSLATE_NOOP("Message", "“{field}” must be mapped to a column of the file"),
    "“{s}”不是时限:应为时间(YYYY-MM-DD HH:MM)或“3天”“24小时”“5个工作日”":
        QT_TRANSLATE_NOOP("Message", "“{s}” is not a time limit: write a time (YYYY-MM-DD HH:MM) or a span of days, hours or working days (in Chinese, as the file writes it)"),
    "“{s}”不是预警颜色或紧急程度({choices})":
        QT_TRANSLATE_NOOP("Message", "“{s}” is not a warning colour or an urgency ({choices})"),
    "共 {rows} 行:新增 {created}(其中疑似重复 {flagged}),已导入过 {skipped}":
        QT_TRANSLATE_NOOP("Message", "{rows} rows: {created} new ({flagged} of them likely repeats), {skipped} taken in before"),
    "已有名为“{name}”的来件来源": QT_TRANSLATE_NOOP("Message", "There is already a source named “{name}”"),
    "收件文件夹“{folder}”不存在": QT_TRANSLATE_NOOP("Message", "The inbox folder “{folder}” does not exist"),
    "文件没有这一列(对应“{field}”):请检查来源的列对应":
        QT_TRANSLATE_NOOP("Message", "The file has no such column (mapped to “{field}”): check the source's mapping"),
    "文件的列“{column}”同时对应了“{a}”和“{b}”":
        QT_TRANSLATE_NOOP("Message", "The file's column “{column}” is mapped to both “{a}” and “{b}”"),
    "无法确定所属网格:地址中没有写明村社和网格(如“星湖社区第1网格”),该来源也没有设默认网格":
        QT_TRANSLATE_NOOP("Message", "Cannot tell the grid: the address names no village and grid (village name, then grid name) and the source has no default grid"),
    "时限早于来电时间": QT_TRANSLATE_NOOP("Message", "The time limit is before the order's time"),
    "来源名称不能为空": QT_TRANSLATE_NOOP("Message", "The source's name cannot be empty"),
    "来源名称不能超过 64 个字": QT_TRANSLATE_NOOP("Message", "The source's name cannot be longer than 64 characters"),
    "没有名为“{name}”的来件来源;已有:{names}":
        QT_TRANSLATE_NOOP("Message", "There is no source named “{name}”; there are: {names}"),
    "疑似重复记录 {flag_id} 不存在": QT_TRANSLATE_NOOP("Message", "Likely repeat {flag_id} does not exist"),
    "类别“{value}”不是本系统的大类或小类,该来源也没有设默认大类;可选大类:{choices}":
        QT_TRANSLATE_NOOP("Message", "“{value}” is none of our categories or sub-categories and the source has no default category; the categories are: {choices}"),
    "网格“{grid}”不存在(可写网格编码,或村社名加网格名)":
        QT_TRANSLATE_NOOP("Message", "Grid “{grid}” does not exist (write the grid's code, or its village and name)"),
    "该疑似重复已处理": QT_TRANSLATE_NOOP("Message", "This likely repeat has been decided already"),
    "默认大类不存在或已停用": QT_TRANSLATE_NOOP("Message", "The default category does not exist or is deactivated"),
    "默认网格不存在": QT_TRANSLATE_NOOP("Message", "The default grid does not exist"),
    "疑似重复的时间窗(天)": QT_TRANSLATE_NOOP("Message", "The likely repeats' window (days)"),
    "文字相似度(%)": QT_TRANSLATE_NOOP("Message", "Text alike (%)"),
    "工单编号": QT_TRANSLATE_NOOP("Message", "The order number"),
}
