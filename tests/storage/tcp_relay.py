"""A TCP relay on this machine between the program and the PostgreSQL server, whose cable a test can pull: the
connections through it break, and new ones are refused until it is plugged in again (on the same port)."""

import socket
import socketserver
import threading


class _Pump(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        upstream = socket.create_connection(self.server.upstream, timeout=10)
        self.server.sockets.extend([self.request, upstream])
        forward = threading.Thread(target=_copy, args=(self.request, upstream), daemon=True)
        forward.start()
        _copy(upstream, self.request)
        forward.join(timeout=10)


def _copy(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    for end in (source, target):
        try:
            end.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port: int, upstream: tuple[str, int]) -> None:
        super().__init__(("127.0.0.1", port), _Pump)
        self.upstream = upstream
        self.sockets: list[socket.socket] = []


class Relay:
    """Listens on 127.0.0.1:`port` (a free one when 0) and relays to `upstream` until `cut()`."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self._server: _Server | None = None
        self.plug_in()

    def plug_in(self) -> None:
        self._server = _Server(self.port, self.upstream)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def cut(self) -> None:
        """Every relayed connection broken, the port closed: a new connection is refused."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        for end in server.sockets:
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()
