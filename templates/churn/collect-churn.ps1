<#
.SYNOPSIS
  azs-backup-planner churn collector for Windows guests on Azure Stack Hub (Windows PowerShell 5.1).
.DESCRIPTION
  Reads the raw value of the \PhysicalDisk(*)\Disk Write Bytes/sec counter (a running count of bytes
  written, Win32_PerfRawData_PerfDisk_PhysicalDisk) once a minute and writes hourly totals per disk to a
  CSV (format azs-churn-1, docs/churn.md) that `azs-backup-planner import-churn` reads. It records disk
  numbers, LUNs, byte counts and times only: never file names, file content or credentials.

  .\collect-churn.ps1 -Action Install     copy to %ProgramData%\azs-churn and sample once a minute (scheduled task as SYSTEM)
  .\collect-churn.ps1 -Action Uninstall   remove the scheduled task and write the unfinished hour; the CSV is kept
  .\collect-churn.ps1 -Action Sample      take one sample (what the task runs)

  Overhead: one short PowerShell process a minute (one CIM query); one CSV row per disk per hour (about
  80 bytes). The CSV stops growing at 32 MiB and says so in the Application event log.
#>
param(
    [ValidateSet('Install', 'Uninstall', 'Sample', 'Flush')]
    [string]$Action = 'Sample',
    [string]$StateDir = (Join-Path $env:ProgramData 'azs-churn'),
    [long]$MaxBytes = 33554432
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$TaskName = 'azs-churn-sample'
$Header = 'format,host,device,lun,hour_utc,write_bytes,samples,resets'

function Get-ChurnLunMap {
    # Disk number -> "os", "resource" or the SCSI LUN, so import-churn can find the inventory's disk.
    $map = @{}
    $systemDisk = (Get-Partition -DriveLetter $env:SystemDrive.Substring(0, 1)).DiskNumber
    foreach ($drive in Get-CimInstance -ClassName Win32_DiskDrive) {
        $lun = [string]$drive.SCSILogicalUnit
        if ($drive.Index -eq $systemDisk) { $lun = 'os' }
        $labels = @(Get-Partition -DiskNumber $drive.Index -ErrorAction SilentlyContinue | Get-Volume -ErrorAction SilentlyContinue | ForEach-Object { $_.FileSystemLabel })
        if ($labels -contains 'Temporary Storage') { $lun = 'resource' }
        $map[[string]$drive.Index] = $lun
    }
    return $map
}

function Get-ChurnCounters {
    # Instance names are "0 C:" or "1": the disk number comes first; _Total is a sum, not a disk.
    $values = @{}
    foreach ($disk in Get-CimInstance -ClassName Win32_PerfRawData_PerfDisk_PhysicalDisk) {
        if ($disk.Name -eq '_Total') { continue }
        $values[($disk.Name -split ' ')[0]] = [decimal]$disk.DiskWriteBytesPerSec
    }
    return $values
}

function ConvertTo-ChurnRows {
    # Hour totals -> CSV rows (sorted by device, so the file is the same for the same counters).
    param([string]$HostName, [string]$Hour, [hashtable]$Totals, [hashtable]$LunMap)
    $rows = @()
    foreach ($device in ($Totals.Keys | Sort-Object)) {
        $t = $Totals[$device]
        if ($t.Samples -lt 1) { continue }
        $lun = ''
        if ($LunMap.ContainsKey($device)) { $lun = $LunMap[$device] }
        $rows += ('azs-churn-1,{0},{1},{2},{3},{4},{5},{6}' -f $HostName, $device, $lun, $Hour, ([decimal]::Round($t.Bytes)).ToString([Globalization.CultureInfo]::InvariantCulture), $t.Samples, $t.Resets)
    }
    return , $rows
}

function Add-ChurnSample {
    # One counter reading into the hour's totals; a counter below its last value was reset (reboot).
    param([hashtable]$Totals, [hashtable]$Last, [hashtable]$Current)
    foreach ($device in $Current.Keys) {
        if (-not $Totals.ContainsKey($device)) { $Totals[$device] = @{ Bytes = [decimal]0; Samples = 0; Resets = 0 } }
        if ($Last.ContainsKey($device)) {
            $delta = $Current[$device] - $Last[$device]
            if ($delta -lt 0) { $delta = $Current[$device]; $Totals[$device].Resets += 1 }
            $Totals[$device].Bytes += $delta
            $Totals[$device].Samples += 1
        }
    }
}

function Read-ChurnState {
    $path = Join-Path $StateDir 'state.json'
    $state = @{ Hour = ''; Last = @{}; Totals = @{} }
    if (Test-Path -LiteralPath $path) {
        $saved = Get-Content -LiteralPath $path -Raw | ConvertFrom-Json
        $state.Hour = [string]$saved.Hour
        foreach ($p in $saved.Last.PSObject.Properties) { $state.Last[$p.Name] = [decimal]$p.Value }
        foreach ($p in $saved.Totals.PSObject.Properties) { $state.Totals[$p.Name] = @{ Bytes = [decimal]$p.Value.Bytes; Samples = [int]$p.Value.Samples; Resets = [int]$p.Value.Resets } }
    }
    return $state
}

function Write-ChurnRows {
    param([string[]]$Rows)
    if ($Rows.Count -eq 0) { return }
    $csv = Join-Path $StateDir ('churn-{0}.csv' -f $env:COMPUTERNAME)
    if (-not (Test-Path -LiteralPath $csv)) { Set-Content -LiteralPath $csv -Value $Header -Encoding ASCII }
    if ((Get-Item -LiteralPath $csv).Length -ge $MaxBytes) {
        Write-EventLog -LogName Application -Source 'azs-churn' -EventId 1 -EntryType Warning -Message ('{0} reached {1} bytes; rows are no longer written' -f $csv, $MaxBytes) -ErrorAction SilentlyContinue
        return
    }
    Add-Content -LiteralPath $csv -Value $Rows -Encoding ASCII
}

function Invoke-ChurnSample {
    param([switch]$Flush)
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    $state = Read-ChurnState
    $now = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:00:00Z', [Globalization.CultureInfo]::InvariantCulture)
    $lunMap = Get-ChurnLunMap
    if ($state.Hour -ne '' -and $state.Hour -ne $now) {
        Write-ChurnRows -Rows (ConvertTo-ChurnRows -HostName $env:COMPUTERNAME -Hour $state.Hour -Totals $state.Totals -LunMap $lunMap)
        $state.Totals = @{}
    }
    $current = Get-ChurnCounters
    Add-ChurnSample -Totals $state.Totals -Last $state.Last -Current $current
    if ($Flush) {
        Write-ChurnRows -Rows (ConvertTo-ChurnRows -HostName $env:COMPUTERNAME -Hour $now -Totals $state.Totals -LunMap $lunMap)
        $state.Totals = @{}
    }
    $saved = @{ Hour = $now; Last = $current; Totals = $state.Totals }
    Set-Content -LiteralPath (Join-Path $StateDir 'state.json') -Value ($saved | ConvertTo-Json -Depth 4) -Encoding ASCII
}

function Install-Churn {
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    $script = Join-Path $StateDir 'collect-churn.ps1'
    Copy-Item -LiteralPath $PSCommandPath -Destination $script -Force
    $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument ('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -Action Sample' -f $script)
    $trigger = New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 1) -RepetitionDuration (New-TimeSpan -Days 3650)
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Minutes 1) -MultipleInstances IgnoreNew
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings -User 'SYSTEM' -RunLevel Highest -Force | Out-Null
    Write-Output ('Sampling once a minute into {0}' -f (Join-Path $StateDir ('churn-{0}.csv' -f $env:COMPUTERNAME)))
}

function Uninstall-Churn {
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false -ErrorAction SilentlyContinue
    Invoke-ChurnSample -Flush
    Write-Output ('Stopped. The CSV is kept: {0}' -f (Join-Path $StateDir ('churn-{0}.csv' -f $env:COMPUTERNAME)))
}

switch ($Action) {
    'Install' { Install-Churn }
    'Uninstall' { Uninstall-Churn }
    'Sample' { Invoke-ChurnSample }
    'Flush' { Invoke-ChurnSample -Flush }
}
