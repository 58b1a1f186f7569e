#!/usr/bin/env python3
"""Start a program in an X display and time it to its first mapped window; optionally idle CPU and peak RSS.

eframe keeps its window hidden until the first frame is painted and maps it right after, so the first
MapNotify on the root window is "the first frame is on screen". The clock starts just before exec.

Usage: start_probe.py [--idle SECONDS] [--settle SECONDS] [--timeout SECONDS] -- PROGRAM [ARGS...]
Prints one line: ms=<start to map> cpu_ms=<CPU time of all its threads at the map> [idle_cpu_ms=<utime+stime over the idle window>] hwm_kib=<VmHWM>
Needs DISPLAY set and libX11 (ctypes, no Python package).
"""

import ctypes
import ctypes.util
import os
import select
import signal
import subprocess
import sys
import time

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


def clock_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is state (field 3); utime is field 14, stime field 15.
    return int(fields[11]) + int(fields[12])


def cpu_ns(pid):
    """CPU time of every live thread of `pid` (schedstat, nanoseconds)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def status_kib(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def main():
    args = sys.argv[1:]
    idle = 0.0
    settle = 2.0
    timeout = 20.0
    while args and args[0] != "--":
        opt, value = args[0], float(args[1])
        args = args[2:]
        if opt == "--idle":
            idle = value
        elif opt == "--settle":
            settle = value
        elif opt == "--timeout":
            timeout = value
        else:
            sys.exit(f"unknown option {opt}")
    program = args[1:]
    if not program:
        sys.exit(__doc__)

    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("cannot open the X display")
    x11.XSelectInput(display, x11.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x11.XSync(display, 0)
    fd = x11.XConnectionNumber(display)
    event = (ctypes.c_long * 24)()

    start = time.monotonic()
    proc = subprocess.Popen(program, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mapped = None
    while mapped is None and time.monotonic() - start < timeout:
        while x11.XPending(display):
            x11.XNextEvent(display, event)
            if ctypes.c_int.from_buffer(event).value == MAP_NOTIFY:
                mapped = time.monotonic()
                cpu_at_map = cpu_ns(proc.pid)
                break
        if mapped is None:
            if proc.poll() is not None:
                break
            select.select([fd], [], [], 0.05)
    out = []
    if mapped is None:
        out.append("ms=nan")
    else:
        out.append(f"ms={(mapped - start) * 1000:.1f} cpu_ms={cpu_at_map / 1e6:.1f}")
        if idle > 0:
            time.sleep(settle)
            hz = os.sysconf("SC_CLK_TCK")
            before = clock_ticks(proc.pid)
            time.sleep(idle)
            after = clock_ticks(proc.pid)
            out.append(f"idle_cpu_ms={(after - before) * 1000 / hz:.0f}")
        else:
            time.sleep(settle)
        out.append(f"hwm_kib={status_kib(proc.pid, 'VmHWM')}")
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    print(" ".join(out), flush=True)


if __name__ == "__main__":
    main()
