"""Real Syncthing instances for the end-to-end sync test, on 127.0.0.1 only.

Each instance has its own home (keys, config, database) and its own folder; the
config is written before the first start, so no default port is ever opened:
GUI/REST and the sync listener on free local ports, global and local discovery,
relays, NAT traversal, crash and usage reporting and upgrades all off, and the
partner known by its device id at a static address.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FOLDER_ID = "tandem-shared"
STARTUP_TIMEOUT = 120.0
# Never through a proxy, even if the environment names one.
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ftp_proxy")


def binary() -> str | None:
    """The syncthing executable: on the PATH, or where Debian puts it."""
    found = shutil.which("syncthing")
    if found is None and os.access("/usr/bin/syncthing", os.X_OK):
        found = "/usr/bin/syncthing"
    return found


def free_ports(count: int) -> list[int]:
    """Ports nobody listens on now (held open together, so they differ)."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def poll(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.2) -> Any:
    """``check()`` until it returns something true; TimeoutError naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        time.sleep(interval)


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    executable: str
    gui_port: int = 0
    listen_port: int = 0
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if key.lower() not in _PROXY_VARIABLES}
        env.update(HOME=str(self.home), STNOUPGRADE="1", STNODEFAULTFOLDER="1",
                   STNORESTART="1")
        return env

    def generate(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        subprocess.run([self.executable, "generate", "--home", str(self.home),
                        "--no-default-folder", "--skip-port-probing"], env=self.environment(),
                       check=True, capture_output=True, timeout=60)
        shown = subprocess.run([self.executable, "serve", "--home", str(self.home),
                                "--device-id"], env=self.environment(), check=True,
                               capture_output=True, text=True, timeout=60)
        self.device_id = shown.stdout.strip().splitlines()[-1].strip()

    def configure(self, peer: Instance) -> None:
        """Local-only options, the partner at its static address, the one shared folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = _child(root, "gui")
        gui.set("tls", "false")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = _child(root, "options")
        for name, value in {
            "listenAddress": self.address, "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
            "urAccepted": "-1", "startBrowser": "false",
            "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
            "announceLANAddresses": "false", "stunKeepaliveStartS": "0",
            "stunKeepaliveMinS": "0", "setLowPriority": "false", "minHomeDiskFree": "0",
            "reconnectionIntervalS": "5", "progressUpdateIntervalS": "1",
        }.items():
            _set(options, name, value)
        for server in options.findall("globalAnnounceServer"):
            options.remove(server)
        ET.SubElement(options, "globalAnnounceServer").text = ""
        for old in root.findall("folder"):
            root.remove(old)
        for device in root.findall("device"):
            if device.get("id") != self.device_id:
                root.remove(device)
            else:
                device.set("name", self.name)
        other = ET.Element("device", {"id": peer.device_id, "name": peer.name,
                                      "compression": "metadata", "introducer": "false"})
        ET.SubElement(other, "address").text = peer.address
        ET.SubElement(other, "autoAcceptFolders").text = "false"
        folder = ET.Element("folder", {
            "id": FOLDER_ID, "label": "Tandem", "path": str(self.folder),
            "type": "sendreceive", "rescanIntervalS": "5", "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1", "ignorePerms": "false", "autoNormalize": "true"})
        ET.SubElement(folder, "filesystemType").text = "basic"
        for device_id in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
        ET.SubElement(folder, "minDiskFree", {"unit": "%"}).text = "0"
        ET.SubElement(folder, "markerName").text = ".stfolder"
        ET.SubElement(folder, "maxConflicts").text = "10"  # keep a conflict copy, if any
        position = list(root).index(_child(root, "gui"))
        root.insert(position, other)
        root.insert(position, folder)
        tree.write(path, encoding="utf-8", xml_declaration=False)

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [self.executable, "serve", "--home", str(self.home), "--no-browser",
                 "--no-restart", "--no-upgrade", "--logflags=3"],
                env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL)

    def rest(self, path: str, *, method: str = "GET", timeout: float = 10.0) -> Any:
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}",
                                         method=method, headers={"X-API-Key": self.api_key})
        with _LOCAL.open(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def check_local_only(self, peer: Instance) -> None:
        """What the running instance took from the config: nothing beyond 127.0.0.1."""
        options = self.rest("/rest/config/options")
        assert options["listenAddresses"] == [self.address], options["listenAddresses"]
        for name in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled",
                     "natEnabled", "crashReportingEnabled", "startBrowser"):
            assert options[name] is False, name
        assert options["urAccepted"] == -1
        devices = {d["deviceID"]: d["addresses"] for d in self.rest("/rest/config/devices")}
        assert devices == {self.device_id: ["dynamic"], peer.device_id: [peer.address]}, devices
        (folder,) = self.rest("/rest/config/folders")
        assert (folder["type"], folder["fsWatcherEnabled"]) == ("sendreceive", True)

    def folder_errors(self) -> list[Any]:
        return list(self.rest(f"/rest/folder/errors?folder={FOLDER_ID}").get("errors") or [])

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def answers(self) -> bool:
        if not self.running():
            raise RuntimeError(f"syncthing {self.name} exited:\n{self.log_tail()}")
        try:
            return bool(self.rest("/rest/system/ping", timeout=2.0) == {"ping": "pong"})
        except (OSError, ValueError):  # not listening yet (URLError is an OSError)
            return False

    def connected_to(self, peer: Instance) -> bool:
        connections = self.rest("/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def stop(self) -> None:
        """Shut down through the REST API; terminate, then kill, if it does not go."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with suppress(OSError, ValueError):  # URLError is an OSError
            self.rest("/rest/system/shutdown", method="POST", timeout=5.0)
        for hurry in (process.terminate, process.kill):
            try:
                process.wait(timeout=20)
                return
            except subprocess.TimeoutExpired:
                hurry()
        process.wait()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    if found is None:
        found = ET.SubElement(parent, tag)
    return found


def _set(parent: ET.Element, tag: str, value: str) -> None:
    elements = parent.findall(tag)
    for extra in elements[1:]:
        parent.remove(extra)
    (elements[0] if elements else ET.SubElement(parent, tag)).text = value


@contextmanager
def pair(executable: str, root: Path) -> Iterator[tuple[Instance, Instance]]:
    """Two running instances that know each other and share one folder; stopped after."""
    ports = free_ports(4)
    first = Instance("first", root / "first-home", root / "first-folder", executable,
                     ports[0], ports[1])
    second = Instance("second", root / "second-home", root / "second-folder", executable,
                      ports[2], ports[3])
    with ExitStack() as running:
        for instance in (first, second):
            instance.generate()
        first.configure(second)
        second.configure(first)
        for instance in (first, second):
            running.callback(instance.stop)
            instance.start()
        for instance, peer in ((first, second), (second, first)):
            poll(instance.answers, STARTUP_TIMEOUT, f"syncthing {instance.name} to answer")
            instance.check_local_only(peer)
        poll(lambda: first.connected_to(second) and second.connected_to(first),
             STARTUP_TIMEOUT, "the two syncthing instances to connect")
        yield first, second
