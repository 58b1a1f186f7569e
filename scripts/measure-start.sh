#!/usr/bin/env bash
# measure-start.sh — process start to first frame of dossier against a bare eframe window built the same way,
# then idle CPU and peak RSS, under Xvfb. Numbers for issue 3 (target: dossier within 1.15x of bare).
#
#   scripts/measure-start.sh [-n RUNS] [--fresh] [--no-build] [--no-idle] [LABEL=BINARY ...]
#
# Without LABEL=BINARY it builds (cargo build --release) and compares bare, from $BARE_DIR, with dossier, from this
# repo. With LABEL=BINARY it measures those binaries; the first is the baseline of the ratios, e.g.
#   scripts/measure-start.sh -n 60 bare=/tmp/dossier-bare/target/release/bare old=/tmp/dossier-old new=target/release/dossier
# "ratio" is the ratio of medians; "paired" the median of the ratios of runs of the same round (adjacent in time),
# which is steadier when the load of the machine drifts.
#
# Method:
# - bare: the same eframe 0.37.0 with the same features (glow, x11, wayland, default_fonts, accesskit, persistence),
#   the same Cargo.lock (copied from this repo), the same release profile and the same inner size (1100x760);
#   it only shows a heading. Its source is written below, into $BARE_DIR (default /tmp/dossier-bare).
# - Time to first frame: eframe keeps its window hidden until it has painted the first frame, then maps it. So
#   scripts/start_probe.py listens for MapNotify on the root window of a fresh Xvfb, starts the clock right before
#   exec, and stops it at the first MapNotify. The same probe for every binary, no code inside the app.
#   cpu_ms is the CPU time of the process's live threads at that moment (schedstat).
# - Runs are interleaved (A B A B ...) so that load from other work on the machine hits all binaries alike;
#   medians are reported, with the quartiles.
# - Data: each binary has its own XDG_DATA_HOME and DOSSIER_DATA_DIR in a scratch folder, filled by one warm-up
#   run that is not counted, so the runs measured are a returning user's start (a learner exists, eframe's storage
#   folder exists). With --fresh every run gets new, empty folders instead: a first start ever.
# - Idle CPU: 3 runs each, 3 s after the window appears (library screen), utime+stime over 10 s from /proc/PID/stat.
#   Peak RSS: VmHWM from /proc/PID/status at the end of those runs.
# Needs Xvfb and libX11 (`/work/shared/tools/screenshot setup`, or apt-get install xvfb libx11-6) and python3.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=30
build=1
idle=1
fresh=0
pairs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-idle) idle=0; shift ;;
    --fresh) fresh=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *=*) pairs+=("$1"); shift ;;
    *) echo "measure-start: unknown argument $1" >&2; exit 2 ;;
  esac
done

bare_dir=${BARE_DIR:-/tmp/dossier-bare}
if [ ${#pairs[@]} -eq 0 ]; then
  if [ "$build" = 1 ]; then
    mkdir -p "$bare_dir/src"
    cat > "$bare_dir/Cargo.toml" <<'EOF'
[package]
name = "bare"
version = "0.1.0"
edition = "2024"

[dependencies]
eframe = { version = "=0.37.0", default-features = false, features = ["glow", "x11", "wayland", "default_fonts", "accesskit", "persistence"] }
egui = "=0.37.0"
EOF
    cat > "$bare_dir/src/main.rs" <<'EOF'
fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("bare").with_inner_size([1100.0, 760.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("A bare eframe window");
        });
    })
}
EOF
    cp "$root/Cargo.lock" "$bare_dir/Cargo.lock"
    (cd "$bare_dir" && cargo build --release --quiet)
    (cd "$root" && cargo build --release --quiet)
  fi
  pairs=("bare=${CARGO_TARGET_DIR:-$bare_dir/target}/release/bare"
    "dossier=${CARGO_TARGET_DIR:-$root/target}/release/dossier")
fi

