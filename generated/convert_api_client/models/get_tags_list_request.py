from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class GetTagsListRequest(
    Model,
    rename={
        "except_": "except",
    },
    omit_defaults=False,
):
    """
    Attributes:
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        page (int | Unset): The page number for paginated results, starting at 1.
        only (list[int] | None | Unset): Only retrieve tags with the given ids.
        except_ (list[int] | Unset): Except tags with the given ids.
        search (None | str | Unset): A search string that would be used to search against Tag's name
    """

    results_per_page: int | None | UnsetType = UNSET
    page: int | UnsetType = UNSET
    only: list[int] | None | UnsetType = UNSET
    except_: list[int] | UnsetType = UNSET
    search: None | str | UnsetType = UNSET
