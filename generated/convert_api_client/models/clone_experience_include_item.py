from enum import StrEnum


class CloneExperienceIncludeItem(StrEnum):
    ALERTS = "alerts"
    AUDIENCES = "audiences"
    COLLABORATORS = "collaborators"
    GOALS = "goals"
    LOCATIONS = "locations"
    MAX_RUNNING_TIMESTAMP = "max_running_timestamp"
    MIN_RUNNING_TIMESTAMP = "min_running_timestamp"
    STATS = "stats"
    VARIATIONS = "variations"
    VARIATIONS_CHANGES = "variations.changes"

    @classmethod
    def _missing_(cls, value: object) -> "CloneExperienceIncludeItem | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
