from __future__ import annotations

from typing import Any, TypeAlias

RemoveExperienceReportEventTypeViewExperience: TypeAlias = dict[str, Any]
""" Targets 'view_experience' events for deletion. The reference collapses this object and does not list its fields.

 """
