from enum import StrEnum


class GoalTypes(StrEnum):
    ADVANCED = "advanced"
    CLICKS_ELEMENT = "clicks_element"
    CLICKS_LINK = "clicks_link"
    CODE_TRIGGER = "code_trigger"
    DOM_INTERACTION = "dom_interaction"
    GA_IMPORT = "ga_import"
    REVENUE = "revenue"
    SCROLL_PERCENTAGE = "scroll_percentage"
    SUBMITS_FORM = "submits_form"
    VISITS_PAGE = "visits_page"

    @classmethod
    def _missing_(cls, value: object) -> "GoalTypes | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
