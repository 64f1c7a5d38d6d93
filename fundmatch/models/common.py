"""Types every model file shares: ids, amounts, texts in two languages, and ``not_stated``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
# Upper bounds keep absurd values out of the arithmetic (no real grant is a trillion euros).
Euro = Annotated[float, Field(ge=0, le=1e12)]
Months = Annotated[int, Field(ge=1, le=600)]
Percent = Annotated[float, Field(ge=0, le=100)]
Url = Annotated[str, Field(pattern=r"^https?://[^\s/$.?#][^\s]*$")]


class Model(BaseModel):
    # defer_build: a model's validator is built when first used, not at import, and nested
    # models are built once inside the model that uses them (faster start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Text(Model):
    """A text in German and English."""

    de: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


NOT_STATED = "not_stated"
NotStated = Literal["not_stated"]


def _or_not_stated(number: Any) -> WrapValidator:
    """Validation of a number that may also be ``not_stated`` or null, with one clear error
    for a bad value (a plain union would report one error per member of the union)."""
    adapter: TypeAdapter[Any] = TypeAdapter(number, config=ConfigDict(allow_inf_nan=False))

    def validate(value: Any, handler: Any) -> Any:
        if value is None or value == NOT_STATED:
            return value
        try:
            return adapter.validate_python(value)
        except ValidationError as exc:
            error = exc.errors()[0]
            raise PydanticCustomError(error["type"], error["msg"], error.get("ctx")) from None

    return WrapValidator(validate)


Count = Annotated[int, Field(ge=0, le=1_000_000)]
PartnerCount = Annotated[int, Field(ge=0, le=1000)]
Limit = Annotated[Euro | NotStated | None, _or_not_stated(Euro)]
CountLimit = Annotated[Count | NotStated | None, _or_not_stated(Count)]
PartnerLimit = Annotated[PartnerCount | NotStated | None, _or_not_stated(PartnerCount)]


def known_amount(value: float | str | None) -> float | None:
    """A limit as a number, or None when it is unknown or not stated."""
    return None if value is None or isinstance(value, str) else value


def _not_below_min(value: Any, info: ValidationInfo, low_field: str) -> Any:
    """A maximum must not be below the minimum validated before it (located at the maximum)."""
    low = info.data.get(low_field)
    if isinstance(value, int | float) and isinstance(low, int | float) and low > value:
        raise ValueError(f"{low_field} ({low:g}) is greater than {info.field_name} ({value:g})")
    return value
