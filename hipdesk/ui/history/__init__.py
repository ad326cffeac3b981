"""The History tab: weekly progress charts from the local store."""
