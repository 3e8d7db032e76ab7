from enum import StrEnum


class CloneLocationIncludeItem(StrEnum):
    RULES = "rules"
    STATS_EXPERIENCES_USAGE = "stats.experiences_usage"
    TRIGGER = "trigger"

    @classmethod
    def _missing_(cls, value: object) -> "CloneLocationIncludeItem | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
