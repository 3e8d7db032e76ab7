from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceReportSettingsResponseData: TypeAlias = dict[str, Any]
""" The experience's reporting settings (confidence level, statistical methodology, MAB strategy, primary metric,
outlier detection rules). The reference does not list its fields.

 """
