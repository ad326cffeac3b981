"""Drawing the exercise figure: the animated widget, the painter and cached thumbnails."""

from hipdesk.ui.figure.figure_widget import FigureWidget
from hipdesk.ui.figure.thumbnails import thumbnail

__all__ = ["FigureWidget", "thumbnail"]
