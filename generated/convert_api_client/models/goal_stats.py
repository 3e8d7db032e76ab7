from __future__ import annotations

from typing import Any, TypeAlias

GoalStats: TypeAlias = dict[str, Any]
