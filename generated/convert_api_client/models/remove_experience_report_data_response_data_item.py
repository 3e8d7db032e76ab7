from __future__ import annotations

from typing import Any, TypeAlias

RemoveExperienceReportDataResponseDataItem: TypeAlias = dict[str, Any]
