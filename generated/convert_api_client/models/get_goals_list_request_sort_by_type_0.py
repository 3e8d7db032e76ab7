from enum import StrEnum


class GetGoalsListRequestSortByType0(StrEnum):
    GOAL_TRACKING_STATUS = "goal_tracking_status"
    ID = "id"
    KEY = "key"
    NAME = "name"
    STATUS = "status"
    TIMES_USED = "times_used"
    TYPE = "type"

    @classmethod
    def _missing_(cls, value: object) -> "GetGoalsListRequestSortByType0 | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
