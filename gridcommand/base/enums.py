"""The product's closed vocabularies. Stored as their ``value``; ``label`` is the Chinese word
the users and the import templates use (SPEC §2, §3, §7, §9, §11)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

_BY_TEXT: dict[type, dict[str, Any]] = {}  # each labelled enum's members by label and by value


class Labelled(StrEnum):
    """A string enum whose members carry the Chinese label used in templates and reports."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Self:  # Member(value) looks a member up
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, text: str) -> Self:
        by_text = _BY_TEXT.get(cls)
        if by_text is None:  # labels first: a label that is another member's value means that member
            by_text = _BY_TEXT[cls] = {**{m.value: m for m in cls}, **{m.label: m for m in cls}}
        try:
            found: Self = by_text[text.strip()]
            return found
        except KeyError:
            raise ValueError(text) from None

    @classmethod
    def labels(cls) -> list[str]:
        return [member.label for member in cls]

    @classmethod
    def label_of(cls, value: str | None) -> str:
        """The label of a stored value; an unknown value as it is, none as ""."""
        member = cls._value2member_map_.get(value or "")
        return member.label if isinstance(member, Labelled) else value or ""


class GridKind(Labelled):
    RESIDENTIAL = "residential", "综合网格"
    SPECIAL = "special", "专属网格"
    MICRO = "micro", "微网格"


class VillageKind(Labelled):
    VILLAGE = "village", "村"
    COMMUNITY = "community", "社区"


class UnitKind(Labelled):
    VILLAGE = "village", "村社"
    DEPARTMENT = "department", "部门"
    COUNTY = "county", "县级部门"  # a county department: what a county account dispatches to (§13)


class StaffRole(Labelled):
    FULL_TIME = "full_time", "专职网格员"
    PART_TIME = "part_time", "兼职网格员"
    GRID_LEADER = "grid_leader", "网格长"
    CHIEF_GRID_LEADER = "chief_grid_leader", "总网格长"
    COMMUNITY_POLICE = "community_police", "社区民警"
    AUXILIARY_POLICE = "auxiliary_police", "网格辅警"
    LIAISON_CADRE = "liaison_cadre", "包联干部"
    VOLUNTEER = "volunteer", "志愿者"
    COMMAND_ROOM = "command_room", "指挥室人员"


class StaffStatus(Labelled):
    ACTIVE = "active", "在岗"
    PROBATION = "probation", "见习"
    DISMISSED = "dismissed", "解聘"
    LEFT = "left", "离职"


class Level(Labelled):
    PROBATION = "probation", "见习"
    L1 = "l1", "一级"
    L2 = "l2", "二级"
    L3 = "l3", "三级"
    L4 = "l4", "四级"
    L5 = "l5", "五级"


class UserRole(Labelled):
    DUTY = "duty", "值班员"
    CHAIR = "chair", "会议主持"
    HR = "hr", "人事专员"
    LEADER = "leader", "领导"
    ADMIN = "admin", "管理员"
    COUNTY = "county", "县级"   # an account of the county seat (SPEC §13) in the township's database
    SYSTEM = "system", "系统"


class PersonColour(Labelled):
    GREEN = "green", "绿"
    BLUE = "blue", "蓝"
    ORANGE = "orange", "橙"
    RED = "red", "红"


class VisitMode(Labelled):
    DOOR = "door", "上门"
    PHONE = "phone", "电话"
    VIDEO = "video", "视频"


class CommendationKind(Labelled):
    PENNANT = "pennant", "锦旗"
    LETTER = "letter", "感谢信"
    PRAISE = "praise", "通报表扬"


class Track(Labelled):
    GENERAL = "general", "一般公共事项"
    SAFETY = "safety", "平安需求事项"
    COMPLEX = "complex", "复杂疑难事项"


class WarningColour(Labelled):
    """Incident warning colour (§3.3); ordered from most to least urgent."""

    RED = "red", "红"
    YELLOW = "yellow", "黄"
    BLUE = "blue", "蓝"


class Source(Labelled):
    GRID_WORKER = "grid_worker", "网格员上报"
    CITIZEN = "citizen", "群众求助"
    HOTLINE_12345 = "hotline_12345", "12345热线"
    NON_POLICE_110 = "non_police_110", "110非警务"
    PATROL = "patrol", "巡查发现"
    ASSIGNED = "assigned", "上级交办"


