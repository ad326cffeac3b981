"""Colour arithmetic for a readable theme: WCAG 2 contrast, mixing, and moving a hue until it reads on a background.

Plain Python on ``(r, g, b)`` tuples of 0–255, with no Qt, so the rules are unit-tested without a screen;
``hipdesk.ui.theme`` applies them to the palette.
"""

from __future__ import annotations

import colorsys

RGB = tuple[int, int, int]

TEXT_RATIO = 4.5  # WCAG 2 AA, body text
LARGE_TEXT_RATIO = 3.0  # WCAG 2 AA, text of 18 pt, or 14 pt bold, and up
GRAPHIC_RATIO = 3.0  # WCAG 2.1 non-text contrast: lines, bars and marks a chart needs to be read


def parse(hex_colour: str) -> RGB:
    """``#rrggbb`` as a tuple."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours, 1 to 21, in either order."""
    la, lb = luminance(a), luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


def is_dark(rgb: RGB) -> bool:
    """Whether white text reads better on it than black text does."""
    return ratio(rgb, (255, 255, 255)) > ratio(rgb, (0, 0, 0))


def mix(a: RGB, b: RGB, share_b: float) -> RGB:
    """``a`` with ``share_b`` (0 to 1) of ``b`` mixed in."""
    t = min(1.0, max(0.0, share_b))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def blend(over: RGB, alpha: float, under: RGB) -> RGB:
    """``over`` painted with opacity ``alpha`` on ``under``."""
    return mix(under, over, alpha)


def with_lightness(rgb: RGB, lightness: float) -> RGB:
    """The same hue and saturation at another HLS lightness (0 to 1)."""
    h, _l, s = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, lightness)), s)
    return round(r * 255), round(g * 255), round(b * 255)


def readable(rgb: RGB, backgrounds: RGB | list[RGB], minimum: float = TEXT_RATIO) -> RGB:
    """``rgb`` itself when it reaches ``minimum`` against every background; else the same hue made lighter (on dark
    backgrounds) or darker (on light ones), by as little as it takes."""
    grounds = backgrounds if isinstance(backgrounds, list) else [backgrounds]

    def worst(colour: RGB) -> float:
        return min(ratio(colour, g) for g in grounds)

    if worst(rgb) >= minimum:
        return rgb
    lighter = is_dark(grounds[0])
    _h, start, _s = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    low, high = (start, 1.0) if lighter else (0.0, start)
    end = high if lighter else low
    if worst(with_lightness(rgb, end)) < minimum:  # even white or black on this hue's axis is not enough
        return (255, 255, 255) if lighter else (0, 0, 0)
    for _ in range(24):  # bisect for the nearest lightness that reads
        middle = (low + high) / 2
        if (worst(with_lightness(rgb, middle)) >= minimum) == lighter:
            high = middle
        else:
            low = middle
    found = with_lightness(rgb, high if lighter else low)
    return found if worst(found) >= minimum else with_lightness(rgb, end)


def quieter(text: RGB, backgrounds: RGB | list[RGB], minimum: float = TEXT_RATIO + 0.2) -> RGB:
    """Secondary text: ``text`` moved toward the background as far as it can while it still reaches ``minimum``
    (a little above the WCAG line, so rounding and antialiasing never take it under)."""
    grounds = backgrounds if isinstance(backgrounds, list) else [backgrounds]
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        candidate = mix(text, grounds[0], middle)
        if min(ratio(candidate, g) for g in grounds) >= minimum:
            low = middle
        else:
            high = middle
    return mix(text, grounds[0], low)
