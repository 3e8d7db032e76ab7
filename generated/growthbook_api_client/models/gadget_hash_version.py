from enum import IntEnum


class GadgetHashVersion(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2

    @classmethod
    def _missing_(cls, value: object) -> "GadgetHashVersion | None":
        # A value the spec does not list yet: keep it as its raw number instead of failing.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
