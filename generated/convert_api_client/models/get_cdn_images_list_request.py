from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCdnImagesListRequest")


@_attrs_define
class GetCdnImagesListRequest:
    """
    Attributes:
        start_from (str | Unset): The key (filename on CDN) of an image from which to start listing. The returned list
            will include images lexicographically after this key. Used for pagination.
        max_results (int | None | Unset): The maximum number of images to return in this request. Used for pagination.
            Default is 50. Default: 50.
    """

    start_from: str | Unset = UNSET
    max_results: int | None | Unset = 50
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_from = self.start_from

        max_results: int | None | Unset
        if isinstance(self.max_results, Unset):
            max_results = UNSET
        else:
            max_results = self.max_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_from is not UNSET:
            field_dict["start_from"] = start_from
        if max_results is not UNSET:
            field_dict["max_results"] = max_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_from = d.pop("start_from", UNSET)

        def _parse_max_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_results = _parse_max_results(d.pop("max_results", UNSET))

        get_cdn_images_list_request = cls(
            start_from=start_from,
            max_results=max_results,
        )

        get_cdn_images_list_request.additional_properties = d
        return get_cdn_images_list_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
