from __future__ import annotations

from typing import Any, TypeAlias

ExperienceCollaborator: TypeAlias = dict[str, Any]
