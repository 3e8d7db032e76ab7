from __future__ import annotations

from typing import Any, TypeAlias

RemoveExperienceReportEventTypeConversion: TypeAlias = dict[str, Any]
""" Targets 'conversion' events; specific goals can be targeted for deletion. The reference collapses this object and
does not list its fields.

 """
