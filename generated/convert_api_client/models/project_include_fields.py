from enum import StrEnum


class ProjectIncludeFields(StrEnum):
    DEFAULT_AUDIENCES = "default_audiences"
    DEFAULT_GOALS = "default_goals"
    DEFAULT_LOCATIONS = "default_locations"
    DOMAINS = "domains"
    GLOBAL_JAVASCRIPT = "global_javascript"
    SETTINGS_TRACKING_SCRIPT_AVAILABLE_VERSIONS = (
        "settings.tracking_script.available_versions"
    )
    STATS_ACTIVE_EXPERIENCES_COUNT = "stats.active_experiences_count"
    STATS_ACTIVE_EXPERIMENTS_COUNT = "stats.active_experiments_count"
    STATS_ACTIVE_GOALS_COUNT = "stats.active_goals_count"
    STATS_ACTIVE_SEGMENTS_COUNT = "stats.active_segments_count"
    STATS_EXPERIENCES_COUNT = "stats.experiences_count"
    STATS_GOOGLE_ANALYTICS = "stats.google_analytics"
    STATS_SEGMENTS_COUNT = "stats.segments_count"
    STATS_USAGE = "stats.usage"

    @classmethod
    def _missing_(cls, value: object) -> "ProjectIncludeFields | None":
        # A value the spec does not list yet: keep it as its raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
