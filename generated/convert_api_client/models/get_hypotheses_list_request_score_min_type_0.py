from enum import IntEnum


class GetHypothesesListRequestScoreMinType0(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5

    @classmethod
    def _missing_(cls, value: object) -> "GetHypothesesListRequestScoreMinType0 | None":
        # A value the spec does not list yet: keep it as its raw number instead of failing.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
