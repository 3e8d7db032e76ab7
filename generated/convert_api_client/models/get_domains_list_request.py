from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class GetDomainsListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "except_": "except",
    },
    omit_defaults=False,
):
    """
    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        page (int | Unset): The page number for paginated results, starting at 1.
        only (list[int] | None | Unset): Only retrieve domains with the given ids.
        except_ (list[int] | Unset): Except domains with the given ids.
    """

    only_count: bool | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
