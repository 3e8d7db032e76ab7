from enum import StrEnum


class DailyReportMetrics(StrEnum):
    AVG_PRODUCTS_ORDERED_PER_VISITOR = "avg_products_ordered_per_visitor"
    AVG_REVENUE_PER_VISITOR = "avg_revenue_per_visitor"
    CONVERSION_RATE = "conversion_rate"

    @classmethod
    def _missing_(cls, value: object) -> "DailyReportMetrics | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
