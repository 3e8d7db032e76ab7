from __future__ import annotations

from typing import Any, TypeAlias

SEProcSettings: TypeAlias = dict[str, Any]
""" Overall settings for the statistical engine processing results for this experience (e.g. confidence level, test type
one-tail/two-tails, MAB strategy and MDE for Frequentist; decision/risk thresholds for Bayesian).

 """
