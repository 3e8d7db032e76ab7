from __future__ import annotations

from typing import Any, TypeAlias

ExperienceScreenshotsInfoItem: TypeAlias = dict[str, Any]
