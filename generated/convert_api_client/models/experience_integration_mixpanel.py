from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationMixpanel: TypeAlias = dict[str, Any]
