from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationCrazyegg: TypeAlias = dict[str, Any]
