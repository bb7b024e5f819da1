"""Desktop notifications with buttons on Linux: org.freedesktop.Notifications over D-Bus.

PySide6's QtDBus cannot send the unsigned integer this interface requires, so the messages go
through jeepney (pure Python); Qt only watches the socket for the buttons the user presses."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QSocketNotifier, Signal

from .notifier import Notifier

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
ACTIONS = ["taken", "Taken", "snooze-15min", "Snooze 15 min", "skip", "Skip",
           "snooze-1h", "Snooze 1 hour", "snooze-tonight", "Snooze until tonight",
           "default", "Open VD Tracker"]


class DBusNotifier(Notifier):
    """`answered(key, action)` when a button is pressed: taken, skip, snooze-15min/1h/tonight."""

    answered = Signal(object, str)

    def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        from jeepney import DBusAddress, MatchRule, message_bus

        self.conn = conn
        self.address = DBusAddress(PATH, bus_name=NAME, interface=NAME)
        rule = MatchRule(type="signal", interface=NAME, path=PATH)
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
        self.signals: deque = deque(maxlen=200)
        self._filter = conn.filter(rule, queue=self.signals)
        self.keys: dict[int, object] = {}
        self.watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self.watch.activated.connect(self._readable)

    @classmethod
    def connect(cls, address: str = "SESSION") -> DBusNotifier | None:
        """None when there is no session bus, no notification server, or it has no buttons."""
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus=address)
            caps = conn.send_and_get_reply(new_method_call(
                DBusAddress(PATH, bus_name=NAME, interface=NAME), "GetCapabilities"), timeout=2)
            if "actions" not in (caps.body[0] if caps.body else []):
                conn.close()
                return None
            return cls(conn)
        except Exception:  # noqa: BLE001 - any failure here just means "use the tray instead"
            return None

    def notify(self, title: str, body: str, key: object = None) -> None:
        from jeepney import new_method_call

        actions = ACTIONS if key is not None else ["default", "Open VD Tracker"]
        msg = new_method_call(self.address, "Notify", "susssasa{sv}i",
                              ("VD Tracker", 0, "vdtracker", title, body, actions, {}, -1))
        try:
            reply = self.conn.send_and_get_reply(msg, timeout=2)
        except (OSError, TimeoutError):
            return
        if reply.body:
            self.keys[int(reply.body[0])] = key
        self._readable()  # jeepney may already hold later messages in its buffer

    def _readable(self) -> None:
        while True:
            try:
                self.conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except OSError:
                self.watch.setEnabled(False)
                break
        self._dispatch()

    def _dispatch(self) -> None:
        while self.signals:
            msg = self.signals.popleft()
            member = msg.header.fields.get(3)  # HeaderFields.member
            if member == "ActionInvoked":
                nid, action = msg.body
                key = self.keys.get(int(nid))
                if action == "default" or key is None:
                    self.clicked.emit()
                else:
                    self.answered.emit(key, action)
            elif member == "NotificationClosed":
                self.keys.pop(int(msg.body[0]), None)
