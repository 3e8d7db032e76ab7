from enum import StrEnum


class GetLocationsListRequestSortByType0(StrEnum):
    ID = "id"
    KEY = "key"
    NAME = "name"
    STATUS = "status"
    USAGE = "usage"

    @classmethod
    def _missing_(cls, value: object) -> "GetLocationsListRequestSortByType0 | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
