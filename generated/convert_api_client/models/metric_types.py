from enum import StrEnum


class MetricTypes(StrEnum):
    AVG_PRODUCTS_ORDERED_VISITOR = "avg_products_ordered_visitor"
    AVG_REVENUE_VISITOR = "avg_revenue_visitor"
    CONVERSION_RATE = "conversion_rate"

    @classmethod
    def _missing_(cls, value: object) -> "MetricTypes | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
