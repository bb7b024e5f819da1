"""Desktop notifications with buttons on Linux: org.freedesktop.Notifications over D-Bus.

PySide6's QtDBus cannot send the unsigned integer this interface requires, so the messages go
through jeepney (pure Python); Qt only watches the socket for the buttons the user presses."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, Signal

from ...resources import DESKTOP_ID, notification_icon
from .notifier import Notifier

if TYPE_CHECKING:  # jeepney is imported lazily at run time; it ships no types (Any to mypy)
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class DBusNotifier(Notifier):
    """`answered(key, action)` when a button is pressed: taken, skip, snooze-15min/1h/tonight."""

    answered = Signal(object, str)

    def __init__(self, conn: DBusConnection) -> None:
        super().__init__()
        from jeepney import DBusAddress, MatchRule, message_bus

        self.conn = conn
        self.address = DBusAddress(PATH, bus_name=NAME, interface=NAME)
        rule = MatchRule(type="signal", interface=NAME, path=PATH)
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
        self.signals: deque[Message] = deque(maxlen=200)
        self._filter = conn.filter(rule, queue=self.signals)
        self.keys: dict[int, object] = {}
        self.on_screen: set[int] = set()  # ids the server gave and has not said it closed
        self.hung_up = False
        self.fallback: Notifier | None = None  # shows what the bus could not (see use_fallback)
        self.watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self.watch.activated.connect(self._readable)

    # Shadows QObject.connect on this class only (signals connect through `signal.connect`);
    # the name is what ui/launch.py calls. Rename it (e.g. `open`) together with that caller.
    @classmethod
    def connect(cls, address: str = "SESSION") -> DBusNotifier | None:  # type: ignore[override]
        """None when there is no session bus, no notification server, or it has no buttons."""
        conn = None
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus=address)
            caps = conn.send_and_get_reply(new_method_call(
                DBusAddress(PATH, bus_name=NAME, interface=NAME), "GetCapabilities"), timeout=2)
            if "actions" in (caps.body[0] if caps.body else []):
                return cls(conn)
        except Exception:  # noqa: BLE001 - any failure here just means "use the tray instead"
            pass
        if conn is not None:
            conn.close()
        return None

    def close(self) -> None:
        """Stop watching the bus and hang up (the app may go on without buttons)."""
        self.hung_up = True
        self.watch.setEnabled(False)
        with contextlib.suppress(Exception):  # a bus already gone closes with an error
            self._filter.close()
            self.conn.close()

    def use_fallback(self, other: Notifier) -> None:
        """Where a notification the bus refuses (or a bus gone) is shown instead: the tray or
        the window. A click on it opens Today, as one on ours does."""
        self.fallback = other
        other.clicked.connect(self.clicked)

    def _instead(self, title: str, body: str, question: bool) -> object:
        if self.fallback is None:
            return None
        return self.fallback.notify(title, body, question=question)

    def actions(self, snooze: bool = True) -> list[str]:
        """The notification's buttons: (action key, label) pairs, flattened as D-Bus wants."""
        soon = ["snooze-15min", self.tr("Snooze 15 min")] if snooze else []
        later = (["snooze-1h", self.tr("Snooze 1 hour"), "snooze-tonight",
                  self.tr("Snooze until tonight")] if snooze else [])
        return ["taken", self.tr("Taken"), *soon, "skip", self.tr("Skip"), *later,
                "default", self.tr("Open VD Tracker")]

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True,
               choices: Sequence[tuple[str, str]] | None = None,
               question: bool = False) -> object:
        from jeepney import new_method_call

        if self.hung_up:
            return self._instead(title, body, question)
        opening = ["default", self.tr("Open VD Tracker")]
        if choices is not None:
            actions = [*(part for pair in choices for part in pair), *opening]
        else:
            actions = self.actions(snooze) if key is not None else opening
        # desktop-entry: the desktop links the notice to <app id>.desktop (name, settings)
        hints = {"desktop-entry": ("s", DESKTOP_ID)}
        msg = new_method_call(self.address, "Notify", "susssasa{sv}i",
                              ("VD Tracker", 0, notification_icon(), title, body, actions,
                               hints, -1))
        try:
            reply = self.conn.send_and_get_reply(msg, timeout=2)
        except TimeoutError:  # a server too slow this once: shown the other way
            return self._instead(title, body, question)
        except OSError:  # the bus is gone: the tray or the window from now on
            self.close()
            return self._instead(title, body, question)
        nid = int(reply.body[0]) if reply.body and isinstance(reply.body[0], int) else None
        if nid is None:  # an error reply: the server did not show it
            return self._instead(title, body, question)
        self.keys[nid] = key
        self.on_screen.add(nid)
        self._readable()  # jeepney may already hold later messages in its buffer
        return nid

    def withdraw(self, shown: object) -> None:
        """CloseNotification for the id Notify gave (not for one already closed)."""
        if self.hung_up or not isinstance(shown, int) or shown not in self.on_screen:
            return
        from jeepney import new_method_call

        self.on_screen.discard(shown)
        self.keys.pop(shown, None)
        msg = new_method_call(self.address, "CloseNotification", "u", (shown,))
        # an error reply (closed already) or no bus any more: nothing to do
        with contextlib.suppress(Exception):
            self.conn.send_and_get_reply(msg, timeout=2)
        self._readable()

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
                self.on_screen.discard(int(msg.body[0]))
