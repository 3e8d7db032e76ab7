from __future__ import annotations

from ..models.get_report_token_request_token_action import (
    GetReportTokenRequestTokenAction,
)
from ..types import UNSET, Model, UnsetType


class GetReportTokenRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        token_action (GetReportTokenRequestTokenAction | Unset): The action to perform on the report token. If omitted,
            the current token (if valid) is returned, or a new one is generated if none exists or the old one expired.
        token_expiration (int | Unset): The desired expiration time for a new or regenerated token, in hours from the
            current time. If not provided when generating a token, a default expiration (e.g., 24 hours) is used.
    """

    token_action: GetReportTokenRequestTokenAction | UnsetType = UNSET
    token_expiration: int | UnsetType = UNSET
