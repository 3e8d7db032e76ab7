from __future__ import annotations

from ..models.do_logout_request_request_type import DoLogoutRequestRequestType
from ..types import UNSET, Model, UnsetType


class DoLogoutRequest(
    Model,
    rename={
        "request_type": "requestType",
    },
    omit_defaults=False,
):
    """
    Attributes:
        request_type (DoLogoutRequestRequestType | Unset): Which sessions to invalidate: the current one, all other
            ones, or all sessions of the user.
    """

    request_type: DoLogoutRequestRequestType | UnsetType = UNSET
