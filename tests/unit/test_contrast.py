"""The colour arithmetic behind HipDesk's theme: WCAG contrast, and moving a colour until it reads."""

from __future__ import annotations

import colorsys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipdesk.ui.contrast import blend, is_dark, mix, parse, quieter, ratio, readable, to_hex

channel = st.integers(min_value=0, max_value=255)
colours = st.tuples(channel, channel, channel)


def test_wcag_reference_values() -> None:
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)  # #777 on white: just short
    assert ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)  # #767676: the lightest grey
    assert ratio(parse("#b45309"), (255, 255, 255)) == pytest.approx(5.02, abs=0.01)


def test_hex_round_trip_and_mixing() -> None:
    assert to_hex(parse("#3f8f9b")) == "#3f8f9b"
    assert mix((0, 0, 0), (255, 255, 255), 0.5) == (128, 128, 128)
    assert blend((255, 255, 255), 0.5, (0, 0, 0)) == (128, 128, 128)
    assert is_dark((53, 53, 53)) and not is_dark((239, 239, 239))
    with pytest.raises(ValueError, match="#rrggbb"):
        parse("#fff")


@given(colours, colours, st.sampled_from([3.0, 4.5, 7.0]))
def test_readable_reaches_the_ratio_or_goes_to_black_or_white(hue: tuple, ground: tuple, minimum: float) -> None:
    found = readable(hue, ground, minimum)
    assert ratio(found, ground) >= minimum or found in ((0, 0, 0), (255, 255, 255))
    if ratio(hue, ground) >= minimum:
        assert found == hue  # a colour that already reads is left alone


@given(colours)
def test_readable_keeps_the_hue(hue: tuple) -> None:
    found = readable(hue, [(53, 53, 53)], 4.5)  # lightened for a dark window
    if found != (255, 255, 255) and max(hue) - min(hue) > 40 and max(found) - min(found) > 40:
        before = colorsys.rgb_to_hls(*(v / 255 for v in hue))[0]
        after = colorsys.rgb_to_hls(*(v / 255 for v in found))[0]
        assert min(abs(before - after), 1 - abs(before - after)) < 0.05


@given(
    st.sampled_from([((0, 0, 0), (239, 239, 239)), ((255, 255, 255), (53, 53, 53)), ((230, 230, 230), (43, 45, 48))])
)
def test_quieter_text_is_quieter_and_still_reads(pair: tuple) -> None:
    text, ground = pair
    muted = quieter(text, [ground])
    assert 4.5 <= ratio(muted, ground) < ratio(text, ground)
