from enum import StrEnum


class FeatureValueType(StrEnum):
    BOOLEAN = "boolean"
    JSON = "json"
    NUMBER = "number"
    STRING = "string"

    @classmethod
    def _missing_(cls, value: object) -> "FeatureValueType | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
