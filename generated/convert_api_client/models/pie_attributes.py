from __future__ import annotations

from typing import Any, TypeAlias

PIEAttributes: TypeAlias = dict[str, Any]
""" Scores for the PIE (Potential, Importance, Ease) prioritization model. Each attribute is scored on a scale of 1 to
5. KB: "Hypotheses (Compass)" - "PIE prioritization model".

 """
