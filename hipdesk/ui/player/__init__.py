"""The Player tab: session screen, controller, cues, mini-player, pain and summary."""