class RepeatReason(Labelled):
    """Why an order taken in may repeat an open incident."""

    PLACE = "place", "同地同类"   # the same category, in the same grid or at the same address
    TEXT = "text", "文字相似"
    BOTH = "both", "同地同类且文字相似"


class HoldingLevel(Labelled):
    GRID = "grid", "网格"
    VILLAGE = "village", "村社"
    TOWNSHIP = "township", "镇街"
    COUNTY = "county", "县"


class Status(Labelled):
    REPORTED = "reported", "上报"
    ACCEPTED = "accepted", "受理"
    DISPATCHED = "dispatched", "已交办"
    IN_PROGRESS = "in_progress", "处置中"
    RESOLVED = "resolved", "待核查"
    CLOSED = "closed", "已结案"
    CANCELLED = "cancelled", "作废"

    @property
    def is_open(self) -> bool:
        return self not in (Status.CLOSED, Status.CANCELLED)


# The states still in the loop, as stored: the one list every filter, rule and figure uses.
OPEN_STATUSES: tuple[str, ...] = tuple(s.value for s in Status if s.is_open)


class Outcome(Labelled):
    RESOLVED = "resolved", "已解决"
    UNFOUNDED = "unfounded", "不属实"
    DUPLICATE = "duplicate", "重复"
    WATCH = "watch", "暂无法解决"


class UnitRole(Labelled):
    LEAD = "lead", "牵头单位"
    CO = "co", "协办单位"


class AttachmentKind(Labelled):
    BEFORE = "before", "处置前照片"
    AFTER = "after", "处置后照片"
    FILE = "file", "附件"


class Action(Labelled):
    """What an incident event records (the moves of §3.4 and the automatic rules)."""

    REPORT = "report", "上报"
    ACCEPT = "accept", "受理"
    DISPATCH = "dispatch", "交办"
    SIGN = "sign", "报到"
    RETURN = "return", "退回"
    RESOLVE = "resolve", "办结"
    VERIFY_OK = "verify_ok", "核查通过"
    VERIFY_FAIL = "verify_fail", "核查不通过(返工)"
    ESCALATE = "escalate", "提级"
    CANCEL = "cancel", "作废"
    MEDIATION_FAILED = "mediation_failed", "调解未成功"
    RECOLOUR = "recolour", "预警升级"
    EXTENSION_REQUEST = "extension_request", "申请延期"
    EXTENSION_APPROVE = "extension_approve", "批准延期"
    EXTENSION_REJECT = "extension_reject", "驳回延期"
    ATTACH = "attach", "添加附件"
    CARD = "card", "督办"
    FLAG = "flag", "标记上会"
    MARK_SERIOUS = "mark_serious", "标记为重大事件"
    RETRACK = "retrack", "改变分流"
    RELOCATE = "relocate", "更正网格或类别"
    NOTICE = "notice", "督办通知"
    NOTICE_WITHDRAWN = "notice_withdrawn", "撤回督办通知"
    LINK_PERSON = "link_person", "关联重点人员"
    HAND_DOWN = "hand_down", "退回镇街"   # the county sends an item back to the township (§13)
    INSTRUCT = "instruct", "批示"          # the county's instruction on an item it holds (§13)
    INSTRUCTION_READ = "instruction_read", "批示已阅"


class EventKind(Labelled):
    """What happened, in a retrospective review (§8)."""

    FIRE = "fire", "火灾"
    CRIMINAL = "criminal", "刑事案件"
    MASS_PETITION = "mass_petition", "群体性信访"
    SAFETY_ACCIDENT = "safety_accident", "安全事故"
    OTHER = "other", "其他"


class ReviewState(Labelled):
    OPEN = "open", "倒查中"
    APPROVED = "approved", "已审批"


class FindingKind(Labelled):
    LATE = "late", "逾期办结"
    OVERDUE = "overdue", "逾期未结"
    VISIT_LAPSE = "visit_lapse", "走访断档"
    RETURN = "return", "退回"
    REWORK = "rework", "返工"
    CARD = "card", "督办牌"
    ACTION_ITEM = "action_item", "会议事项逾期"
    INACTION = "inaction", "督办后未跟进"
    MANUAL = "manual", "人工补充"


class Responsibility(Labelled):
    """The reviewer's verdict on a finding; the last three are deductions (§6) and count in
    careers (§7)."""

    NONE = "none", "无责任"
    MINOR = "minor", "轻微"
    MAJOR = "major", "较重"
    SERIOUS = "serious", "严重"
