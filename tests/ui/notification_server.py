"""A stand-in for the desktop's notification daemon, for tests on a private D-Bus session bus.

It owns org.freedesktop.Notifications, prints each Notify call as a JSON line, and, when told
by the environment (PRESS=taken, or PRESS=taken-today,move), presses the first of those buttons
that each notification has.
A CloseNotification call is printed as {"closed": id} and answered as a daemon does."""

import json
import os
import sys
import time

from jeepney import DBusAddress, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"

conn = open_dbus_connection(bus=os.environ["DBUS_SESSION_BUS_ADDRESS"])
conn.send_and_get_reply(message_bus.RequestName(NAME))
print(json.dumps({"ready": True}), flush=True)
presses = [p for p in os.environ.get("PRESS", "").split(",") if p]
emitter = DBusAddress(PATH, interface=NAME)
count = 0
while True:
    msg = conn.receive()
    if msg.header.message_type != MessageType.method_call:
        continue
    member = msg.header.fields.get(3)
    if member == "GetCapabilities":
        conn.send(new_method_return(msg, "as", (["actions", "body"],)))
    elif member == "Notify":
        count += 1
        app, replaces, icon, summary, body, actions, hints, timeout = msg.body
        print(json.dumps({"id": count, "summary": summary, "body": body, "actions": actions,
                          "signature": msg.header.fields.get(8), "icon": icon,
                          "hints": hints}), flush=True)
        conn.send(new_method_return(msg, "u", (count,)))
        press = next((p for p in presses if p in actions), None)
        if press is not None:
            time.sleep(float(os.environ.get("DELAY", "0")))  # the user reads, then presses
            conn.send(new_signal(emitter, "ActionInvoked", "us", (count, press)))
    elif member == "CloseNotification":
        (nid,) = msg.body
        print(json.dumps({"closed": nid}), flush=True)
        conn.send(new_method_return(msg))
        conn.send(new_signal(emitter, "NotificationClosed", "uu", (nid, 3)))  # 3: closed by call
    else:
        sys.stderr.write(f"unexpected {member}\n")
