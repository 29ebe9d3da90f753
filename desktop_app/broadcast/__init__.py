"""The village loudspeaker (大喇叭): the secretary's schedule and what is due when (no widgets)."""
