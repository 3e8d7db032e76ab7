from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationHotjar: TypeAlias = dict[str, Any]
