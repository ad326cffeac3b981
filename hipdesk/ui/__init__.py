"""Everything on screen: widgets, Qt item models, timers, charts and cues. The only package that imports Qt."""
