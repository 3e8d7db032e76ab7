from __future__ import annotations

from typing import Any, TypeAlias

CreateGoalRequestSettings: TypeAlias = dict[str, Any]
""" Settings specific to the goal type, such as the target URL for a page visit goal or the CSS selector for a click
goal. The reference collapses this object and does not list its fields.

 """
