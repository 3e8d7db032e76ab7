from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class GetCdnImagesListRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        start_from (str | Unset): The key (filename on CDN) of an image from which to start listing. The returned list
            will include images lexicographically after this key. Used for pagination.
        max_results (int | None | Unset): The maximum number of images to return in this request. Used for pagination.
            Default is 50. Default: 50.
    """

    start_from: str | UnsetType = UNSET
    max_results: int | None = 50
