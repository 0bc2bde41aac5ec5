"""Where each shared tandem stands: its folder and key, how far it was written and read."""

from __future__ import annotations

from dataclasses import dataclass

from tandem_desktop.storage.database import Database


@dataclass(frozen=True)
class Share:
    tandem_id: str
    folder: str
    data_key: bytes
    sent_seq: int
    file_number: int
    writing_number: int | None
    writing_upto: int | None
    last_round: str | None
    problem: str


@dataclass(frozen=True)
class Peer:
    device_id: str
    device_name: str
    read_number: int
    last_seen: str | None


class SyncState:
    def __init__(self, database: Database) -> None:
        self.database = database

    def share(self, tandem_id: str) -> Share | None:
        row = self.database.conn.execute(
            "SELECT tandem_id, folder, data_key, sent_seq, file_number, writing_number,"
            " writing_upto, last_round, problem FROM sync_share WHERE tandem_id = ?",
            [tandem_id]).fetchone()
        return Share(*row) if row else None

    def shared_tandems(self) -> list[str]:
        return [row[0] for row in self.database.conn.execute(
            "SELECT tandem_id FROM sync_share ORDER BY tandem_id")]

    def start_sharing(self, tandem_id: str, folder: str, data_key: bytes) -> None:
        with self.database.transaction():
            self.database.conn.execute(
                "INSERT OR REPLACE INTO sync_share (tandem_id, folder, data_key) VALUES (?, ?, ?)",
                [tandem_id, folder, data_key])

    def stop_sharing(self, tandem_id: str) -> None:
        with self.database.transaction():
            self.database.conn.execute("DELETE FROM sync_share WHERE tandem_id = ?", [tandem_id])

    def begin_writing(self, tandem_id: str, number: int, upto: int) -> None:
        """Note the file about to be written, so a crash in between loses nothing."""
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE sync_share SET writing_number = ?, writing_upto = ? WHERE tandem_id = ?",
                [number, upto, tandem_id])

    def written(self, tandem_id: str, number: int, upto: int) -> None:
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE sync_share SET file_number = ?, sent_seq = ?, writing_number = NULL,"
                " writing_upto = NULL WHERE tandem_id = ?", [number, upto, tandem_id])

    def finish_round(self, tandem_id: str, when: str, problem: str = "") -> None:
        with self.database.transaction():
            self.database.conn.execute(
                "UPDATE sync_share SET last_round = ?, problem = ? WHERE tandem_id = ?",
                [when, problem, tandem_id])

    def peers(self, tandem_id: str) -> list[Peer]:
        return [Peer(*row) for row in self.database.conn.execute(
            "SELECT device_id, device_name, read_number, last_seen FROM sync_peer"
            " WHERE tandem_id = ? ORDER BY device_id", [tandem_id])]

    def read_up_to(self, tandem_id: str, device_id: str, number: int, when: str) -> None:
        """Inside the transaction that applied the file: it is read exactly once."""
        self.database.conn.execute(
            "INSERT INTO sync_peer (tandem_id, device_id, read_number, last_seen)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (tandem_id, device_id) DO UPDATE"
            " SET read_number = excluded.read_number, last_seen = excluded.last_seen",
            [tandem_id, device_id, number, when])

    def read_at_least(self, tandem_id: str, device_id: str, number: int) -> None:
        """A snapshot covers a device's files up to ``number``: never read them again."""
        self.database.conn.execute(
            "INSERT INTO sync_peer (tandem_id, device_id, read_number) VALUES (?, ?, ?)"
            " ON CONFLICT (tandem_id, device_id) DO UPDATE"
            " SET read_number = max(read_number, excluded.read_number)",
            [tandem_id, device_id, number])

    def saw(self, tandem_id: str, device_id: str, name: str, when: str) -> None:
        with self.database.transaction():
            self.database.conn.execute(
                "INSERT INTO sync_peer (tandem_id, device_id, device_name, last_seen)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (tandem_id, device_id) DO UPDATE"
                " SET device_name = excluded.device_name, last_seen = excluded.last_seen",
                [tandem_id, device_id, name, when])
