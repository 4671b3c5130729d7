#!/bin/sh
# azs-backup-planner churn collector for Linux guests on Azure Stack Hub.
# Writes hourly totals of bytes written per disk to a CSV (format azs-churn-1, docs/churn.md) that
# `azs-backup-planner import-churn` reads. It records device names, LUNs, byte counts and times only:
# never file names, file content or credentials.
#
#   collect-churn.sh install     copy to /usr/local/sbin and sample once a minute (systemd timer, else cron)
#   collect-churn.sh uninstall   stop sampling and remove the timer or cron entry; the CSV is kept
#   collect-churn.sh sample      take one sample (what the timer runs)
#   collect-churn.sh flush       take a last sample and write the unfinished hour's rows (uninstall runs it)
#
# Overhead: one awk process a minute reading /proc/diskstats (a few milliseconds of CPU); one CSV row per
# disk per hour (about 80 bytes), so 4 disks for 31 days is about 240 KB. The CSV stops growing at
# AZS_CHURN_MAX_BYTES (32 MiB by default) and says so in the system log.
set -eu

STATE_DIR=${AZS_CHURN_DIR:-/var/lib/azs-churn}
MAX_BYTES=${AZS_CHURN_MAX_BYTES:-33554432}
DISKSTATS=${AZS_CHURN_DISKSTATS:-/proc/diskstats}
INSTALLED=/usr/local/sbin/azs-churn-collect
HEADER='format,host,device,lun,hour_utc,write_bytes,samples,resets'

host_name() {
  # The computer name, which import-churn matches against the inventory's VM names.
  hostname | cut -d. -f1
}

# Prints "device lun" lines: the Azure udev rules' /dev/disk/azure links name the OS, resource and data
# disks by LUN; without them, lsblk finds the disk under / (os) and other disks get an empty LUN.
lun_map() {
  if [ -d /dev/disk/azure ]; then
    for link in /dev/disk/azure/root /dev/disk/azure/resource /dev/disk/azure/scsi1/lun*; do
      [ -e "$link" ] || continue
      dev=$(basename "$(readlink -f "$link")")
      case "$link" in
        */root) echo "$dev os" ;;
        */resource) echo "$dev resource" ;;
        *) echo "$dev ${link##*/lun}" ;;
      esac
    done
  elif command -v lsblk >/dev/null 2>&1 && command -v findmnt >/dev/null 2>&1; then
    root_source=$(findmnt -no SOURCE / 2>/dev/null || true)
    root_disk=$(lsblk -no PKNAME "$root_source" 2>/dev/null | head -n 1 || true)
    [ -n "$root_disk" ] || root_disk=$(basename "$root_source")
    [ -n "$root_disk" ] && echo "$root_disk os"
  fi
  return 0
}

