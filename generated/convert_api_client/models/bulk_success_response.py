from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.bulk_success_response_errors_item import BulkSuccessResponseErrorsItem


class BulkSuccessResponse(
    Model,
):
    """Acknowledgement of a bulk operation, with the items that failed.

    Attributes:
        code (int | Unset):
        message (str | Unset):
        errors (list[BulkSuccessResponseErrorsItem] | Unset): One entry per item the bulk operation could not change.
    """

    code: int | None = None
    message: str | None = None
    errors: list[BulkSuccessResponseErrorsItem] | None = None

    def page_items(self) -> list[BulkSuccessResponseErrorsItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.errors or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.bulk_success_response_errors_item import BulkSuccessResponseErrorsItem
