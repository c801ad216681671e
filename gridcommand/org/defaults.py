"""Default reference data a new township starts with (SPEC §2 units, §3.5 categories)."""

from __future__ import annotations

from ..base.enums import Track

DEPARTMENTS = (
    "派出所", "综合行政执法队", "市场监管所", "应急管理办", "住建办", "供电所", "水务站",
    "卫生院", "司法所", "社会事务办", "信访办", "交警中队", "消防救援站",
)

# 13 categories 大类 with their sub-categories 小类 and default track (§3.5).
CATEGORIES: tuple[tuple[str, Track, tuple[str, ...]], ...] = (
    ("矛盾纠纷", Track.COMPLEX, ("邻里纠纷", "婚姻家庭", "物业纠纷", "劳资纠纷", "土地山林", "经济纠纷")),
    ("安全隐患", Track.SAFETY, ("消防隐患", "出租房安全", "燃气安全", "电动车充电", "危旧房屋", "生产安全")),
    ("治安防控", Track.SAFETY, ("治安问题", "可疑人员", "涉诈线索", "黄赌毒线索")),
    ("公共设施", Track.GENERAL, ("道路破损", "路灯故障", "供水问题", "电力线路", "井盖缺失")),
    ("环境卫生", Track.GENERAL, ("垃圾清运", "污水排放", "乱堆乱放", "噪音扰民", "油烟扰民")),
    ("交通出行", Track.GENERAL, ("乱停乱放", "交通安全隐患", "道路拥堵")),
    ("特殊人群", Track.SAFETY, ("社区矫正", "刑满释放", "精神障碍", "吸毒人员")),
    ("民生服务", Track.GENERAL, ("困难帮扶", "养老服务", "医疗救助", "就业求助")),
    ("政策咨询", Track.GENERAL, ("社保医保", "户籍证件", "补贴申领")),
    ("信访稳定", Track.COMPLEX, ("信访苗头", "群体性事件苗头")),
    ("公共卫生", Track.GENERAL, ("疫情排查", "病媒防制")),
    ("突发事件", Track.SAFETY, ("自然灾害", "事故灾难", "火灾")),
    ("其他", Track.GENERAL, ("意见建议", "其他")),
)

DISPUTE_CATEGORY = "矛盾纠纷"
