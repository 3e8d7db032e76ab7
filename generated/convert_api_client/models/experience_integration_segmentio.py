from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationSegmentio: TypeAlias = dict[str, Any]
