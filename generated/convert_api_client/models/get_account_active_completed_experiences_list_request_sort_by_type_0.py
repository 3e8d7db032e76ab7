from enum import StrEnum


class GetAccountActiveCompletedExperiencesListRequestSortByType0(StrEnum):
    CONVERSIONS = "conversions"
    END_TIME = "end_time"
    ID = "id"
    IMPROVEMENT = "improvement"
    NAME = "name"
    PRIMARY_GOAL = "primary_goal"
    PROJECT_ID = "project_id"
    START_TIME = "start_time"
    STATUS = "status"

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "GetAccountActiveCompletedExperiencesListRequestSortByType0 | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
