"""The county seat's sentences (SPEC §13): its settings file, townships not reached."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ENGLISH = {
    "找不到县级配置文件 {path}": QT_TRANSLATE_NOOP("Message", "The county settings file {path} was not found"),
    "县级配置文件 {path} 格式有误:{why}": QT_TRANSLATE_NOOP("Message", "The county settings file {path} is not valid TOML: {why}"),
    "县级配置缺少 county(县名)": QT_TRANSLATE_NOOP("Message", "The county settings lack county (the county's name)"),
    "县级配置没有列出任何镇街([[townships]])":
        QT_TRANSLATE_NOOP("Message", "The county settings list no township ([[townships]])"),
    "第 {n} 个镇街缺少 name": QT_TRANSLATE_NOOP("Message", "Township {n} has no name"),
    "镇街 {name} 列了两次": QT_TRANSLATE_NOOP("Message", "The township {name} is listed twice"),
    "镇街 {name} 应给出 url(数据库地址)或 file(SQLite 文件)之一":
        QT_TRANSLATE_NOOP("Message", "The township {name} needs either url (a database address) or file (a SQLite file)"),
    "escalate_after_hours 应为 0 到 720 的整数(0 表示不自动提级)":
        QT_TRANSLATE_NOOP("Message", "escalate_after_hours should be a whole number from 0 to 720 (0: no automatic escalation)"),
    "县级配置中没有镇街 {name}": QT_TRANSLATE_NOOP("Message", "The county settings have no township {name}"),
    "{name}暂时无法连接:{why}": QT_TRANSLATE_NOOP("Message", "{name} cannot be reached now: {why}"),
    "找不到数据库文件 {path}": QT_TRANSLATE_NOOP("Message", "The database file {path} was not found"),
    "数据库无法连接:{why}": QT_TRANSLATE_NOOP("Message", "The database does not answer: {why}"),
    "该镇街的数据库版本与本程序不一致,请先在镇街升级":
        QT_TRANSLATE_NOOP("Message", "The township's database is of another version than this program: upgrade it at the township first"),
    "{folder} 不是县级演示数据的文件夹,不会替换它":
        QT_TRANSLATE_NOOP("Message", "{folder} is not a folder of the county seat demo: it is left as it is"),
    "设置县级规则": QT_TRANSLATE_NOOP("Message", "Setting the county's rules"),
    "超期自动提级至县(小时,0 为不自动)":
        QT_TRANSLATE_NOOP("Message", "Escalation to the county when overdue (hours; 0: never by itself)"),
    "无法进入县级视图:{reasons}": QT_TRANSLATE_NOOP("Message", "Cannot open the county seat: {reasons}"),
    "账号 {user} 在{township}不是县级账号": QT_TRANSLATE_NOOP("Message", "The account {user} is not a county account in {township}"),
    "账号 {user} 在{township}不是管理员账号": QT_TRANSLATE_NOOP("Message", "The account {user} is not an administrator in {township}"),
}
