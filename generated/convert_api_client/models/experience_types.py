from enum import StrEnum


class ExperienceTypes(StrEnum):
    AA = "a/a"
    AB = "a/b"
    AB_FULLSTACK = "a/b_fullstack"
    DEPLOY = "deploy"
    FEATURE_ROLLOUT = "feature_rollout"
    MULTIPAGE = "multipage"
    MVT = "mvt"
    SPLIT_URL = "split_url"

    @classmethod
    def _missing_(cls, value: object) -> "ExperienceTypes | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