sample() {
  mkdir -p "$STATE_DIR"
  touch "$STATE_DIR/last" "$STATE_DIR/hour"
  lun_map >"$STATE_DIR/luns"
  flush_hour=${1:-}
  now_hour=$(date -u +%Y-%m-%dT%H:00:00Z)
  # The whole disk only (sda, vdb, nvme0n1): partitions would count the same writes twice.
  awk -v now="$now_hour" -v host="$(host_name)" -v flush="$flush_hour" \
    -v last_out="$STATE_DIR/last.new" -v hour_out="$STATE_DIR/hour.new" -v rows_out="$STATE_DIR/rows.new" '
    FILENAME == ARGV[1] { lun[$1] = $2; next }
    FILENAME == ARGV[2] { last[$1] = $2; next }
    FILENAME == ARGV[3] { hh = $1; bytes[$2] = $3; samples[$2] = $4; resets[$2] = $5; next }
    $3 ~ /^(sd[a-z]+|vd[a-z]+|xvd[a-z]+|nvme[0-9]+n[0-9]+)$/ { cur[$3] = $10 }
    function write_rows(hour) {
      for (d in samples) if (samples[d] > 0)
        printf "azs-churn-1,%s,%s,%s,%s,%.0f,%d,%d\n", host, d, (d in lun ? lun[d] : ""), hour, bytes[d], samples[d], resets[d] > rows_out
      for (d in samples) { bytes[d] = 0; samples[d] = 0; resets[d] = 0 }
    }
    END {
      printf "" > rows_out
      printf "" > last_out
      printf "" > hour_out
      # A new hour: the finished one becomes rows before this sample opens the next.
      if (hh != "" && hh != now) write_rows(hh)
      for (d in cur) {
        # /proc/diskstats counts 512-byte sectors whatever the device sector size (kernel iostats.rst).
        if (d in last) {
          delta = cur[d] - last[d]
          if (delta < 0) { delta = cur[d]; resets[d]++ }
          bytes[d] += delta * 512
          samples[d]++
        }
        print d, cur[d] > last_out
      }
      # flush (uninstall) ends collection: the unfinished hour is written now, so nothing is left behind.
      if (flush != "") write_rows(now)
      for (d in samples) if (samples[d] > 0) printf "%s %s %.0f %d %d\n", now, d, bytes[d], samples[d], resets[d] > hour_out
    }' "$STATE_DIR/luns" "$STATE_DIR/last" "$STATE_DIR/hour" "$DISKSTATS"
  append_rows
  mv "$STATE_DIR/last.new" "$STATE_DIR/last"
  mv "$STATE_DIR/hour.new" "$STATE_DIR/hour"
}

append_rows() {
  csv="$STATE_DIR/churn-$(host_name).csv"
  rows="$STATE_DIR/rows.new"
  if [ -s "$rows" ]; then
    [ -f "$csv" ] || echo "$HEADER" >"$csv"
    size=$(wc -c <"$csv")
    if [ "$size" -lt "$MAX_BYTES" ]; then
      sort "$rows" >>"$csv"
    else
      logger -t azs-churn "$csv reached $MAX_BYTES bytes; rows are no longer written" 2>/dev/null || true
    fi
  fi
  rm -f "$rows"
}

install_collector() {
  cp "$0" "$INSTALLED"
  chmod 0755 "$INSTALLED"
  if [ -d /run/systemd/system ]; then
    printf '[Unit]\nDescription=azs-backup-planner churn sample\n\n[Service]\nType=oneshot\nExecStart=%s sample\n' "$INSTALLED" >/etc/systemd/system/azs-churn.service
    printf '[Unit]\nDescription=azs-backup-planner churn sample once a minute\n\n[Timer]\nOnCalendar=*-*-* *:*:00\nAccuracySec=1s\n\n[Install]\nWantedBy=timers.target\n' >/etc/systemd/system/azs-churn.timer
    systemctl daemon-reload
    systemctl enable --now azs-churn.timer
  else
    echo "* * * * * root $INSTALLED sample" >/etc/cron.d/azs-churn
  fi
  echo "Sampling once a minute into $STATE_DIR/churn-$(host_name).csv"
}

uninstall_collector() {
  if [ -f /etc/systemd/system/azs-churn.timer ]; then
    systemctl disable --now azs-churn.timer || true
    rm -f /etc/systemd/system/azs-churn.timer /etc/systemd/system/azs-churn.service
    systemctl daemon-reload || true
  fi
  rm -f /etc/cron.d/azs-churn
  if [ -f "$STATE_DIR/hour" ]; then sample flush; fi
  rm -f "$INSTALLED"
  echo "Stopped. The CSV is kept: $STATE_DIR/churn-$(host_name).csv"
}

case "${1:-}" in
  install) install_collector ;;
  uninstall) uninstall_collector ;;
  sample) sample ;;
  flush) sample flush ;;
  *)
    echo "usage: $0 install | uninstall | sample | flush" >&2
    exit 2
    ;;
esac
