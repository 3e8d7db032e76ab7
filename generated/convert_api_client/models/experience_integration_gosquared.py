from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationGosquared: TypeAlias = dict[str, Any]
