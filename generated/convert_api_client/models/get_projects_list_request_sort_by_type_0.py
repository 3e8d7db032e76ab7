from enum import StrEnum


class GetProjectsListRequestSortByType0(StrEnum):
    ACTIVE_TESTS = "active_tests"
    ID = "id"
    PROJECT_NAME = "project_name"
    PROJECT_TYPE = "project_type"
    STATUS = "status"
    USED_VISITORS = "used_visitors"

    @classmethod
    def _missing_(cls, value: object) -> "GetProjectsListRequestSortByType0 | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
