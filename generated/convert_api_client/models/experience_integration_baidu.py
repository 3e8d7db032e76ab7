from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationBaidu: TypeAlias = dict[str, Any]
