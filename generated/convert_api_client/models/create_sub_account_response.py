from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.account import Account


class CreateSubAccountResponse(
    Model,
):
    """
    Attributes:
        data (Account | Unset): This object represents details of a tenant in Convert SAAS app.
    """

    data: Account | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.account import Account
