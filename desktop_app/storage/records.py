"""The records' connection as the program holds it (issue 14): execute() straight on sqlite3, and
everything else of sqlite-utils' Database (tables, inserts, upserts, atomic(), the migrations)
through a Database made over the same connection the first time it is wanted.

sqlite-utils, with click, pluggy and dateutil, costs 100-150 ms and 12 MiB to import, and a
home screen reads its records with execute() alone; the first write through a table, or the
secretary's report, imports it then. The connection is opened in autocommit mode
(isolation_level=None, storage/database.py), so execute() needs none of sqlite-utils'
transaction bookkeeping but the roll-back of a statement that failed inside a transaction it
opened itself (as sqlite-utils does)."""

from __future__ import annotations

import sqlite3
from typing import Any


class Records:
    _desktop_app_writes = None  # storage/writes.py keeps the connection's Writes here

    def __init__(self, connection: sqlite3.Connection, full=None):
        """full: the sqlite_utils.Database over connection, when one was made already (the
        migrations at the first start)."""
        if connection.isolation_level is not None:
            raise ValueError("the records' connection must be in autocommit mode")
        self.conn = connection
        self._full = full

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                return self.conn.execute(sql, parameters)
            return self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def full(self):
        """sqlite-utils' Database over this connection (imported now if it was not yet)."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._full

    @property
    def imported(self) -> bool:
        """sqlite-utils has been needed (for tests and benchmarks)."""
        return self._full is not None

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __getitem__(self, table: str):
        return self.full()[table]

    def close(self) -> None:
        self.conn.close()
