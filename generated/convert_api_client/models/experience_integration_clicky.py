from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationClicky: TypeAlias = dict[str, Any]
