from __future__ import annotations

from typing import Any, TypeAlias

AccountAccessAccessesItem: TypeAlias = dict[str, Any]
