from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationCnzz: TypeAlias = dict[str, Any]
