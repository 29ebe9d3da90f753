; Inno Setup script of 党员学习站 (Study Station) for Windows.
;
; It cannot be built on the project's Linux machines. On Windows, with Python 3.11+ and Inno Setup 6:
;   py -m venv .venv && .venv\Scripts\pip install -e ".[test]"
;   .venv\Scripts\python -c "from desktop_app.i18n import ensure_translations_built; ensure_translations_built()"
;   .venv\Scripts\pyinstaller --noconfirm packaging\bundle\desktop-app.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\desktop-app.iss
; The bundle is dist\desktop-app\; the installer is written to dist\.
;
; Uninstalling keeps the members' records (%LOCALAPPDATA%\desktop-app) unless the box offered at
; the end of the uninstall is ticked. The kiosk task starts the program at logon and again after a
; crash (packaging/windows/install-startup-task.ps1).

#define AppName "党员学习站"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0E2C1A-7D4B-4C55-9E3B-2B1D5A0C9F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=党员学习站
DefaultDirName={autopf}\desktop-app
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=desktop-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayName={#AppName}
SetupIconFile=..\bundle\desktop-app.ico

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面上放一个“党员学习站”图标"; GroupDescription: "图标："
Name: "kiosk"; Description: "活动室的公用电脑：开机登录后自动打开，出错后自动重新打开"; GroupDescription: "公用电脑："; Flags: unchecked

[Files]
Source: "..\..\dist\desktop-app\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "install-startup-task.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "start-study-station.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\desktop-app.exe"
Name: "{group}\检查这台电脑能不能用"; Filename: "{app}\desktop-app.exe"; Parameters: "--self-test"
Name: "{group}\卸载党员学习站"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\desktop-app.exe"; Tasks: desktopicon

[Run]
Filename: "powershell.exe"; Parameters: "-ExecutionPolicy Bypass -File ""{app}\kiosk\install-startup-task.ps1"" -Command ""{app}\desktop-app.exe"""; Flags: runhidden; Tasks: kiosk
Filename: "{app}\desktop-app.exe"; Description: "现在打开党员学习站"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "schtasks.exe"; Parameters: "/Delete /TN ""StudyStation"" /F"; Flags: runhidden; RunOnceId: "RemoveKioskTask"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if MsgBox('要不要把党员们的学习记录也删掉？' + #13#10 + '一般选“否”：记录留着，重新安装以后还在。',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(ExpandConstant('{localappdata}\desktop-app'), True, True, True);
end;
