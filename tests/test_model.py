"""The records of newsclean.model: their written-out __init__, __repr__ and __eq__ are
those @dataclass would generate from the same fields (which it is spared writing and
compiling at import)."""
import dataclasses
import inspect
from dataclasses import MISSING

import pytest

from newsclean.model import Article, Header, Official, Origin, Quote, Removal

RECORDS = [Removal, Quote, Official, Header, Origin, Article]


def generated(cls):
    """The dataclass @dataclass makes of the fields of ``cls`` (init, repr and eq its own)."""
    specs = []
    for f in dataclasses.fields(cls):
        kw = {}
        if f.default is not MISSING:
            kw["default"] = f.default
        if f.default_factory is not MISSING:
            kw["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**kw)))
    return dataclasses.make_dataclass(cls.__name__, specs, slots=hasattr(cls, "__slots__"))


def sample_values(cls, variant: int) -> dict:
    values = {}
    for k, f in enumerate(dataclasses.fields(cls)):
        if f.default_factory is list:
            values[f.name] = [f"{f.name}-{variant}", k]
        elif f.type in ("int",):
            values[f.name] = k + variant
        else:
            values[f.name] = f"{f.name}-{variant}"
    return values


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("cls", RECORDS)
def test_a_record_is_made_shown_and_compared_as_its_generated_dataclass(cls):
    ref = generated(cls)
    assert dataclasses.is_dataclass(cls) and cls.__match_args__ == ref.__match_args__
    assert list(inspect.signature(cls).parameters) == list(inspect.signature(ref).parameters)
    required = {f.name: f"{f.name}!" for f in dataclasses.fields(cls)
                if f.default is MISSING and f.default_factory is MISSING}
    for values in (required, sample_values(cls, 1)):
        ours, theirs = cls(**values), ref(**values)
        assert repr(ours) == repr(theirs)
        assert [getattr(ours, f.name) for f in dataclasses.fields(cls)] == \
            [getattr(theirs, f.name) for f in dataclasses.fields(ref)]
        assert ours == cls(**values) and not (ours != cls(**values))
        assert ours.__eq__(theirs) is NotImplemented and ours != theirs
    for name in sample_values(cls, 1):
        changed = {**sample_values(cls, 1), name: sample_values(cls, 2)[name]}
        assert cls(**sample_values(cls, 1)) != cls(**changed)
    with pytest.raises(TypeError):
        hash(cls(**required))
    a, b = cls(**required), cls(**required)
    for f in dataclasses.fields(cls):
        if f.default_factory is list:
            assert getattr(a, f.name) == [] and getattr(a, f.name) is not getattr(b, f.name)
    explicit_none = {f.name: None for f in dataclasses.fields(cls) if f.default_factory is list}
    assert repr(cls(**required, **explicit_none)) == repr(ref(**required, **explicit_none))


def test_replace_and_fields_work_on_the_records():
    q = Quote(text="We will rebuild", speaker="Ana Ruiz")
    assert dataclasses.replace(q, speaker="Tom Hale") == Quote(text="We will rebuild", speaker="Tom Hale")
    assert [f.name for f in dataclasses.fields(Article)][:3] == ["source", "format", "headline"]
