"""The village loudspeaker (大喇叭): the secretary's schedule and the broadcaster."""
