from __future__ import annotations

from typing import Any, TypeAlias

GoalTriggeringRuleType0: TypeAlias = dict[str, Any]
""" Defines the logical structure for combining multiple rule conditions. It uses a nested OR -> AND -> OR_WHEN
structure.

- The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
- Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
blocks must evaluate to true.
- Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its individual
RuleElement conditions must evaluate to true. This structure allows for complex logical expressions like (CondA AND
CondB) OR (CondC AND CondD).

 """
