from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.generate_text_variants_request_parameters import (
        GenerateTextVariantsRequestParameters,
    )


class GenerateTextVariantsRequest(
    Model,
    rename={
        "open_ai_key": "openAI_Key",
        "previous_responses": "previousResponses",
    },
    omit_defaults=False,
):
    """
    Attributes:
        parameters (GenerateTextVariantsRequestParameters): Parameters to customize the AI generation process.
        content (str): The original text content (e.g., headline, call-to-action, product description) that you want the
            AI to rewrite or generate variations for.
        open_ai_key (str | Unset): (Optional) Your OpenAI API key. Providing this may allow for using more advanced
            OpenAI models (e.g., GPT-4) or handling larger context_content, potentially leading to higher quality or more
            nuanced variations. If not provided, Convert's default AI capabilities will be used.
        context_content (str | Unset): (Optional) Additional text to provide context to the AI model, helping it
            understand the subject matter, tone, or specific constraints for the generated variations. For example, you
            could provide the product page content if generating a headline for that product. If no openAI_Key is provided,
            this content may be trimmed to the first 200 words. When principle_class=none is provided, this field can be
            used for custom prompt instructions.
        previous_responses (list[str] | Unset): (Optional) A list of text strings representing previously generated AI
            variants for the same input content. Providing these helps the AI avoid generating duplicate or very similar
            suggestions, ensuring more diverse outputs if requesting variations iteratively.
        principle_class (Any | Unset): Framework model from which principles used for text generation are selected (e.g.
            `none`). The reference types this field as "any".
    """

    parameters: GenerateTextVariantsRequestParameters
    content: str
    open_ai_key: str | UnsetType = UNSET
    context_content: str | UnsetType = UNSET
    previous_responses: list[str] | UnsetType = UNSET
    principle_class: Any | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.generate_text_variants_request_parameters import (
    GenerateTextVariantsRequestParameters,
)
