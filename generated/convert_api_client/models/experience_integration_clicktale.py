from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationClicktale: TypeAlias = dict[str, Any]
