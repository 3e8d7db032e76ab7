from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
    from ..models.experiment_results_dimension import ExperimentResultsDimension
    from ..models.experiment_results_row import ExperimentResultsRow


T = TypeVar("T", bound="ExperimentResults")


@_attrs_define
class ExperimentResults:
    """
    Attributes:
        id (str):
        date_updated (str):
        experiment_id (str):
        phase (str):
        date_start (str):
        date_end (str):
        dimension (ExperimentResultsDimension): The dimension the results are broken down by.
        settings (ExperimentAnalysisSettings):
        query_ids (list[str]):
        results (list[ExperimentResultsRow]):
    """

    id: str
    date_updated: str
    experiment_id: str
    phase: str
    date_start: str
    date_end: str
    dimension: ExperimentResultsDimension
    settings: ExperimentAnalysisSettings
    query_ids: list[str]
    results: list[ExperimentResultsRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_updated = self.date_updated

        experiment_id = self.experiment_id

        phase = self.phase

        date_start = self.date_start

        date_end = self.date_end

        dimension = self.dimension.to_dict()

        settings = self.settings.to_dict()

        query_ids = self.query_ids

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateUpdated": date_updated,
                "experimentId": experiment_id,
                "phase": phase,
                "dateStart": date_start,
                "dateEnd": date_end,
                "dimension": dimension,
                "settings": settings,
                "queryIds": query_ids,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        date_updated = d.pop("dateUpdated")

        experiment_id = d.pop("experimentId")

        phase = d.pop("phase")

        date_start = d.pop("dateStart")

        date_end = d.pop("dateEnd")

        dimension = ExperimentResultsDimension.from_dict(d.pop("dimension"))

        settings = ExperimentAnalysisSettings.from_dict(d.pop("settings"))

        query_ids = cast(list[str], d.pop("queryIds"))

        results = []
        _results = d.pop("results")
        if not isinstance(_results, list):
            raise TypeError(f"results: expected a list, got {type(_results).__name__}")
        for results_item_data in _results:
            results_item = ExperimentResultsRow.from_dict(results_item_data)

            results.append(results_item)

        experiment_results = cls(
            id=id,
            date_updated=date_updated,
            experiment_id=experiment_id,
            phase=phase,
            date_start=date_start,
            date_end=date_end,
            dimension=dimension,
            settings=settings,
            query_ids=query_ids,
            results=results,
        )

        experiment_results.additional_properties = d
        return experiment_results

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
from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
from ..models.experiment_results_dimension import ExperimentResultsDimension
from ..models.experiment_results_row import ExperimentResultsRow
