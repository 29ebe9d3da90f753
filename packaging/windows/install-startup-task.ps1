<#
.SYNOPSIS
  Register start-study-station.ps1 as a scheduled task that runs when this user logs on, so
  that the Study Station (党员学习站) opens by itself on a kiosk and comes back after a crash.

.DESCRIPTION
  Run it once, as the kiosk's own user (no administrator needed for a task of one's own):
    powershell -NoProfile -ExecutionPolicy Bypass -File install-startup-task.ps1
  To remove the task again:
    powershell -NoProfile -ExecutionPolicy Bypass -File install-startup-task.ps1 -Uninstall

  The task runs the restart loop of start-study-station.ps1 (it stays in this folder: do not
  move it afterwards, or run this script again). Without the right to make scheduled tasks,
  a shortcut in shell:startup that runs the same powershell command does the same (see
  packaging/README.md).

.PARAMETER Command
  Passed on to start-study-station.ps1: the program to run (default desktop-app-gui).
#>
param(
    [string]$Command = "",
    [switch]$Uninstall
)

$TaskName = "StudyStation"

if ($Uninstall) {
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false -ErrorAction SilentlyContinue
    Write-Host "已取消开机自动打开党员学习站。"
    exit 0
}

$script = Join-Path $PSScriptRoot "start-study-station.ps1"
$arguments = "-NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File `"$script`""
if ($Command) {
    $arguments += " -Command `"$Command`""
}
$user = "$env:USERDOMAIN\$env:USERNAME"

$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument $arguments -WorkingDirectory $PSScriptRoot
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $user
# Run in the user's own desktop session (Interactive), never stopped for running long (a kiosk
# runs for days: the default limit is 72 hours), on battery too, one copy at a time.
$principal = New-ScheduledTaskPrincipal -UserId $user -LogonType Interactive -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -AllowStartIfOnBatteries `
    -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew

Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Principal $principal `
    -Settings $settings -Description "党员学习站: open at logon, and again after a crash" -Force | Out-Null
Write-Host "已设置好：$env:USERNAME 登录后会自动打开党员学习站，出错退出后会自动重新打开。"
