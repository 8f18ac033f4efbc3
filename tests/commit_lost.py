"""A TCP proxy between the app and PostgreSQL that loses a commit's answer on the wire: once
armed, it forwards the next COMMIT, waits until PostgreSQL has answered it (the transaction is
stored), and closes the app's side of the connection without passing the answer on."""

import contextlib
import socket
import threading

from django.db import connection

# A simple-query message holding COMMIT (what psycopg2 sends to end a transaction).
COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class CommitLostProxy:
    def __init__(self, host: str, port: int):
        self.upstream = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed, self.cut = threading.Event(), threading.Event()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream, timeout=30)
            self._sockets += [client, server]
            committing = threading.Event()
            threading.Thread(
                target=self._up, args=(client, server, committing), daemon=True
            ).start()
            threading.Thread(
                target=self._down, args=(server, client, committing), daemon=True
            ).start()

    def _up(self, client, server, committing) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                if self.armed.is_set() and COMMIT in data and not self.cut.is_set():
                    committing.set()
                server.sendall(data)

    def _down(self, server, client, committing) -> None:
        with contextlib.suppress(OSError):
            while data := server.recv(65536):
                if committing.is_set():  # PostgreSQL answered the COMMIT: it is stored
                    self.cut.set()
                    client.shutdown(socket.SHUT_RDWR)
                    client.close()
                    server.close()
                    return
                client.sendall(data)

    def close(self) -> None:
        self.listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()


@contextlib.contextmanager
def commit_lost_on_the_wire(monkeypatch):
    """The test's database connection goes through a ``CommitLostProxy`` (armed) inside the
    block, and back to PostgreSQL directly after it."""
    settings_dict = connection.settings_dict
    proxy = CommitLostProxy(
        settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432)
    )
    connection.close()
    with monkeypatch.context() as patch:
        patch.setitem(settings_dict, "HOST", "127.0.0.1")
        patch.setitem(settings_dict, "PORT", str(proxy.port))
        patch.setitem(settings_dict, "OPTIONS", {**settings_dict["OPTIONS"], "sslmode": "disable"})
        proxy.armed.set()
        try:
            yield proxy
        finally:
            connection.close()
            proxy.close()
