from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_projects_list_request_project_type_type_0_item import (
    GetProjectsListRequestProjectTypeType0Item,
)
from ..models.get_projects_list_request_sort_by_type_0 import (
    GetProjectsListRequestSortByType0,
)
from ..models.get_projects_list_request_status_type_0_item import (
    GetProjectsListRequestStatusType0Item,
)
from ..models.projects_list_expand_fields import ProjectsListExpandFields
from ..models.projects_list_include_field import ProjectsListIncludeField
from ..models.sort_direction_type_0 import SortDirectionType0
from ..models.tracking_script_release_types import TrackingScriptReleaseTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_projects_list_request_tracking_script_version_type_0 import (
        GetProjectsListRequestTrackingScriptVersionType0,
    )


T = TypeVar("T", bound="GetProjectsListRequest")


@_attrs_define
class GetProjectsListRequest:
    """Optional filters for listing projects.

    Attributes:
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        sort_direction (None | SortDirectionType0 | Unset): The direction for sorting the list results, based on the
            sort_by field.
        status (list[GetProjectsListRequestStatusType0Item] | None | Unset): Filters projects by their status
        search (None | str | Unset): A search string that would be used to search against Project's name and description
        legacy_script (bool | None | Unset): Filters projects based on whether they use the legacy script (true) or the
            new script (false).
        tracking_script_release_type (list[TrackingScriptReleaseTypes] | None | Unset): Filters projects by their
            tracking script release type.
        tracking_script_version (GetProjectsListRequestTrackingScriptVersionType0 | None | Unset): Filters projects by
            their tracking script version.
        only (list[int] | None | Unset): Only retrieve projects with the given ids.
        except_ (list[int] | Unset): Except projects with the given ids.
        sort_by (GetProjectsListRequestSortByType0 | None | Unset): A value to sort projects by specific field(s)

            Defaults to id if not provided Default: GetProjectsListRequestSortByType0.ID.
        project_type (list[GetProjectsListRequestProjectTypeType0Item] | None | Unset): Filters projects by their type.
        page (int | Unset): The page number for paginated results, starting at 1.
        include (list[ProjectsListIncludeField] | Unset): Specifies optional related data fields to include for each
            project in the list. Refer to the Optional Fields section.
        expand (list[ProjectsListExpandFields] | Unset): Specifies linked objects to expand for each project in the
            list. Refer to the Expanding Fields section.
    """

    only_count: bool | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    sort_direction: None | SortDirectionType0 | Unset = UNSET
    status: list[GetProjectsListRequestStatusType0Item] | None | Unset = UNSET
    search: None | str | Unset = UNSET
    legacy_script: bool | None | Unset = UNSET
    tracking_script_release_type: list[TrackingScriptReleaseTypes] | None | Unset = (
        UNSET
    )
    tracking_script_version: (
        GetProjectsListRequestTrackingScriptVersionType0 | None | Unset
    ) = UNSET
    only: list[int] | None | Unset = UNSET
    except_: list[int] | Unset = UNSET
    sort_by: GetProjectsListRequestSortByType0 | None | Unset = (
        GetProjectsListRequestSortByType0.ID
    )
    project_type: list[GetProjectsListRequestProjectTypeType0Item] | None | Unset = (
        UNSET
    )
    page: int | Unset = UNSET
    include: list[ProjectsListIncludeField] | Unset = UNSET
    expand: list[ProjectsListExpandFields] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_count = self.only_count

        results_per_page: int | None | Unset
        if isinstance(self.results_per_page, Unset):
            results_per_page = UNSET
        else:
            results_per_page = self.results_per_page

        sort_direction: None | str | Unset
        if isinstance(self.sort_direction, Unset):
            sort_direction = UNSET
        elif isinstance(self.sort_direction, SortDirectionType0):
            sort_direction = self.sort_direction.value
        else:
            sort_direction = self.sort_direction

        status: list[str] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, list):
            status = []
            for status_type_0_item_data in self.status:
                status_type_0_item = status_type_0_item_data.value
                status.append(status_type_0_item)

        else:
            status = self.status

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        legacy_script: bool | None | Unset
        if isinstance(self.legacy_script, Unset):
            legacy_script = UNSET
        else:
            legacy_script = self.legacy_script

        tracking_script_release_type: list[str] | None | Unset
        if isinstance(self.tracking_script_release_type, Unset):
            tracking_script_release_type = UNSET
        elif isinstance(self.tracking_script_release_type, list):
            tracking_script_release_type = []
            for (
                tracking_script_release_type_type_0_item_data
            ) in self.tracking_script_release_type:
                tracking_script_release_type_type_0_item = (
                    tracking_script_release_type_type_0_item_data.value
                )
                tracking_script_release_type.append(
                    tracking_script_release_type_type_0_item
                )

        else:
            tracking_script_release_type = self.tracking_script_release_type

        tracking_script_version: dict[str, Any] | None | Unset
        if isinstance(self.tracking_script_version, Unset):
            tracking_script_version = UNSET
        elif isinstance(
            self.tracking_script_version,
            GetProjectsListRequestTrackingScriptVersionType0,
        ):
            tracking_script_version = self.tracking_script_version.to_dict()
        else:
            tracking_script_version = self.tracking_script_version

        only: list[int] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = self.only

        else:
            only = self.only

        except_: list[int] | Unset = UNSET
        if not isinstance(self.except_, Unset):
            except_ = self.except_

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, GetProjectsListRequestSortByType0):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        project_type: list[str] | None | Unset
        if isinstance(self.project_type, Unset):
            project_type = UNSET
        elif isinstance(self.project_type, list):
            project_type = []
            for project_type_type_0_item_data in self.project_type:
                project_type_type_0_item = project_type_type_0_item_data.value
                project_type.append(project_type_type_0_item)

        else:
            project_type = self.project_type

        page = self.page

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if status is not UNSET:
            field_dict["status"] = status
        if search is not UNSET:
            field_dict["search"] = search
        if legacy_script is not UNSET:
            field_dict["legacy_script"] = legacy_script
        if tracking_script_release_type is not UNSET:
            field_dict["tracking_script_release_type"] = tracking_script_release_type
        if tracking_script_version is not UNSET:
            field_dict["tracking_script_version"] = tracking_script_version
        if only is not UNSET:
            field_dict["only"] = only
        if except_ is not UNSET:
            field_dict["except"] = except_
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if project_type is not UNSET:
            field_dict["project_type"] = project_type
        if page is not UNSET:
            field_dict["page"] = page
        if include is not UNSET:
            field_dict["include"] = include
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        only_count = d.pop("onlyCount", UNSET)

        def _parse_results_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_per_page = _parse_results_per_page(d.pop("results_per_page", UNSET))

        def _parse_sort_direction(data: object) -> None | SortDirectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sort_direction_type_0 = SortDirectionType0(data)

                return componentsschemas_sort_direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SortDirectionType0 | Unset, data)

        sort_direction = _parse_sort_direction(d.pop("sort_direction", UNSET))

        def _parse_status(
            data: object,
        ) -> list[GetProjectsListRequestStatusType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                status_type_0 = []
                _status_type_0 = data
                if not isinstance(_status_type_0, list):
                    raise TypeError(
                        f"status_type_0: expected a list, got {type(_status_type_0).__name__}"
                    )
                for status_type_0_item_data in _status_type_0:
                    status_type_0_item = GetProjectsListRequestStatusType0Item(
                        status_type_0_item_data
                    )

                    status_type_0.append(status_type_0_item)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetProjectsListRequestStatusType0Item] | None | Unset, data
            )

        status = _parse_status(d.pop("status", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        def _parse_legacy_script(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        legacy_script = _parse_legacy_script(d.pop("legacy_script", UNSET))

        def _parse_tracking_script_release_type(
            data: object,
        ) -> list[TrackingScriptReleaseTypes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tracking_script_release_type_type_0 = []
                _tracking_script_release_type_type_0 = data
                if not isinstance(_tracking_script_release_type_type_0, list):
                    raise TypeError(
                        f"tracking_script_release_type_type_0: expected a list, got {type(_tracking_script_release_type_type_0).__name__}"
                    )
                for (
                    tracking_script_release_type_type_0_item_data
                ) in _tracking_script_release_type_type_0:
                    tracking_script_release_type_type_0_item = (
                        TrackingScriptReleaseTypes(
                            tracking_script_release_type_type_0_item_data
                        )
                    )

                    tracking_script_release_type_type_0.append(
                        tracking_script_release_type_type_0_item
                    )

                return tracking_script_release_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrackingScriptReleaseTypes] | None | Unset, data)

        tracking_script_release_type = _parse_tracking_script_release_type(
            d.pop("tracking_script_release_type", UNSET)
        )

        def _parse_tracking_script_version(
            data: object,
        ) -> GetProjectsListRequestTrackingScriptVersionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_script_version_type_0 = (
                    GetProjectsListRequestTrackingScriptVersionType0.from_dict(data)
                )

                return tracking_script_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetProjectsListRequestTrackingScriptVersionType0 | None | Unset, data
            )

        tracking_script_version = _parse_tracking_script_version(
            d.pop("tracking_script_version", UNSET)
        )

        def _parse_only(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = cast(list[int], data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        only = _parse_only(d.pop("only", UNSET))

        except_ = cast(list[int], d.pop("except", UNSET))

        def _parse_sort_by(
            data: object,
        ) -> GetProjectsListRequestSortByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = GetProjectsListRequestSortByType0(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetProjectsListRequestSortByType0 | None | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_project_type(
            data: object,
        ) -> list[GetProjectsListRequestProjectTypeType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                project_type_type_0 = []
                _project_type_type_0 = data
                if not isinstance(_project_type_type_0, list):
                    raise TypeError(
                        f"project_type_type_0: expected a list, got {type(_project_type_type_0).__name__}"
                    )
                for project_type_type_0_item_data in _project_type_type_0:
                    project_type_type_0_item = (
                        GetProjectsListRequestProjectTypeType0Item(
                            project_type_type_0_item_data
                        )
                    )

                    project_type_type_0.append(project_type_type_0_item)

                return project_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetProjectsListRequestProjectTypeType0Item] | None | Unset, data
            )

        project_type = _parse_project_type(d.pop("project_type", UNSET))

        page = d.pop("page", UNSET)

        _include = d.pop("include", UNSET)
        include: list[ProjectsListIncludeField] | Unset = UNSET
        if _include is not UNSET:
            if not isinstance(_include, list):
                raise TypeError(
                    f"include: expected a list, got {type(_include).__name__}"
                )
            include = []
            for include_item_data in _include:
                include_item = ProjectsListIncludeField(include_item_data)

                include.append(include_item)

        _expand = d.pop("expand", UNSET)
        expand: list[ProjectsListExpandFields] | Unset = UNSET
        if _expand is not UNSET:
            if not isinstance(_expand, list):
                raise TypeError(
                    f"expand: expected a list, got {type(_expand).__name__}"
                )
            expand = []
            for expand_item_data in _expand:
                expand_item = ProjectsListExpandFields(expand_item_data)

                expand.append(expand_item)

        get_projects_list_request = cls(
            only_count=only_count,
            results_per_page=results_per_page,
            sort_direction=sort_direction,
            status=status,
            search=search,
            legacy_script=legacy_script,
            tracking_script_release_type=tracking_script_release_type,
            tracking_script_version=tracking_script_version,
            only=only,
            except_=except_,
            sort_by=sort_by,
            project_type=project_type,
            page=page,
            include=include,
            expand=expand,
        )

        get_projects_list_request.additional_properties = d
        return get_projects_list_request

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


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.get_projects_list_request_tracking_script_version_type_0 import (
    GetProjectsListRequestTrackingScriptVersionType0,
)
