<#
.SYNOPSIS
  党员学习站 (Study Station) on a Windows kiosk: start the program in kiosk mode and start it
  again after a crash.

.DESCRIPTION
  After a crash (a non-zero exit code) the program is started again after a short pause; after
  MaxRestarts restarts within WindowSeconds it is left stopped and the reason is logged (a
  program that cannot start would otherwise flash on the screen for ever). A clean exit (0: the
  secretary closed it) is not restarted.

  install-startup-task.ps1 registers this script to run at logon. To try it by hand:
    powershell -NoProfile -ExecutionPolicy Bypass -File start-study-station.ps1

  The log of this script is supervise.log beside the program's own log:
  %LOCALAPPDATA%\desktop-app\logs\supervise.log

.PARAMETER Command
  The program: desktop-app-gui (the installed program without a console window) by default, or
  the full path of desktop-app-gui.exe; the environment variable STUDY_STATION_COMMAND also sets it.
#>
param(
    [string]$Command = $(if ($env:STUDY_STATION_COMMAND) { $env:STUDY_STATION_COMMAND } else { "desktop-app-gui" }),
    [string[]]$Arguments = @("--kiosk"),
    [int]$PauseSeconds = $(if ($env:STUDY_STATION_RESTART_PAUSE) { [int]$env:STUDY_STATION_RESTART_PAUSE } else { 3 }),
    [int]$MaxRestarts = 5,
    [int]$WindowSeconds = 300
)

$LogFile = Join-Path $env:LOCALAPPDATA "desktop-app\logs\supervise.log"

function Write-SuperviseLog([string]$Text) {
    $line = "{0} start-study-station: {1}" -f (Get-Date -Format "yyyy-MM-dd HH:mm:ss"), $Text
    try {
        New-Item -ItemType Directory -Force -Path (Split-Path $LogFile) | Out-Null
        Add-Content -Path $LogFile -Value $line -Encoding UTF8
    } catch {
        # A log that cannot be written never stops the program from being started.
    }
}

$restarts = @()  # the times of the restarts within the window
while ($true) {
    try {
        if ($Arguments.Count -gt 0) {
            $process = Start-Process -FilePath $Command -ArgumentList $Arguments -PassThru -Wait
        } else {
            $process = Start-Process -FilePath $Command -PassThru -Wait
        }
        $code = $process.ExitCode
    } catch {
        Write-SuperviseLog "cannot start ${Command}: $($_.Exception.Message)"
        $code = 1
    }
    if ($code -eq 0) {
        Write-SuperviseLog "the program was closed normally; not restarted"
        exit 0
    }
    $now = Get-Date
    $restarts = @($restarts | Where-Object { ($now - $_).TotalSeconds -lt $WindowSeconds })
    if ($restarts.Count -ge $MaxRestarts) {
        Write-SuperviseLog "the program stopped with code $code after $($restarts.Count) restarts within $WindowSeconds seconds; giving up (see the program's log)"
        exit 1
    }
    Write-SuperviseLog "the program stopped with code $code; starting it again in $PauseSeconds seconds"
    Start-Sleep -Seconds $PauseSeconds
    $restarts += Get-Date
}
