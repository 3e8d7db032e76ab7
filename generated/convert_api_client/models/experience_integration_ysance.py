from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationYsance: TypeAlias = dict[str, Any]