# A display of our own.
display=
for n in $(seq 91 120); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "measure-start: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
scratch=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export DISPLAY=$display
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

probe() { # LABEL BINARY [probe options]
  local label=$1 bin=$2; shift 2
  local data=$scratch/data-$label
  if [ "$fresh" = 1 ]; then data=$(mktemp -d "$scratch/run.XXXX"); fi
  mkdir -p "$data"
  echo "$label $(XDG_DATA_HOME=$data DOSSIER_DATA_DIR=$data/dossier "$root/scripts/start_probe.py" "$@" -- "$bin")"
  if [ "$fresh" = 1 ]; then rm -rf "$data"; fi
}

echo "# $(date -u +%FT%TZ) $(uname -r), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); N=$runs, interleaved," \
  "$([ "$fresh" = 1 ] && echo "fresh data folders (first start)" || echo "data folders kept (returning user)")"
for pair in "${pairs[@]}"; do echo "# ${pair%%=*}: ${pair#*=} ($(stat -c %s "${pair#*=}") bytes)"; done
# One warm-up each (page cache, data folders), not counted.
for pair in "${pairs[@]}"; do probe "${pair%%=*}" "${pair#*=}" --settle 0.3 >/dev/null; done
for _ in $(seq "$runs"); do
  for pair in "${pairs[@]}"; do probe "${pair%%=*}" "${pair#*=}" --settle 0.3; done
done > "$scratch/start.txt"
if [ "$idle" = 1 ]; then
  for _ in 1 2 3; do
    for pair in "${pairs[@]}"; do probe "${pair%%=*}" "${pair#*=}" --settle 3 --idle 10; done
  done > "$scratch/idle.txt"
else
  : > "$scratch/idle.txt"
fi

python3 - "$scratch/start.txt" "$scratch/idle.txt" <<'EOF'
import statistics, sys

def read(path):
    rows = {}
    for line in open(path):
        label, *fields = line.split()
        rows.setdefault(label, []).append(dict(f.split("=") for f in fields))
    return rows

def quartiles(values):
    values = sorted(values)
    q = statistics.quantiles(values, n=4) if len(values) > 1 else values * 3
    return statistics.median(values), q[0], q[2], values[0]

start, idle = read(sys.argv[1]), read(sys.argv[2])
base = None
print("start to first frame, ms (exec to MapNotify):")
print(f"  {'':<16} {'N':>3} {'median':>7} {'p25':>6} {'p75':>6} {'min':>6} | {'CPU ms':>6} | {'ratio':>5} {'paired':>6}")
for label, rows in start.items():
    ms = [float(r["ms"]) for r in rows]
    cpu = [float(r["cpu_ms"]) for r in rows if "cpu_ms" in r]
    ok = [m for m in ms if m == m]
    med, p25, p75, low = quartiles(ok)
    if base is None:
        base, base_ms = med, ms
    # The ratio of medians, and the median of the ratios of runs of the same round (adjacent in time).
    paired = statistics.median(m / b for m, b in zip(ms, base_ms) if m == m and b == b)
    failed = f" ({len(ms) - len(ok)} runs without a window)" if len(ok) < len(ms) else ""
    print(f"  {label:<16} {len(ok):>3} {med:7.1f} {p25:6.1f} {p75:6.1f} {low:6.1f} | {statistics.median(cpu):6.1f} |"
          f" {med / base:5.2f} {paired:6.2f}{failed}")
if idle:
    print("idle on the library screen (10 s, 3 s after the window appears) and peak RSS")
    for label, rows in idle.items():
        cpu = [r.get("idle_cpu_ms", "nan") for r in rows]
        hwm = [int(r["hwm_kib"]) / 1024 for r in rows if "hwm_kib" in r]
        print(f"  {label:<16} idle CPU ms over 10 s: {', '.join(cpu):<16} VmHWM MiB: "
              + ", ".join(f"{h:.1f}" for h in hwm))
EOF
