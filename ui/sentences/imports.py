"""The English of the core's sentences about import files."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH: dict[str, str] = {
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
