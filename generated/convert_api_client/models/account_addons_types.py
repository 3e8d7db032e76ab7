from enum import StrEnum


class AccountAddonsTypes(StrEnum):
    CONVERSIONXL_MINI_COURSE = "conversionXl_mini_course"
    CONVERT_REMOTE_1H = "convert_remote_1h"
    GOODUI_ANNUAL_SOLO = "goodUi_annual_solo"
    ONE_TIME_CONVERT_LAUNCH = "one_time_convert_launch"

    @classmethod
    def _missing_(cls, value: object) -> "AccountAddonsTypes | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
